//===- LowerModuleTest.cpp - Lowering hand-built IR modules ---------------===//
//
// Builds small ir::Module values the way the Clang frontend would fill them
// (x86_64 layouts) and checks the Rust items lowerModule makes of them.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Emit/RustWriter.h"
#include "kbindgen/Lower/Lower.h"
#include "gtest/gtest.h"
#include <algorithm>

using namespace kbindgen;

namespace {

/// A tiny builder for x86_64 IR modules.
class ModuleBuilder {
public:
  ir::Module M;

  ModuleBuilder() { M.TargetTriple = "x86_64-unknown-linux-gnu"; }

  ir::TypeId prim(ir::PrimitiveKind K, uint64_t Size, uint64_t Align) {
    ir::Type T;
    T.Kind = ir::TypeKind::Primitive;
    T.Primitive = K;
    T.Size = Size;
    T.Align = Align;
    return M.addType(T);
  }
  ir::TypeId voidTy() { return prim(ir::PrimitiveKind::Void, 0, 1); }
  ir::TypeId charTy() { return prim(ir::PrimitiveKind::Char, 1, 1); }
  ir::TypeId intTy() { return prim(ir::PrimitiveKind::Int, 4, 4); }
  ir::TypeId uintTy() { return prim(ir::PrimitiveKind::UInt, 4, 4); }

  ir::TypeId ptr(ir::TypeId Pointee, bool Const = false) {
    ir::Type T;
    T.Kind = ir::TypeKind::Pointer;
    T.Pointee = {Pointee, Const};
    T.Size = 8;
    T.Align = 8;
    return M.addType(T);
  }

  ir::TypeId array(ir::TypeId Elem, uint64_t N) {
    ir::Type T;
    T.Kind = ir::TypeKind::Array;
    T.Element = Elem;
    T.ArraySize = N;
    T.Size = M.type(Elem).Size * N;
    T.Align = M.type(Elem).Align;
    return M.addType(T);
  }

  /// Adds a named item and its self type of the given kind.
  ir::ItemId item(ir::ItemKind K, std::string Name) {
    ir::Item I;
    I.Kind = K;
    I.Name = std::move(Name);
    I.IsFromMainFile = true;
    I.Loc = {"test.h", unsigned(M.numItems() + 1), 1};
    return M.addItem(std::move(I));
  }

  ir::TypeId selfType(ir::ItemId Id, ir::TypeKind K, uint64_t Size,
                      uint64_t Align) {
    ir::Type T;
    T.Kind = K;
    T.Decl = Id;
    T.Size = Size;
    T.Align = Align;
    ir::TypeId TId = M.addType(T);
    M.item(Id).SelfType = TId;
    return TId;
  }

  ir::ItemId typedefOf(std::string Name, ir::TypeId Underlying) {
    ir::ItemId Id = item(ir::ItemKind::Typedef, std::move(Name));
    M.item(Id).tdef().Underlying = {Underlying, false};
    const ir::Type &U = M.type(Underlying);
    selfType(Id, ir::TypeKind::Typedef, U.Size, U.Align);
    return Id;
  }

  /// A complete struct; Fields are (name, type, byte offset).
  ir::ItemId
  structOf(std::string Name,
           std::vector<std::tuple<std::string, ir::TypeId, uint64_t>> Fields,
           uint64_t Size, uint64_t Align, bool IsUnion = false) {
    ir::ItemId Id = item(ir::ItemKind::Record, std::move(Name));
    ir::Record &R = M.item(Id).rec();
    R.IsUnion = IsUnion;
    R.IsComplete = true;
    R.Layout = {Size, Align};
    for (auto &[FName, FType, Offset] : Fields) {
      ir::Field F;
      F.Name = FName;
      F.Type = {FType, false};
      F.BitOffset = Offset * 8;
      R.Fields.push_back(F);
    }
    selfType(Id, ir::TypeKind::Record, Size, Align);
    return Id;
  }

  ir::ItemId function(std::string Name, ir::TypeId Ret,
                      std::vector<std::pair<std::string, ir::TypeId>> Params,
                      bool Variadic = false) {
    ir::ItemId Id = item(ir::ItemKind::Function, std::move(Name));
    ir::FunctionSig &Sig = M.item(Id).fn().Sig;
    Sig.Return = {Ret, false};
    for (auto &[PName, PType] : Params)
      Sig.Params.push_back({PName, {PType, false}, ir::TypeId()});
    Sig.IsVariadic = Variadic;
    return Id;
  }

