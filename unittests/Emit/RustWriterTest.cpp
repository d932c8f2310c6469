//===- RustWriterTest.cpp - Tests for the rustfmt-style writer ------------===//
//
// Every expected text below is what `rustfmt --edition 2021` leaves
// unchanged: the writer must break lines exactly where rustfmt would.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Emit/RustWriter.h"
#include "gtest/gtest.h"
#include <string>

using namespace kbindgen::rust;

namespace {

const std::string CInt = "::std::os::raw::c_int";
const std::string CChar = "::std::os::raw::c_char";
const std::string CVoid = "::std::os::raw::c_void";

std::string write(const File &F) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  writeFile(F, OS);
  OS.flush();
  return Text;
}

std::string writeItem(Item I) {
  File F;
  F.Items.push_back(std::move(I));
  return write(F);
}

Item externFunction(std::string Name, std::vector<Param> Params,
                    TypeRef Ret = nullptr, bool Variadic = false) {
  Item Fn;
  Fn.K = Item::Kind::Function;
  Fn.Name = std::move(Name);
  Fn.Params = std::move(Params);
  Fn.Ty = std::move(Ret);
  Fn.Variadic = Variadic;
  Item Block;
  Block.K = Item::Kind::ExternBlock;
  Block.Header = "unsafe extern \"C\"";
  Block.Children.push_back(std::move(Fn));
  return Block;
}

TypeRef fnPtr(std::vector<std::pair<std::string, TypeRef>> Params,
              TypeRef Ret) {
  auto T = std::make_shared<Type>();
  T->K = Type::Kind::FnPtr;
  T->Params = std::move(Params);
  T->Ret = std::move(Ret);
  return T;
}

TypeRef option(TypeRef Inner) {
  return Type::path("::std::option::Option", {std::move(Inner)});
}

Item structWith(std::string Name, std::vector<Field> Fields) {
  Item S;
  S.K = Item::Kind::Struct;
  S.Name = std::move(Name);
  S.Attrs = {"#[repr(C)]"};
  S.Fields = std::move(Fields);
  return S;
}

Field field(std::string Name, TypeRef Ty) {
  Field F;
  F.Name = std::move(Name);
  F.Ty = std::move(Ty);
  return F;
}

// --- Types ------------------------------------------------------------------

TEST(RustWriterTypeTest, ToStringSpellsEveryKind) {
  EXPECT_EQ(toString(*Type::path(CInt)), CInt);
  EXPECT_EQ(toString(*Type::ptr(Type::path(CChar), false)), "*const " + CChar);
  EXPECT_EQ(toString(*Type::ptr(Type::ptr(Type::path("u8"), true), false)),
            "*const *mut u8");
  EXPECT_EQ(toString(*Type::array(Type::path("u8"), "4usize")), "[u8; 4usize]");
  EXPECT_EQ(toString(*Type::unit()), "()");
  EXPECT_EQ(toString(*Type::never()), "!");
  EXPECT_EQ(
      toString(*option(fnPtr({{"a", Type::path("u32")}}, Type::path("i32")))),
      "::std::option::Option<unsafe extern \"C\" fn(a: u32) -> i32>");
}

TEST(RustWriterTypeTest, FunctionPointerVariadicAndUnnamed) {
  auto T = fnPtr({{"", Type::path("u32")}}, nullptr);
  auto *Mut = const_cast<Type *>(T.get());
  Mut->Variadic = true;
  EXPECT_EQ(toString(*T), "unsafe extern \"C\" fn(u32, ...)");
  Mut->Params.clear();
  EXPECT_EQ(toString(*T), "unsafe extern \"C\" fn(...)");
}

TEST(RustWriterTypeTest, FunctionPointerReturningUnitOrNever) {
  EXPECT_EQ(toString(*fnPtr({}, Type::unit())), "unsafe extern \"C\" fn()");
  EXPECT_EQ(toString(*fnPtr({}, Type::never())),
            "unsafe extern \"C\" fn() -> !");
}

TEST(RustWriterTypeTest, FormatTypeKeepsShortTypesFlat) {
  auto Lines = formatType(*Type::path(CInt), 4, "pub x: ", ",");
  ASSERT_EQ(Lines.size(), 1u);
  EXPECT_EQ(Lines[0], "pub x: " + CInt + ",");
}

// --- Functions
// ----------------------------------------------------------------

