#pragma once
// What the fixes ask of a type, answered from the type itself (types/Type.h): its kind and
// the canonical path of an ADT (`std::rc::Rc`, `std::cell::RefCell`), the same however
// the source writes it (`Rc<T>`, `std::rc::Rc<T>`, a `type` alias, `use ... as Shared`).
// Never from the printed text: rustc prints `Rc<T>` or `std::rc::Rc<T>` depending on which
// crates the file loads, and an alias or a rename never shows in the printed form.

#include "types/Type.h"

#include <string_view>

namespace awaitscope {

/// An ADT with this canonical path (`std::rc::Rc`).
bool isAdt(const TypePtr& type, std::string_view path);
/// An ADT with this canonical path whose one type argument is this primitive (`isize`).
bool isAdtOf(const TypePtr& type, std::string_view path, std::string_view primitive);
/// The type or any type inside it (arguments, elements, pointees) is an ADT with this path.
bool containsAdt(const TypePtr& type, std::string_view path);
/// The type or any type inside it is an ADT declared in this module (`std::cell`).
bool containsAdtIn(const TypePtr& type, std::string_view module);

} // namespace awaitscope
