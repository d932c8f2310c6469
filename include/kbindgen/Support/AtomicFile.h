//===- AtomicFile.h - Write a file completely or not at all -----*- C++ -*-===//

#ifndef KBINDGEN_SUPPORT_ATOMICFILE_H
#define KBINDGEN_SUPPORT_ATOMICFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace kbindgen {

/// Writes Contents to Path through a temporary file in the same directory
/// and a rename, so readers never see a half-written file and a failure
/// leaves an existing file untouched. Path "-" or "" means stdout. An
/// existing file that is not a regular one (a device such as /dev/null, a
/// FIFO) is written in place instead, never replaced.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents);

} // namespace kbindgen

#endif // KBINDGEN_SUPPORT_ATOMICFILE_H
