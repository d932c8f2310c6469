//===- FrontendTest.cpp - Parsing C into the IR with Clang ----------------===//
//
// Parses small headers written to a temporary directory and checks the IR:
// items in source order, Clang's record layouts, typedef sugar, macros and
// the reasons recorded for what is not translated.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Frontend/Frontend.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace kbindgen;

namespace {

class FrontendTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(
        llvm::sys::fs::createUniqueDirectory("kbindgen-frontend", Dir));
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }

  /// Writes Code to a header and parses it for x86_64 Linux.
  llvm::Expected<FrontendResult> parse(llvm::StringRef Code,
                                       Options Opts = Options()) {
    llvm::SmallString<128> Path(Dir);
    llvm::sys::path::append(Path, "test.h");
    std::error_code EC;
    {
      llvm::raw_fd_ostream OS(Path, EC);
      EXPECT_FALSE(EC);
      OS << Code;
    }
    Opts.Header = std::string(Path);
    Opts.ClangArgs = {"--target=x86_64-unknown-linux-gnu"};
    return parseHeader(Opts);
  }

  static const ir::Item *find(const ir::Module &M, llvm::StringRef Name,
                              ir::ItemKind K) {
    for (ir::ItemId Id : M.order()) {
      const ir::Item &I = M.item(Id);
      if (I.Name == Name && I.Kind == K)
        return &I;
    }
    return nullptr;
  }

  llvm::SmallString<128> Dir;
};

TEST_F(FrontendTest, RecordLayoutComesFromClang) {
  auto R = parse("struct S { char c; long l; short s; };");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Item *S = find(R->Module, "S", ir::ItemKind::Record);
  ASSERT_NE(S, nullptr);
  EXPECT_TRUE(S->rec().IsComplete);
  EXPECT_FALSE(S->rec().IsUnion);
  EXPECT_EQ(S->rec().Layout.Size, 24u);
  EXPECT_EQ(S->rec().Layout.Align, 8u);
  ASSERT_EQ(S->rec().Fields.size(), 3u);
  EXPECT_EQ(S->rec().Fields[0].Name, "c");
  EXPECT_EQ(S->rec().Fields[1].BitOffset, 64u);
  EXPECT_EQ(S->rec().Fields[2].BitOffset, 128u);
  EXPECT_TRUE(S->IsFromMainFile);
}

TEST_F(FrontendTest, PackedAndBitfields) {
  auto R = parse("struct __attribute__((packed)) P { char c; int i; };\n"
                 "struct B { unsigned a : 3; unsigned b : 5; int c; };");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Item *P = find(R->Module, "P", ir::ItemKind::Record);
  ASSERT_NE(P, nullptr);
  EXPECT_TRUE(P->rec().IsPacked);
  EXPECT_EQ(P->rec().Layout.Size, 5u);
  EXPECT_EQ(P->rec().Layout.Align, 1u);
  const ir::Item *B = find(R->Module, "B", ir::ItemKind::Record);
  ASSERT_NE(B, nullptr);
  ASSERT_EQ(B->rec().Fields.size(), 3u);
  ASSERT_TRUE(B->rec().Fields[0].BitWidth.has_value());
  EXPECT_EQ(*B->rec().Fields[0].BitWidth, 3u);
  EXPECT_EQ(B->rec().Fields[1].BitOffset, 3u);
  EXPECT_EQ(*B->rec().Fields[1].BitWidth, 5u);
  EXPECT_FALSE(B->rec().Fields[2].BitWidth.has_value());
  EXPECT_EQ(B->rec().Fields[2].BitOffset, 32u);
}

TEST_F(FrontendTest, ItemsInSourceOrder) {
  auto R = parse("int first(void);\nstruct second { int x; };\n"
                 "typedef int third;\nextern int fourth;\n");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  std::vector<std::string> Names;
  for (ir::ItemId Id : R->Module.order())
    if (R->Module.item(Id).IsFromMainFile && !R->Module.item(Id).Name.empty())
      Names.push_back(R->Module.item(Id).Name);
  EXPECT_EQ(Names,
            (std::vector<std::string>{"first", "second", "third", "fourth"}));
}