  ir::ItemId enumOf(std::string Name, ir::TypeId Underlying,
                    std::vector<std::pair<std::string, int64_t>> Constants) {
    ir::ItemId Id = item(ir::ItemKind::Enum, std::move(Name));
    ir::Enum &E = M.item(Id).enm();
    E.Underlying = Underlying;
    bool Signed = M.type(Underlying).Primitive == ir::PrimitiveKind::Int;
    for (auto &[CName, V] : Constants)
      E.Constants.push_back(
          {CName, llvm::APSInt(llvm::APInt(32, V, Signed), !Signed), "",
           /*Hide=*/false, /*Constant=*/false, /*ReplacesName=*/""});
    const ir::Type &U = M.type(Underlying);
    selfType(Id, ir::TypeKind::Enum, U.Size, U.Align);
    return Id;
  }
};

struct Lowered {
  rust::File File;
  LowerReport Report;
  std::string Text;
};

Lowered lower(const ir::Module &M, const Options &Opts = Options()) {
  Lowered L;
  L.File = lowerModule(M, Opts, L.Report);
  llvm::raw_string_ostream OS(L.Text);
  rust::writeFile(L.File, OS);
  OS.flush();
  return L;
}

const rust::Item *findItem(const std::vector<rust::Item> &Items,
                           const std::string &Name) {
  for (const rust::Item &I : Items) {
    if (I.Name == Name)
      return &I;
    if (const rust::Item *C = findItem(I.Children, Name))
      return C;
  }
  return nullptr;
}

bool contains(const std::string &Haystack, const std::string &Needle) {
  return Haystack.find(Needle) != std::string::npos;
}

const ItemReport *reportFor(const LowerReport &R, const std::string &Name) {
  for (const ItemReport &I : R.Items)
    if (I.Name == Name)
      return &I;
  return nullptr;
}

TEST(LowerModuleTest, EmptyModuleHasNoItems) {
  ir::Module M;
  Lowered L = lower(M);
  EXPECT_TRUE(L.File.Items.empty());
  EXPECT_TRUE(L.Report.Warnings.empty());
}

TEST(LowerModuleTest, StructWithLayoutAssertions) {
  ModuleBuilder B;
  B.structOf("S", {{"c", B.charTy(), 0}, {"i", B.intTy(), 4}}, 8, 4);
  Lowered L = lower(B.M);
  const rust::Item *S = findItem(L.File.Items, "S");
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->K, rust::Item::Kind::Struct);
  EXPECT_FALSE(S->IsUnion);
  EXPECT_TRUE(contains(L.Text, "#[repr(C)]\n"
                               "#[derive(Debug, Copy, Clone)]\n"
                               "pub struct S {\n"
                               "    pub c: ::std::os::raw::c_char,\n"
                               "    pub i: ::std::os::raw::c_int,\n"
                               "}\n"))
      << L.Text;
  EXPECT_TRUE(
      contains(L.Text, "[\"Size of S\"][::std::mem::size_of::<S>() - 8usize];"))
      << L.Text;
  EXPECT_TRUE(contains(
      L.Text, "[\"Alignment of S\"][::std::mem::align_of::<S>() - 4usize];"))
      << L.Text;
  EXPECT_TRUE(contains(L.Text, "[\"Offset of field: S::i\"]"
                               "[::std::mem::offset_of!(S, i) - 4usize];"))
      << L.Text;
  const ItemReport *R = reportFor(L.Report, "S");
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->Status, "emitted");
}

TEST(LowerModuleTest, NoLayoutTestsOption) {
  ModuleBuilder B;
  B.structOf("S", {{"i", B.intTy(), 0}}, 4, 4);
  Options Opts;
  Opts.LayoutTests = false;
  Lowered L = lower(B.M, Opts);
  EXPECT_FALSE(contains(L.Text, "size_of")) << L.Text;
  EXPECT_FALSE(contains(L.Text, "const _: ()")) << L.Text;
}

