//===- BodySkipper.h - Skip header bodies without lexing -------*- C++ -*-===//
//
// With FrontendOptions::SkipFunctionBodies the Parser still lexes every token
// of a skipped body through the preprocessor, expanding every macro, to find
// the closing brace: about a quarter of the parse of the kernel's
// bindings_helper.h. The body's tokens are never used, so this scans the
// source text for the matching brace instead and moves the file lexer there;
// the Parser then sees `{` `}`.
//
// The scan is only taken where it provably ends where Clang's own token skip
// ends, leaving the preprocessor in the same state: anything it cannot decide
// exactly (line splices outside comments and directive lines, trigraphs,
// digraphs, directives other than balanced conditionals, macros whose
// expansion could hold unbalanced delimiters or use __COUNTER__/_Pragma, ...)
// makes it give up, and the Parser skips token by token. fuzz/
// BodySkipperFuzzer.cpp checks this against Clang on generated bodies.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_BODYSKIPPER_H
#define KBINDGEN_LIB_FRONTEND_BODYSKIPPER_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace clang {
class Preprocessor;
} // namespace clang

namespace kbindgen {

/// What the text scan must know of the language and of the macros in scope.
struct BodyScanOptions {
  /// `??=`-style trigraphs are replaced (-trigraphs, strict ISO C modes).
  bool Trigraphs = false;
  /// `'` may separate digits in a number (C23, C++14).
  bool DigitSeparators = false;
  /// What an identifier the preprocessor would see (outside literals and
  /// comments, directive lines included) is: Unsafe makes the scan give up.
  /// Unset: no identifier is a macro.
  enum class Identifier { NotMacro, SafeMacro, Unsafe };
  llvm::function_ref<Identifier(llvm::StringRef)> ClassifyIdentifier = nullptr;
};

/// The offset in \p Text of the `}` closing a block whose `{` ends just
/// before \p Text, or nothing when a plain text scan cannot be trusted.
std::optional<size_t> findClosingBrace(llvm::StringRef Text,
                                       const BodyScanOptions &Opts = {});

/// Called when the Parser is about to skip a function body, with its `{` as
/// the current token: when that `{` came straight from a source file (no
/// macro expansion, no cached tokens) and findClosingBrace succeeds, moves
/// the file lexer to the closing `}` and returns true. Otherwise leaves the
/// preprocessor as it is (the Parser then skips token by token).
bool skipBodyText(clang::Preprocessor &PP);

} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_BODYSKIPPER_H
