//===- RustWriter.cpp - Writes the Rust model as rustfmt would ------------===//
//
// rustfmt's defaults: max_width 100, four spaces, trailing commas in vertical
// lists. Each construct is first tried on one line; when it does not fit it
// is broken the way rustfmt breaks it. The writer never calls rustfmt.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Emit/RustWriter.h"
#include "Width.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace kbindgen::rust {

static std::string spaces(unsigned N) { return std::string(N, ' '); }

/// formatType that also reports where rustfmt's rewrite fails (a return
/// type too wide for a function pointer's shape): rustfmt then lays the
/// whole right-hand side out on the next line.
static std::vector<std::string> formatTypeOr(const Type &T, unsigned Indent,
                                             const std::string &Prefix,
                                             const std::string &Suffix,
                                             bool &Failed);

/// Formats a parenthesised parameter list vertically; lines are relative to
/// Indent:
///   Open
///       a: T,
///   Close
static std::vector<std::string>
formatParamsVertical(const std::vector<std::pair<std::string, TypeRef>> &Params,
                     bool Variadic, unsigned Indent, const std::string &Open,
                     const std::string &Close, bool &Failed, bool IsFnType) {
  std::vector<std::string> Lines;
  Lines.push_back(Open);
  for (const auto &[Name, Ty] : Params) {
    std::string P = Name.empty() ? "" : Name + ": ";
    // A function pointer's parameter list does not count the trailing comma
    // against the width; a parameter that does not fit its line even so
    // fails rustfmt's rewrite of the type (a function's own parameters fall
    // back to their text instead).
    std::string Flat = P + toString(*Ty);
    std::vector<std::string> Ls =
        IsFnType && fits(Indent + 4, Flat)
            ? std::vector<std::string>{Flat + ","}
            : formatTypeOr(*Ty, Indent + 4, P, ",", Failed);
    // So does one broken inside whose first line (`name: Path<`) does not
    // fit.
    if (IsFnType && Ls.size() == 1 &&
        Indent + 4 + Ls.front().size() - 1 > MaxWidth)
      Failed = true;
    if (IsFnType && Ls.size() > 1 && !fits(Indent + 4, Ls.front()))
      Failed = true;
    for (std::string &L : Ls)
      Lines.push_back(spaces(4) + L);
  }
  if (Variadic)
    Lines.push_back(spaces(4) + "...");
  Lines.push_back(Close);
  return Lines;
}

/// `Lead -> Ret` then Suffix, for a function item: rustfmt lays `-> Ret` out
/// in the width left after the indentation (not after Lead), so a return
/// type that fits there stays on one line after `) ` even where that line
/// passes max_width; a body's ` {` then goes on the next line.
///
/// On a signature's later line (Continued) the ` {` must fit the item's
/// width less that line's indentation (rustfmt measures the last line with
/// its indentation against the width left after the item's indent).
static std::vector<std::string>
closeWithReturn(const Type &Ret, unsigned Indent, const std::string &Lead,
                const std::string &Suffix, bool &Failed,
                bool Continued = false) {
  std::string Arrow = "-> " + toString(Ret);
  if (!fits(Indent, Arrow))
    return formatTypeOr(Ret, Indent, Lead + " -> ", Suffix, Failed);
  std::string Line = Lead + " " + Arrow;
  if (Suffix == " {" && !fits(Continued ? 2 * Indent : Indent, Line + Suffix))
    return {Line, "{"};
  return {Line + Suffix};
}

/// Whether rustfmt can break Ret inside its generic arguments in Width
/// columns: the path before them must fit there (rewrite_path shrinks the
/// shape by each segment it writes).
static bool genericFits(const Type &Ret, int Width) {
  return Ret.K == Type::Kind::Path && !Ret.Args.empty() &&
         static_cast<int>(Ret.Path.size()) + 1 <= Width;
}