TEST(RustWriterFunctionTest, FlatSignature) {
  std::string Out = writeItem(externFunction(
      "f",
      {{"a", Type::path(CInt)}, {"s", Type::ptr(Type::path(CChar), false)}},
      Type::path(CInt)));
  EXPECT_EQ(Out, "unsafe extern \"C\" {\n"
                 "    pub fn f(a: ::std::os::raw::c_int, s: *const "
                 "::std::os::raw::c_char) -> ::std::os::raw::c_int;\n"
                 "}\n");
}

TEST(RustWriterFunctionTest, NoParamsNoReturn) {
  EXPECT_EQ(writeItem(externFunction("g", {})), "unsafe extern \"C\" {\n"
                                                "    pub fn g();\n"
                                                "}\n");
}

TEST(RustWriterFunctionTest, NeverReturn) {
  EXPECT_EQ(writeItem(externFunction("die", {}, Type::never())),
            "unsafe extern \"C\" {\n"
            "    pub fn die() -> !;\n"
            "}\n");
}

TEST(RustWriterFunctionTest, BrokenSignatureOneParamPerLine) {
  std::string Out =
      writeItem(externFunction("a_rather_long_function_name",
                               {{"first", Type::ptr(Type::path(CChar), false)},
                                {"second", Type::path(CInt)},
                                {"third", Type::ptr(Type::path(CVoid), true)}},
                               Type::path(CInt)));
  EXPECT_EQ(Out, "unsafe extern \"C\" {\n"
                 "    pub fn a_rather_long_function_name(\n"
                 "        first: *const ::std::os::raw::c_char,\n"
                 "        second: ::std::os::raw::c_int,\n"
                 "        third: *mut ::std::os::raw::c_void,\n"
                 "    ) -> ::std::os::raw::c_int;\n"
                 "}\n");
}

TEST(RustWriterFunctionTest, BrokenVariadicSignature) {
  std::string Out =
      writeItem(externFunction("a_rather_long_printf_like_function",
                               {{"level", Type::path(CInt)},
                                {"fmt", Type::ptr(Type::path(CChar), false)}},
                               Type::path(CInt), /*Variadic=*/true));
  EXPECT_EQ(Out, "unsafe extern \"C\" {\n"
                 "    pub fn a_rather_long_printf_like_function(\n"
                 "        level: ::std::os::raw::c_int,\n"
                 "        fmt: *const ::std::os::raw::c_char,\n"
                 "        ...\n"
                 "    ) -> ::std::os::raw::c_int;\n"
                 "}\n");
}

TEST(RustWriterFunctionTest, SignatureExactlyAtMaxWidthStaysFlat) {
  // "    pub fn NAME(a: u8);" padded to exactly 100 columns.
  std::string Name(100 - std::string("    pub fn (a: u8);").size(), 'x');
  std::string Out = writeItem(externFunction(Name, {{"a", Type::path("u8")}}));
  EXPECT_EQ(Out, "unsafe extern \"C\" {\n    pub fn " + Name + "(a: u8);\n}\n");
  // One more column breaks it.
  Name += "x";
  Out = writeItem(externFunction(Name, {{"a", Type::path("u8")}}));
  EXPECT_EQ(Out, "unsafe extern \"C\" {\n    pub fn " + Name +
                     "(\n        a: u8,\n    );\n}\n");
}

TEST(RustWriterFunctionTest, PlainExternBlockHeader) {
  Item Block = externFunction("g", {});
  Block.Header.clear();
  EXPECT_EQ(writeItem(Block), "extern \"C\" {\n    pub fn g();\n}\n");
}

// --- Function pointers
// --------------------------------------------------------

TEST(RustWriterFnPtrTest, ShortFunctionPointerField) {
  std::string Out = writeItem(
      structWith("ops", {field("cb", option(fnPtr({{"x", Type::path("u32")}},
                                                  Type::path(CInt))))}));
  EXPECT_EQ(Out, "#[repr(C)]\n"
                 "pub struct ops {\n"
                 "    pub cb: ::std::option::Option<unsafe extern \"C\" "
                 "fn(x: u32) -> ::std::os::raw::c_int>,\n"
                 "}\n");
}

