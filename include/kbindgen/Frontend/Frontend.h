//===- Frontend.h - Parse C headers with Clang into the IR ------*- C++ -*-===//
//
// The only library that includes Clang headers. One CompilerInstance parses
// the input exactly as the given clang arguments say; the AST, the record
// layouts and the recorded macros become an ir::Module.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_FRONTEND_FRONTEND_H
#define KBINDGEN_FRONTEND_FRONTEND_H

#include "kbindgen/IR/IR.h"
#include "kbindgen/Support/Options.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace kbindgen {

/// Timing of the frontend's phases, for `--time-phases`.
struct FrontendTimes {
  double ParseSeconds = 0;
  double ImportSeconds = 0;
  double MacroSeconds = 0;
  double WrapperSeconds = 0; ///< --wrap-static-fns: checking the wrappers.
  /// Header function bodies skipped by a text scan / token by token.
  unsigned BodiesSkippedAsText = 0;
  unsigned BodiesSkippedAsTokens = 0;
};

struct FrontendResult {
  ir::Module Module;
  FrontendTimes Times;
  unsigned Warnings = 0;
};

/// Parses Opts.Header with Opts.ClangArgs. Clang's diagnostics go to stderr
/// as clang prints them; any error makes this fail.
llvm::Expected<FrontendResult> parseHeader(const Options &Opts);

/// The Clang version kbindgen is built on, e.g. "19.1.7".
std::string clangVersion();

/// The path of the Clang driver whose resource directory kbindgen uses.
std::string clangExecutable();

} // namespace kbindgen

#endif // KBINDGEN_FRONTEND_FRONTEND_H