/// A signature that does not fit on one line, as rustfmt breaks it: without
/// parameters the return type is broken; otherwise the parameters go one per
/// line and the return type follows `) -> `, broken in turn when too long.
///
/// For a function pointer type (IsFnType), rustfmt lays the return type out
/// in the width left after the `unsafe extern "C" fn` prefix less 4 for
/// ` -> `; a one-line return type that then does not fit after `)` moves to
/// its own line.
static std::vector<std::string>
formatSignature(const std::vector<std::pair<std::string, TypeRef>> &Params,
                bool Variadic, const Type *Ret, unsigned Indent,
                const std::string &Open, const std::string &Suffix,
                bool &Failed, bool IsFnType = false) {
  bool HasRet = Ret && Ret->K != Type::Kind::Unit;
  int FnWidth = static_cast<int>(MaxWidth) - static_cast<int>(Indent) -
                static_cast<int>(Open.size()) + 1 -
                static_cast<int>(Suffix.size());
  if (IsFnType && Params.empty() && !Variadic && HasRet) {
    // format_function_type: the return type must fit the width after the
    // prefix less ` -> `; it follows `()` when that fits, else goes below.
    std::string RetFlat = toString(*Ret);
    int RetLen = static_cast<int>(RetFlat.size());
    if (RetLen <= FnWidth - 4) {
      if (2 + 4 + RetLen <= FnWidth)
        return {Open + ") -> " + RetFlat + Suffix};
      return {Open + ")", spaces(4) + "-> " + RetFlat + Suffix};
    }
    if (!genericFits(*Ret, FnWidth - 4))
      Failed = true;
    return formatTypeOr(*Ret, Indent, Open + ") -> ", Suffix, Failed);
  }
  if (Params.empty() && !Variadic && HasRet) {
    // rustfmt opens the empty parameter list when `(`, `)` and the first
    // line of the return type laid out from the indentation pass the width.
    std::string RetFirst =
        formatTypeOr(*Ret, Indent, "-> ", "", Failed).front();
    if (Indent + Open.size() + 1 + RetFirst.size() > MaxWidth) {
      std::vector<std::string> Lines = {Open};
      for (std::string &L : closeWithReturn(*Ret, Indent, ")", Suffix, Failed,
                                            /*Continued=*/true))
        Lines.push_back(std::move(L));
      return Lines;
    }
    return closeWithReturn(*Ret, Indent, Open + ")", Suffix, Failed);
  }
  // Measured on rustfmt 1.9: a function pointer whose parameters must
  // break fails where fewer than 4 columns (5 with a return type) are left
  // after its `fn` prefix, and the type then moves below its name.
  if (IsFnType && FnWidth < (HasRet ? 5 : 4))
    Failed = true;
  std::string Close = ")" + retText(Ret) + Suffix;
  // A function's parameters that fail are kept as they are written
  // (rewrite_params); only its return type can fail its signature.
  bool ParamsFailed = false;
  std::vector<std::string> Lines =
      formatParamsVertical(Params, Variadic, Indent, Open, Close,
                           IsFnType ? Failed : ParamsFailed, IsFnType);
  if (!HasRet)
    return Lines;
  if (IsFnType) {
    std::string RetFlat = toString(*Ret);
    if (static_cast<int>(RetFlat.size()) <= FnWidth - 4) {
      // rustfmt measures the `)` line with its indentation against the
      // width left after the prefix (format_function_type).
      if (static_cast<int>(Indent + 1 + 4 + RetFlat.size()) <= FnWidth)
        return Lines;
      Lines.back() = ")";
      Lines.push_back(spaces(4) + "-> " + RetFlat + Suffix);
      return Lines;
    }
    if (genericFits(*Ret, FnWidth - 4)) {
      // Too wide for its shape: broken inside its generic arguments even
      // where the line would fit; `-> Path<` goes below `)` when that line
      // does not fit the width left after the prefix, as a one-line return
      // type does.
      std::string First = "-> " + Ret->Path + "<";
      if (static_cast<int>(Indent + 2 + First.size()) <= FnWidth) {
        Lines.back() = ") " + First;
      } else {
        Lines.back() = ")";
        Lines.push_back(spaces(4) + First);
      }
      for (const TypeRef &A : Ret->Args)
        for (std::string &L : formatTypeOr(*A, Indent + 4, "", ",", Failed))
          Lines.push_back(spaces(4) + L);
      Lines.push_back(">" + Suffix);
      return Lines;
    }
    // rustfmt gives up on this shape (the return type must fit the width
    // after the prefix).
    Failed = true;
    Lines.pop_back();
    for (std::string &L : formatTypeOr(*Ret, Indent, ") -> ", Suffix, Failed))
      Lines.push_back(std::move(L));
    return Lines;
  }
  Lines.pop_back();
  for (std::string &L : closeWithReturn(*Ret, Indent, ")", Suffix, Failed,
                                        /*Continued=*/true))
    Lines.push_back(std::move(L));
  return Lines;
}