TEST(RustWriterFnPtrTest, LongFunctionPointerFieldBreaksInsideOption) {
  std::string Out = writeItem(structWith(
      "ops",
      {field("probe",
             option(fnPtr({{"dev", Type::ptr(Type::path("device"), true)},
                           {"id", Type::ptr(Type::path("device_id"), false)}},
                          Type::path(CInt))))}));
  EXPECT_EQ(Out, "#[repr(C)]\n"
                 "pub struct ops {\n"
                 "    pub probe: ::std::option::Option<\n"
                 "        unsafe extern \"C\" fn(dev: *mut device, id: *const "
                 "device_id) -> ::std::os::raw::c_int,\n"
                 "    >,\n"
                 "}\n");
}

TEST(RustWriterFnPtrTest, VeryLongFunctionPointerBreaksParams) {
  std::string Out = writeItem(structWith(
      "ops",
      {field("configure",
             option(fnPtr({{"device", Type::ptr(Type::path("device"), true)},
                           {"config", Type::ptr(Type::path("config"), false)},
                           {"flags", Type::path(CInt)}},
                          Type::path(CInt))))}));
  EXPECT_EQ(Out, "#[repr(C)]\n"
                 "pub struct ops {\n"
                 "    pub configure: ::std::option::Option<\n"
                 "        unsafe extern \"C\" fn(\n"
                 "            device: *mut device,\n"
                 "            config: *const config,\n"
                 "            flags: ::std::os::raw::c_int,\n"
                 "        ) -> ::std::os::raw::c_int,\n"
                 "    >,\n"
                 "}\n");
}

TEST(RustWriterFnPtrTest, LongFunctionPointerTypeAlias) {
  Item A;
  A.K = Item::Kind::TypeAlias;
  A.Name = "irq_handler_t";
  A.Ty = option(fnPtr({{"irq", Type::path(CInt)},
                       {"dev_id", Type::ptr(Type::path(CVoid), true)}},
                      Type::path("irqreturn_t")));
  EXPECT_EQ(writeItem(A), "pub type irq_handler_t = ::std::option::Option<\n"
                          "    unsafe extern \"C\" fn(\n"
                          "        irq: ::std::os::raw::c_int,\n"
                          "        dev_id: *mut ::std::os::raw::c_void,\n"
                          "    ) -> irqreturn_t,\n"
                          ">;\n");
}

// --- Derives
// ------------------------------------------------------------------

TEST(RustWriterDeriveTest, ShortDeriveListOnOneLine) {
  Item S = structWith("S", {field("a", Type::path(CInt))});
  S.Derives = {"Debug", "Copy", "Clone"};
  EXPECT_EQ(writeItem(S), "#[repr(C)]\n"
                          "#[derive(Debug, Copy, Clone)]\n"
                          "pub struct S {\n"
                          "    pub a: ::std::os::raw::c_int,\n"
                          "}\n");
}

TEST(RustWriterDeriveTest, LongDeriveListIsVertical) {
  Item S = structWith("S", {field("a", Type::path(CInt))});
  S.Derives = {"Debug",
               "Default",
               "Copy",
               "Clone",
               "Hash",
               "PartialOrd",
               "Ord",
               "PartialEq",
               "Eq",
               "zerocopy::FromBytes",
               "zerocopy::IntoBytes"};
  EXPECT_EQ(writeItem(S), "#[repr(C)]\n"
                          "#[derive(\n"
                          "    Debug,\n"
                          "    Default,\n"
                          "    Copy,\n"
                          "    Clone,\n"
                          "    Hash,\n"
                          "    PartialOrd,\n"
                          "    Ord,\n"
                          "    PartialEq,\n"
                          "    Eq,\n"
                          "    zerocopy::FromBytes,\n"
                          "    zerocopy::IntoBytes,\n"
                          ")]\n"
                          "pub struct S {\n"
                          "    pub a: ::std::os::raw::c_int,\n"
                          "}\n");
}

TEST(RustWriterDeriveTest, NoDerivesNoAttribute) {
  Item S = structWith("S", {});
  EXPECT_EQ(writeItem(S), "#[repr(C)]\npub struct S {}\n");
}

// --- Type aliases, constants, statics
// ------------------------------------------

TEST(RustWriterAliasTest, TypeAlias) {
  Item A;
  A.K = Item::Kind::TypeAlias;
  A.Name = "u32_";
  A.Ty = Type::path("::std::os::raw::c_uint");
  EXPECT_EQ(writeItem(A), "pub type u32_ = ::std::os::raw::c_uint;\n");
}

