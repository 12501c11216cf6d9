#pragma once
// Writes JSON text straight into a string, laid out byte for byte as nlohmann::json's
// dump(2) lays out the same value: two spaces per level, `"key": value`, `[]` and `{}` when
// empty, strings escaped as it escapes them. The caller gives an object's keys in the order
// nlohmann keeps them (sorted, std::map). The report's futures are most of a large file's
// report: building each as a json tree only to print it cost more than the printing
// (export/JsonReport.cpp writes them with this; StreamedOutputsTest compares both).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

class JsonWriter {
  public:
    /// `depth`: the level the first value is written at (its members one deeper).
    JsonWriter(std::string& out, int depth) : m_out(out), m_depth(depth) {}

    void beginObject() { begin('{'); }
    void endObject() { end('}'); }
    void beginArray() { begin('['); }
    void endArray() { end(']'); }
    /// The next member of the open object; its value follows.
    void key(std::string_view name);
    /// Before each element of the open array.
    void element() { separate(); }

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(long number) { m_out += std::to_string(number); }
    void value(int number) { value(static_cast<long>(number)); }
    template <class T> void value(const std::optional<T>& v) {
        if (v)
            value(*v);
        else
            m_out += "null";
    }
    /// `"name": value` in the open object.
    template <class T> void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

  private:
    void begin(char open);
    void end(char close);
    void separate();
    void newLine(int depth);

    std::string& m_out;
    int m_depth;
    std::vector<bool> m_hasMembers; // per open object or array
};

} // namespace awaitscope
