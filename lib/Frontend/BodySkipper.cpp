//===- BodySkipper.cpp - Skip header function bodies without lexing -------===//

#include "BodySkipper.h"
#include "ClangCompat.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace kbindgen {

namespace {

bool isHorizontalSpace(char C) {
  return C == ' ' || C == '\t' || C == '\f' || C == '\v';
}
bool isIdentifierChar(char C) {
  return isalnum(static_cast<unsigned char>(C)) || C == '_' || C == '$';
}
bool isNumberChar(char C) {
  return isalnum(static_cast<unsigned char>(C)) || C == '_' || C == '.';
}
bool isNonAscii(char C) { return static_cast<unsigned char>(C) >= 0x80; }

/// The length of the line splice at \p I (a backslash, horizontal space, a
/// newline), or 0. A lone `\r` never gets here: the scan refuses it.
size_t spliceAt(llvm::StringRef T, size_t I) {
  if (I >= T.size() || T[I] != '\\')
    return 0;
  size_t J = I + 1;
  while (J < T.size() && isHorizontalSpace(T[J]))
    ++J;
  if (J < T.size() && T[J] == '\n')
    return J + 1 - I;
  if (J + 1 < T.size() && T[J] == '\r' && T[J + 1] == '\n')
    return J + 2 - I;
  return 0;
}

/// The scan itself. Each step leaves I at the first character it did not
/// consume and returns false when the text is beyond what it decides exactly.
class BodyScanner {
public:
  BodyScanner(llvm::StringRef Text, const BodyScanOptions &Opts)
      : T(Text), N(Text.size()), Opts(Opts) {}

  std::optional<size_t> run();

private:
  char at(size_t J) const { return J < N ? T[J] : '\0'; }
  bool step();
  bool lineComment();
  bool blockComment();
  bool literal();
  bool directive();
  bool directiveRest(bool Expands);
  bool word(bool &IsMacro);
  bool identifier(size_t Start, bool &IsMacro);
  bool number();
  bool open(char C);
  bool close(char C);

