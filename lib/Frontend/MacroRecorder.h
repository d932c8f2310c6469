//===- MacroRecorder.h - Records object-like #defines -----------*- C++ -*-===//
//
// A PPCallbacks of its own (as include-what-you-use keeps its recorder): the
// preprocessor's macro table is in hash order and keeps only the final
// definition, so kbindgen records every definition in source order.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACRORECORDER_H
#define KBINDGEN_LIB_FRONTEND_MACRORECORDER_H

#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringMap.h"
#include <vector>

namespace kbindgen {

struct RecordedMacro {
  const clang::IdentifierInfo *Name = nullptr;
  const clang::MacroInfo *Info = nullptr;
  bool IsFunctionLike = false;
};

class MacroRecorder : public clang::PPCallbacks {
public:
  explicit MacroRecorder(const clang::SourceManager &SM) : SM(SM) {}

  void MacroDefined(const clang::Token &MacroNameTok,
                    const clang::MacroDirective *MD) override;

  /// The last definition of each macro name defined in a file (not on the
  /// command line or built in), in the order names were first defined.
  std::vector<RecordedMacro> lastDefinitions() const;

  size_t numDefinitions() const { return Defs.size(); }
  /// Every definition, in the order met.
  const std::vector<RecordedMacro> &definitions() const { return Defs; }

private:
  const clang::SourceManager &SM;
  std::vector<RecordedMacro> Defs;
};

} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_MACRORECORDER_H
