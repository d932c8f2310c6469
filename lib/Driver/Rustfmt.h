//===- Rustfmt.h - The installed rustfmt over the output -------*- C++ -*-===//

#ifndef KBINDGEN_LIB_DRIVER_RUSTFMT_H
#define KBINDGEN_LIB_DRIVER_RUSTFMT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace kbindgen {

/// Text formatted by rustfmt for Edition: `$RUSTFMT`, else `rustfmt` from
/// PATH, reading the text on its standard input. An error names what went
/// wrong (not found, or its exit status and first line of diagnostics).
llvm::Expected<std::string> runRustfmt(llvm::StringRef Text,
                                       llvm::StringRef Edition);

} // namespace kbindgen

#endif // KBINDGEN_LIB_DRIVER_RUSTFMT_H
