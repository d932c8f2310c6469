//===- BodySkipper.cpp - Skip header function bodies without lexing -------===//

#include "BodySkipper.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace kbindgen {

std::optional<size_t> findClosingBrace(llvm::StringRef Text) {
  unsigned Depth = 1;
  // The brace depth at each open #if, innermost last.
  llvm::SmallVector<unsigned, 4> GroupDepth;
  // Only whitespace (and comments) since the last newline: a `#` here starts
  // a directive, which a text scan must not skip (#if branches, #define).
  bool AtLineStart = false;
  const size_t N = Text.size();
  auto At = [&](size_t I) { return I < N ? Text[I] : '\0'; };
  for (size_t I = 0; I < N; ++I) {
    char C = Text[I];
    switch (C) {
    case '\n':
      AtLineStart = true;
      continue;
    case ' ':
    case '\t':
    case '\r':
    case '\f':
    case '\v':
      continue;
    case '\\':
      // A line splice joins lines; it does not start a new one.
      if (At(I + 1) == '\n') {
        ++I;
        continue;
      }
      if (At(I + 1) == '\r' && At(I + 2) == '\n') {
        I += 2;
        continue;
      }
      break;
    case '/':
      if (At(I + 1) == '/') {
        // To the end of the line, splices included.
        for (I += 2; I < N && Text[I] != '\n'; ++I)
          if (Text[I] == '\\' && At(I + 1) == '\n')
            ++I;
        AtLineStart = true;
        continue;
      }
      if (At(I + 1) == '*') {
        size_t End = Text.find("*/", I + 2);
        if (End == llvm::StringRef::npos)
          return std::nullopt;
        I = End + 1;
        continue; // A comment keeps AtLineStart as it was.
      }
      break;
    case '"':
    case '\'': {
      for (++I; I < N && Text[I] != C; ++I) {
        if (Text[I] == '\\')
          ++I; // An escape, or a splice.
        else if (Text[I] == '\n')
          return std::nullopt; // Unterminated: let Clang judge.
      }
      if (I >= N)
        return std::nullopt;
      break;
    }
    case '#':
      if (AtLineStart) {
        // Conditionals are fine when each of their branches is balanced:
        // whichever branch Clang would take, the braces match the same way.
        // Any other directive acts (#define, #include, #pragma, #error).
        size_t NameStart = Text.find_first_not_of(" \t", I + 1);
        if (NameStart == llvm::StringRef::npos)
          return std::nullopt;
        llvm::StringRef Name = Text.substr(NameStart).take_while(
            [](char Ch) { return isalpha(static_cast<unsigned char>(Ch)); });
        if (Name == "if" || Name == "ifdef" || Name == "ifndef") {
          GroupDepth.push_back(Depth);
        } else if (Name == "elif" || Name == "else" || Name == "elifdef" ||
                   Name == "elifndef" || Name == "endif") {
          if (GroupDepth.empty() || GroupDepth.back() != Depth)
            return std::nullopt;
          if (Name == "endif")
            GroupDepth.pop_back();
        } else {
          return std::nullopt;
        }
        // The rest of the directive line, splices included; a comment may
        // span lines.
        for (I = NameStart + Name.size(); I < N && Text[I] != '\n'; ++I) {
          if (Text[I] == '\\' && At(I + 1) == '\n') {
            ++I;
          } else if (Text[I] == '/' && At(I + 1) == '*') {
            size_t End = Text.find("*/", I + 2);
            if (End == llvm::StringRef::npos)
              return std::nullopt;
            I = End + 1;
          } else if (Text[I] == '/' && At(I + 1) == '/') {
            while (I < N && Text[I] != '\n')
              ++I;
            break;
          }
        }
        AtLineStart = true;
        continue;
      }
      break;
    case '<':
      if (At(I + 1) == '%' || At(I + 1) == ':')
        return std::nullopt;
      break;
    case '%':
      if (At(I + 1) == '>' || At(I + 1) == ':')
        return std::nullopt;
      break;
    case '_':
      // _Pragma acts during preprocessing even in a skipped body.
      if (Text.substr(I).starts_with("_Pragma") &&
          (I == 0 || !(isalnum(static_cast<unsigned char>(Text[I - 1])) ||
                       Text[I - 1] == '_')))
        return std::nullopt;
      break;
    case '{':
      ++Depth;
      break;
    case '}':
      if (--Depth == 0)
        return GroupDepth.empty() ? std::optional<size_t>(I) : std::nullopt;
      break;
    default:
      break;
    }
    AtLineStart = false;
  }
  return std::nullopt;
}

bool skipBodyText(Preprocessor &PP) {
  // The Parser's `{` may have come through the lookahead cache, so the
  // preprocessor can be in caching mode with nothing left in the cache;
  // the file lexer is the one under it.
  if (getenv("KB_NOSKIP"))
    return false;
  auto *L = static_cast<Lexer *>(PP.getCurrentFileLexer());
  if (!L || L->isLexingRawMode())
    return false;
  llvm::StringRef Buffer = L->getBuffer();
  size_t Pos = L->getCurrentBufferOffset();
  // The `{` the Parser holds must be the character just lexed.
  if (Pos == 0 || Pos > Buffer.size() || Buffer[Pos - 1] != '{') {
    return false;
  }
  std::optional<size_t> Close = findClosingBrace(Buffer.substr(Pos));
  if (!Close) {
    return false;
  }
  size_t Target = Pos + *Close;
  size_t LineStart = Buffer.find_last_of("\n", Target);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  bool StartOfLine =
      Buffer.substr(LineStart, Target - LineStart)
          .find_first_not_of(" \t\f\v\r") == llvm::StringRef::npos;
  L->seek(Target, StartOfLine);
  return true;
}

} // namespace kbindgen