std::vector<std::string> formatType(const Type &T, unsigned Indent,
                                    const std::string &Prefix,
                                    const std::string &Suffix) {
  bool Failed = false;
  return formatTypeOr(T, Indent, Prefix, Suffix, Failed);
}

static std::vector<std::string> formatTypeOr(const Type &T, unsigned Indent,
                                             const std::string &Prefix,
                                             const std::string &Suffix,
                                             bool &Failed) {
  std::string Flat = Prefix + toString(T) + Suffix;
  if (fits(Indent, Flat))
    return {Flat};

  switch (T.K) {
  case Type::Kind::Path: {
    if (T.Args.empty())
      return {Flat};
    std::vector<std::string> Lines;
    Lines.push_back(Prefix + T.Path + "<");
    for (const TypeRef &A : T.Args)
      for (std::string &L : formatTypeOr(*A, Indent + 4, "", ",", Failed))
        Lines.push_back(spaces(4) + L);
    Lines.push_back(">" + Suffix);
    return Lines;
  }
  case Type::Kind::Ptr: {
    std::string P = Prefix + (T.Mut ? "*mut " : "*const ");
    return formatTypeOr(*T.Inner, Indent, P, Suffix, Failed);
  }
  case Type::Kind::FnPtr:
    return formatSignature(T.Params, T.Variadic, T.Ret.get(), Indent,
                           Prefix + fnPrefix(T) + "(", Suffix, Failed,
                           /*IsFnType=*/true);
  case Type::Kind::Array: {
    // rustfmt's rewrite_pair: the element is laid out in the width left
    // after `[` less the `;`; when it is one line there, `LEN]` goes on the
    // next line, one level in; else the element is broken, `; LEN]` after
    // its last line.
    std::string Elem = Prefix + "[" + toString(*T.Inner) + ";";
    if (fits(Indent, Elem))
      return {Elem, spaces(4) + T.Len + "]" + Suffix};
    return formatTypeOr(*T.Inner, Indent, Prefix + "[",
                        "; " + T.Len + "]" + Suffix, Failed);
  }
  case Type::Kind::Unit:
  case Type::Kind::Never:
    return {Flat};
  }
  return {Flat};
}

