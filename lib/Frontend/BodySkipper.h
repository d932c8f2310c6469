//===- BodySkipper.h - Skip header bodies without lexing -------*- C++ -*-===//
//
// With FrontendOptions::SkipFunctionBodies the Parser still lexes every token
// of a skipped body through the preprocessor, expanding every macro, to find
// the closing brace: about a quarter of the parse of the kernel's
// bindings_helper.h. The body's tokens are never used, so this scans the
// source text for the matching brace instead and moves the file lexer there;
// the Parser then sees `{` `}`.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_BODYSKIPPER_H
#define KBINDGEN_LIB_FRONTEND_BODYSKIPPER_H

#include "llvm/ADT/StringRef.h"
#include <optional>

namespace clang {
class Preprocessor;
} // namespace clang

namespace kbindgen {

/// The offset in \p Text of the `}` closing a block whose `{` ends just
/// before \p Text, or nothing when a plain text scan cannot be trusted: a
/// preprocessor directive, `_Pragma` or a digraph inside, or no match.
/// Comments, string and character literals and line splices are honoured.
std::optional<size_t> findClosingBrace(llvm::StringRef Text);

/// Called when the Parser is about to skip a function body, with its `{` as
/// the current token: when that `{` came straight from a source file (no
/// macro expansion, no cached tokens) and findClosingBrace succeeds, moves
/// the file lexer to the closing `}` and returns true. Otherwise leaves the
/// preprocessor as it is (the Parser then skips token by token).
bool skipBodyText(clang::Preprocessor &PP);

} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_BODYSKIPPER_H
