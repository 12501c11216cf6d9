#pragma once
// JsonWriter's interface, building a nlohmann::json tree instead of text: the report's
// futures are described once (export/JsonReport.cpp's writeFuture and the functions it
// calls), and that one description either streams text (JsonWriter, for the CLI's large
// reports) or builds the tree toJson returns (for callers that add to the report).

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

class JsonTreeWriter {
  public:
    void beginObject() { m_open.push_back(&insert(nlohmann::json::object())); }
    void endObject() { m_open.pop_back(); }
    void beginArray() { m_open.push_back(&insert(nlohmann::json::array())); }
    void endArray() { m_open.pop_back(); }
    void key(std::string_view name) { m_key = name; }
    void element() {}

    void value(std::string_view text) { insert(std::string(text)); }
    void value(const char* text) { insert(std::string(text)); }
    void value(long number) { insert(number); }
    void value(int number) { insert(number); }
    template <class T> void value(const std::optional<T>& v) {
        if (v)
            value(*v);
        else
            insert(nullptr);
    }
    template <class T> void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    /// The value written, once every object and array opened is closed.
    nlohmann::json take() { return std::move(m_root); }

  private:
    // Where the next value goes: the root, the open object's pending key, or the end of the
    // open array. Only the innermost open value grows, so the pointers to it and to its
    // ancestors stay valid (a std::map's values never move; an array's last element is
    // the one open).
    nlohmann::json& insert(nlohmann::json v) {
        if (m_open.empty()) return m_root = std::move(v);
        nlohmann::json& parent = *m_open.back();
        if (parent.is_object()) return parent[m_key] = std::move(v);
        parent.push_back(std::move(v));
        return parent.back();
    }

    nlohmann::json m_root;
    std::vector<nlohmann::json*> m_open;
    std::string m_key;
};

} // namespace awaitscope