/// rustfmt's choose_rhs for a type after `Prefix` (`pub x: `, `type X = `):
/// on the same line when it is one line there; otherwise also laid out on
/// the next line, one level in, which wins when the same line fails or
/// overflows, when it is one line, saves more than one line, or does not
/// open with a bracket where the same line does.
static std::vector<std::string> rhsType(const Type &T, unsigned Indent,
                                        const std::string &Prefix,
                                        const std::string &Suffix) {
  bool OrigFailed = false;
  std::vector<std::string> Orig =
      formatTypeOr(T, Indent, Prefix, Suffix, OrigFailed);
  // rustfmt lets a line inside a list reach past the width (a parameter
  // too long for any line); only a first line that does not fit fails.
  auto overflows = [](const std::vector<std::string> &Ls, unsigned In) {
    return !fits(In, Ls.front());
  };
  if (Orig.size() == 1 && !OrigFailed && !overflows(Orig, Indent))
    return Orig;
  bool NextFailed = false;
  std::vector<std::string> Next =
      formatTypeOr(T, Indent + 4, "", Suffix, NextFailed);
  bool OrigBad = OrigFailed || overflows(Orig, Indent);
  // A next line that fails keeps the same line, unless that fails too and
  // the next line at least opens within the width.
  if (NextFailed || overflows(Next, Indent + 4)) {
    if (!OrigBad || NextFailed || !fits(Indent + 4, Next.front()))
      return Orig;
  }
  auto endsWith = [](const std::vector<std::string> &Ls, char C) {
    return !Ls.front().empty() && Ls.front().back() == C;
  };
  bool Better = OrigBad || Next.size() == 1 || Orig.size() > Next.size() + 1 ||
                llvm::any_of(llvm::StringRef("({["), [&](char C) {
                  return endsWith(Orig, C) && !endsWith(Next, C);
                });
  if (!Better)
    return Orig;
  std::vector<std::string> Out = {llvm::StringRef(Prefix).rtrim().str()};
  for (std::string &L : Next)
    Out.push_back(spaces(4) + L);
  return Out;
}

namespace {

class Writer {
public:
  explicit Writer(llvm::raw_ostream &OS) : OS(OS) {}

  void file(const File &F, llvm::StringRef MoreItems);
  void item(const Item &I, unsigned Indent);

private:
  void line(unsigned Indent, llvm::StringRef Text) {
    if (Text.empty()) {
      OS << '\n';
      return;
    }
    OS << spaces(Indent) << Text << '\n';
  }
  /// Lines that carry their own indentation (from layoutStmt).
  void rawLines(const std::vector<std::string> &Ls) {
    for (const std::string &L : Ls)
      line(0, L);
  }
  void lines(unsigned Indent, const std::vector<std::string> &Ls) {
    for (const std::string &L : Ls)
      line(Indent, L);
  }
  /// Writes type-carrying lines produced by formatType: the first at Indent,
  /// the others carry indentation relative to Indent.
  void typeLines(unsigned Indent, const std::vector<std::string> &Ls) {
    for (const std::string &L : Ls)
      line(Indent, L);
  }
  void doc(unsigned Indent, const std::vector<std::string> &Doc) {
    for (const std::string &D : Doc)
      line(Indent, D.empty() ? std::string("///") : "///" + D);
  }
  void attrs(unsigned Indent, const Item &I);
  void structItem(const Item &I, unsigned Indent);
  void tupleStruct(const Item &I, unsigned Indent);
  void enumItem(const Item &I, unsigned Indent);
  void typeAlias(const Item &I, unsigned Indent);
  void constItem(const Item &I, unsigned Indent);
  void externBlock(const Item &I, unsigned Indent);
  void function(const Item &I, unsigned Indent);
  void staticItem(const Item &I, unsigned Indent);
  void implItem(const Item &I, unsigned Indent);
  void module(const Item &I, unsigned Indent);

  std::string vis(const Item &I) const {
    return I.Vis.empty() ? std::string() : I.Vis + " ";
  }

  llvm::raw_ostream &OS;
};

} // namespace

