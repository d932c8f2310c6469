//===- BodySkipperGenerator.h - Function bodies from fuzz bytes -*- C++ -*-===//
//
// Turns bytes into a C file of function bodies made of the shapes a text
// scan for the closing brace can get wrong: braces and quotes inside string
// and character literals (escapes, u8/L/u/U prefixes), comments (// and /* */,
// line comments continued by a backslash), line splices (CRLF, spaces after
// the backslash), conditional groups with balanced and unbalanced branches,
// directives that act, macros expanding to braces, parentheses, token pastes
// or __COUNTER__, _Pragma, digraphs, trigraphs, digit separators, NUL, lone
// CR, non-ASCII, and raw bytes. Each body is followed by `int afterN =
// __COUNTER__;`, so where the parse resumes and the counter both show.
//
// Shared by fuzz/BodySkipperFuzzer.cpp and the corpus replay in
// unittests/Frontend/BodySkipperDiffTest.cpp; plain C++, no Clang.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_FUZZ_BODYSKIPPERGENERATOR_H
#define KBINDGEN_FUZZ_BODYSKIPPERGENERATOR_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kbindgen::fuzz {

/// Reads choices from the input bytes; zeros once they run out.
class ByteReader {
public:
  ByteReader(const uint8_t *Data, size_t Size) : Data(Data), Size(Size) {}
  unsigned pick(unsigned Count) { return Count <= 1 ? 0 : byte() % Count; }
  bool chance(unsigned OneIn) { return !empty() && pick(OneIn) == 0; }
  bool empty() const { return Pos >= Size; }
  uint8_t byte() { return Pos < Size ? Data[Pos++] : 0; }

private:
  const uint8_t *Data;
  size_t Size;
  size_t Pos = 0;
};

struct GeneratedBodies {
  std::string Source;
  /// Extra cc1 flags: the language mode decides trigraphs, digraphs and
  /// digit separators.
  std::vector<std::string> Cc1Args;
};

class BodyGenerator {
public:
  explicit BodyGenerator(ByteReader &R) : R(R) {}

  GeneratedBodies generate() {
    GeneratedBodies G;
    static const char *const Modes[][2] = {
        {nullptr, nullptr},           {"-std=gnu11", nullptr},
        {"-std=c11", nullptr},        {"-std=c23", nullptr},
        {"-trigraphs", nullptr},      {"-std=gnu89", nullptr},
        {"-std=c17", "-fno-digraphs"}};
    for (const char *A : Modes[R.pick(7)])
      if (A)
        G.Cc1Args.push_back(A);
    S = Prelude;
    unsigned Functions = 1 + R.pick(4);
    for (unsigned F = 0; F < Functions && !R.empty(); ++F) {
      S += "static int f" + std::to_string(F) + "(int a, int b)";
      static const char *const Opens[] = {" {",     "\n{", " {\n",
                                          " OPEN ", "{{",  " { {"};
      unsigned Open = R.pick(6);
      // Most bodies keep to what the text scan takes, so that its answers
      // (not only its refusals) are what gets compared; the rest go wild.
      Clean = !R.chance(3);
      S += Opens[Open];
      body(0);
      if (Open >= 4)
        S += "}";
      S += "}\nint after" + std::to_string(F) + " = __COUNTER__;\n";
    }
    G.Source = std::move(S);
    return G;
  }

private:
  static constexpr const char *Prelude =
      "#define LB {\n"
      "#define RB }\n"
      "#define LP (\n"
      "#define OPEN {\n"
      "#define CNT __COUNTER__\n"
      "#define CNT_FN() (__COUNTER__ + 1)\n"
      "#define ID(x) x\n"
      "#define CAT(a, b) a##b\n"
      "#define STR(x) #x\n"
      "#define EMPTY\n"
      "#define DO_BLOCK(x) do { (x)++; } while (0)\n"
      "#define STMT_EXPR(x) ({ int t_ = (x); t_; })\n"
      "#define VIA_CNT STMT_EXPR(CNT)\n"
      "#define VIA_LB ID(LB)\n"
      "#define PRAGMA _Pragma(\"GCC diagnostic push\")\n"
      "#define VA(f, ...) f(0, ##__VA_ARGS__)\n"
      "#define ONE 1\n"
      "int a, b, x;\n";

