//===- OptionValues.cpp - The values of options with a syntax of their own ===//
//
// Enum styles, macro constant types, custom derive and attribute rules,
// naming rules and editions: how their text is read and checked.
//
//===----------------------------------------------------------------------===//

#include "OptionValues.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include <algorithm>

namespace kbindgen {

llvm::Error usage(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

llvm::Expected<EnumStyle> parseEnumStyle(llvm::StringRef V) {
  if (std::optional<EnumStyle> S = enumStyleNamed(V))
    return *S;
  return usage("invalid enum style '" + V +
               "' (expected consts, moduleconsts, bitfield, newtype, "
               "newtype_global, rust or rust_non_exhaustive)");
}

llvm::Expected<MacroConstType> parseMacroType(llvm::StringRef V) {
  static const std::pair<const char *, MacroConstType> Table[] = {
      {"i8", MacroConstType::I8},      {"u8", MacroConstType::U8},
      {"i16", MacroConstType::I16},    {"u16", MacroConstType::U16},
      {"i32", MacroConstType::I32},    {"u32", MacroConstType::U32},
      {"i64", MacroConstType::I64},    {"u64", MacroConstType::U64},
      {"signed", MacroConstType::I32}, {"unsigned", MacroConstType::U32}};
  for (const auto &[N, T] : Table)
    if (V == N)
      return T;
  return usage("invalid macro constant type '" + V + "'");
}

/// A Rust path of identifiers: `MaybeZeroable`, `zerocopy::FromBytes`.
static bool isRustPath(llvm::StringRef P) {
  llvm::SmallVector<llvm::StringRef, 4> Segments;
  P.split(Segments, "::");
  for (size_t I = 0; I < Segments.size(); ++I) {
    llvm::StringRef S = Segments[I];
    if (S.empty() && I == 0 && Segments.size() > 1)
      continue; // A leading `::`.
    if (S.empty() || llvm::isDigit(S.front()) ||
        !llvm::all_of(S, [](char C) { return llvm::isAlnum(C) || C == '_'; }))
      return false;
  }
  return true;
}

/// What bindgen asks of a custom attribute (it must lex as Rust tokens), and
/// that it is attributes: `#[...]` groups with balanced delimiters and closed
/// string literals.
static llvm::Error checkAttribute(llvm::StringRef A) {
  std::string Open; // The closing delimiters expected, innermost last.
  for (size_t I = 0; I < A.size(); ++I) {
    char C = A[I];
    if (Open.empty()) {
      if (llvm::isSpace(C))
        continue;
      if (!A.substr(I).starts_with("#[") && !A.substr(I).starts_with("#!["))
        return usage("an attribute is written '#[...]'");
      I = A.find('[', I);
      Open = "]";
      continue;
    }
    if (C == '"') {
      for (++I; I < A.size() && A[I] != '"'; ++I)
        if (A[I] == '\\')
          ++I;
      if (I >= A.size())
        return usage("unterminated string literal");
      continue;
    }
    if (C == '(' || C == '[' || C == '{') {
      Open += C == '(' ? ')' : C == '[' ? ']' : '}';
      continue;
    }
    if (C != ')' && C != ']' && C != '}')
      continue;
    if (Open.back() != C)
      return usage(std::string("unbalanced '") + C + "'");
    Open.pop_back();
  }
  if (!Open.empty())
    return usage(std::string("missing '") + Open.back() + "'");
  return llvm::Error::success();
}

/// bindgen's split of `--with-derive-custom*` values: REGEX at the last `=`,
/// then the derives at every `,`.
llvm::Expected<CustomRule> parseCustomDerive(llvm::StringRef V) {
  size_t Eq = V.rfind('=');
  if (Eq == llvm::StringRef::npos)
    return usage("expected REGEX=DERIVES, got '" + V + "'");
  CustomRule R;
  R.Regex = V.take_front(Eq).str();
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  V.drop_front(Eq + 1).split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.empty())
      continue;
    if (!isRustPath(P))
      return usage("invalid derive '" + P + "' in '" + V +
                   "' (expected a trait path such as zerocopy::FromBytes)");
    R.Values.push_back(P.str());
  }
  return R;
}

