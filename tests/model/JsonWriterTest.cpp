// JsonWriter lays a value out as nlohmann's dump(2) lays out the same value: the report's
// futures are written with it (StreamedOutputsTest compares whole reports on every sample
// and corpus file; this covers the strings and shapes those files may not hold).
#include "export/JsonWriter.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace awaitscope;

namespace {

const std::vector<std::string> kStrings = {"",
                                           "plain words",
                                           "quote \" and backslash \\",
                                           "tab\tline\nreturn\rfeed\fback\b",
                                           std::string("nul\0byte", 8),
                                           "\x01\x1f\x7f",
                                           "caf\xc3\xa9 \xe6\x97\xa5 \xf0\x9f\xa6\x80",
                                           "</script> & 'single'"};

// Everything JsonReport writes: objects, arrays (empty too), strings, numbers, nulls.
std::string written(int depth) {
    std::string text;
    JsonWriter w(text, depth);
    w.beginObject();
    w.key("empty_array");
    w.beginArray();
    w.endArray();
    w.key("empty_object");
    w.beginObject();
    w.endObject();
    w.member("negative", -42L);
    w.member("none", std::optional<long>());
    w.key("strings");
    w.beginArray();
    for (const std::string& s : kStrings) {
        w.element();
        w.beginObject();
        w.member("text", s);
        w.member("value", std::optional<std::string>(s));
        w.endObject();
    }
    w.endArray();
    w.member("zero", 0);
    w.endObject();
    return text;
}

nlohmann::json expected() {
    nlohmann::json j = {{"empty_array", nlohmann::json::array()},
                        {"empty_object", nlohmann::json::object()},
                        {"negative", -42},
                        {"none", nullptr},
                        {"zero", 0}};
    j["strings"] = nlohmann::json::array();
    for (const std::string& s : kStrings) j["strings"].push_back({{"text", s}, {"value", s}});
    return j;
}

} // namespace

TEST(JsonWriter, WritesWhatNlohmannDumpsForTheSameValue) {
    EXPECT_EQ(written(0), expected().dump(2));
}

TEST(JsonWriter, ADeeperStartIndentsEveryLineAfterTheFirst) {
    std::string nested = expected().dump(2);
    for (size_t at = 0; (at = nested.find('\n', at)) != std::string::npos; at += 5) nested.insert(at + 1, "    ");
    EXPECT_EQ(written(2), nested);
}

TEST(JsonWriter, RefusesInvalidUtf8AsNlohmannDoes) {
    std::string text;
    JsonWriter w(text, 0);
    EXPECT_THROW(w.value("bad \xff byte"), nlohmann::json::type_error);
    EXPECT_THROW(nlohmann::json("bad \xff byte").dump(), nlohmann::json::type_error);
}
