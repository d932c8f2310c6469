//===- Lower.h - C items (IR) to Rust items (model) -------------*- C++ -*-===//
//
// Maps the language-neutral IR to the Rust model for `no_std`/`core` FFI:
// `#[repr(C)]` records, enums in every bindgen style, type aliases, extern
// functions and statics, constants, bitfields, padding and layout assertions.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LOWER_LOWER_H
#define KBINDGEN_LOWER_LOWER_H

#include "kbindgen/IR/IR.h"
#include "kbindgen/Rust/RustModel.h"
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

/// Receives top-level Rust items in output order as Lower finishes them, so
/// that a file can be written while it is lowered and the Rust model of the
/// whole file is never held. The Driver connects it to the writer.
class ItemSink {
public:
  virtual ~ItemSink() = default;
  virtual void consume(const rust::Item &I) = 0;
};

/// Lowers M according to Opts. With a Sink, each finished top-level item
/// goes to it as soon as no later item can change it (unless a naming rule
/// gathers items into modules, which needs them all), and the returned File
/// holds what goes before them: the prelude of helper types and the raw
/// lines. Without a Sink, the File holds every item.
rust::File lowerModule(const ir::Module &M, const Options &Opts,
                       LowerReport &Report, ItemSink *Sink = nullptr);

/// Appends `_` to Rust keywords and primitive type names, as bindgen does.
std::string escapeRustName(const std::string &Name);

} // namespace kbindgen

#endif // KBINDGEN_LOWER_LOWER_H
