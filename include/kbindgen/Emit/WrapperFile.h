//===- WrapperFile.h - The C file of static-function wrappers ---*- C++ -*-===//

#ifndef KBINDGEN_EMIT_WRAPPERFILE_H
#define KBINDGEN_EMIT_WRAPPERFILE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace kbindgen {

/// The text of the C file of wrappers, laid out as bindgen's
/// `--wrap-static-fns` writes it: `#include "HEADER"` with the header as
/// the command line named it, a blank line, `// Static wrappers`, a blank
/// line, then each wrapper (its prototype and its definition) in order.
std::string wrapperFileText(llvm::StringRef Header,
                            llvm::ArrayRef<std::string> Wrappers);

} // namespace kbindgen

#endif // KBINDGEN_EMIT_WRAPPERFILE_H