  llvm::StringRef T;
  size_t N;
  const BodyScanOptions &Opts;
  size_t I = 0;
  /// Only whitespace (and comments) since the last newline: a `#` here
  /// starts a directive.
  bool AtLineStart = false;
  /// Open delimiters, the body's own `{` first.
  llvm::SmallVector<char, 16> Open{'{'};
  /// Each open #if, innermost last: the size of Open there, and whether its
  /// #else came (a later #elif or #else is an error to Clang).
  struct Group {
    size_t Floor;
    bool SawElse;
  };
  llvm::SmallVector<Group, 4> Groups;
  /// Only comments, whitespace, directives and macro names since a `?`.
  /// Clang's skip treats `?` ... `:` as brackets and swallows a closing
  /// delimiter that comes first after the `?` (Parser::SkipUntil's
  /// isFirstTokenSkipped): a text scan must not guess on from there.
  bool AfterQuestion = false;
  /// Where the body's `}` was found.
  std::optional<size_t> Close;
};

std::optional<size_t> BodyScanner::run() {
  while (!Close) {
    if (I >= N || !step())
      return std::nullopt;
  }
  // What only a look at the whole range can rule out: a lone `\r` (a
  // newline to Clang, even inside a comment), a NUL (whitespace to Clang
  // outside literals), a trigraph.
  llvm::StringRef Range = T.take_front(*Close + 1);
  if (Range.contains('\0'))
    return std::nullopt;
  for (size_t R = Range.find('\r'); R != llvm::StringRef::npos;
       R = Range.find('\r', R + 1))
    if (at(R + 1) != '\n')
      return std::nullopt;
  if (Opts.Trigraphs && Range.contains("??"))
    return std::nullopt;
  return Close;
}

bool BodyScanner::step() {
  char C = T[I];
  bool WasAfterQuestion = AfterQuestion;
  // Cleared by any token but a macro name; kept by what is no token.
  AfterQuestion = false;
  switch (C) {
  case '\n':
    AtLineStart = true;
    AfterQuestion = WasAfterQuestion;
    ++I;
    return true;
  case ' ':
  case '\t':
  case '\r':
  case '\f':
  case '\v':
    AfterQuestion = WasAfterQuestion;
    ++I;
    return true;
  case '\\':
    // A line splice can join two characters into a token (`/` `/`, `<` `%`)
    // or a directive to the line before; a lone backslash starts a UCN.
    return false;
  case '/':
    AfterQuestion = WasAfterQuestion && (at(I + 1) == '/' || at(I + 1) == '*');
    if (at(I + 1) == '/')
      return lineComment(); // Stops at the newline.
    if (at(I + 1) == '*')
      return blockComment(); // A comment keeps AtLineStart as it was.
    break;
  case '"':
  case '\'':
    AtLineStart = false;
    return literal();
  case '#':
    if (AtLineStart) {
      AfterQuestion = WasAfterQuestion;
      return directive();
    }
    break;
  case '?':
    AtLineStart = false;
    AfterQuestion = true;
    ++I;
    return true;
  case '<':
    if (at(I + 1) == '%' || at(I + 1) == ':')
      return false; // Digraphs: `<%` is `{`.
    break;
  case '%':
    if (at(I + 1) == '>' || at(I + 1) == ':')
      return false; // `%>` is `}`, `%:` is `#`.
    break;
  case '{':
  case '(':
  case '[':
    AtLineStart = false;
    ++I;
    return open(C);
  case '}':
  case ')':
  case ']':
    if (WasAfterQuestion)
      return false;
    AtLineStart = false;
    ++I;
    return close(C);
  case '.':
    if (!isdigit(static_cast<unsigned char>(at(I + 1))))
      break;
    AtLineStart = false;
    return number();
  default:
    if (isIdentifierChar(C)) {
      AtLineStart = false;
      bool IsMacro = false;
      if (!word(IsMacro))
        return false;
      AfterQuestion = WasAfterQuestion && IsMacro; // It may expand to nothing.
      return true;
    }
    if (isNonAscii(C))
      return false; // Unicode whitespace or identifiers.
    break;
  }
  AtLineStart = false;
  ++I;
  return true;
}

bool BodyScanner::open(char C) {
  Open.push_back(C);
  return true;
}

bool BodyScanner::close(char C) {
  char Want = C == '}' ? '{' : C == ')' ? '(' : '[';
  // Unmatched delimiters, or one closed inside a conditional branch that
  // was opened outside it: Clang's skip balances ( [ { its own way.
  if (Open.back() != Want ||
      (!Groups.empty() && Open.size() <= Groups.back().Floor))
    return false;
  Open.pop_back();
  if (Open.empty())
    Close = I - 1;
  return true;
}

bool BodyScanner::lineComment() {
  // To the end of the line; a backslash before the newline (horizontal
  // space between allowed, as Clang allows it) goes on to the next line.
  size_t From = I + 2;
  for (;;) {
    size_t End = T.find('\n', From);
    if (End == llvm::StringRef::npos)
      return false;
    size_t K = End;
    if (K > From && T[K - 1] == '\r')
      --K;
    while (K > From && isHorizontalSpace(T[K - 1]))
      --K;
    if (K > From && T[K - 1] == '\\') {
      From = End + 1;
      continue;
    }
    I = End;
    return true;
  }
}

bool BodyScanner::blockComment() {
  size_t End = T.find("*/", I + 2);
  if (End == llvm::StringRef::npos)
    return false;
  // `*`, a splice, `/` ends the comment too.
  if (T.slice(I + 2, End).contains("*\\"))
    return false;
  I = End + 2;
  return true;
}

bool BodyScanner::literal() {
  char Quote = T[I];
  for (size_t J = I + 1; J < N; ++J) {
    char C = T[J];
    if (C == Quote) {
      I = J + 1;
      return true;
    }
    if (C == '\n')
      return false; // Unterminated: let Clang judge.
    if (C != '\\')
      continue;
    // An escape; either backslash may start a splice instead.
    if (spliceAt(T, J) || spliceAt(T, J + 1))
      return false;
    ++J;
  }
  return false;
}

bool BodyScanner::directive() {
  size_t NameStart = I + 1;
  while (NameStart < N && isHorizontalSpace(T[NameStart]))
    ++NameStart;
  size_t NameEnd = NameStart;
  while (NameEnd < N && isIdentifierChar(T[NameEnd]))
    ++NameEnd;
  // A splice or comment could make the name longer or hide it.
  if (at(NameEnd) == '\\' || at(NameEnd) == '/')
    return false;
  llvm::StringRef Name = T.slice(NameStart, NameEnd);
  // Conditionals are fine when each of their branches is balanced on its
  // own: whichever branch Clang takes, the delimiters match the same way.
  // Every other directive acts (#define, #include, #pragma, #line, #error)
  // or is one a scan had better not guess (the null directive).
  bool Expands = false;
  if (Name == "if" || Name == "ifdef" || Name == "ifndef") {
    Groups.push_back({Open.size(), false});
    Expands = Name == "if";
  } else if (Name == "elif" || Name == "else" || Name == "elifdef" ||
             Name == "elifndef" || Name == "endif") {
    if (Groups.empty() || Groups.back().Floor != Open.size())
      return false;
    if (Name == "endif") {
      Groups.pop_back();
    } else {
      if (Groups.back().SawElse)
        return false;
      Groups.back().SawElse = Name == "else";
    }
    Expands = Name == "elif";
  } else {
    return false;
  }
  I = NameEnd;
  return directiveRest(Expands);
}

bool BodyScanner::directiveRest(bool Expands) {
  // The rest of the directive line, splices included; a comment may span
  // lines. Ends at the newline.
  while (I < N) {
    char C = T[I];
    if (C == '\n')
      return true;
    if (C == '\\') {
      size_t Splice = spliceAt(T, I);
      I += Splice ? Splice : 1;
      continue;
    }
    if (C == '/' && at(I + 1) == '*') {
      if (!blockComment())
        return false;
      continue;
    }
    if (C == '/' && at(I + 1) == '/')
      return lineComment();
    // A literal here is rare and lexed by rules of its own (raw lexing in
    // skipped groups).
    if (C == '"' || C == '\'' || isNonAscii(C))
      return false;
    if (isIdentifierChar(C) && !isdigit(static_cast<unsigned char>(C))) {
      size_t Start = I;
      while (I < N && isIdentifierChar(T[I]))
        ++I;
      // A #if or #elif condition is macro-expanded.
      bool IsMacro;
      if (Expands && !identifier(Start, IsMacro))
        return false;
      continue;
    }
    ++I;
  }
  return false;
}

bool BodyScanner::word(bool &IsMacro) {
  if (isdigit(static_cast<unsigned char>(T[I])))
    return number();
  size_t Start = I;
  while (I < N && isIdentifierChar(T[I]))
    ++I;
  // A UCN or a splice could go on with the identifier.
  if (at(I) == '\\' || isNonAscii(at(I)))
    return false;
  llvm::StringRef Word = T.slice(Start, I);
  // These act even in a skipped body, whatever the macros.
  if (Word == "_Pragma" || Word == "__pragma" || Word == "__COUNTER__")
    return false;
  // A raw string literal (C++, or C with -fraw-string-literals) ends where
  // its delimiter says.
  if (at(I) == '"' && Word.ends_with("R") &&
      (Word == "R" || Word == "LR" || Word == "uR" || Word == "UR" ||
       Word == "u8R"))
    return false;
  // A literal's prefix (u8, L, u, U) is checked as a name too: in some
  // language modes it is one.
  return identifier(Start, IsMacro);
}

bool BodyScanner::identifier(size_t Start, bool &IsMacro) {
  IsMacro = false;
  if (!Opts.ClassifyIdentifier)
    return true;
  size_t End = Start;
  while (End < N && isIdentifierChar(T[End]))
    ++End;
  using Kind = BodyScanOptions::Identifier;
  Kind K = Opts.ClassifyIdentifier(T.slice(Start, End));
  IsMacro = K == Kind::SafeMacro;
  return K != Kind::Unsafe;
}

bool BodyScanner::number() {
  // A preprocessing number, as Clang lexes it: digits, letters, `_`, `.`,
  // a sign after e/E/p/P, and (C23, C++14) `'` before a digit or letter.
  for (;;) {
    while (I < N && isNumberChar(T[I]))
      ++I;
    char Prev = T[I - 1];
    char C = at(I);
    if ((C == '+' || C == '-') && (Prev == 'e' || Prev == 'E')) {
      ++I;
      continue;
    }
    if ((C == '+' || C == '-') && (Prev == 'p' || Prev == 'P')) {
      // Whether this sign belongs to the number depends on the language.
      if (Opts.DigitSeparators)
        return false;
      ++I;
      continue;
    }
    if (C == '\'' && Opts.DigitSeparators &&
        (isalnum(static_cast<unsigned char>(at(I + 1))) || at(I + 1) == '_')) {
      I += 2;
      continue;
    }
    if (C == '\\' || isNonAscii(C))
      return false;
    return true;
  }
}

/// What the macro checks of earlier bodies found, kept while the macros
/// they looked at stay as they were. Owned by the preprocessor (as its
/// callbacks), so it dies with it; found again through a registry.
class MacroVerdicts : public PPCallbacks {
public:
  static MacroVerdicts &of(Preprocessor &PP) {
    auto &All = registry();
    auto It = All.find(&PP);
    if (It != All.end())
      return *It->second;
    auto Owned = std::make_unique<MacroVerdicts>(PP);
    MacroVerdicts &V = *Owned;
    PP.addPPCallbacks(std::move(Owned));
    return V;
  }