TEST_F(FrontendTest, TypedefSugarIsKept) {
  auto R = parse("typedef unsigned int gfp_t;\nstruct S { gfp_t flags; };");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Module &M = R->Module;
  const ir::Item *S = find(M, "S", ir::ItemKind::Record);
  ASSERT_NE(S, nullptr);
  ASSERT_EQ(S->rec().Fields.size(), 1u);
  const ir::Type &T = M.type(S->rec().Fields[0].Type.Type);
  ASSERT_EQ(T.Kind, ir::TypeKind::Typedef);
  EXPECT_EQ(M.item(T.Decl).Name, "gfp_t");
  const ir::Type &C = M.type(M.canonical(S->rec().Fields[0].Type.Type));
  EXPECT_EQ(C.Kind, ir::TypeKind::Primitive);
  EXPECT_EQ(C.Primitive, ir::PrimitiveKind::UInt);
}

TEST_F(FrontendTest, FunctionSignature) {
  auto R = parse("int printk(const char *fmt, ...);\n"
                 "_Noreturn void die(int);\n");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Module &M = R->Module;
  const ir::Item *P = find(M, "printk", ir::ItemKind::Function);
  ASSERT_NE(P, nullptr);
  EXPECT_TRUE(P->fn().Sig.IsVariadic);
  ASSERT_EQ(P->fn().Sig.Params.size(), 1u);
  EXPECT_EQ(P->fn().Sig.Params[0].Name, "fmt");
  const ir::Type &PT = M.type(P->fn().Sig.Params[0].Type.Type);
  ASSERT_EQ(PT.Kind, ir::TypeKind::Pointer);
  EXPECT_TRUE(PT.Pointee.IsConst);
  const ir::Item *D = find(M, "die", ir::ItemKind::Function);
  ASSERT_NE(D, nullptr);
  EXPECT_TRUE(D->fn().Sig.IsNoReturn);
  ASSERT_EQ(D->fn().Sig.Params.size(), 1u);
  EXPECT_EQ(D->fn().Sig.Params[0].Name, "");
}

TEST_F(FrontendTest, InlineFunctionsAreSkippedWithAReason) {
  auto R = parse("static inline int helper(void) { return 1; }\n");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Item *H = find(R->Module, "helper", ir::ItemKind::Function);
  ASSERT_NE(H, nullptr);
  ASSERT_TRUE(H->Skipped.has_value());
  EXPECT_FALSE(H->Skipped->Reason.empty());
}

TEST_F(FrontendTest, EnumValuesAndUnderlyingType) {
  auto R = parse("enum e { A = -1, B = 7 };");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Module &M = R->Module;
  const ir::Item *E = find(M, "e", ir::ItemKind::Enum);
  ASSERT_NE(E, nullptr);
  ASSERT_EQ(E->enm().Constants.size(), 2u);
  EXPECT_EQ(E->enm().Constants[0].Name, "A");
  EXPECT_EQ(ir::toDecimal(E->enm().Constants[0].Value), "-1");
  EXPECT_EQ(ir::toDecimal(E->enm().Constants[1].Value), "7");
  const ir::Type &U = M.type(E->enm().Underlying);
  EXPECT_EQ(U.Kind, ir::TypeKind::Primitive);
  EXPECT_EQ(U.Primitive, ir::PrimitiveKind::Int);
}

TEST_F(FrontendTest, MacrosAreEvaluatedByClang) {
  auto R = parse("#define A 42\n#define B (A * 2 + 1)\n#define S \"hi\"\n"
                 "#define F(x) (x)\n");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Module &M = R->Module;
  const ir::Item *B = find(M, "B", ir::ItemKind::Macro);
  ASSERT_NE(B, nullptr);
  ASSERT_EQ(B->mac().Value.K, ir::ConstValue::Kind::Int);
  EXPECT_EQ(ir::toDecimal(B->mac().Value.Int), "85");
  const ir::Item *S = find(M, "S", ir::ItemKind::Macro);
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->mac().Value.K, ir::ConstValue::Kind::String);
  EXPECT_EQ(S->mac().Value.Str, "hi");
  const ir::Item *F = find(M, "F", ir::ItemKind::Macro);
  EXPECT_TRUE(F == nullptr || F->Skipped.has_value());
}