TEST(RustWriterAliasTest, AliasToPointerAndArray) {
  Item A;
  A.K = Item::Kind::TypeAlias;
  A.Name = "handle";
  A.Ty = Type::ptr(Type::path("handle_impl"), true);
  EXPECT_EQ(writeItem(A), "pub type handle = *mut handle_impl;\n");
  A.Name = "mac_addr";
  A.Ty = Type::array(Type::path("u8"), "6usize");
  EXPECT_EQ(writeItem(A), "pub type mac_addr = [u8; 6usize];\n");
}

TEST(RustWriterConstTest, ConstAndStatic) {
  Item C;
  C.K = Item::Kind::Const;
  C.Name = "K";
  C.Ty = Type::path(CInt);
  C.Value = "12";
  EXPECT_EQ(writeItem(C), "pub const K: ::std::os::raw::c_int = 12;\n");

  Item S;
  S.K = Item::Kind::Static;
  S.Name = "counter";
  S.Mut = true;
  S.Ty = Type::path(CInt);
  Item Block;
  Block.K = Item::Kind::ExternBlock;
  Block.Header = "unsafe extern \"C\"";
  Block.Children.push_back(S);
  EXPECT_EQ(writeItem(Block), "unsafe extern \"C\" {\n"
                              "    pub static mut counter: "
                              "::std::os::raw::c_int;\n"
                              "}\n");
}

TEST(RustWriterConstTest, LongConstValueGoesOnNextLine) {
  Item C;
  C.K = Item::Kind::Const;
  C.Name = "A_VERY_LONG_CONSTANT_NAME_THAT_TAKES_A_LOT_OF_ROOM_ON_ITS_LINE";
  C.Ty = Type::path("&[u8; 21]");
  C.Value = "b\"a string of 20 bytes\\0\"";
  EXPECT_EQ(writeItem(C),
            "pub const A_VERY_LONG_CONSTANT_NAME_THAT_TAKES_A_LOT_OF_ROOM_ON_"
            "ITS_LINE: &[u8; 21] =\n"
            "    b\"a string of 20 bytes\\0\";\n");
}

// --- Other items
// --------------------------------------------------------------

TEST(RustWriterItemTest, EnumWithDocs) {
  Item E;
  E.K = Item::Kind::Enum;
  E.Name = "color";
  E.Attrs = {"#[repr(u32)]"};
  E.Derives = {"Debug", "Copy", "Clone", "Hash", "PartialEq", "Eq"};
  Variant Red;
  Red.Doc = {" Red."};
  Red.Name = "RED";
  Red.Value = "0";
  Variant Green;
  Green.Name = "GREEN";
  Green.Value = "1";
  E.Variants = {Red, Green};
  EXPECT_EQ(writeItem(E), "#[repr(u32)]\n"
                          "#[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]\n"
                          "pub enum color {\n"
                          "    /// Red.\n"
                          "    RED = 0,\n"
                          "    GREEN = 1,\n"
                          "}\n");
}

TEST(RustWriterItemTest, TupleStruct) {
  Item T;
  T.K = Item::Kind::TupleStruct;
  T.Name = "flags";
  T.Attrs = {"#[repr(transparent)]"};
  T.Fields = {field("", Type::path("::std::os::raw::c_uint"))};
  EXPECT_EQ(writeItem(T), "#[repr(transparent)]\n"
                          "pub struct flags(pub ::std::os::raw::c_uint);\n");
}

TEST(RustWriterItemTest, ModuleWithChildren) {
  Item M;
  M.K = Item::Kind::Module;
  M.Name = "mode";
  Item Alias;
  Alias.K = Item::Kind::TypeAlias;
  Alias.Name = "Type";
  Alias.Ty = Type::path("::std::os::raw::c_uint");
  Item C;
  C.K = Item::Kind::Const;
  C.Name = "READ";
  C.Ty = Type::path("Type");
  C.Value = "1";
  M.Children = {Alias, C};
  EXPECT_EQ(writeItem(M), "pub mod mode {\n"
                          "    pub type Type = ::std::os::raw::c_uint;\n"
                          "    pub const READ: Type = 1;\n"
                          "}\n");
}

