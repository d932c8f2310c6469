//===- MacroRecorder.cpp - Records #defines in source order ---------------===//

#include "MacroRecorder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

using namespace clang;

namespace kbindgen {

void MacroRecorder::MacroDefined(const Token &MacroNameTok,
                                 const MacroDirective *MD) {
  const MacroInfo *MI = MD->getMacroInfo();
  if (!MI || MI->isBuiltinMacro())
    return;
  SourceLocation Loc = MI->getDefinitionLoc();
  // Predefined and command-line macros live in the <built-in> buffer, which
  // has no file entry.
  if (Loc.isInvalid() || !SM.getFileEntryRefForID(SM.getFileID(Loc)))
    return;
  Defs.push_back({MacroNameTok.getIdentifierInfo(), MI, MI->isFunctionLike()});
}

std::vector<RecordedMacro> MacroRecorder::lastDefinitions() const {
  llvm::DenseMap<const IdentifierInfo *, size_t> Slot;
  std::vector<RecordedMacro> Out;
  for (const RecordedMacro &D : Defs) {
    auto [It, Inserted] = Slot.try_emplace(D.Name, Out.size());
    if (Inserted)
      Out.push_back(D);
    else
      Out[It->second] = D;
  }
  return Out;
}

} // namespace kbindgen