namespace {

/// One token of an attribute's meta item: a path segment, literal or
/// punctuation mark.
struct MetaToken {
  enum Kind { Word, Literal, Punct } K;
  std::string Text;
};

/// Splits meta-item text (`cfg_attr(test, derive(Copy))`, `doc = "x"`) into
/// tokens; false when it holds anything else (rustfmt then keeps the text).
bool lexMeta(llvm::StringRef S, std::vector<MetaToken> &Out) {
  for (size_t I = 0; I < S.size();) {
    char C = S[I];
    if (llvm::isSpace(C)) {
      ++I;
      continue;
    }
    if (C == '"') {
      size_t J = I + 1;
      for (; J < S.size() && S[J] != '"'; ++J)
        if (S[J] == '\\')
          ++J;
      if (J >= S.size())
        return false;
      Out.push_back({MetaToken::Literal, S.slice(I, J + 1).str()});
      I = J + 1;
      continue;
    }
    if (llvm::isAlnum(C) || C == '_') {
      size_t J = I;
      while (J < S.size() && (llvm::isAlnum(S[J]) || S[J] == '_'))
        ++J;
      Out.push_back({llvm::isDigit(C) ? MetaToken::Literal : MetaToken::Word,
                     S.slice(I, J).str()});
      I = J;
      continue;
    }
    if (S.substr(I).starts_with("::")) {
      Out.push_back({MetaToken::Punct, "::"});
      I += 2;
      continue;
    }
    if (C != '(' && C != ')' && C != ',' && C != '=')
      return false;
    Out.push_back({MetaToken::Punct, std::string(1, C)});
    ++I;
  }
  return true;
}

} // namespace

std::string canonicalAttribute(llvm::StringRef A) {
  llvm::StringRef Body = A.trim();
  std::string Open = Body.starts_with("#![") ? "#![" : "#[";
  if (!Body.consume_front(Open) || !Body.consume_back("]"))
    return A.str();
  std::vector<MetaToken> Toks;
  if (!lexMeta(Body, Toks))
    return A.str();
  std::string Out = Open;
  for (size_t I = 0; I < Toks.size(); ++I) {
    const MetaToken &T = Toks[I];
    if (T.Text == ",") {
      Out += I + 1 < Toks.size() && Toks[I + 1].Text != ")" ? ", " : "";
      continue;
    }
    if (T.Text == "=") {
      Out += " = ";
      continue;
    }
    // Words and literals next to each other keep one space (`unsafe fn`);
    // everything else is joined.
    if (I > 0 && T.K != MetaToken::Punct && Toks[I - 1].K != MetaToken::Punct)
      Out += ' ';
    Out += T.Text;
  }
  return Out + "]";
}

void Writer::attrs(unsigned Indent, const Item &I) {
  doc(Indent, I.Doc);
  // rustfmt merges adjacent `#[derive(...)]` attributes into one.
  std::vector<std::pair<bool, std::vector<std::string>>> Groups;
  auto addDerives = [&](std::vector<std::string> Names) {
    if (!Groups.empty() && Groups.back().first) {
      for (std::string &N : Names)
        Groups.back().second.push_back(std::move(N));
      return;
    }
    Groups.push_back({true, std::move(Names)});
  };
  for (const std::string &A : I.Attrs) {
    llvm::StringRef Inner(A);
    if (Inner.consume_front("#[derive(") && Inner.consume_back(")]") &&
        !Inner.contains('(')) {
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      Inner.split(Parts, ',', -1, false);
      std::vector<std::string> Names;
      for (llvm::StringRef P : Parts)
        Names.push_back(P.trim().str());
      addDerives(std::move(Names));
      continue;
    }
    Groups.push_back({false, {A}});
  }
  if (!I.Derives.empty())
    addDerives(I.Derives);
  for (const auto &[IsDerive, Texts] : Groups) {
    if (!IsDerive) {
      line(Indent, canonicalAttribute(Texts.front()));
      continue;
    }
    std::string D = "#[derive(";
    for (size_t J = 0; J < Texts.size(); ++J)
      D += (J ? ", " : "") + Texts[J];
    D += ")]";
    if (fits(Indent, D)) {
      line(Indent, D);
      continue;
    }
    line(Indent, "#[derive(");
    for (const std::string &Name : Texts)
      line(Indent + 4, Name + ",");
    line(Indent, ")]");
  }
  for (const std::string &A : I.TrailingAttrs)
    line(Indent, canonicalAttribute(A));
}