TEST(LowerModuleTest, UnionIsAUnion) {
  ModuleBuilder B;
  B.structOf("U", {{"i", B.intTy(), 0}, {"c", B.charTy(), 0}}, 4, 4,
             /*IsUnion=*/true);
  Lowered L = lower(B.M);
  const rust::Item *U = findItem(L.File.Items, "U");
  ASSERT_NE(U, nullptr);
  EXPECT_TRUE(U->IsUnion);
  EXPECT_TRUE(contains(L.Text, "pub union U {\n")) << L.Text;
}

TEST(LowerModuleTest, PointerConstness) {
  ModuleBuilder B;
  ir::TypeId C = B.charTy();
  B.structOf("P", {{"ro", B.ptr(C, /*Const=*/true), 0}, {"rw", B.ptr(C), 8}},
             16, 8);
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "    pub ro: *const ::std::os::raw::c_char,\n"
                               "    pub rw: *mut ::std::os::raw::c_char,\n"))
      << L.Text;
}

TEST(LowerModuleTest, ArrayField) {
  ModuleBuilder B;
  B.structOf("A", {{"v", B.array(B.intTy(), 4), 0}}, 16, 4);
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "pub v: [::std::os::raw::c_int; 4usize],"))
      << L.Text;
}

TEST(LowerModuleTest, TypedefNamedLikeARustPrimitiveIsEscaped) {
  ModuleBuilder B;
  B.typedefOf("u32", B.uintTy());
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "pub type u32_ = ::std::os::raw::c_uint;\n"))
      << L.Text;
}

TEST(LowerModuleTest, FieldUsesTheTypedefName) {
  ModuleBuilder B;
  ir::ItemId U32 = B.typedefOf("u32", B.uintTy());
  B.structOf("T", {{"in", B.M.item(U32).SelfType, 0}}, 4, 4);
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "    pub in_: u32_,\n")) << L.Text;
}

TEST(LowerModuleTest, FunctionWithUnnamedAndVariadicParams) {
  ModuleBuilder B;
  ir::TypeId Int = B.intTy();
  B.function("logf", Int,
             {{"", Int}, {"fmt", B.ptr(B.charTy(), /*Const=*/true)}},
             /*Variadic=*/true);
  Lowered L = lower(B.M);
  const rust::Item *F = findItem(L.File.Items, "logf");
  ASSERT_NE(F, nullptr);
  EXPECT_EQ(F->K, rust::Item::Kind::Function);
  ASSERT_EQ(F->Params.size(), 2u);
  EXPECT_EQ(F->Params[0].Name, "arg1");
  EXPECT_EQ(F->Params[1].Name, "fmt");
  EXPECT_TRUE(F->Variadic);
  EXPECT_TRUE(contains(L.Text, "extern \"C\" {\n")) << L.Text;
  EXPECT_TRUE(contains(L.Text, "        ...\n") ||
              contains(L.Text, ", ...) -> "))
      << L.Text;
}

TEST(LowerModuleTest, VoidFunctionHasNoReturnType) {
  ModuleBuilder B;
  B.function("reset", B.voidTy(), {});
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "    pub fn reset();\n")) << L.Text;
}

TEST(LowerModuleTest, NoReturnFunction) {
  ModuleBuilder B;
  ir::ItemId F = B.function("die", B.voidTy(), {});
  B.M.item(F).fn().Sig.IsNoReturn = true;
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "    pub fn die() -> !;\n")) << L.Text;
}

TEST(LowerModuleTest, MustUseNeedsAttributeDetection) {
  ModuleBuilder B;
  ir::ItemId F = B.function("get", B.intTy(), {});
  B.M.item(F).fn().WarnUnusedResult = true;
  Lowered Plain = lower(B.M);
  EXPECT_FALSE(contains(Plain.Text, "#[must_use]")) << Plain.Text;
  Options Opts;
  Opts.FunctionAttributeDetection = true;
  Lowered Detected = lower(B.M, Opts);
  EXPECT_TRUE(contains(Detected.Text, "    #[must_use]\n    pub fn get()"))
      << Detected.Text;
}

TEST(LowerModuleTest, FunctionNamedLikeAKeywordKeepsItsSymbol) {
  ModuleBuilder B;
  B.function("match", B.voidTy(), {{"type", B.intTy()}});
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "    #[link_name = \"\\u{1}match\"]\n"
                               "    pub fn match_(type_: "))
      << L.Text;
}

