//===- ExprLayout.cpp - Method-body statements laid out as rustfmt would --===//
//
// The statements of generated method bodies (accessors, Default and Debug
// impls, the --dynamic-loading library struct's constructor and call-through
// methods) and of layout assertion blocks, broken where rustfmt 1.8 breaks
// them with its default widths: a method chain stays on one line when it is
// at most chain_width (60) wide, call arguments when at most fn_call_width
// (60), a struct literal's fields when at most struct_lit_width (18); every
// line at most max_width (100). The thresholds were measured on rustfmt's
// output for each shape; lit tests check the result with rustfmt --check
// (docs/compatibility.md lists the long-name cases that still differ).
//
//===----------------------------------------------------------------------===//

#include "Width.h"
#include "kbindgen/Emit/RustWriter.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <functional>
#include <optional>

namespace kbindgen::rust {

namespace {

constexpr unsigned ChainWidth = 60;
constexpr unsigned CallWidth = 60;
constexpr unsigned StructLitWidth = 18;
/// rustfmt packs call arguments several to a line when every one is at most
/// this wide (short_array_element_width_threshold).
constexpr unsigned ShortItemWidth = 10;

using Lines = std::vector<std::string>;

std::string pad(unsigned N) { return std::string(N, ' '); }

std::string flat(const Expr &E);

std::string joined(const std::vector<ExprRef> &Args) {
  std::string S;
  for (const ExprRef &A : Args)
    S += (S.empty() ? "" : ", ") + flat(*A);
  return S;
}

/// A block that is only a value: `{ E }` / `unsafe { E }`.
const Expr *blockValue(const Expr &B) {
  if (B.Stmts.size() != 1 || B.Stmts[0].K != Stmt::Kind::Tail)
    return nullptr;
  return B.Stmts[0].E.get();
}

/// E on one line (a block of statements never is; it is laid out by
/// layoutBlock).
std::string flat(const Expr &E) {
  switch (E.K) {
  case Expr::Kind::Atom:
    return E.Text;
  case Expr::Kind::Call: {
    if (E.Inner)
      return "(" + flat(*E.Inner) + ")(" + joined(E.Args) + ")";
    std::string Callee = E.Text;
    if (!E.Generics.empty()) {
      Callee += "::<";
      for (size_t I = 0; I < E.Generics.size(); ++I)
        Callee += (I ? ", " : "") + toString(*E.Generics[I]);
      Callee += ">";
    }
    return Callee + "(" + joined(E.Args) + ")";
  }
  case Expr::Kind::Macro:
    return E.Text + "!(" + joined(E.Args) + ")";
  case Expr::Kind::Method:
    return flat(*E.Inner) + "." + E.Text + "(" + joined(E.Args) + ")";
  case Expr::Kind::Field:
    return flat(*E.Inner) + "." + E.Text;
  case Expr::Kind::Unary:
    return E.Text + flat(*E.Inner);
  case Expr::Kind::Binary:
    return flat(*E.Args[0]) + " " + E.Text + " " + flat(*E.Args[1]);
  case Expr::Kind::Cast:
    return flat(*E.Inner) + " as " + toString(*E.Ty);
  case Expr::Kind::Paren:
    return "(" + flat(*E.Inner) + ")";
  case Expr::Kind::Index:
    return flat(*E.Inner) + "[" + flat(*E.Args[0]) + "]";
  case Expr::Kind::Array:
    return "[" + joined(E.Args) + "]";
  case Expr::Kind::Chain: {
    std::string S = flat(*E.Inner);
    for (const std::string &Seg : E.Segs)
      S += "." + Seg;
    return E.Try ? S + "?" : S;
  }
  case Expr::Kind::StructLit:
    return E.Args.empty() ? E.Text + " {}"
                          : E.Text + " { " + joined(E.Args) + " }";
  case Expr::Kind::Unsafe:
    return "unsafe { " + flat(*E.Inner) + " }";
  case Expr::Kind::Block: {
    const Expr *Value = blockValue(E);
    assert(Value && "a block of statements has no one-line form");
    return std::string(E.Unsafe ? "unsafe " : "") + "{ " +
           (Value ? flat(*Value) : "") + " }";
  }
  }
  return "";
}

/// Whether E may stay on one line by rustfmt's width rules (apart from the
/// line's own width).
bool flatAllowed(const Expr &E) {
  switch (E.K) {
  case Expr::Kind::Chain: {
    // A chain whose root is a block is measured without it; a `?` counts
    // twice (measured: 58 columns plus `?` stay, 59 plus `?` break).
    if (E.Inner->K == Expr::Kind::Unsafe)
      return true;
    // chain_width applies from two segments on; one segment may take the
    // whole line.
    size_t Width = flat(E).size() + (E.Try ? 1 : 0);
    return (E.Segs.size() < 2 || Width <= ChainWidth) && flatAllowed(*E.Inner);
  }
  case Expr::Kind::Call:
    // fn_call_width bounds the arguments, except a single one: rustfmt
    // keeps that horizontal whenever the line fits (overflow.rs).
    if (E.Inner)
      return flatAllowed(*E.Inner) &&
             (E.Args.size() == 1 || joined(E.Args).size() <= CallWidth);
    return llvm::all_of(E.Args,
                        [](const ExprRef &A) { return flatAllowed(*A); });
  case Expr::Kind::Unary:
  case Expr::Kind::Unsafe:
    return flatAllowed(*E.Inner);
  case Expr::Kind::StructLit:
    return joined(E.Args).size() <= StructLitWidth;
  case Expr::Kind::Block:
    return blockValue(E) && flatAllowed(*blockValue(E));
  default:
    return true;
  }
}

/// A chain's `?` counts three times against the line's width: rustfmt
/// subtracts it from the last segment's shape twice (format_last_child and
/// ChainItem's rewrite) and then writes it (measured: a one-line chain
/// ending in `?;` stays at 98 columns, breaks at 99).
unsigned tryExtra(const Expr &E) {
  return E.K == Expr::Kind::Chain && E.Try ? 2 : 0;
}

bool fitsFlat(const Expr &E, unsigned Indent, const std::string &Prefix,
              const std::string &Suffix) {
  return fits(Indent + tryExtra(E), Prefix + flat(E) + Suffix) &&
         flatAllowed(E);
}

bool allFit(const Lines &L) {
  return llvm::all_of(L, [](const std::string &S) { return fits(0, S); });
}

void add(Lines &Out, unsigned Indent, const std::string &Text) {
  Out.push_back(pad(Indent) + Text);
}

void layout(const Expr &E, unsigned Indent, const std::string &Prefix,
            const std::string &Suffix, Lines &Out);
void layoutStmt(const Stmt &S, unsigned Indent, Lines &Out);

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

/// rustfmt's rewrite of a segment `name::<T>(args)` that starts after Head
/// on the line at Indent, Tail after it (rewrite_method_call): T is
/// rewritten in the segment's own shape, not after `.name::<`, so it stays
/// on one line when it fits the width left after Head and Tail, even if the
/// callee then does not; the arguments follow the callee as rewrite_call
/// places them after a callee (overflow.rs): on one line when they fit what
/// is left after it less `()`, that line after the callee's last line when
/// it fits there, else below without a trailing comma; otherwise one a line.
Lines turbofishCall(const std::string &Seg, const Type &Ty, unsigned Indent,
                    const std::string &Head, const std::string &Tail,
                    bool BreakType = false) {
  size_t Open = argsOpen(Seg);
  std::string Args = Seg.substr(Open + 1, Seg.size() - Open - 2);
  std::string Name = "." + Seg.substr(0, Seg.find("::<") + 3);
  int Used = static_cast<int>(Indent + Head.size());
  int Width = static_cast<int>(MaxWidth) - Used - static_cast<int>(Tail.size());
  // T's lines relative to Indent, laid out as if at Head's end (or after
  // the `::<` when BreakType asks for T broken where it meets the line).
  Lines Callee;
  if (BreakType) {
    Callee = formatType(Ty, Indent, Head + Name, ">");
  } else {
    Callee = formatType(Ty, Indent, pad(Head.size()), pad(Tail.size()));
    Callee.front() = Head + Name + Callee.front().substr(Head.size());
    Callee.back().resize(Callee.back().size() - Tail.size());
    Callee.back() += ">";
  }
  int LastWidth = static_cast<int>(Indent + Callee.back().size());
  int UsedWidth = std::max(0, LastWidth - Used);
  int OneLine = std::max(0, Width - UsedWidth - 2);
  int ArgsLen = static_cast<int>(Args.size());
  Lines Out;
  for (const std::string &L : Callee)
    add(Out, Indent, L);
  if (ArgsLen <= OneLine &&
      ArgsLen + 1 <= Width - (Callee.size() == 1 ? UsedWidth : LastWidth)) {
    Out.back() += "(" + Args + ")" + Tail;
  } else {
    Out.back() += "(";
    add(Out, Indent + 4, Args + (ArgsLen > OneLine ? "," : ""));
    add(Out, Indent, ")" + Tail);
  }
  return Out;
}

const Type *segType(const Expr &Chain, size_t J) {
  return J < Chain.SegTypes.size() ? Chain.SegTypes[J].get() : nullptr;
}

/// One segment line of a broken chain; a call too long for the line has
/// its (single) argument moved below it.
void layoutSegment(const std::string &Seg, const Type *SegTy, unsigned Indent,
                   const std::string &Tail, Lines &Out) {
  std::string L = "." + Seg + Tail;
  size_t Open = argsOpen(Seg);
  if (SegTy && Open != std::string::npos) {
    for (std::string &Line : turbofishCall(Seg, *SegTy, Indent, "", Tail))
      Out.push_back(std::move(Line));
    return;
  }
  if (fits(Indent, L) || Open == std::string::npos || Open + 2 == Seg.size()) {
    add(Out, Indent, L);
    return;
  }
  add(Out, Indent, "." + Seg.substr(0, Open + 1));
  add(Out, Indent + 4, Seg.substr(Open + 1, Seg.size() - Open - 2) + ",");
  add(Out, Indent, ")" + Tail);
}

/// A segment that ends with a call, with its arguments broken after the
/// line Head: `Head.get(` / the argument / `)Tail`. False for a segment
/// without arguments.
bool overflowSegment(const std::string &Seg, const Type *SegTy, unsigned Indent,
                     const std::string &Head, const std::string &Tail,
                     Lines &Out) {
  size_t Open = argsOpen(Seg);
  if (Open == std::string::npos || Open + 2 == Seg.size())
    return false;
  if (SegTy) {
    for (std::string &Line : turbofishCall(Seg, *SegTy, Indent, Head, Tail))
      Out.push_back(std::move(Line));
    return true;
  }
  add(Out, Indent, Head + "." + Seg.substr(0, Open + 1));
  add(Out, Indent + 4, Seg.substr(Open + 1, Seg.size() - Open - 2) + ",");
  add(Out, Indent, ")" + Tail);
  return true;
}

/// A chain broken one segment per line; Last is appended to the last one.
/// rustfmt joins a root of at most tab_spaces (4) columns that starts its
/// line (`self`) with the first segment; a chain of one segment whose
/// arguments break stays on the root's line when its own line would not
/// save a line (chains.rs, format_last_child).
void layoutChain(const Expr &E, unsigned Indent, const std::string &Prefix,
                 const std::string &Last, Lines &Out) {
  std::string Root = flat(*E.Inner);
  size_t First = 0;
  if (Prefix.empty() && Root.size() <= 4 && E.Segs.size() > 1)
    Root += "." + E.Segs[First++];
  std::string Tail = (E.Try ? "?" : "") + Last;
  if (E.Segs.size() == 1) {
    Lines Over, Own;
    bool CanOverflow = overflowSegment(E.Segs[0], segType(E, 0), Indent,
                                       Prefix + Root, Tail, Over);
    layoutSegment(E.Segs[0], segType(E, 0), Indent + 4, Tail, Own);
    bool Chosen = CanOverflow && fits(0, Over.front()) &&
                  (Over.size() >= 5 || Own.size() >= Over.size());
    // When rustfmt's choice has a line over max_width its rewrite fails
    // and it keeps the statement as written: T broken after `Root.get::<`
    // when that fits, else the other layout when that does.
    if (CanOverflow && !allFit(Chosen ? Over : Own)) {
      if (const Type *T = segType(E, 0)) {
        Lines Broken = turbofishCall(E.Segs[0], *T, Indent, Prefix + Root, Tail,
                                     /*BreakType=*/true);
        if (allFit(Broken)) {
          Over = std::move(Broken);
          Chosen = true;
        }
      } else if (allFit(Chosen ? Own : Over)) {
        Chosen = !Chosen;
      }
    }
    if (Chosen) {
      Out.insert(Out.end(), Over.begin(), Over.end());
      return;
    }
  }
  add(Out, Indent, Prefix + Root);
  for (size_t J = First; J < E.Segs.size(); ++J) {
    bool IsLast = J + 1 == E.Segs.size();
    layoutSegment(E.Segs[J], segType(E, J), Indent + 4, IsLast ? Tail : "",
                  Out);
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
  if (!Head.empty() && fits(Indent + 4 + tryExtra(E), Whole)) {
    add(Out, Indent, Head);
    add(Out, Indent + 4, Whole);
    return;
  }
  // The block stays after `let x =` with the segments below it when it
  // fits there (rustfmt prefers the next line only when that saves lines).
  if (fits(Indent, Prefix + Block + Suffix)) {
    add(Out, Indent, Prefix + Block);
    add(Out, Indent + 4, Tail);
    return;
  }
  // The chain's shape leaves room for the statement's `;` on the block's
  // line too (measured: a 100-column block line breaks open).
  if (!Head.empty() && fits(Indent + 4, Block + Suffix)) {
    add(Out, Indent, Head);
    add(Out, Indent + 4, Block);
    add(Out, Indent + 8, Tail);
    return;
  }
  // `unsafe {` opens after `let x =` when that fits with the `;` and the
  // block's value fits in it (else rustfmt's rewrite there fails), else the
  // broken block goes below, one level in.
  Lines Value;
  layout(*E.Inner->Inner, Indent + 4, "", "", Value);
  unsigned In = Indent;
  std::string Open = Prefix;
  if (!Head.empty() &&
      (!fits(Indent, Prefix + "unsafe {" + Suffix) || !allFit(Value))) {
    add(Out, Indent, Head);
    In += 4;
    Open.clear();
    Value.clear();
    layout(*E.Inner->Inner, In + 4, "", "", Value);
  }
  add(Out, In, Open + "unsafe {");
  Out.insert(Out.end(), Value.begin(), Value.end());
  add(Out, In, "}");
  add(Out, In, Tail);
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
  // rustfmt's overflow context with the broken callee as its ident: the
  // arguments are one line when they take at most what is left after the
  // callee's last line (measured from the call's start, less `()`) and
  // fn_call_width; that line follows the callee when it fits in the call's
  // width less the last line's whole length, else it goes below without a
  // trailing comma; otherwise one argument a line.
  std::string &LastLine = Out.back();
  int Used = static_cast<int>(Indent + Prefix.size());
  int Width =
      static_cast<int>(MaxWidth) - Used - static_cast<int>(Suffix.size());
  // The callee's last line without the `(` the chain layout ended it with.
  int Last = static_cast<int>(LastLine.size()) - 1;
  int Extra = std::max(0, Last - Used);
  int OneLine = std::max(0, Width - Extra - 2);
  int ArgsLen = static_cast<int>(Args.size());
  int Limit = E.Args.size() == 1 ? OneLine : std::min<int>(OneLine, CallWidth);
  if (ArgsLen <= Limit) {
    if (ArgsLen + 1 <= Width - Last) {
      LastLine += Args + ")" + Suffix;
      return;
    }
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
  case Expr::Kind::Chain:
    if (E.Inner->K == Expr::Kind::Unsafe)
      return layoutBlockChain(E, Indent, Prefix, Suffix, Out);
    return layoutChain(E, Indent, Prefix, Suffix, Out);
  case Expr::Kind::Call:
    if (E.Inner)
      return layoutCall(E, Indent, Prefix, Suffix, Out);
    if (E.Args.empty())
      break;
    if (llvm::all_of(E.Args, [](const ExprRef &A) {
          return A->K == Expr::Kind::Atom;
        })) {
      // Arguments that cannot break: one per line (or packed when short).
      add(Out, Indent, Prefix + E.Text + "(");
      layoutArgs(E.Args, Indent, ")" + Suffix, Out);
      return;
    }
    if (E.Args.size() != 1)
      break;
    if (E.Args[0]->K == Expr::Kind::Binary) {
      // An operation is no argument rustfmt overflows: it goes below the
      // callee with a trailing comma.
      add(Out, Indent, Prefix + E.Text + "(");
      layoutArgs(E.Args, Indent, ")" + Suffix, Out);
      return;
    }
    if (E.Args[0]->K == Expr::Kind::StructLit) {
      // `Ok(Lib {` ... `})`: the literal's fields one per line.
      const Expr &Lit = *E.Args[0];
      add(Out, Indent, Prefix + E.Text + "(" + Lit.Text + " {");
      for (const ExprRef &F : Lit.Args)
        add(Out, Indent + 4, flat(*F) + ",");
      add(Out, Indent, "})" + Suffix);
      return;
    }
    return layout(*E.Args[0], Indent, Prefix + E.Text + "(", ")" + Suffix, Out);
  case Expr::Kind::Unary:
    return layout(*E.Inner, Indent, Prefix + E.Text, Suffix, Out);
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
  default:
    break;
  }
  // Nothing rustfmt would break here: the line as it is.
  add(Out, Indent, Prefix + flat(E) + Suffix);
}

/// A block on one line when it holds only a value and fits; otherwise
/// opened after Head, its statements one level in.
void layoutBlock(const Expr &B, unsigned Indent, const std::string &Head,
                 const std::string &End, Lines &Out) {
  if (blockValue(B) && fitsFlat(B, Indent, Head, End)) {
    add(Out, Indent, Head + flat(B) + End);
    return;
  }
  add(Out, Indent, Head + (B.Unsafe ? "unsafe {" : "{"));
  for (const Stmt &S : B.Stmts)
    layoutStmt(S, Indent + 4, Out);
  add(Out, Indent, "}" + End);
}

/// rustfmt's simple expressions (is_simple_expr): literals, one-segment
/// paths, and fields, casts and unary operations of them.
bool isSimple(const Expr &E) {
  switch (E.K) {
  case Expr::Kind::Atom:
    return !llvm::StringRef(E.Text).contains("::");
  case Expr::Kind::Field:
  case Expr::Kind::Unary:
  case Expr::Kind::Cast:
    return isSimple(*E.Inner);
  case Expr::Kind::Index:
    return isSimple(*E.Inner) && isSimple(*E.Args[0]);
  default:
    return false;
  }
}

/// rustfmt keeps a call on one line when it fits and its arguments take at
/// most fn_call_width columns.
constexpr unsigned FnCallWidth = 60;

/// A format macro (`write!(f, "...", args)`) as rustfmt writes it: on one
/// line when it fits, else one argument a line up to the format string and
/// the arguments after it packed onto one line when they are all simple and
/// fit.
void layoutFormatMacro(const Expr &M, unsigned Indent, const std::string &Head,
                       const std::string &End, Lines &Out) {
  std::string Call = flat(M);
  size_t ArgsWidth = Call.size() - M.Text.size() - std::string("!()").size();
  std::string Flat = Head + Call + End;
  auto Format = llvm::find_if(M.Args, [](const ExprRef &A) {
    return A->K == Expr::Kind::Atom &&
           llvm::StringRef(A->Text).starts_with("\"");
  });
  if ((fits(Indent, Flat) && ArgsWidth <= FnCallWidth) ||
      Format == M.Args.end()) {
    add(Out, Indent, Flat);
    return;
  }
  add(Out, Indent, Head + M.Text + "!(");
  auto Rest = std::next(Format);
  // No trailing comma after the last argument of a macro.
  for (auto It = M.Args.begin(); It != Rest; ++It)
    add(Out, Indent + 4,
        flat(**It) + (Rest == M.Args.end() && It == Format ? "" : ","));
  std::vector<ExprRef> After(Rest, M.Args.end());
  std::string Packed = joined(After);
  bool Simple =
      llvm::all_of(After, [](const ExprRef &A) { return isSimple(*A); });
  if (!After.empty() && Simple && fits(Indent + 4, Packed))
    add(Out, Indent + 4, Packed);
  else
    for (const ExprRef &A : After)
      add(Out, Indent + 4, flat(*A) + ",");
  add(Out, Indent, ")" + End);
}

/// rustfmt's Shape: the block indent of the lines, how far into its first
/// line the text starts (Offset, past the indent) and the columns left on
/// it (Width; negative: no room).
struct Shape {
  int Indent = 0;
  int Offset = 0;
  int Width = 0;
  int used() const { return Indent + Offset; }
  /// The shape after N more columns on the first line.
  Shape offsetLeft(int N) const { return {Indent, Offset + N, Width - N}; }
};

/// A rewrite as rustfmt builds it: the first line without its indentation,
/// the following lines with theirs; none when rustfmt's rewrite fails.
using Rewrite = std::optional<std::string>;

bool multiLine(const std::string &S) {
  return S.find('\n') != std::string::npos;
}

/// The text after S's last newline (all of S without one).
llvm::StringRef lastLine(const std::string &S) {
  size_t NL = S.rfind('\n');
  return NL == std::string::npos ? llvm::StringRef(S)
                                 : llvm::StringRef(S).substr(NL + 1);
}

int lastLineWidth(const std::string &S) {
  return static_cast<int>(lastLine(S).size());
}

int trimmedLastLineWidth(const std::string &S) {
  return static_cast<int>(lastLine(S).trim().size());
}

std::string newline(int Indent) { return "\n" + pad(Indent); }

/// The width a nested list item has (block indent + 4, less the comma).
int nestedWidth(const Shape &S) { return MaxWidth - (S.Indent + 4) - 1; }

/// `PATH::<T>()` (rewrite_path, rewrite_with_angle_brackets, rewrite_call):
/// the path must fit; `::<T>` stays on the line when `T` fits in what is
/// left less two columns, else `T` goes on its own line; the empty `()`
/// follows when two columns are left, else it opens onto the next line.
Rewrite genericCall(const std::string &Path, const std::string &Name,
                    const Shape &S) {
  int PathLen = static_cast<int>(Path.size());
  if (PathLen > S.Width)
    return std::nullopt;
  int OneLine = std::max(0, S.Width - PathLen - 2);
  std::string Callee;
  if (OneLine != 0 && static_cast<int>(Name.size()) <= OneLine) {
    Callee = Path + "::<" + Name + ">";
  } else {
    if (static_cast<int>(Name.size()) > nestedWidth(S))
      return std::nullopt;
    Callee = Path + "::<" + newline(S.Indent + 4) + Name + "," +
             newline(S.Indent) + ">";
  }
  if (2 <= S.Width - lastLineWidth(Callee))
    return Callee + "()";
  return Callee + "(" + newline(S.Indent) + ")";
}

/// `NAME!(A, B)` (a macro laid out as a call): the arguments on the line
/// when they fit there and fn_call_width, else one a line; the name itself
/// is never measured.
Rewrite macroCall(const std::string &Name, const std::string &A,
                  const std::string &B, const Shape &S) {
  if (static_cast<int>(A.size()) > nestedWidth(S) ||
      static_cast<int>(B.size()) > nestedWidth(S))
    return std::nullopt;
  int OneLine = std::max(0, S.Width - static_cast<int>(Name.size()) - 2);
  std::string Args = A + ", " + B;
  if (static_cast<int>(Args.size()) <= std::min<int>(OneLine, CallWidth))
    return Name + "(" + Args + ")";
  return Name + "(" + newline(S.Indent + 4) + A + "," + newline(S.Indent + 4) +
         B + newline(S.Indent) + ")";
}

/// `LHS - VALUE` (pairs.rs): on one line when it fits; else the value is
/// snuggled after a short last line of LHS or goes below, one level in.
/// When LHS fails in its shape, rewrite_pair retries it with the width up
/// to the line's end.
Rewrite difference(const std::function<Rewrite(const Shape &)> &Lhs,
                   const std::string &Value, const Shape &S) {
  int ValueLen = static_cast<int>(Value.size());
  std::string Below = newline(S.Indent + 4) + "- " + Value;
  if (Rewrite First = Lhs(S)) {
    if (!multiLine(*First) &&
        static_cast<int>(First->size()) + 3 + ValueLen <= S.Width)
      return *First + " - " + Value;
    int Offset = multiLine(*First) ? 0 : S.used();
    if (lastLineWidth(*First) + Offset <= S.Indent + 4 &&
        3 + trimmedLastLineWidth(*First) + ValueLen <= S.Width)
      return *First + " - " + Value;
    return *First + Below;
  }
  Shape Wide = S;
  Wide.Width = MaxWidth - S.used();
  Rewrite First = Lhs(Wide);
  if (!First)
    return std::nullopt;
  if (lastLineWidth(*First) + 3 + ValueLen <= S.Width)
    return *First + " - " + Value;
  return *First + Below;
}

/// A layout assertion, `["message"][EXPR - VALUE];` with EXPR a generic call
/// (`size_of::<T>()`) or a macro call (`offset_of!(T, field)`), laid out by
/// rustfmt's rules for an index expression (rewrite_index): the index after
/// the message when it is one line there, else on the next line when it is
/// one line there, else where it can be written at all. False for any other
/// statement; when rustfmt cannot format the statement it keeps it as
/// written, on one line here.
bool layoutAssertion(const Expr &E, unsigned Indent, Lines &Out) {
  if (E.K != Expr::Kind::Index || E.Inner->K != Expr::Kind::Array ||
      E.Inner->Args.size() != 1 || E.Args[0]->K != Expr::Kind::Binary)
    return false;
  const Expr &Diff = *E.Args[0];
  const Expr &Lhs = *Diff.Args[0];
  bool Generic =
      Lhs.K == Expr::Kind::Call && Lhs.Generics.size() == 1 && Lhs.Args.empty();
  if (!Generic && (Lhs.K != Expr::Kind::Macro || Lhs.Args.size() != 2))
    return false;
  if (Diff.Text != "-")
    return false;
  std::string Msg = flat(*E.Inner->Args[0]);
  std::string Value = flat(*Diff.Args[1]);
  std::function<Rewrite(const Shape &)> Call;
  if (Generic) {
    std::string Name = toString(*Lhs.Generics[0]);
    Call = [&, Name](const Shape &S) { return genericCall(Lhs.Text, Name, S); };
  } else {
    std::string A = flat(*Lhs.Args[0]), B = flat(*Lhs.Args[1]);
    Call = [&, A, B](const Shape &S) {
      return macroCall(Lhs.Text + "!", A, B, S);
    };
  }
  int In = static_cast<int>(Indent);
  // The statement's shape leaves one column for `;`; the index on the next
  // line starts after `[` and leaves `]` and the statement's overhead.
  Shape Stmt{In, 0, static_cast<int>(MaxWidth) - In - 1};
  std::string Array = "[" + Msg + "]";
  Shape IndexShape;
  if (static_cast<int>(Array.size()) <= Stmt.Width) {
    IndexShape = Stmt.offsetLeft(static_cast<int>(Array.size()) + 1);
    IndexShape.Width -= 1;
  } else {
    // The message on a line of its own (rustfmt then measures the index
    // from a shape of the whole width).
    Array = "[" + newline(In + 4) + Msg + "," + newline(In) + "]";
    IndexShape = Shape{In, 0, static_cast<int>(MaxWidth)}.offsetLeft(In + 2);
    IndexShape.Width -= 2;
  }
  Rewrite Orig;
  if (IndexShape.Width >= 0)
    Orig = difference(Call, Value, IndexShape);
  std::string Text;
  Shape NextShape{In + 4, 1, static_cast<int>(MaxWidth) - In - 4 - 1 - 2};
  Rewrite Next;
  if (!Orig || multiLine(*Orig))
    Next = difference(Call, Value, NextShape);
  if (Orig && !multiLine(*Orig))
    Text = Array + "[" + *Orig + "]";
  else if (Next && (!multiLine(*Next) || !Orig))
    Text = Array + newline(In + 4) + "[" + *Next + "]";
  else if (Orig)
    Text = Array + "[" + *Orig + "]";
  else
    Text = "[" + Msg + "][" + flat(Lhs) + " - " + Value + "]";
  Text += ";";
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::StringRef(Text).split(Parts, '\n');
  add(Out, Indent, Parts[0].str());
  for (size_t J = 1; J < Parts.size(); ++J)
    Out.push_back(Parts[J].str());
  return true;
}

} // namespace

std::vector<std::string> layoutValue(const Expr &E, unsigned Indent,
                                     const std::string &Head,
                                     const std::string &End);

namespace {
void layoutStmt(const Stmt &S, unsigned Indent, Lines &Out) {
  for (std::string &L : rust::layoutStmt(S, Indent))
    Out.push_back(std::move(L));
}
} // namespace

namespace {

Lines layoutSameLine(const Expr &E, unsigned Indent, const std::string &Head,
                     const std::string &End) {
  Lines Out;
  if (E.K == Expr::Kind::Block)
    layoutBlock(E, Indent, Head, End, Out);
  else if (E.K == Expr::Kind::Macro)
    layoutFormatMacro(E, Indent, Head, End, Out);
  else if (!(Head.empty() && End == ";" && layoutAssertion(E, Indent, Out)))
    layout(E, Indent, Head, End, Out);
  return Out;
}

bool firstLineEndsWith(const Lines &L, char C) {
  return !L.empty() && !L.front().empty() && L.front().back() == C;
}

/// rustfmt's prefer_next_line: the right-hand side of `let x =` (or
/// `const X: T =`) goes to the next line when it is one line there, when it
/// saves more than one line, or when it does not open with a bracket there
/// as it does after `=`.
bool preferNextLine(const Lines &Orig, const Lines &Next) {
  if (Next.size() == 1 || Orig.size() > Next.size() + 1)
    return true;
  return llvm::any_of(llvm::StringRef("({["), [&](char C) {
    return firstLineEndsWith(Orig, C) && !firstLineEndsWith(Next, C);
  });
}

} // namespace

std::vector<std::string> layoutValue(const Expr &E, unsigned Indent,
                                     const std::string &Head,
                                     const std::string &End) {
  Lines Orig = layoutSameLine(E, Indent, Head, End);
  llvm::StringRef Lead = llvm::StringRef(Head).rtrim();
  // rustfmt's choose_rhs: a value that does not stay on one line after
  // `=` is also laid out on the next line, one level in, and the better
  // of the two kept. (A chain on a block root decides this itself.)
  if (Orig.size() == 1 || !Lead.ends_with("=") ||
      (E.K == Expr::Kind::Chain && E.Inner->K == Expr::Kind::Unsafe))
    return Orig;
  Lines Next = layoutSameLine(E, Indent + 4, "", End);
  if (!allFit(Next) || !preferNextLine(Orig, Next))
    return Orig;
  Lines Out = {pad(Indent) + Lead.str()};
  Out.insert(Out.end(), Next.begin(), Next.end());
  return Out;
}

std::vector<std::string> layoutStmt(const Stmt &S, unsigned Indent) {
  std::string Head;
  if (S.K == Stmt::Kind::Let)
    Head = "let " + S.Pattern + (S.Ty ? ": " + toString(*S.Ty) : "") + " = ";
  return layoutValue(*S.E, Indent, Head, S.K == Stmt::Kind::Tail ? "" : ";");
}

} // namespace kbindgen::rust