void Writer::structItem(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  std::string Head =
      vis(I) + (I.IsUnion ? "union " : "struct ") + I.Name + " {";
  if (I.Fields.empty()) {
    line(Indent, Head + "}");
    return;
  }
  // rustfmt puts the brace of a head too long for it on the next line.
  if (!fits(Indent, Head))
    Head.replace(Head.size() - 2, 2, "\n" + spaces(Indent) + "{");
  line(Indent, Head);
  for (const Field &F : I.Fields) {
    doc(Indent + 4, F.Doc);
    for (const std::string &A : F.Attrs)
      line(Indent + 4, canonicalAttribute(A));
    std::string Prefix =
        (F.Vis.empty() ? std::string() : F.Vis + " ") + F.Name + ": ";
    // rustfmt moves a type that does not fit after the field name to the
    // next line by its right-hand-side rules.
    typeLines(Indent + 4, rhsType(*F.Ty, Indent + 4, Prefix, ","));
  }
  line(Indent, "}");
}

void Writer::tupleStruct(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  std::string Open = vis(I) + "struct " + I.Name + "(";
  std::vector<std::string> Fields;
  for (const Field &F : I.Fields) {
    std::string Text;
    for (const std::string &A : F.Attrs)
      Text += canonicalAttribute(A) + " ";
    Fields.push_back(Text + (F.Vis.empty() ? std::string() : F.Vis + " ") +
                     toString(*F.Ty));
  }
  std::string Flat = Open + llvm::join(Fields, ", ") + ");";
  if (fits(Indent, Flat) || Fields.empty()) {
    line(Indent, Flat);
    return;
  }
  // One field a line, as rustfmt breaks a tuple struct too long for one.
  line(Indent, Open);
  for (const std::string &F : Fields)
    line(Indent + 4, F + ",");
  line(Indent, ");");
}

void Writer::enumItem(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  line(Indent, vis(I) + "enum " + I.Name + " {");
  for (const Variant &V : I.Variants) {
    doc(Indent + 4, V.Doc);
    line(Indent + 4, V.Name + " = " + V.Value + ",");
  }
  line(Indent, "}");
}

void Writer::typeAlias(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  std::string Prefix = vis(I) + "type " + I.Name + " = ";
  typeLines(Indent, rhsType(*I.Ty, Indent, Prefix, ";"));
}

void Writer::constItem(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  std::string Name = vis(I) + "const " + I.Name + ":";
  std::string Head = Name + " " + toString(*I.Ty) + " =";
  if (I.Init)
    return rawLines(layoutValue(*I.Init, Indent, Head + " ", ";"));
  std::string Flat = Head + " " + I.Value + ";";
  if (fits(Indent, Flat)) {
    line(Indent, Flat);
    return;
  }
  // rustfmt breaks after `=` when the head fits, else after the colon, and
  // then after `=` when the value does not fit after the type.
  std::string TypeAndValue = toString(*I.Ty) + " = " + I.Value + ";";
  // A `&[T; N]` that fits after the colon only without ` =`: rustfmt
  // breaks the array after `;` (rewrite_pair), `N]` aligned one past the
  // `&` one level in, and the value after it when it fits (measured).
  std::string TyText = toString(*I.Ty);
  llvm::StringRef Ty(TyText);
  size_t Semi = Ty.find("; ");
  if (!fits(Indent, Head) && fits(Indent, Name + " " + Ty.str()) &&
      Ty.starts_with("&[") && Ty.ends_with("]") &&
      Semi != llvm::StringRef::npos) {
    std::string Len = Ty.substr(Semi + 2).str();
    line(Indent, Name + " " + Ty.take_front(Semi + 1).str());
    if (fits(Indent + 5, Len + " = " + I.Value + ";")) {
      line(Indent + 5, Len + " = " + I.Value + ";");
    } else {
      line(Indent + 5, Len + " =");
      line(Indent + 4, I.Value + ";");
    }
    return;
  }
  if (!fits(Indent, Head)) {
    line(Indent, Name);
    if (fits(Indent + 4, TypeAndValue)) {
      line(Indent + 4, TypeAndValue);
      return;
    }
    line(Indent + 4, toString(*I.Ty) + " =");
    line(Indent + 4, I.Value + ";");
    return;
  }
  llvm::StringRef Inner(I.Value);
  if (!fits(Indent + 4, I.Value + ";") && Inner.consume_front("unsafe { ") &&
      Inner.consume_back(" }")) {
    // rustfmt opens a block that does not fit below `=` either, and breaks
    // the call in it before its argument when that fits below (a literal
    // that does not fit there either fails the rewrite: the line is kept).
    line(Indent, Head + " unsafe {");
    size_t Open = Inner.find('(');
    llvm::StringRef Arg = Inner.drop_front(Open + 1).drop_back();
    if (fits(Indent + 4, Inner.str()) || !Inner.ends_with(")") ||
        Open == llvm::StringRef::npos || !fits(Indent + 8, Arg.str() + ",")) {
      line(Indent + 4, Inner.str());
    } else {
      line(Indent + 4, Inner.take_front(Open + 1).str());
      line(Indent + 8, Arg.str() + ",");
      line(Indent + 4, ")");
    }
    line(Indent, "};");
    return;
  }
  line(Indent, Head);
  line(Indent + 4, I.Value + ";");
}

