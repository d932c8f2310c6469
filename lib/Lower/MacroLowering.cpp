//===- MacroLowering.cpp - Object-like macros as Rust constants ------------===//
//
// Values come from Clang's constant evaluator (Frontend). Typing: literal
// arithmetic keeps bindgen's value-based typing (u32 unless the value needs
// i32/u64/i64, or --default-macro-constant-type / --fit-macro-constant-types);
// an expression that carries a C type (a cast, sizeof, an enumerator) takes
// that type, typedef sugar included (GFP_KERNEL: gfp_t).
//
//===----------------------------------------------------------------------===//

#include "LowerContext.h"
#include <cmath>

namespace kbindgen {

/// bindgen's type for an untyped integer literal value.
static std::string literalIntType(const Options &Opts, const llvm::APSInt &V) {
  bool Negative = V.isSigned() && V.isNegative();
  unsigned Needed = Negative ? V.getSignificantBits() : V.getActiveBits();
  auto fitsSigned = [&](unsigned Bits) {
    return Negative ? Needed <= Bits : Needed <= Bits - 1;
  };
  auto fitsUnsigned = [&](unsigned Bits) { return !Negative && Needed <= Bits; };
  if (Opts.FitMacroConstTypes) {
    for (unsigned Bits : {8u, 16u, 32u, 64u}) {
      if (Negative && fitsSigned(Bits))
        return "i" + std::to_string(Bits);
      if (!Negative && fitsUnsigned(Bits))
        return "u" + std::to_string(Bits);
    }
    return Negative ? "i64" : "u64";
  }
  bool DefaultSigned = false;
  unsigned DefaultBits = 32;
  switch (Opts.DefaultMacroConstType) {
  case MacroConstType::I8:
    DefaultSigned = true;
    DefaultBits = 8;
    break;
  case MacroConstType::U8:
    DefaultBits = 8;
    break;
  case MacroConstType::I16:
    DefaultSigned = true;
    DefaultBits = 16;
    break;
  case MacroConstType::U16:
    DefaultBits = 16;
    break;
  case MacroConstType::I32:
    DefaultSigned = true;
    break;
  case MacroConstType::U32:
    break;
  case MacroConstType::I64:
    DefaultSigned = true;
    DefaultBits = 64;
    break;
  case MacroConstType::U64:
    DefaultBits = 64;
    break;
  }
  if (DefaultSigned)
    return fitsSigned(DefaultBits) ? "i" + std::to_string(DefaultBits) : "i64";
  if (Negative)
    return fitsSigned(32) && DefaultBits <= 32 ? "i32" : "i64";
  if (fitsUnsigned(DefaultBits))
    return "u" + std::to_string(DefaultBits);
  return "u64";
}

/// A Rust float literal that reads back as V.
static std::string floatLiteral(double V) {
  char Buf[64];
  for (int Precision = 1; Precision <= 17; ++Precision) {
    snprintf(Buf, sizeof(Buf), "%.*g", Precision, V);
    if (strtod(Buf, nullptr) == V)
      break;
  }
  std::string S = Buf;
  if (S.find_first_of(".e") == std::string::npos)
    S += ".0";
  else if (S.find('e') != std::string::npos && S.find('.') == std::string::npos)
    S.insert(S.find('e'), ".0");
  return S;
}

static std::string byteStringLiteral(llvm::StringRef Bytes, bool Nul) {
  std::string S = "b\"";
  auto put = [&](unsigned char C) {
    if (C == '"' || C == '\\') {
      S += '\\';
      S += C;
    } else if (C >= 0x20 && C < 0x7f) {
      S += C;
    } else {
      char Buf[8];
      snprintf(Buf, sizeof(Buf), "\\x%02x", C);
      S += Buf;
    }
  };
  for (unsigned char C : Bytes)
    put(C);
  if (Nul)
    S += "\\0";
  return S + "\"";
}

void LowerContext::lowerMacro(ir::ItemId Id) {
  const ir::Item &I = M.item(Id);
  const ir::ConstValue &V = I.M.Value;
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
  case ir::ConstValue::Kind::Int:
    if (Typed) {
      C.Ty = rustType(V.Type.Type, Use::Alias);
      if (rust::toString(*C.Ty) == "bool") {
        C.Value = V.Int.isZero() ? "false" : "true";
        break;
      }
    } else {
      C.Ty = rust::Type::path(literalIntType(Opts, V.Int));
    }
    C.Value = ir::toDecimal(V.Int);
    break;
  case ir::ConstValue::Kind::Char:
    C.Ty = rust::Type::path("u8");
    C.Value = std::to_string(V.Int.getZExtValue() & 0xff) + "u8";
    break;
  case ir::ConstValue::Kind::Float: {
    if (!std::isfinite(V.Float)) {
      report(Id, "macro", "skipped", "not a finite floating value");
      return;
    }
    bool IsF32 = Typed && M.type(M.canonical(V.Type.Type)).Primitive ==
                              ir::PrimitiveKind::Float;
    C.Ty = rust::Type::path(IsF32 ? "f32" : "f64");
    C.Value = floatLiteral(V.Float);
    break;
  }
  case ir::ConstValue::Kind::String:
    if (V.Str.find('\0') != std::string::npos && Opts.GenerateCStr) {
      report(Id, "macro", "skipped", "string contains a NUL byte");
      return;
    }
    if (Opts.GenerateCStr) {
      C.Ty = rust::Type::path("&" + stdPath() + "::ffi::CStr");
      std::string Lit = byteStringLiteral(V.Str, false);
      C.Value = "c" + Lit.substr(1);
    } else {
      C.Ty = rust::Type::path("&[u8; " + std::to_string(V.Str.size() + 1) +
                              "]");
      C.Value = byteStringLiteral(V.Str, true);
    }
    break;
  }
  if (!claimValueName(N)) {
    warn("macro '" + I.Name + "' (" + I.Loc.File + ":" +
         std::to_string(I.Loc.Line) +
         ") has the name of another item; the macro is skipped");
    report(Id, "macro", "skipped", "name already used by another item");
    return;
  }
  emit(C);
  report(Id, "macro", "emitted");
}

} // namespace kbindgen