/// bindgen's split of `--with-attribute-custom*` values: REGEX ends at the
/// last `=` outside square brackets (scanning from the end, a `]` opens a
/// level and a `[` closes it), and the attributes are separated by the
/// commas outside square brackets. `lru_status=#[cfi_encoding="10lru_status"]`
/// is the regex `lru_status` and one attribute.
llvm::Expected<CustomRule> parseCustomAttribute(llvm::StringRef V) {
  int Level = 0;
  size_t Eq = llvm::StringRef::npos;
  for (size_t I = V.size(); I-- > 0;) {
    char C = V[I];
    if (C == ']')
      ++Level;
    else if (C == '[')
      --Level;
    else if (C == '=' && Level == 0) {
      Eq = I;
      break;
    }
  }
  if (Eq == llvm::StringRef::npos)
    return usage("expected REGEX=ATTRIBUTES (REGEX ends at the last '=' "
                 "outside [...]), got '" +
                 V + "'");
  CustomRule R;
  R.Regex = V.take_front(Eq).str();
  llvm::StringRef Attrs = V.drop_front(Eq + 1);
  Level = 0;
  size_t Start = 0;
  for (size_t I = 0; I <= Attrs.size(); ++I) {
    char C = I < Attrs.size() ? Attrs[I] : ',';
    if (C == '[')
      ++Level;
    else if (C == ']')
      --Level;
    if (C != ',' || Level != 0)
      continue;
    llvm::StringRef A = Attrs.slice(Start, I).trim();
    Start = I + 1;
    if (A.empty())
      continue;
    if (llvm::Error E = checkAttribute(A))
      return usage("invalid attribute '" + A + "' in '" + V +
                   "': " + llvm::toString(std::move(E)));
    R.Values.push_back(A.str());
  }
  return R;
}

/// The first Rust release (1.N) that has the edition, as bindgen's table.
std::optional<unsigned> editionMinimumMinor(llvm::StringRef Edition) {
  return llvm::StringSwitch<std::optional<unsigned>>(Edition)
      .Case("2018", 31)
      .Case("2021", 56)
      .Case("2024", 85)
      .Default(std::nullopt);
}

static bool isCase(llvm::StringRef C) {
  return C.empty() || C == "CamelCase" || C == "snake_case" ||
         C == "SCREAMING_SNAKE_CASE";
}

llvm::Expected<NamingRule> parseNamingRule(llvm::StringRef Spec) {
  NamingRule R;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Spec.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts) {
    auto [Key, Value] = P.split('=');
    Key = Key.trim();
    Value = Value.trim();
    std::string *Slot = llvm::StringSwitch<std::string *>(Key)
                            .Case("match", &R.Match)
                            .Case("kind", &R.Kind)
                            .Case("name", &R.Name)
                            .Case("strip-prefix", &R.StripPrefix)
                            .Case("case", &R.Case)
                            .Case("module", &R.Module)
                            .Case("enum-style", &R.EnumStyle)
                            .Case("variant-strip-prefix", &R.VariantStripPrefix)
                            .Case("variant-case", &R.VariantCase)
                            .Case("reason", &R.Reason)
                            .Default(nullptr);
    if (!Slot)
      return usage("naming rule: unknown key '" + Key + "'");
    *Slot = Value.str();
  }
  if (R.Match.empty())
    return usage("naming rule: 'match' is required");
  if (!isCase(R.Case) || !isCase(R.VariantCase))
    return usage("naming rule: case must be CamelCase, snake_case or "
                 "SCREAMING_SNAKE_CASE");
  static const char *Kinds[] = {"",     "enum",     "struct", "union",
                                "type", "function", "var",    "const"};
  if (std::find_if(std::begin(Kinds), std::end(Kinds), [&](const char *K) {
        return R.Kind == K;
      }) == std::end(Kinds))
    return usage("naming rule: unknown kind '" + R.Kind + "'");
  if (!R.EnumStyle.empty()) {
    auto S = parseEnumStyle(R.EnumStyle);
    if (!S)
      return S.takeError();
  }
  if (llvm::Error E = R.Re.add(R.Match))
    return E;
  return R;
}

} // namespace kbindgen