  explicit MacroVerdicts(Preprocessor &PP) : PP(PP) { registry()[&PP] = this; }
  ~MacroVerdicts() override { registry().erase(&PP); }

  void MacroDefined(const Token &Name, const MacroDirective *) override {
    changed(Name.getIdentifierInfo());
  }
  void MacroUndefined(const Token &Name, const MacroDefinition &,
                      const MacroDirective *) override {
    changed(Name.getIdentifierInfo());
  }

  /// Verdicts by macro name, and every name a verdict looked at.
  llvm::DenseMap<const IdentifierInfo *, bool> Safe;
  llvm::SmallPtrSet<const IdentifierInfo *, 32> LookedAt;

private:
  static llvm::DenseMap<const Preprocessor *, MacroVerdicts *> &registry() {
    static llvm::DenseMap<const Preprocessor *, MacroVerdicts *> All;
    return All;
  }

  void changed(const IdentifierInfo *II) {
    if (!II || !LookedAt.count(II))
      return;
    Safe.clear();
    LookedAt.clear();
  }

  Preprocessor &PP;
};

/// Whether the macros that an identifier in a body may expand are ones a
/// text scan can pass over: no unbalanced delimiter (a `{` or `}` the text
/// does not show), no state a skip must keep (__COUNTER__, _Pragma,
/// __has_include's file look-ups), no token pasting (it can make any of
/// those). Checked transitively through the replacement lists of the macros
/// as defined now.
class MacroSafety {
public:
  explicit MacroSafety(Preprocessor &PP)
      : PP(PP), Verdicts(MacroVerdicts::of(PP)) {}