TEST(LowerModuleTest, ExternVariables) {
  ModuleBuilder B;
  ir::ItemId Mut = B.item(ir::ItemKind::Var, "counter");
  B.M.item(Mut).var().Type = {B.intTy(), false};
  ir::ItemId Const = B.item(ir::ItemKind::Var, "limit");
  B.M.item(Const).var().Type = {B.intTy(), true};
  B.M.item(Const).var().IsConst = true;
  Lowered L = lower(B.M);
  EXPECT_TRUE(
      contains(L.Text, "pub static mut counter: ::std::os::raw::c_int;"))
      << L.Text;
  EXPECT_TRUE(contains(L.Text, "pub static limit: ::std::os::raw::c_int;"))
      << L.Text;
}

TEST(LowerModuleTest, ConstVariableWithInitializerIsAConst) {
  ModuleBuilder B;
  ir::ItemId K = B.item(ir::ItemKind::Var, "K");
  ir::Var &V = B.M.item(K).var();
  V.Type = {B.intTy(), true};
  V.IsConst = true;
  ir::ConstValue CV;
  CV.K = ir::ConstValue::Kind::Int;
  CV.Int = llvm::APSInt(llvm::APInt(32, 12, true), false);
  V.Init = CV;
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "pub const K: ::std::os::raw::c_int = 12;\n"))
      << L.Text;
}

TEST(LowerModuleTest, DefaultEnumStyleIsConsts) {
  ModuleBuilder B;
  B.enumOf("E", B.uintTy(), {{"A", 0}, {"B", 5}});
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "pub const E_A: E = 0;\n")) << L.Text;
  EXPECT_TRUE(contains(L.Text, "pub const E_B: E = 5;\n")) << L.Text;
  EXPECT_TRUE(contains(L.Text, "pub type E = ::std::os::raw::c_uint;\n"))
      << L.Text;
}

TEST(LowerModuleTest, NegativeEnumeratorKeepsItsSign) {
  ModuleBuilder B;
  B.enumOf("err", B.intTy(), {{"OK", 0}, {"FAIL", -1}});
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "pub const err_FAIL: err = -1;\n")) << L.Text;
  EXPECT_TRUE(contains(L.Text, "pub type err = ::std::os::raw::c_int;\n"))
      << L.Text;
}

TEST(LowerModuleTest, RustifiedEnum) {
  ModuleBuilder B;
  B.enumOf("color", B.uintTy(), {{"RED", 0}, {"GREEN", 1}});
  Options Opts;
  ASSERT_FALSE(static_cast<bool>(Opts.RustifiedEnums.add("color")));
  Lowered L = lower(B.M, Opts);
  const rust::Item *E = findItem(L.File.Items, "color");
  ASSERT_NE(E, nullptr);
  EXPECT_EQ(E->K, rust::Item::Kind::Enum);
  EXPECT_TRUE(contains(L.Text, "#[repr(u32)]\n")) << L.Text;
  EXPECT_TRUE(contains(L.Text, "pub enum color {\n"
                               "    RED = 0,\n"
                               "    GREEN = 1,\n"
                               "}\n"))
      << L.Text;
}

TEST(LowerModuleTest, UseCoreAndCtypesPrefix) {
  ModuleBuilder B;
  B.structOf("S", {{"i", B.intTy(), 0}}, 4, 4);
  Options Core;
  Core.UseCore = true;
  Lowered L = lower(B.M, Core);
  EXPECT_TRUE(contains(L.Text, "pub i: ::core::ffi::c_int,")) << L.Text;
  EXPECT_TRUE(contains(L.Text, "::core::mem::size_of::<S>()")) << L.Text;
  EXPECT_FALSE(contains(L.Text, "::std::")) << L.Text;

  Options Prefix;
  Prefix.CtypesPrefix = "ffi";
  Lowered P = lower(B.M, Prefix);
  EXPECT_TRUE(contains(P.Text, "pub i: ffi::c_int,")) << P.Text;
}

TEST(LowerModuleTest, BlocklistedFunctionIsNotEmitted) {
  ModuleBuilder B;
  B.function("keep", B.voidTy(), {});
  B.function("drop_me", B.voidTy(), {});
  Options Opts;
  ASSERT_FALSE(static_cast<bool>(Opts.BlocklistFunctions.add("drop_.*")));
  Lowered L = lower(B.M, Opts);
  EXPECT_NE(findItem(L.File.Items, "keep"), nullptr);
  EXPECT_EQ(findItem(L.File.Items, "drop_me"), nullptr);
  const ItemReport *R = reportFor(L.Report, "drop_me");
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->Status, "blocklisted");
}