TEST_F(FrontendTest, MacroNamingItselfIsMarked) {
  // C does not expand a macro inside its own expansion: `MAX` in the body is
  // the enumerator it shadows.
  auto R = parse("enum { A, MAX, LOOP = 5 };\n#define MAX (MAX - 1)\n"
                 "#define A 0\n#define B (A + 1)\n"
                 "#define BACK LOOP\n#define LOOP (BACK + 1)\n");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Item *Max = find(R->Module, "MAX", ir::ItemKind::Macro);
  ASSERT_NE(Max, nullptr);
  EXPECT_TRUE(Max->mac().NamesItself);
  EXPECT_EQ(ir::toDecimal(Max->mac().Value.Int), "0");
  const ir::Item *A = find(R->Module, "A", ir::ItemKind::Macro);
  ASSERT_NE(A, nullptr);
  EXPECT_FALSE(A->mac().NamesItself);
  const ir::Item *B = find(R->Module, "B", ir::ItemKind::Macro);
  ASSERT_NE(B, nullptr);
  EXPECT_FALSE(B->mac().NamesItself);
  // Evaluated as C uses it: expanded once, also through another macro.
  const ir::Item *Loop = find(R->Module, "LOOP", ir::ItemKind::Macro);
  ASSERT_NE(Loop, nullptr);
  EXPECT_EQ(ir::toDecimal(Loop->mac().Value.Int), "6");
}

TEST_F(FrontendTest, SyntaxErrorIsAnError) {
  auto R = parse("struct broken { int x }\nint y = ;\n");
  ASSERT_FALSE(static_cast<bool>(R));
  std::string Msg = llvm::toString(R.takeError());
  EXPECT_NE(Msg.find("test.h"), std::string::npos) << Msg;
}

TEST_F(FrontendTest, TargetFacts) {
  auto R = parse("int x;");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  EXPECT_EQ(R->Module.PointerWidth, 64u);
  EXPECT_FALSE(R->Module.IsBigEndian);
}

TEST_F(FrontendTest, StaticFunctionsGetCheckedWrappers) {
  Options Opts;
  Opts.WrapStaticFns = true;
  Opts.WrapStaticFnsPrefix = "w_";
  Opts.WrapStaticFnsSuffix = "";
  Opts.WrapMacros = {"TWICE=int (int x)", "NOPE=int (void)"};
  auto R = parse("static inline int add(int a, int b) { return a + b; }\n"
                 "static inline int sum(int n, ...) { return n; }\n"
                 "void err(void) __attribute__((error(\"e\")));\n"
                 "static inline void chk(int n) { if (n) err(); }\n"
                 "#define TWICE(x) ((x) * 2)\n",
                 Opts);
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Module &M = R->Module;

  const ir::Item *Add = find(M, "add", ir::ItemKind::Function);
  ASSERT_NE(Add, nullptr);
  EXPECT_FALSE(Add->Skipped);
  ASSERT_TRUE(Add->fn().Wrap.has_value());
  EXPECT_EQ(Add->fn().Wrap->Symbol, "w_add");
  EXPECT_EQ(Add->fn().Wrap->Text,
            "int w_add(int a, int b);\n"
            "int w_add(int a, int b) { return add(a, b); }\n");
  EXPECT_EQ(Add->fn().Sig.Params.size(), 2u);

  const ir::Item *Sum = find(M, "sum", ir::ItemKind::Function);
  ASSERT_NE(Sum, nullptr);
  ASSERT_TRUE(Sum->Skipped.has_value());
  EXPECT_EQ(Sum->Skipped->Category, "variadic");

  const ir::Item *Chk = find(M, "chk", ir::ItemKind::Function);
  ASSERT_NE(Chk, nullptr);
  ASSERT_TRUE(Chk->Skipped.has_value());
  EXPECT_EQ(Chk->Skipped->Category, "constant arguments");

  const ir::Item *Twice = find(M, "TWICE", ir::ItemKind::Function);
  ASSERT_NE(Twice, nullptr);
  ASSERT_TRUE(Twice->fn().Wrap.has_value());
  EXPECT_EQ(Twice->fn().Wrap->Text,
            "int w_TWICE(int x);\n"
            "int w_TWICE(int x) { return TWICE(x); }\n");
  const ir::Item *Nope = find(M, "NOPE", ir::ItemKind::Function);
  ASSERT_NE(Nope, nullptr);
  ASSERT_TRUE(Nope->Skipped.has_value());
  EXPECT_EQ(Nope->Skipped->Category, "undefined");
}

TEST_F(FrontendTest, WithoutTheOptionStaticFunctionsHaveNoSignature) {
  auto R = parse("static inline int add(int a, int b) { return a + b; }");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  const ir::Item *Add = find(R->Module, "add", ir::ItemKind::Function);
  ASSERT_NE(Add, nullptr);
  EXPECT_TRUE(Add->Skipped.has_value());
  EXPECT_FALSE(Add->fn().Wrap.has_value());
  EXPECT_TRUE(Add->fn().Sig.Params.empty());
}

} // namespace
