//===- LocatedError.h - An error at a place in a file -----------*- C++ -*-===//
//
// Errors found in a file kbindgen reads (configuration files, a kernel
// .config) carry where they are; the Driver prints them as a compiler does,
// `file:line:col: error: message`, and every other error with the tool's
// name, `kbindgen: error: message`.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_SUPPORT_LOCATEDERROR_H
#define KBINDGEN_SUPPORT_LOCATEDERROR_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include <string>

namespace kbindgen {

/// An error at File:Line:Column; Line 0 means the file as a whole (no line
/// or column is printed).
class LocatedError : public llvm::ErrorInfo<LocatedError> {
public:
  static char ID;

  LocatedError(llvm::StringRef File, unsigned Line, unsigned Column,
               const llvm::Twine &Message)
      : File(File.str()), Line(Line), Column(Column), Message(Message.str()) {}

  /// Writes `file:line:col: error: message` (`file: error: message` when the
  /// error has no line).
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

  llvm::StringRef file() const { return File; }
  unsigned line() const { return Line; }
  unsigned column() const { return Column; }
  /// The message without the location and severity.
  llvm::StringRef text() const { return Message; }

private:
  std::string File;
  unsigned Line;
  unsigned Column;
  std::string Message;
};

/// A LocatedError as an llvm::Error.
inline llvm::Error makeLocatedError(llvm::StringRef File, unsigned Line,
                                    unsigned Column,
                                    const llvm::Twine &Message) {
  return llvm::make_error<LocatedError>(File, Line, Column, Message);
}

} // namespace kbindgen

#endif // KBINDGEN_SUPPORT_LOCATEDERROR_H
