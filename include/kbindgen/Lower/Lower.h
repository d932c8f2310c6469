//===- Lower.h - C items (IR) to Rust items (model) -------------*- C++ -*-===//
//
// Maps the language-neutral IR to the Rust model for `no_std`/`core` FFI:
// `#[repr(C)]` records, enums in every bindgen style, type aliases, extern
// functions and statics, constants, bitfields, padding and layout assertions.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LOWER_LOWER_H
#define KBINDGEN_LOWER_LOWER_H

#include "kbindgen/Emit/RustModel.h"
#include "kbindgen/IR/IR.h"
#include "kbindgen/Support/Options.h"
#include <map>
#include <string>
#include <vector>

namespace kbindgen {

/// What happened to one C item, for `--explain` and warnings.
struct ItemReport {
  std::string Name;     ///< C name (or the generated name for anonymous).
  std::string RustName; ///< Empty when not emitted.
  std::string Kind;     ///< "struct", "function", "macro", ...
  ir::Location Loc;
  std::string Status; ///< "emitted", "blocklisted", "skipped", "opaque", ...
  std::string Reason;
};

struct LowerReport {
  /// Whether Items is filled (for --explain); the counts always are.
  bool KeepItems = true;
  std::vector<ItemReport> Items;
  std::vector<std::string> Warnings; ///< One line each, without "warning: ".
  std::map<std::string, unsigned> EmittedPerKind;
  /// --wrap-static-fns: the C text of each wrapper whose Rust declaration
  /// was emitted, in output order.
  std::vector<std::string> Wrappers;
  /// Static functions that would be emitted but have no wrapper, per
  /// reason category ("variadic", "va_list", ...).
  std::map<std::string, unsigned> WrapperSkips;
};

/// Lowers M according to Opts.
rust::File lowerModule(const ir::Module &M, const Options &Opts,
                       LowerReport &Report);

/// Lowers M and returns the Rust text, with \p HeaderComment as its first
/// line when not empty. Items are written as they are lowered, so the Rust
/// model of the whole file is never held (unless a naming rule gathers items
/// into modules, which needs them all). The text equals writeFile's.
std::string lowerAndWrite(const ir::Module &M, const Options &Opts,
                          LowerReport &Report,
                          const std::string &HeaderComment);

/// Appends `_` to Rust keywords and primitive type names, as bindgen does.
std::string escapeRustName(const std::string &Name);

} // namespace kbindgen

#endif // KBINDGEN_LOWER_LOWER_H