void Writer::function(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  std::string Ret = retText(I.Ty.get());
  bool HasBody = !I.Stmts.empty();
  // With a where clause, the `{` goes on a line of its own after it.
  std::string End = !HasBody ? ";" : I.Where.empty() ? " {" : "";
  std::string Head =
      vis(I) + (I.Unsafe ? "unsafe fn " : "fn ") + I.Name + I.Generics + "(";
  std::vector<std::pair<std::string, TypeRef>> Params;
  for (const Param &P : I.Params)
    Params.push_back({P.Name, P.Ty});
  std::string Flat = Head + paramListText(Params, I.Variadic) + ")" + Ret + End;
  bool NoParams = I.Params.empty() && !I.Variadic;
  if (fits(Indent, Flat) && (Indent + Flat.size() < MaxWidth || NoParams)) {
    line(Indent, Flat);
  } else if (Indent + Flat.size() == MaxWidth && !Ret.empty() && !HasBody) {
    // rustfmt keeps a signature one column short of the limit for a
    // foreign function; at exactly the limit the return type moves to the
    // next line.
    line(Indent, Flat.substr(0, Flat.size() - Ret.size() - End.size()));
    line(Indent + 4, Ret.substr(1) + End);
  } else if (fits(Indent, Flat)) {
    line(Indent, Flat);
  } else {
    bool Failed = false;
    std::vector<std::string> Sig = formatSignature(
        Params, I.Variadic, I.Ty.get(), Indent, Head, End, Failed);
    // rustfmt fails on the signature (a function pointer type in it cannot
    // be laid out): it keeps the signature's text and writes the body's `{`
    // right after it.
    llvm::StringRef Last(Sig.back());
    if (Failed && End == " {" && Last.ends_with(" {"))
      Sig.back() = Last.drop_back(2).str() + "{";
    typeLines(Indent, Sig);
  }
  if (!HasBody)
    return;
  if (!I.Where.empty()) {
    line(Indent, "where");
    for (const std::string &W : I.Where)
      line(Indent + 4, W + ",");
    line(Indent, "{");
  }
  for (const Stmt &S : I.Stmts)
    rawLines(layoutStmt(S, Indent + 4));
  line(Indent, "}");
}

void Writer::staticItem(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  std::string Prefix =
      vis(I) + "static " + (I.Mut ? "mut " : "") + I.Name + ": ";
  // Like a type alias, by rustfmt's right-hand-side rules.
  typeLines(Indent, rhsType(*I.Ty, Indent, Prefix, ";"));
}

void Writer::externBlock(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  // Header is `extern "C"` or, for Rust 1.82 and later, `unsafe extern "C"`.
  std::string Head =
      (I.Header.empty() ? "extern \"" + I.Abi + "\"" : I.Header) + " {";
  line(Indent, Head);
  for (const Item &C : I.Children)
    item(C, Indent + 4);
  line(Indent, "}");
}

