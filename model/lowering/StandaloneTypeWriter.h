#pragma once
// Writes the types of one future as Rust that compiles on its own, for the lowered code
// (graph/LoweredCode): a std item by its public path (imported by its last segment),
// every borrow with the one lifetime `'a`, and whatever only the analysed crate or an
// extern crate can name (its structs, tokio's guards, other futures, closures, `dyn`
// and `impl` types, generic parameters) as a type parameter `T0`, `T1`.. that stands for
// rustc's printed type. A type with an unknown part becomes a parameter as a whole.

#include "data/Snapshot.h"
#include "types/Type.h"

#include <map>
#include <string>

namespace awaitscope {

class TypeContext;

class StandaloneTypeWriter {
  public:
    explicit StandaloneTypeWriter(const TypeContext& types) : m_types(types) {}

    std::string write(const TypePtr& type);
    /// What the writes so far used; `output` is the future's Output, written likewise.
    StandaloneTypes result(const TypePtr& output);

  private:
    std::string writeKnown(const Type& t);
    std::string writeAdt(const Type& t);
    std::string writeList(const std::vector<TypePtr>& types);
    std::string lifetime(const std::string& written);
    std::string parameter(const std::string& standsFor);
    std::string nameOf(const std::string& stdPath);

    const TypeContext& m_types;
    StandaloneTypes m_out;
    std::map<std::string, std::string> m_shortNames; // last segment -> the std path using it
};

} // namespace awaitscope