  BodyScanOptions::Identifier classify(llvm::StringRef Name) {
    using Kind = BodyScanOptions::Identifier;
    auto It = PP.getIdentifierTable().find(Name);
    if (It == PP.getIdentifierTable().end())
      return Kind::NotMacro; // Never seen: not a macro.
    const IdentifierInfo *II = It->getValue();
    if (!infoIsSafe(II))
      return Kind::Unsafe;
    return II->hasMacroDefinition() ? Kind::SafeMacro : Kind::NotMacro;
  }

private:
  bool infoIsSafe(const IdentifierInfo *II) {
    if (II->isPoisoned())
      return false; // An error where it is used.
    Verdicts.LookedAt.insert(II);
    if (!II->hasMacroDefinition())
      return true;
    auto Known = Verdicts.Safe.find(II);
    if (Known != Verdicts.Safe.end())
      return Known->second;
    if (!Visited.insert(II).second) {
      // Being checked further up (macros do not expand themselves), or
      // checked in this walk on such an assumption.
      ++Assumed;
      return true;
    }
    unsigned AssumedBefore = Assumed;
    bool Result = macroIsSafe(*II);
    // A verdict that leaned on an unfinished one holds for this walk only.
    if (!Result || Assumed == AssumedBefore)
      Verdicts.Safe[II] = Result;
    return Result;
  }

  bool macroIsSafe(const IdentifierInfo &II) {
    const MacroInfo *MI = PP.getMacroInfo(&II);
    if (!MI)
      return true;
    if (MI->isBuiltinMacro())
      return !isStatefulBuiltin(II.getName());
    return tokensAreSafe(*MI);
  }