  void body(unsigned Depth) {
    unsigned Pieces = R.pick(8);
    for (unsigned P = 0; P < Pieces && !R.empty(); ++P)
      piece(Depth);
  }

  void piece(unsigned Depth) {
    static const unsigned CleanPieces[] = {0,  1,  2,  3,  4,  5,  6,  7,  9,
                                           10, 12, 13, 15, 19, 20, 23, 24, 25};
    unsigned Choice = R.pick(26);
    if (Clean)
      Choice = CleanPieces[Choice % (sizeof(CleanPieces) / sizeof(unsigned))];
    switch (Choice) {
    case 0:
    case 1:
      statement();
      return;
    case 2:
      if (Depth < 4) {
        S += R.chance(2) ? "{ " : "\n{\n";
        body(Depth + 1);
        S += R.chance(2) ? " }" : "\n}\n";
        return;
      }
      statement();
      return;
    case 3:
      stringLiteral();
      return;
    case 4:
      charLiteral();
      return;
    case 5:
      lineComment();
      return;
    case 6:
      blockComment();
      return;
    case 7:
      newline();
      return;
    case 8:
      splice();
      return;
    case 9:
    case 10:
      if (Depth < 4) {
        conditional(Depth);
        return;
      }
      statement();
      return;
    case 11:
      otherDirective();
      return;
    case 12:
    case 13:
      macroUse();
      return;
    case 14:
      digraphOrTrigraph();
      return;
    case 15:
      number();
      return;
    case 16:
      oddCharacter();
      return;
    case 17:
      rawBytes();
      return;
    case 18:
      S += " __COUNTER__ ";
      return;
    case 19:
      if (Depth < 4) {
        S += " x = ({ ";
        body(Depth + 1);
        S += " 0; });";
        return;
      }
      statement();
      return;
    case 20:
      S += R.chance(2) ? " f(a, (b), c[1]);" : " x = (a[(b)]);";
      return;
    case 21:
      S += R.chance(2) ? " (" : " )"; // Unbalanced on purpose.
      return;
    case 22:
      S += R.chance(2) ? " {" : " }"; // Unbalanced on purpose.
      return;
    case 24:
      S += R.chance(2) ? " x = a ? b : (c);" : " x = a ?: b;";
      return;
    case 25:
      S += " x = a ? ";
      piece(Depth);
      S += " : b;";
      return;
    default:
      spaces();
      return;
    }
  }

  void statement() {
    static const char *const Statements[] = {
        " a = b + 1;",       " return a;",     " if (a) b++; else b--;",
        " for (;;) break;",  " x = a # b;",    " label: ;",
        " a = sizeof(int);", " b = a ? 1 : 2;"};
    S += Statements[R.pick(8)];
  }

  void spaces() {
    static const char *const Spaces[] = {" ",      "\t",   "\f",  "\v",
                                         "  \n  ", "\r\n", " \t "};
    S += Spaces[R.pick(7)];
  }

  std::string literalChar(char Quote) {
    static const char *const Chars[] = {
        "{",      "}",      "(",        ")",      "a",       " ",        "\\\\",
        "\\n",    "/*",     "//",       "*/",     "#",       "?\?/",     "?\?>",
        "%>",     "<%",     "\\x7d",    "\\175",  "\\u00e9", "\xc3\xa9", "\\\n",
        "\\  \n", "\\\r\n", "\\\t\r\n", "\\\\\n", "?\?/\n"};
    // The first 20 are no splices; clean literals also end where they
    // should.
    unsigned K =
        Clean ? R.pick(21) : R.pick(sizeof(Chars) / sizeof(*Chars) + 3);
    if (Clean && K == 20)
      K = sizeof(Chars) / sizeof(*Chars);
    if (K == sizeof(Chars) / sizeof(*Chars))
      return Quote == '"' ? "\\\"" : "\\'";
    if (K == sizeof(Chars) / sizeof(*Chars) + 1)
      return Quote == '"' ? "'" : "\"";
    if (K == sizeof(Chars) / sizeof(*Chars) + 2)
      return std::string(1, Quote); // Ends the literal early.
    return Chars[K];
  }

