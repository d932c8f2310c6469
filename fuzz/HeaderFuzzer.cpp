//===- HeaderFuzzer.cpp - Fuzzes the whole pipeline on generated headers --===//
//
// The fuzz input drives a generator of valid C headers: records with scalar,
// pointer, array, function-pointer, bitfield and nested anonymous members,
// packed and aligned attributes, enums, typedefs, functions and macros. Every
// generated header goes through parse → lower → emit twice.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include <fuzzer/FuzzedDataProvider.h>
#include <string>
#include <vector>

namespace {

class HeaderGenerator {
public:
  explicit HeaderGenerator(FuzzedDataProvider &P) : P(P) {}

  std::string generate() {
    unsigned Items = P.ConsumeIntegralInRange<unsigned>(1, 12);
    for (unsigned I = 0; I < Items && P.remaining_bytes(); ++I) {
      switch (P.ConsumeIntegralInRange<int>(0, 5)) {
      case 0:
      case 1:
        record(/*Depth=*/0);
        break;
      case 2:
        enumeration();
        break;
      case 3:
        typedefDecl();
        break;
      case 4:
        function();
        break;
      case 5:
        macro();
        break;
      }
    }
    return Out;
  }

private:
  std::string scalar() {
    static const char *Scalars[] = {
        "char",           "signed char", "unsigned char",      "short",
        "unsigned short", "int",         "unsigned int",       "long",
        "unsigned long",  "long long",   "unsigned long long", "float",
        "double",         "_Bool",       "__int128",           "long double",
        "void *",         "const char *"};
    return Scalars[P.ConsumeIntegralInRange<size_t>(
        0, sizeof(Scalars) / sizeof(*Scalars) - 1)];
  }

  std::string fieldType() {
    if (!Types.empty() && P.ConsumeBool())
      return Types[P.ConsumeIntegralInRange<size_t>(0, Types.size() - 1)];
    return scalar();
  }

  std::string name(const char *Prefix) {
    return Prefix + std::to_string(Counter++);
  }

  void member(std::string &Body, unsigned Depth) {
    switch (P.ConsumeIntegralInRange<int>(0, 6)) {
    case 0: { // bitfield
      static const std::pair<const char *, unsigned> Bits[] = {
          {"unsigned int", 32},       {"int", 32},
          {"unsigned char", 8},       {"unsigned short", 16},
          {"unsigned long long", 64}, {"_Bool", 1}};
      auto [T, Max] = Bits[P.ConsumeIntegralInRange<size_t>(0, 5)];
      unsigned W = P.ConsumeIntegralInRange<unsigned>(0, Max);
      if (W == 0) {
        Body += "  " + std::string(T) + " : 0;\n";
        return;
      }
      Body += "  " + std::string(T) + " " + name("b") + " : " +
              std::to_string(W) + ";\n";
      return;
    }
    case 1: // array
      Body += "  " + fieldType() + " " + name("a") + "[" +
              std::to_string(P.ConsumeIntegralInRange<unsigned>(1, 40)) +
              "];\n";
      return;
    case 2: // function pointer
      Body +=
          "  int (*" + name("fp") + ")(" + scalar() + ", " + scalar() + ");\n";
      return;
    case 3: // nested anonymous record
      if (Depth < 3) {
        Body += P.ConsumeBool() ? "  union {\n" : "  struct {\n";
        unsigned N = P.ConsumeIntegralInRange<unsigned>(1, 4);
        for (unsigned I = 0; I < N; ++I)
          member(Body, Depth + 1);
        Body += P.ConsumeBool() ? "  };\n" : "  } " + name("n") + ";\n";
        return;
      }
      [[fallthrough]];
    default:
      Body += "  " + fieldType() + " " + name("f") + ";\n";
      return;
    }
  }

  void record(unsigned Depth) {
    bool IsUnion = P.ConsumeIntegralInRange<int>(0, 3) == 0;
    std::string Name = name(IsUnion ? "u" : "s");
    std::string Body;
    unsigned N = P.ConsumeIntegralInRange<unsigned>(1, 8);
    for (unsigned I = 0; I < N; ++I)
      member(Body, Depth);
    bool Flexible = !IsUnion && P.ConsumeBool() && P.ConsumeBool();
    if (Flexible)
      Body += "  int " + name("flex") + "[];\n";
    std::string Attr;
    switch (P.ConsumeIntegralInRange<int>(0, 4)) {
    case 0:
      Attr = " __attribute__((packed))";
      break;
    case 1:
      Attr = " __attribute__((aligned(" +
             std::to_string(1u << P.ConsumeIntegralInRange<unsigned>(0, 6)) +
             ")))";
      break;
    default:
      break;
    }
    Out += std::string(IsUnion ? "union " : "struct ") + Name + " {\n" + Body +
           "}" + Attr + ";\n";
    if (!Flexible)
      Types.push_back(std::string(IsUnion ? "union " : "struct ") + Name);
  }

  void enumeration() {
    std::string Name = name("e");
    Out += "enum " + Name + " {";
    unsigned N = P.ConsumeIntegralInRange<unsigned>(1, 6);
    for (unsigned I = 0; I < N; ++I) {
      Out += " " + name("E");
      if (P.ConsumeBool())
        Out += " = " + std::to_string(P.ConsumeIntegral<int32_t>());
      Out += ",";
    }
    Out += " };\n";
    Types.push_back("enum " + Name);
  }

  void typedefDecl() {
    std::string Name = name("t");
    Out += "typedef " + fieldType() + " " + Name + ";\n";
    Types.push_back(Name);
  }

  void function() {
    std::string Decl = fieldType() + " " + name("fn") + "(";
    unsigned N = P.ConsumeIntegralInRange<unsigned>(0, 5);
    for (unsigned I = 0; I < N; ++I)
      Decl += (I ? ", " : "") + fieldType() + (P.ConsumeBool() ? " p" : "") +
              (P.ConsumeBool() ? std::to_string(I) : "");
    if (N == 0)
      Decl += "void";
    else if (P.ConsumeBool())
      Decl += ", ...";
    Out += Decl + ");\n";
  }

  void macro() {
    static const char *Ops[] = {"+", "-", "*", "<<", ">>", "|", "&", "^", "/"};
    std::string E = std::to_string(P.ConsumeIntegral<int16_t>());
    unsigned N = P.ConsumeIntegralInRange<unsigned>(0, 4);
    for (unsigned I = 0; I < N; ++I) {
      std::string Rhs = std::to_string(P.ConsumeIntegralInRange<int>(0, 70));
      if (P.ConsumeBool() && !Types.empty())
        Rhs = "sizeof(" + fieldType() + ")";
      E = "(" + E + " " + Ops[P.ConsumeIntegralInRange<size_t>(0, 8)] + " " +
          Rhs + ")";
      if (P.ConsumeBool())
        E = "((" + scalar() + ")" + E + ")";
    }
    Out += "#define " + name("M") + " " + E + "\n";
  }

  FuzzedDataProvider &P;
  std::string Out;
  std::vector<std::string> Types;
  unsigned Counter = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  FuzzedDataProvider P(Data, Size);
  std::string Header = HeaderGenerator(P).generate();
  kbindgen::fuzz::runPipeline(Header);
  return 0;
}
