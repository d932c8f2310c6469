//===- LocatedError.cpp - An error at a place in a file -------------------===//

#include "kbindgen/Support/LocatedError.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen {

char LocatedError::ID = 0;

void LocatedError::log(llvm::raw_ostream &OS) const {
  OS << File;
  if (Line)
    OS << ":" << Line << ":" << Column;
  OS << ": error: " << Message;
}

} // namespace kbindgen