  std::string prefix() {
    static const char *const Prefixes[] = {"",  "",  "",  "u8", "L",
                                           "u", "U", "x", "R",  "LR"};
    return Prefixes[R.pick(Clean ? 8 : 10)];
  }

  void stringLiteral() {
    S += " " + prefix() + "\"";
    unsigned Len = R.pick(5);
    for (unsigned K = 0; K < Len; ++K)
      S += literalChar('"');
    if (Clean || !R.chance(12))
      S += "\"";
    S += R.chance(2) ? ";" : " ";
  }

  void charLiteral() {
    S += " " + prefix() + "'";
    unsigned Len = R.chance(4) ? R.pick(3) : 1;
    for (unsigned K = 0; K < Len; ++K)
      S += literalChar('\'');
    if (Clean || !R.chance(12))
      S += "'";
    S += R.chance(2) ? ";" : " ";
  }

  void commentText() {
    static const char *const Text[] = {
        "{", "}",  "\"",    "'",  " ",    "x",      "/*",      "*",
        "/", "//", "#if 0", "\\", "?\?/", "*\\\n/", "\xc3\xa9"};
    unsigned Len = R.pick(5);
    for (unsigned K = 0; K < Len; ++K)
      S += Text[R.pick(sizeof(Text) / sizeof(*Text))];
  }

  void lineComment() {
    S += !Clean && R.chance(4) ? "/\\\n/" : "//";
    commentText();
    while (R.chance(3)) {
      static const char *const Continued[] = {"\\\n",      "\\  \n", "\\\r\n",
                                              "\\ \t\r\n", "?\?/\n", "\\\\\n"};
      S += Continued[R.pick(6)];
      commentText();
    }
    S += R.chance(4) ? "\r\n" : "\n";
  }

  void blockComment() {
    S += !Clean && R.chance(6) ? "/\\\n*" : "/*";
    commentText();
    if (R.chance(3))
      S += "\n";
    commentText();
    static const char *const Ends[] = {"*/",        "*/",       "*/",  "*\\\n/",
                                       "*\\ \r\n/", "*?\?/\n/", "**/", "*/*/"};
    S += Ends[Clean ? 0 : R.pick(8)];
  }

  void newline() {
    static const char *const Newlines[] = {"\n", "\r\n", "\r", "\n\r", "\n\n"};
    S += Newlines[R.pick(Clean ? 2 : 5)];
  }

  void splice() {
    static const char *const Splices[] = {"\\\n",       "\\ \n",  "\\\r\n",
                                          "\\  \t\r\n", "\\\\\n", "?\?/\n"};
    static const char *const Around[][2] = {
        {"/", "/ }"}, {"/", "* } */"},       {"<", "% }"}, {"%", ">"},
        {" x", "y;"}, {"\n", "#define Z {"}, {"{", ""},    {"", "}"}};
    unsigned K = R.pick(8);
    S += Around[K][0];
    S += Splices[R.pick(6)];
    S += Around[K][1];
  }

  void conditional(unsigned Depth) {
    static const char *const Ifs[] = {"#if 0",
                                      "#if 1",
                                      "#ifdef LB",
                                      "#ifndef LB",
                                      "#if CNT % 2",
                                      "#if __COUNTER__",
                                      "# if ONE /* { */",
                                      "#if 1 // }",
                                      "#if0",
                                      "#if '}' == 125",
                                      "#if \"/*\"",
                                      "#if ONE \\\n + 1",
                                      "%:if 0",
                                      "?\?=if 0",
                                      "#if defined(x) || \\\n  ONE",
                                      "#if __has_include(<nonexistent.h>)",
                                      "#ifdef/**/LB"};
    static const unsigned CleanIfs[] = {0, 1, 2, 3, 6, 7, 11, 14};
    unsigned If = Clean ? CleanIfs[R.pick(8)] : R.pick(17);
    S += "\n" + std::string(Ifs[If]) + "\n";
    branch(Depth);
    while (R.chance(3)) {
      static const char *const Elses[] = {"#elif 1",     "#elif 0",    "#else",
                                          "#elifdef LB", "#else // {", "#else2",
                                          "#elif CNT"};
      S += "\n" + std::string(Elses[R.pick(Clean ? 5 : 7)]) + "\n";
      branch(Depth);
    }
    static const char *const Ends[] = {"#endif",  "#endif",   "#endif /* } */",
                                       "# endif", "#endif_x", "#endif\\\n"};
    S += "\n" + std::string(Ends[R.pick(Clean ? 4 : 6)]) + "\n";
  }

