//===- Kconfig.cpp - CONFIG_* macros from a kernel .config ----------------===//
//
// Defines what include/generated/autoconf.h would: `CONFIG_X=y` as
// CONFIG_X 1, `=m` as CONFIG_X_MODULE 1, strings, decimal and hex values as
// written; `# CONFIG_X is not set` defines nothing.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Config/Config.h"
#include "kbindgen/Driver/Driver.h"
#include "kbindgen/Support/LocatedError.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/MemoryBuffer.h"

namespace kbindgen {

llvm::Expected<std::vector<std::string>> kconfigDefines(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return makeLocatedError(Path, 0, 0,
                            "cannot read kernel configuration: " +
                                Buf.getError().message());
  std::vector<std::string> Out;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Buf)->getBuffer().split(Lines, '\n');
  unsigned LineNo = 0;
  for (llvm::StringRef Line : Lines) {
    ++LineNo;
    Line = Line.trim();
    if (Line.empty() || Line.starts_with("#"))
      continue;
    auto [Name, Value] = Line.split('=');
    if (!Name.starts_with("CONFIG_") || !Line.contains('='))
      return makeLocatedError(Path, LineNo, 1,
                              "expected CONFIG_NAME=VALUE, got '" + Line + "'");
    if (Value == "n")
      continue;
    if (Value == "y") {
      Out.push_back("-D" + Name.str() + "=1");
      continue;
    }
    if (Value == "m") {
      Out.push_back("-D" + Name.str() + "_MODULE=1");
      continue;
    }
    // Strings keep their quotes and escapes, as autoconf.h spells them.
    Out.push_back("-D" + Name.str() + "=" + Value.str());
  }
  return Out;
}

} // namespace kbindgen
