//===- ExprLayout.cpp - Method-body statements laid out as rustfmt would --===//
//
// The statements of generated method bodies (the --dynamic-loading library
// struct's constructor and call-through methods) broken where rustfmt 1.8
// breaks them with its default widths: a method chain stays on one line when
// it is at most chain_width (60) wide, call arguments when at most
// fn_call_width (60), a struct literal's fields when at most struct_lit_width
// (18); every line at most max_width (100). The thresholds were measured on
// rustfmt's output for each shape; test/functions/dynamic-loading.h checks
// the result with rustfmt --check (docs/compatibility.md lists the long-name
// cases that still differ).
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Emit/RustWriter.h"
#include "llvm/ADT/STLExtras.h"

namespace kbindgen::rust {

namespace {

constexpr unsigned MaxWidth = 100;
constexpr unsigned ChainWidth = 60;
constexpr unsigned CallWidth = 60;
constexpr unsigned StructLitWidth = 18;
/// Arguments after a broken callee chain stay on one line of their own up
/// to this width (measured on rustfmt 1.8; 40 go one per line).
constexpr unsigned BlockArgsWidth = 39;
/// rustfmt packs call arguments several to a line when every one is at most
/// this wide (short_array_element_width_threshold).
constexpr unsigned ShortItemWidth = 10;

using Lines = std::vector<std::string>;

std::string pad(unsigned N) { return std::string(N, ' '); }

bool fits(unsigned Indent, const std::string &Text) {
  return Indent + Text.size() <= MaxWidth;
}

std::string flat(const Expr &E);

std::string joined(const std::vector<ExprRef> &Args) {
  std::string S;
  for (const ExprRef &A : Args)
    S += (S.empty() ? "" : ", ") + flat(*A);
  return S;
}

std::string flat(const Expr &E) {
  switch (E.K) {
  case Expr::Kind::Atom:
    return E.Text;
  case Expr::Kind::Chain: {
    std::string S = flat(*E.Inner);
    for (const std::string &Seg : E.Segs)
      S += "." + Seg;
    return E.Try ? S + "?" : S;
  }
  case Expr::Kind::Call:
    return "(" + flat(*E.Inner) + ")(" + joined(E.Args) + ")";
  case Expr::Kind::Deref:
    return "*" + flat(*E.Inner);
  case Expr::Kind::StructLit:
    return E.Args.empty() ? E.Text + " {}"
                          : E.Text + " { " + joined(E.Args) + " }";
  case Expr::Kind::Wrap:
    return E.Text + "(" + flat(*E.Inner) + ")";
  case Expr::Kind::Unsafe:
    return "unsafe { " + flat(*E.Inner) + " }";
  }
  return "";
}

/// Whether E may stay on one line by rustfmt's width rules (apart from the
/// line's own width).
bool flatAllowed(const Expr &E) {
  switch (E.K) {
  case Expr::Kind::Atom:
    return true;
  case Expr::Kind::Chain: {
    // A chain whose root is a block is measured without it; a `?` counts
    // twice (measured: 58 columns plus `?` stay, 59 plus `?` break).
    if (E.Inner->K == Expr::Kind::Unsafe)
      return true;
    size_t Width = flat(E).size() + (E.Try ? 1 : 0);
    return Width <= ChainWidth && flatAllowed(*E.Inner);
  }
  case Expr::Kind::Call:
    return flatAllowed(*E.Inner) && joined(E.Args).size() <= CallWidth;
  case Expr::Kind::Deref:
  case Expr::Kind::Wrap:
  case Expr::Kind::Unsafe:
    return flatAllowed(*E.Inner);
  case Expr::Kind::StructLit:
    return joined(E.Args).size() <= StructLitWidth;
  }
  return true;
}

bool fitsFlat(const Expr &E, unsigned Indent, const std::string &Prefix,
              const std::string &Suffix) {
  return fits(Indent, Prefix + flat(E) + Suffix) && flatAllowed(E);
}

void add(Lines &Out, unsigned Indent, const std::string &Text) {
  Out.push_back(pad(Indent) + Text);
}

void layout(const Expr &E, unsigned Indent, const std::string &Prefix,
            const std::string &Suffix, Lines &Out);

/// Arguments that do not fit after the callee: one per line, or packed
/// several to a line when all are short; `Close` after them at Indent.
void layoutArgs(const std::vector<ExprRef> &Args, unsigned Indent,
                const std::string &Close, Lines &Out) {
  bool Short = Args.size() > 1 && llvm::all_of(Args, [](const ExprRef &A) {
                 return flat(*A).size() <= ShortItemWidth;
               });
  if (Short) {
    std::string Cur;
    for (const ExprRef &A : Args) {
      std::string Item = flat(*A) + ",";
      if (!Cur.empty() && !fits(Indent + 4, Cur + " " + Item)) {
        add(Out, Indent + 4, Cur);
        Cur.clear();
      }
      Cur += (Cur.empty() ? "" : " ") + Item;
    }
    add(Out, Indent + 4, Cur);
  } else {
    for (const ExprRef &A : Args)
      layout(*A, Indent + 4, "", ",", Out);
  }
  add(Out, Indent, Close);
}

/// The position of the `(` that opens the argument list a segment ends
/// with (`get::<T>(b"x\0")`), or npos.
size_t argsOpen(const std::string &Seg) {
  if (Seg.empty() || Seg.back() != ')')
    return std::string::npos;
  int Depth = 0;
  for (size_t J = Seg.size(); J-- > 0;) {
    if (Seg[J] == ')')
      ++Depth;
    else if (Seg[J] == '(' && --Depth == 0)
      return J;
  }
  return std::string::npos;
}

/// One segment line of a broken chain; a call too long for the line has
/// its (single) argument moved below it.
void layoutSegment(const std::string &Seg, unsigned Indent,
                   const std::string &Tail, Lines &Out) {
  std::string L = "." + Seg + Tail;
  size_t Open = argsOpen(Seg);
  if (fits(Indent, L) || Open == std::string::npos || Open + 2 == Seg.size()) {
    add(Out, Indent, L);
    return;
  }
  add(Out, Indent, "." + Seg.substr(0, Open + 1));
  add(Out, Indent + 4, Seg.substr(Open + 1, Seg.size() - Open - 2) + ",");
  add(Out, Indent, ")" + Tail);
}

/// A chain broken one segment per line; Last is appended to the last one.
void layoutChain(const Expr &E, unsigned Indent, const std::string &Prefix,
                 const std::string &Last, Lines &Out) {
  add(Out, Indent, Prefix + flat(*E.Inner));
  for (size_t J = 0; J < E.Segs.size(); ++J) {
    bool IsLast = J + 1 == E.Segs.size();
    layoutSegment(E.Segs[J], Indent + 4,
                  IsLast ? (E.Try ? "?" : "") + Last : "", Out);
  }
}

/// `unsafe { G }.segs`: rustfmt moves it below `let x =` when it fits there,
/// then breaks before the segments, and last breaks the block open.
void layoutBlockChain(const Expr &E, unsigned Indent, const std::string &Prefix,
                      const std::string &Suffix, Lines &Out) {
  std::string Head = llvm::StringRef(Prefix).rtrim().str();
  std::string Whole = flat(E) + Suffix;
  std::string Block = flat(*E.Inner);
  std::string Tail;
  for (const std::string &Seg : E.Segs)
    Tail += "." + Seg;
  Tail += (E.Try ? "?" : "") + Suffix;
  if (!Head.empty() && fits(Indent + 4, Whole)) {
    add(Out, Indent, Head);
    add(Out, Indent + 4, Whole);
    return;
  }
  if (!Head.empty() && fits(Indent + 4, Block)) {
    add(Out, Indent, Head);
    add(Out, Indent + 4, Block);
    add(Out, Indent + 8, Tail);
    return;
  }
  add(Out, Indent, Prefix + "unsafe {");
  layout(*E.Inner->Inner, Indent + 4, "", "", Out);
  add(Out, Indent, "}");
  add(Out, Indent, Tail);
}

void layoutCall(const Expr &E, unsigned Indent, const std::string &Prefix,
                const std::string &Suffix, Lines &Out) {
  const Expr &Callee = *E.Inner;
  std::string Args = joined(E.Args);
  std::string Head = Prefix + "(" + flat(Callee) + ")(";
  bool CalleeFlat = flatAllowed(Callee) && fits(Indent, Head);
  if (CalleeFlat || Callee.K != Expr::Kind::Chain) {
    add(Out, Indent, Head);
    layoutArgs(E.Args, Indent, ")" + Suffix, Out);
    return;
  }
  // The callee's chain breaks; the arguments follow its last segment when
  // they fit there.
  layoutChain(Callee, Indent, Prefix + "(", ")(", Out);
  // Measured on rustfmt 1.8: the arguments stay on the chain's last line
  // up to six columns short of the limit; otherwise on a line of their own
  // when they fit BlockArgsWidth, else one per line.
  std::string &LastLine = Out.back();
  std::string WithArgs = LastLine + Args + ")" + Suffix;
  if (WithArgs.size() + 6 <= MaxWidth) {
    LastLine = WithArgs;
    return;
  }
  if (Args.size() <= BlockArgsWidth && fits(Indent + 4, Args)) {
    add(Out, Indent + 4, Args);
    add(Out, Indent, ")" + Suffix);
    return;
  }
  layoutArgs(E.Args, Indent, ")" + Suffix, Out);
}

void layout(const Expr &E, unsigned Indent, const std::string &Prefix,
            const std::string &Suffix, Lines &Out) {
  if (fitsFlat(E, Indent, Prefix, Suffix)) {
    add(Out, Indent, Prefix + flat(E) + Suffix);
    return;
  }
  switch (E.K) {
  case Expr::Kind::Atom:
    add(Out, Indent, Prefix + E.Text + Suffix);
    return;
  case Expr::Kind::Chain:
    if (E.Inner->K == Expr::Kind::Unsafe)
      return layoutBlockChain(E, Indent, Prefix, Suffix, Out);
    return layoutChain(E, Indent, Prefix, Suffix, Out);
  case Expr::Kind::Call:
    return layoutCall(E, Indent, Prefix, Suffix, Out);
  case Expr::Kind::Deref:
    return layout(*E.Inner, Indent, Prefix + "*", Suffix, Out);
  case Expr::Kind::Wrap:
    if (E.Inner->K == Expr::Kind::StructLit) {
      // `Ok(Lib {` ... `})`: the literal's fields one per line.
      add(Out, Indent, Prefix + E.Text + "(" + E.Inner->Text + " {");
      for (const ExprRef &F : E.Inner->Args)
        add(Out, Indent + 4, flat(*F) + ",");
      add(Out, Indent, "})" + Suffix);
      return;
    }
    return layout(*E.Inner, Indent, Prefix + E.Text + "(", ")" + Suffix, Out);
  case Expr::Kind::StructLit:
    add(Out, Indent, Prefix + E.Text + " {");
    for (const ExprRef &F : E.Args)
      add(Out, Indent + 4, flat(*F) + ",");
    add(Out, Indent, "}" + Suffix);
    return;
  case Expr::Kind::Unsafe:
    add(Out, Indent, Prefix + "unsafe {");
    layout(*E.Inner, Indent + 4, "", "", Out);
    add(Out, Indent, "}" + Suffix);
    return;
  }
}

std::shared_ptr<Expr> make(Expr::Kind K) {
  auto E = std::make_shared<Expr>();
  E->K = K;
  return E;
}

} // namespace

ExprRef Expr::atom(std::string Text) {
  auto E = make(Kind::Atom);
  E->Text = std::move(Text);
  return E;
}

ExprRef Expr::chain(ExprRef Root, std::vector<std::string> Segs, bool Try) {
  auto E = make(Kind::Chain);
  E->Inner = std::move(Root);
  E->Segs = std::move(Segs);
  E->Try = Try;
  return E;
}

ExprRef Expr::call(ExprRef Callee, std::vector<ExprRef> Args) {
  auto E = make(Kind::Call);
  E->Inner = std::move(Callee);
  E->Args = std::move(Args);
  return E;
}

ExprRef Expr::deref(ExprRef Inner) {
  auto E = make(Kind::Deref);
  E->Inner = std::move(Inner);
  return E;
}

ExprRef Expr::structLit(std::string Path, std::vector<ExprRef> Fields) {
  auto E = make(Kind::StructLit);
  E->Text = std::move(Path);
  E->Args = std::move(Fields);
  return E;
}

ExprRef Expr::wrap(std::string Fn, ExprRef Inner) {
  auto E = make(Kind::Wrap);
  E->Text = std::move(Fn);
  E->Inner = std::move(Inner);
  return E;
}

ExprRef Expr::unsafeBlock(ExprRef Inner) {
  auto E = make(Kind::Unsafe);
  E->Inner = std::move(Inner);
  return E;
}

std::vector<std::string> layoutStmt(const Stmt &S, unsigned Indent) {
  Lines Out;
  if (S.Let.empty())
    layout(*S.E, Indent, "", "", Out);
  else
    layout(*S.E, Indent, "let " + S.Let + " = ", ";", Out);
  return Out;
}

} // namespace kbindgen::rust