TEST(LowerModuleTest, AllowlistPullsInWhatItNeeds) {
  ModuleBuilder B;
  ir::ItemId Dev = B.structOf("device", {{"id", B.intTy(), 0}}, 4, 4);
  B.structOf("unrelated", {{"x", B.intTy(), 0}}, 4, 4);
  B.function("probe", B.intTy(), {{"d", B.ptr(B.M.item(Dev).SelfType)}});
  Options Opts;
  ASSERT_FALSE(static_cast<bool>(Opts.AllowlistFunctions.add("probe")));
  Lowered L = lower(B.M, Opts);
  EXPECT_NE(findItem(L.File.Items, "probe"), nullptr);
  EXPECT_NE(findItem(L.File.Items, "device"), nullptr) << L.Text;
  EXPECT_EQ(findItem(L.File.Items, "unrelated"), nullptr) << L.Text;
}

TEST(LowerModuleTest, OpaqueTypeIsABlob) {
  ModuleBuilder B;
  B.structOf("secret", {{"a", B.intTy(), 0}, {"b", B.intTy(), 4}}, 8, 4);
  Options Opts;
  ASSERT_FALSE(static_cast<bool>(Opts.OpaqueTypes.add("secret")));
  Lowered L = lower(B.M, Opts);
  EXPECT_TRUE(contains(L.Text, "pub struct secret {\n"
                               "    pub _bindgen_opaque_blob: [u32; 2usize],\n"
                               "}\n"))
      << L.Text;
}

TEST(LowerModuleTest, ForwardDeclaredStructIsOpaqueAndUnsized) {
  ModuleBuilder B;
  ir::ItemId Id = B.item(ir::ItemKind::Record, "handle");
  B.M.item(Id).rec().IsComplete = false;
  B.selfType(Id, ir::TypeKind::Record, 0, 1);
  Lowered L = lower(B.M);
  EXPECT_TRUE(contains(L.Text, "pub struct handle {\n"
                               "    _unused: [u8; 0],\n"
                               "}\n"))
      << L.Text;
}

TEST(LowerModuleTest, SkippedItemIsReportedNotEmitted) {
  ModuleBuilder B;
  ir::ItemId F = B.function("helper", B.intTy(), {});
  B.M.item(F).fn().IsInline = true;
  B.M.item(F).Skipped = ir::Skip{"static inline function: no symbol"};
  Lowered L = lower(B.M);
  EXPECT_EQ(findItem(L.File.Items, "helper"), nullptr);
  const ItemReport *R = reportFor(L.Report, "helper");
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->Status, "skipped");
  EXPECT_EQ(R->Reason, "static inline function: no symbol");
}

TEST(LowerModuleTest, DocCommentsCanBeTurnedOff) {
  ModuleBuilder B;
  ir::ItemId S = B.structOf("S", {{"i", B.intTy(), 0}}, 4, 4);
  B.M.item(S).Comment = " A documented struct.";
  Lowered With = lower(B.M);
  EXPECT_TRUE(contains(With.Text, "/// A documented struct.\n#[repr(C)]"))
      << With.Text;
  Options Opts;
  Opts.DocComments = false;
  Lowered Without = lower(B.M, Opts);
  EXPECT_FALSE(contains(Without.Text, "///")) << Without.Text;
}

TEST(LowerModuleTest, RawLinesAreKept) {
  ir::Module M;
  Options Opts;
  Opts.RawLines = {"use core::ffi;"};
  Lowered L = lower(M, Opts);
  EXPECT_EQ(L.File.RawLines, Opts.RawLines);
}

TEST(LowerModuleTest, OutputIsDeterministic) {
  ModuleBuilder B;
  B.structOf("S", {{"c", B.charTy(), 0}, {"i", B.intTy(), 4}}, 8, 4);
  B.enumOf("E", B.uintTy(), {{"A", 0}, {"B", 1}});
  B.function("f", B.intTy(), {{"", B.intTy()}});
  EXPECT_EQ(lower(B.M).Text, lower(B.M).Text);
}

} // namespace