  static bool isStatefulBuiltin(llvm::StringRef Name) {
    return Name == "__COUNTER__" || Name == "_Pragma" || Name == "__pragma" ||
           Name == "__has_include" || Name == "__has_include_next" ||
           Name == "__has_embed";
  }

  bool tokensAreSafe(const MacroInfo &MI) {
    llvm::SmallVector<tok::TokenKind, 8> Delims;
    llvm::ArrayRef<Token> Tokens = MI.tokens();
    for (size_t K = 0; K < Tokens.size(); ++K) {
      const Token &Tok = Tokens[K];
      switch (Tok.getKind()) {
      case tok::question:
        // What follows the `?` must be a token that is no closing
        // delimiter (see BodyScanner::AfterQuestion): not a parameter or a
        // macro (either may be empty), not the end of the list.
        if (K + 1 == Tokens.size() || !isPlainToken(MI, Tokens[K + 1]))
          return false;
        continue;
      case tok::l_brace:
      case tok::l_paren:
      case tok::l_square:
        Delims.push_back(Tok.getKind());
        continue;
      case tok::r_brace:
      case tok::r_paren:
      case tok::r_square:
        if (Delims.empty() || Delims.back() != matching(Tok.getKind()))
          return false;
        Delims.pop_back();
        continue;
      case tok::hashhash:
        // GNU's `, ## __VA_ARGS__` only drops the comma.
        if (K > 0 && Tokens[K - 1].is(tok::comma) && K + 1 < Tokens.size() &&
            MI.isVariadic() && isVariadicParam(MI, Tokens[K + 1]))
          continue;
        return false;
      default:
        break;
      }
      if (const IdentifierInfo *II = Tok.getIdentifierInfo())
        if (!infoIsSafe(II))
          return false;
    }
    return Delims.empty();
  }

  bool isPlainToken(const MacroInfo &MI, const Token &Tok) {
    if (Tok.isOneOf(tok::r_brace, tok::r_paren, tok::r_square, tok::hashhash,
                    tok::hash))
      return false;
    const IdentifierInfo *II = Tok.getIdentifierInfo();
    return !II || (MI.getParameterNum(II) < 0 && !II->hasMacroDefinition());
  }

  static tok::TokenKind matching(tok::TokenKind Close) {
    return Close == tok::r_brace   ? tok::l_brace
           : Close == tok::r_paren ? tok::l_paren
                                   : tok::l_square;
  }

  static bool isVariadicParam(const MacroInfo &MI, const Token &Tok) {
    const IdentifierInfo *II = Tok.getIdentifierInfo();
    return II && !MI.params().empty() && MI.params().back() == II;
  }

  Preprocessor &PP;
  MacroVerdicts &Verdicts;
  /// The macros this walk reached, and how often it assumed one was safe.
  llvm::SmallPtrSet<const IdentifierInfo *, 32> Visited;
  unsigned Assumed = 0;
};

} // namespace

std::optional<size_t> findClosingBrace(llvm::StringRef Text,
                                       const BodyScanOptions &Opts) {
  return BodyScanner(Text, Opts).run();
}

bool skipBodyText(Preprocessor &PP) {
  // The Parser's `{` may have come through the lookahead cache, so the
  // preprocessor can be in caching mode with nothing left in the cache;
  // the file lexer is the one under it.
  auto *L = static_cast<Lexer *>(PP.getCurrentFileLexer());
  if (!L || L->isLexingRawMode())
    return false;
  llvm::StringRef Buffer = L->getBuffer();
  size_t Pos = L->getCurrentBufferOffset();
  // The `{` the Parser holds must be the character just lexed.
  if (Pos == 0 || Pos > Buffer.size() || Buffer[Pos - 1] != '{')
    return false;
  const LangOptions &LO = PP.getLangOpts();
  MacroSafety Macros(PP);
  BodyScanOptions Opts;
  Opts.Trigraphs = LO.Trigraphs;
  Opts.DigitSeparators = LO.CPlusPlus14 || compat::isC23(LO);
  auto Classify = [&](llvm::StringRef Name) { return Macros.classify(Name); };
  Opts.ClassifyIdentifier = Classify;
  std::optional<size_t> Close = findClosingBrace(Buffer.substr(Pos), Opts);
  if (!Close)
    return false;
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