  void branch(unsigned Depth) {
    body(Depth + 1);
    if (!Clean && R.chance(5))
      S += R.chance(2) ? " {" : " }";
  }

  void otherDirective() {
    static const char *const Directives[] = {"#define LOCAL {",
                                             "#undef LB",
                                             "#define CNT 7",
                                             "#pragma pack(1)",
                                             "#",
                                             "#line 100",
                                             "#error stop",
                                             "#warning w",
                                             "#include_next <x.h>",
                                             "  #  define Q }",
                                             "#define RB {",
                                             "#pragma GCC poison a"};
    S += "\n" + std::string(Directives[R.pick(12)]) + "\n";
  }

  void macroUse() {
    static const char *const Uses[] = {" LB",
                                       " RB",
                                       " CNT;",
                                       " CNT_FN();",
                                       " ID(a);",
                                       " ID({);",
                                       " ID(LB)",
                                       " CAT(L, B)",
                                       " CAT(R, B)",
                                       " CAT(__COUN, TER__);",
                                       " STR({);",
                                       " EMPTY",
                                       " DO_BLOCK(a);",
                                       " x = STMT_EXPR(a);",
                                       " x = VIA_CNT;",
                                       " VIA_LB",
                                       " PRAGMA",
                                       " VA(ID, 1);",
                                       " VA(ID);",
                                       " ID(})",
                                       " LP a)",
                                       " ID(",
                                       " _Pragma(\"pack(1)\")",
                                       " ONE;",
                                       " CAT(<, %)",
                                       " OPEN"};
    static const unsigned CleanUses[] = {4, 10, 11, 12, 13, 17, 18, 23};
    S += Uses[Clean ? CleanUses[R.pick(8)] : R.pick(26)];
  }

  void digraphOrTrigraph() {
    static const char *const Tokens[] = {" <%",
                                         " %>",
                                         " <: :>",
                                         " %:",
                                         " ?\?<",
                                         " ?\?>",
                                         " ?\?=",
                                         " ?? ",
                                         "\n%:define D\n",
                                         "\n?\?=if 0\n{\n?\?=endif\n"};
    S += Tokens[R.pick(10)];
  }

  void number() {
    static const char *const Numbers[] = {
        " x = 1'0, b = '}';",  " x = 0x1'F;", " x = 1e+'5';",
        " x = 0x1p-'3';",      " x = .5e+1;", " x = 1'000'000;",
        " x = u8'a';",         " x = 08'}';", " x = 1.0e'{';",
        " x = 0x1p+1'{'; '}';"};
    S += Numbers[R.pick(10)];
  }

  void oddCharacter() {
    static const char *const Odd[] = {"",
                                      "\xc2\xa0",
                                      "\n\xc2\xa0#define NB {\n",
                                      "caf\xc3\xa9",
                                      " \\u00e9 ",
                                      " $x$ ",
                                      " @ ",
                                      " ` "};
    unsigned K = R.pick(8);
    if (K == 0) {
      S.push_back('\0');
      return;
    }
    S += Odd[K];
  }

  void rawBytes() {
    static const char Alphabet[] = "{}()\"'\\/*#\n\r ?<%>:aLRu8_.0";
    unsigned Len = 1 + R.pick(8);
    for (unsigned K = 0; K < Len; ++K) {
      uint8_t B = R.byte();
      if (B >= 0xf0)
        S.push_back(static_cast<char>(B)); // Anything, now and then.
      else
        S.push_back(Alphabet[B % (sizeof(Alphabet) - 1)]);
    }
  }

  ByteReader &R;
  std::string S;
  bool Clean = false;
};

} // namespace kbindgen::fuzz

#endif // KBINDGEN_FUZZ_BODYSKIPPERGENERATOR_H