void Writer::implItem(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  if (I.Children.empty()) {
    line(Indent, I.Header + " {}");
    return;
  }
  size_t For = I.Header.find(" for ");
  if (fits(Indent, I.Header + " {") || For == std::string::npos) {
    line(Indent, I.Header + " {");
  } else if (fits(Indent, I.Header.substr(0, For)) ||
             !llvm::StringRef(I.Header).starts_with("impl ")) {
    // rustfmt moves `for Type` to its own line and `{` to the next.
    line(Indent, I.Header.substr(0, For));
    line(Indent + 4, I.Header.substr(For + 1));
    line(Indent, "{");
  } else {
    // A trait that does not fit after `impl` goes below it, one level in,
    // and is broken inside its `<...>` when it does not fit there either.
    std::string Trait = I.Header.substr(5, For - 5);
    std::string ForType = I.Header.substr(For + 1);
    size_t Open = Trait.find('<');
    line(Indent, "impl");
    if (fits(Indent + 4, Trait) || Open == std::string::npos) {
      line(Indent + 4, Trait);
      line(Indent + 4, ForType);
    } else {
      line(Indent + 4, Trait.substr(0, Open + 1));
      line(Indent + 8, Trait.substr(Open + 1, Trait.size() - Open - 2) + ",");
      line(Indent + 4, "> " + ForType);
    }
    line(Indent, "{");
  }
  for (const Item &C : I.Children)
    item(C, Indent + 4);
  line(Indent, "}");
}

void Writer::module(const Item &I, unsigned Indent) {
  attrs(Indent, I);
  line(Indent, vis(I) + "mod " + I.Name + " {");
  for (const Item &C : I.Children)
    item(C, Indent + 4);
  line(Indent, "}");
}

void Writer::item(const Item &I, unsigned Indent) {
  switch (I.K) {
  case Item::Kind::Struct:
    return structItem(I, Indent);
  case Item::Kind::TupleStruct:
    return tupleStruct(I, Indent);
  case Item::Kind::Enum:
    return enumItem(I, Indent);
  case Item::Kind::TypeAlias:
    return typeAlias(I, Indent);
  case Item::Kind::Const:
    return constItem(I, Indent);
  case Item::Kind::ExternBlock:
    return externBlock(I, Indent);
  case Item::Kind::Function:
    return function(I, Indent);
  case Item::Kind::Static:
    return staticItem(I, Indent);
  case Item::Kind::Impl:
    return implItem(I, Indent);
  case Item::Kind::Module:
    return module(I, Indent);
  case Item::Kind::Use:
    attrs(Indent, I);
    return line(Indent, vis(I) + "use " + I.Name + ";");
  case Item::Kind::Raw:
    doc(Indent, I.Doc);
    for (const std::string &L : I.Body)
      line(L.empty() ? 0 : Indent, L);
    return;
  }
}

void Writer::file(const File &F, llvm::StringRef MoreItems) {
  if (!F.HeaderComment.empty())
    line(0, F.HeaderComment);
  for (const std::string &A : F.InnerAttrs)
    line(0, A);
  bool NeedBlank = !F.HeaderComment.empty() || !F.InnerAttrs.empty();
  if (!F.RawLines.empty()) {
    if (NeedBlank)
      line(0, "");
    for (const std::string &L : F.RawLines)
      line(0, L);
    NeedBlank = true;
  }
  for (const Item &I : F.Items) {
    if (NeedBlank)
      line(0, "");
    NeedBlank = false;
    item(I, 0);
  }
  if (MoreItems.empty())
    return;
  if (NeedBlank)
    line(0, "");
  OS << MoreItems;
}

void writeFile(const File &F, llvm::raw_ostream &OS,
               llvm::StringRef MoreItems) {
  Writer(OS).file(F, MoreItems);
}

void writeItem(const Item &I, llvm::raw_ostream &OS) { Writer(OS).item(I, 0); }

} // namespace kbindgen::rust
