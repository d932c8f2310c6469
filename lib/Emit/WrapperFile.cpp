//===- WrapperFile.cpp - The C file of static-function wrappers -----------===//

#include "kbindgen/Emit/WrapperFile.h"

namespace kbindgen {

std::string wrapperFileText(llvm::StringRef Header,
                            llvm::ArrayRef<std::string> Wrappers) {
  std::string Text =
      "#include \"" + Header.str() + "\"\n\n// Static wrappers\n\n";
  for (const std::string &W : Wrappers)
    Text += W;
  return Text;
}

} // namespace kbindgen