TEST(RustWriterItemTest, EmptyImplAndImplWithBody) {
  Item I;
  I.K = Item::Kind::Impl;
  I.Header = "impl Copy for S";
  EXPECT_EQ(writeItem(I), "impl Copy for S {}\n");
  I.Header = "impl S";
  Item A;
  A.K = Item::Kind::Const;
  A.Name = "A";
  A.Ty = Type::path("S");
  A.Value = "S(1)";
  I.Children.push_back(A);
  EXPECT_EQ(writeItem(I), "impl S {\n    pub const A: S = S(1);\n}\n");
}

/// `impl S { #[inline] pub fn Name(&self) { Body } }`
Item method(std::string Name, std::vector<Stmt> Body) {
  Item F;
  F.K = Item::Kind::Function;
  F.Name = std::move(Name);
  F.Attrs = {"#[inline]"};
  F.Params = {{"", Type::path("&self")}};
  F.Stmts = std::move(Body);
  Item I;
  I.K = Item::Kind::Impl;
  I.Header = "impl S";
  I.Children.push_back(std::move(F));
  return I;
}

TEST(RustWriterStmtTest, UnsafeBlockOnOneLineOrOpened) {
  ExprRef Transmute =
      call("::std::mem::transmute", {cast(atom("raw"), Type::path("u32"))});
  EXPECT_EQ(
      writeItem(
          method("f", {let("raw", unsafeBlock(Transmute), Type::path("u32")),
                       tail(atom("raw"))})),
      "impl S {\n"
      "    #[inline]\n"
      "    pub fn f(&self) {\n"
      "        let raw: u32 = unsafe { ::std::mem::transmute(raw as u32) };\n"
      "        raw\n"
      "    }\n"
      "}\n");
  ExprRef Long = call(
      "::std::mem::transmute",
      {atom("a_bitfield_with_a_name_too_long_for_the_line_after_the_let")});
  EXPECT_EQ(writeItem(method(
                "f", {let("raw", unsafeBlock(Long), Type::path("u32"))})),
            "impl S {\n"
            "    #[inline]\n"
            "    pub fn f(&self) {\n"
            "        let raw: u32 = unsafe {\n"
            "            "
            "::std::mem::transmute(a_bitfield_with_a_name_too_long_for_the_"
            "line_after_the_let)\n"
            "        };\n"
            "    }\n"
            "}\n");
}

TEST(RustWriterStmtTest, FormatMacro) {
  auto writeCall = [](std::string Format, std::vector<ExprRef> Rest) {
    std::vector<ExprRef> Args = {atom("f"), atom("\"" + Format + "\"")};
    Args.insert(Args.end(), Rest.begin(), Rest.end());
    return writeItem(method("fmt", {tail(macroCall("write", Args))}));
  };
  EXPECT_EQ(writeCall("S {{ a: {:?} }}", {field(atom("self"), "a")}),
            "impl S {\n"
            "    #[inline]\n"
            "    pub fn fmt(&self) {\n"
            "        write!(f, \"S {{ a: {:?} }}\", self.a)\n"
            "    }\n"
            "}\n");
  // Arguments wider than fn_call_width (60): one a line up to the format
  // string, the rest packed.
  EXPECT_EQ(
      writeCall("S {{ alpha: {:?}, beta: {:?}, gamma: {:?} }}",
                {field(atom("self"), "alpha"), field(atom("self"), "beta"),
                 field(atom("self"), "gamma")}),
      "impl S {\n"
      "    #[inline]\n"
      "    pub fn fmt(&self) {\n"
      "        write!(\n"
      "            f,\n"
      "            \"S {{ alpha: {:?}, beta: {:?}, gamma: {:?} }}\",\n"
      "            self.alpha, self.beta, self.gamma\n"
      "        )\n"
      "    }\n"
      "}\n");
  // Blocks and method calls are not simple: not packed. Nothing after the
  // format string: no comma.
  EXPECT_EQ(writeCall("S {{ alpha: {:?}, beta: {:?} }}",
                      {block({tail(field(atom("self"), "alpha"))}),
                       method(atom("self"), "beta", {})}),
            "impl S {\n"
            "    #[inline]\n"
            "    pub fn fmt(&self) {\n"
            "        write!(\n"
            "            f,\n"
            "            \"S {{ alpha: {:?}, beta: {:?} }}\",\n"
            "            { self.alpha },\n"
            "            self.beta(),\n"
            "        )\n"
            "    }\n"
            "}\n");
  EXPECT_EQ(
      writeCall("a_union_with_a_name_long_enough_for_the_limit {{ union }}",
                {}),
      "impl S {\n"
      "    #[inline]\n"
      "    pub fn fmt(&self) {\n"
      "        write!(\n"
      "            f,\n"
      "            \"a_union_with_a_name_long_enough_for_the_limit {{ union "
      "}}\"\n"
      "        )\n"
      "    }\n"
      "}\n");
}

