//===- MacroLowering.cpp - Object-like macros as Rust constants -----------===//
//
// Values come from Clang's constant evaluator (Frontend) and are always C's.
// Typing (ir::Macro::Typing): literal arithmetic bindgen's evaluator reads
// keeps bindgen's value-based typing (u32 unless the value needs i32/u64/i64,
// or --default-macro-constant-type / --fit-macro-constant-types) where that
// holds C's value; untyped arithmetic only Clang reads takes it where it also
// has C's width; an expression that carries a C type (a cast, sizeof, an
// enumerator) takes that type, typedef sugar included (GFP_KERNEL: gfp_t).
//
//===----------------------------------------------------------------------===//

#include "LowerContext.h"
#include <cmath>
#include <cstdint>
#include <optional>

namespace kbindgen {

/// bindgen's value-based type for an untyped integer macro: u32 unless the
/// value needs i32, u64 or i64 (or a narrower one with
/// --fit-macro-constant-types; signed ones with
/// --default-macro-constant-type signed). Applied to C's exact value; none
/// when no such type holds it (a value above i64::MAX typed signed).
static std::optional<std::string> bindgenIntType(const Options &Opts,
                                                 const llvm::APSInt &V) {
  bool DefaultSigned = false;
  switch (Opts.DefaultMacroConstType) {
  case MacroConstType::I8:
  case MacroConstType::I16:
  case MacroConstType::I32:
  case MacroConstType::I64:
    DefaultSigned = true;
    break;
  case MacroConstType::U8:
  case MacroConstType::U16:
  case MacroConstType::U32:
  case MacroConstType::U64:
    break;
  }
  bool Fit = Opts.FitMacroConstTypes;
  if (V.isNegative() || DefaultSigned) {
    if (V.isSigned() ? !V.isSignedIntN(64) : !V.isIntN(63))
      return std::nullopt;
    int64_t S = V.getExtValue();
    if (S < INT32_MIN || S > INT32_MAX)
      return "i64";
    if (!Fit || S < INT16_MIN || S > INT16_MAX)
      return "i32";
    if (S < INT8_MIN || S > INT8_MAX)
      return "i16";
    return "i8";
  }
  if (V.getActiveBits() > 64)
    return std::nullopt;
  uint64_t U = V.getZExtValue();
  if (U > UINT32_MAX)
    return "u64";
  if (!Fit || U > UINT16_MAX)
    return "u32";
  if (U > UINT8_MAX)
    return "u16";
  return "u8";
}

/// Whether a bindgen integer type name (u32, i64, ...) has the width of C's
/// type for the value V, and that C type a fixed width on every target
/// (`long` has not: the kernel maps `c_long` to `isize`).
static bool isSameWidth(llvm::StringRef Name, const llvm::APSInt &V,
                        ir::PrimitiveKind CType) {
  switch (CType) {
  case ir::PrimitiveKind::Int:
  case ir::PrimitiveKind::UInt:
  case ir::PrimitiveKind::LongLong:
  case ir::PrimitiveKind::ULongLong:
    break;
  default:
    return false;
  }
  unsigned Bits = 0;
  Name.drop_front().getAsInteger(10, Bits);
  return Bits == V.getBitWidth();
}

/// A Rust float literal that reads back as V.
static std::string floatLiteral(double V, bool AsFloat = false) {
  char Buf[64];
  for (int Precision = 1; Precision <= 17; ++Precision) {
    snprintf(Buf, sizeof(Buf), "%.*g", Precision, V);
    if (AsFloat ? strtof(Buf, nullptr) == static_cast<float>(V)
                : strtod(Buf, nullptr) == V)
      break;
  }
  std::string S = Buf;
  if (S.find_first_of(".e") == std::string::npos)
    S += ".0";
  else if (S.find('e') != std::string::npos && S.find('.') == std::string::npos)
    S.insert(S.find('e'), ".0");
  return S;
}

/// The bytes as a Rust byte string (or C string) literal body, escaped the
/// way proc_macro2 writes them.
static std::string escapedBytes(llvm::StringRef Bytes) {
  std::string S;
  for (unsigned char C : Bytes) {
    switch (C) {
    case '\0':
      S += "\\0";
      continue;
    case '\t':
      S += "\\t";
      continue;
    case '\n':
      S += "\\n";
      continue;
    case '\r':
      S += "\\r";
      continue;
    case '"':
    case '\\':
      S += '\\';
      S += static_cast<char>(C);
      continue;
    default:
      break;
    }
    if (C >= 0x20 && C < 0x7f) {
      S += static_cast<char>(C);
      continue;
    }
    char Buf[8];
    snprintf(Buf, sizeof(Buf), "\\x%02X", C);
    S += Buf;
  }
  return S;
}

void LowerContext::stringConstant(rust::Item &C, llvm::StringRef Bytes) {
  // A C string with an interior NUL cannot be a CStr: bindgen falls back to
  // a byte array.
  bool CStr = Opts.GenerateCStr && Opts.RustTargetMinor >= 59 &&
              Bytes.find('\0') == llvm::StringRef::npos;
  if (!CStr) {
    C.Ty = rust::Type::path("&[u8; " + std::to_string(Bytes.size() + 1) + "]");
    C.Value = "b\"" + escapedBytes(Bytes) + "\\0\"";
    return;
  }
  std::string CStrTy = stdPath() + "::ffi::CStr";
  C.Ty = rust::Type::path("&" + CStrTy);
  if (Opts.RustTargetMinor >= 77 && Opts.RustEdition >= "2021") {
    C.Value = "c\"" + escapedBytes(Bytes) + "\"";
    return;
  }
  C.Attrs.push_back("#[allow(unsafe_code)]");
  C.Value = "unsafe { " + CStrTy + "::from_bytes_with_nul_unchecked(b\"" +
            escapedBytes(Bytes) + "\\0\") }";
}

/// The builtin kind of a C type, through typedefs; Void when it is not one.
static ir::PrimitiveKind primitiveKind(const ir::Module &M, ir::TypeId T) {
  const ir::Type &Ty = M.type(M.canonical(T));
  return Ty.Kind == ir::TypeKind::Primitive ? Ty.Primitive
                                            : ir::PrimitiveKind::Void;
}

void LowerContext::lowerMacro(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::ConstValue &V = I.mac().Value;
  std::string N = escapeRustName(I.Name);
  rust::Item C;
  C.K = rust::Item::Kind::Const;
  C.Name = N;
  bool Typed = V.Type.Type.isValid();

  switch (V.K) {
  case ir::ConstValue::Kind::None:
    return;
  case ir::ConstValue::Kind::Bool:
    C.Ty = rust::Type::path("bool");
    C.Value = V.Int.isZero() ? "false" : "true";
    break;
  case ir::ConstValue::Kind::Int: {
    // The value is always C's. Its type is bindgen's value-based one where
    // that holds the value (and, for what only Clang evaluates, where it is
    // C's own type spelled otherwise); C's type otherwise.
    C.Value = ir::toDecimal(V.Int);
    std::optional<std::string> ByValue;
    if (I.mac().IntTyping != ir::Macro::Typing::CType)
      ByValue = bindgenIntType(Opts, V.Int);
    if (ByValue && I.mac().IntTyping == ir::Macro::Typing::BindgenIfSameWidth &&
        !(Typed && isSameWidth(*ByValue, V.Int, primitiveKind(M, V.Type.Type))))
      ByValue.reset();
    if (ByValue) {
      C.Ty = rust::Type::path(*ByValue);
      break;
    }
    if (!Typed) {
      report(Id, "macro", "skipped", "no Rust type known for its C type");
      return;
    }
    C.Ty = rustType(integerTypeFor(V.Type.Type), Use::Alias);
    if (rust::toString(*C.Ty) == "bool")
      C.Value = V.Int.isZero() ? "false" : "true";
    break;
  }
  case ir::ConstValue::Kind::Char:
    C.Ty = rust::Type::path("u8");
    C.Value = std::to_string(V.Int.getZExtValue() & 0xff) + "u8";
    break;
  case ir::ConstValue::Kind::Float: {
    if (!std::isfinite(V.Float)) {
      report(Id, "macro", "skipped", "not a finite floating value");
      return;
    }
    // bindgen reads every floating macro as an f64 from its spelling: a
    // `float` value (typed so, or one a float holds exactly, as `5.09f`
    // evaluates to) is written as the shortest decimal that names it.
    bool IsF32 = (Typed && M.type(M.canonical(V.Type.Type)).Primitive ==
                               ir::PrimitiveKind::Float) ||
                 static_cast<double>(static_cast<float>(V.Float)) == V.Float;
    C.Ty = rust::Type::path("f64");
    C.Value = floatLiteral(V.Float, IsF32);
    break;
  }
  case ir::ConstValue::Kind::String:
    stringConstant(C, V.Str);
    break;
  }
  // --const-helper-prefix: a constant named PREFIX+X stands for macro X (the
  // Linux kernel declares `const T RUST_CONST_HELPER_X = X;` for the macros
  // old bindgen could not evaluate, and renames those constants to X after
  // generation), so X itself would be defined twice.
  if (!Opts.ConstHelperPrefix.empty()) {
    std::string Helper = Opts.ConstHelperPrefix + N;
    if (emittedBy(Helper)) {
      std::string Reason =
          "the constant '" + Helper + "' stands for it (--const-helper-prefix)";
      warnVerbose("macro '" + I.Name + "' is left out: " + Reason);
      report(Id, "macro", "skipped", Reason);
      return;
    }
  }
  if (!claimValueName(N)) {
    // The same constant from two places (a macro naming an enumerator of the
    // same value, say) is emitted once, silently; a different meaning keeps
    // the declaration and says so, naming both.
    const ir::ItemId *Owner = emittedBy(N);
    auto Known = ConstValues.find(N);
    if (Known != ConstValues.end() && Known->second == C.Value) {
      report(Id, "macro", "skipped",
             "the same constant is already emitted by another item");
      return;
    }
    std::string Other = "another item";
    if (Owner) {
      const ir::Item &O = M.item(*Owner);
      Other =
          (O.Kind == ir::ItemKind::Enum ? "an enumerator of '" + name(*Owner)
                                        : "'" + O.Name) +
          "' (" + O.Loc.File.str() + ":" + std::to_string(O.Loc.Line) + ")";
    }
    std::string Message = "macro '" + I.Name + "' (" + I.Loc.File.str() + ":" +
                          std::to_string(I.Loc.Line) + ") and " + Other +
                          " both define '" + N +
                          "' with different meanings; the macro is skipped";
    // `#define X (X - 1)` after `enum { X }`: the header itself redefines
    // the name in terms of what it shadows (a uapi header's own choice, as
    // pkt_sched.h's __TC_MQPRIO_MODE_MAX); the declaration is kept, as
    // bindgen does, and only --verbose says so.
    if (I.mac().NamesItself) {
      warnVerbose(Message + " (the macro is defined in terms of it)");
      report(Id, "macro", "skipped",
             "name already used by " + Other +
                 ", which the macro's own definition refers to");
      return;
    }
    warn(Message);
    report(Id, "macro", "skipped", "name already used by " + Other);
    return;
  }
  emit(C);
  report(Id, "macro", "emitted");
}

} // namespace kbindgen
