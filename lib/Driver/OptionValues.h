//===- OptionValues.h - Reading the values of options -----------*- C++ -*-===//
//
// Private to lib/Driver: the parsers of option values that have a syntax of
// their own, shared by the command line and configuration files.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_OPTIONVALUES_H
#define KBINDGEN_LIB_DRIVER_OPTIONVALUES_H

#include "kbindgen/Support/Options.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include <optional>

namespace kbindgen {

/// A bad command line or option value (exit status 2).
llvm::Error usage(const llvm::Twine &Msg);

/// `consts`, `rust`, `newtype`, ...
llvm::Expected<EnumStyle> parseEnumStyle(llvm::StringRef V);

/// `u32`, `i64`, `signed`, ...
llvm::Expected<MacroConstType> parseMacroType(llvm::StringRef V);

/// bindgen's split of `--with-derive-custom*` values: REGEX at the last `=`,
/// then the derives at every `,`.
llvm::Expected<CustomRule> parseCustomDerive(llvm::StringRef V);

/// bindgen's split of `--with-attribute-custom*` values (REGEX ends at the
/// last `=` outside square brackets).
llvm::Expected<CustomRule> parseCustomAttribute(llvm::StringRef V);

/// The first Rust release (1.N) that has the edition, as bindgen's table.
std::optional<unsigned> editionMinimumMinor(llvm::StringRef Edition);

/// `match=REGEX;kind=enum;...`
llvm::Expected<NamingRule> parseNamingRule(llvm::StringRef Spec);

} // namespace kbindgen

#endif // KBINDGEN_LIB_DRIVER_OPTIONVALUES_H