/// `const _: () = { ["msg"][EXPR - VALUE]; };`
std::string assertion(const std::string &Msg, ExprRef E, uint64_t Value) {
  Item C;
  C.K = Item::Kind::Const;
  C.Vis = "";
  C.Name = "_";
  C.Ty = Type::unit();
  C.Init = block({semi(subscript(
      array({atom("\"" + Msg + "\"")}),
      binary(std::move(E), "-", atom(std::to_string(Value) + "usize"))))});
  return writeItem(C);
}

TEST(RustWriterStmtTest, LayoutAssertions) {
  EXPECT_EQ(assertion("Size of S",
                      call("::std::mem::size_of", {}, {Type::path("S")}), 4),
            "const _: () = {\n"
            "    [\"Size of S\"][::std::mem::size_of::<S>() - 4usize];\n"
            "};\n");
  std::string T = "a_struct_named_long_enough";
  EXPECT_EQ(
      assertion("Offset of field: " + T + "::a_field",
                macroCall("::std::mem::offset_of", {atom(T), atom("a_field")}),
                8),
      "const _: () = {\n"
      "    [\"Offset of field: a_struct_named_long_enough::a_field\"]\n"
      "        [::std::mem::offset_of!(a_struct_named_long_enough, "
      "a_field) - 8usize];\n"
      "};\n");
}

TEST(RustWriterItemTest, FieldDocsAndAttributes) {
  Field F = field("x", Type::path(CInt));
  F.Doc = {" The x."};
  F.Attrs = {"#[doc(hidden)]"};
  Item S = structWith("S", {F});
  S.Doc = {" A struct.", "", " Second paragraph."};
  EXPECT_EQ(writeItem(S), "/// A struct.\n"
                          "///\n"
                          "/// Second paragraph.\n"
                          "#[repr(C)]\n"
                          "pub struct S {\n"
                          "    /// The x.\n"
                          "    #[doc(hidden)]\n"
                          "    pub x: ::std::os::raw::c_int,\n"
                          "}\n");
}

// --- Files
// --------------------------------------------------------------------

TEST(RustWriterFileTest, HeaderInnerAttrsRawLinesAndItems) {
  File F;
  F.HeaderComment = "/* automatically generated */";
  F.InnerAttrs = {"#![allow(dead_code)]"};
  F.RawLines = {"use core::ffi;"};
  Item A;
  A.K = Item::Kind::TypeAlias;
  A.Name = "a";
  A.Ty = Type::path("u8");
  F.Items = {A, A};
  F.Items[1].Name = "b";
  EXPECT_EQ(write(F), "/* automatically generated */\n"
                      "#![allow(dead_code)]\n"
                      "\n"
                      "use core::ffi;\n"
                      "\n"
                      "pub type a = u8;\n"
                      "pub type b = u8;\n");
}

TEST(RustWriterFileTest, EmptyFileIsEmpty) { EXPECT_EQ(write(File()), ""); }

} // namespace

namespace {

TEST(RustWriterAttributeTest, MetaItemsGetRustfmtSpacing) {
  EXPECT_EQ(canonicalAttribute("#[cfi_encoding=\"10lru_status\"]"),
            "#[cfi_encoding = \"10lru_status\"]");
  EXPECT_EQ(canonicalAttribute("#[cfg_attr(test,derive(PartialOrd,Copy))]"),
            "#[cfg_attr(test, derive(PartialOrd, Copy))]");
  EXPECT_EQ(canonicalAttribute("  #[ doc = \"a, b=c\" ]"),
            "#[doc = \"a, b=c\"]");
  EXPECT_EQ(canonicalAttribute("#[a :: b(c=1,)]"), "#[a::b(c = 1)]");
  EXPECT_EQ(canonicalAttribute("#![allow(dead_code)]"), "#![allow(dead_code)]");
}

TEST(RustWriterAttributeTest, OtherTokensAreKept) {
  EXPECT_EQ(canonicalAttribute("#[foo(a + b)]"), "#[foo(a + b)]");
  EXPECT_EQ(canonicalAttribute("not an attribute"), "not an attribute");
}

} // namespace
