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
#include "llvm/ADT/StringRef.h"

namespace kbindgen::rust {

namespace {

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
    return (E.Segs.size() < 2 || Width <= ChainWidth) &&
           flatAllowed(*E.Inner);
  }
  case Expr::Kind::Call:
    if (E.Inner)
      return flatAllowed(*E.Inner) && joined(E.Args).size() <= CallWidth;
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

bool fitsFlat(const Expr &E, unsigned Indent, const std::string &Prefix,
              const std::string &Suffix) {
  return fits(Indent, Prefix + flat(E) + Suffix) && flatAllowed(E);
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

/// A segment that ends with a call, with its arguments broken after the
/// line Head: `Head.get(` / the argument / `)Tail`. False for a segment
/// without arguments.
bool overflowSegment(const std::string &Seg, unsigned Indent,
                     const std::string &Head, const std::string &Tail,
                     Lines &Out) {
  size_t Open = argsOpen(Seg);
  if (Open == std::string::npos || Open + 2 == Seg.size())
    return false;
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
    bool CanOverflow =
        overflowSegment(E.Segs[0], Indent, Prefix + Root, Tail, Over);
    layoutSegment(E.Segs[0], Indent + 4, Tail, Own);
    if (CanOverflow && fits(0, Over.front()) &&
        (Over.size() >= 5 || Own.size() >= Over.size())) {
      Out.insert(Out.end(), Over.begin(), Over.end());
      return;
    }
  }
  add(Out, Indent, Prefix + Root);
  for (size_t J = First; J < E.Segs.size(); ++J) {
    bool IsLast = J + 1 == E.Segs.size();
    layoutSegment(E.Segs[J], Indent + 4, IsLast ? Tail : "", Out);
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

/// How far past the maximum width rustfmt lets a broken layout assertion
/// reach before it gives up on a shape (measured on rustfmt 1.8): the
/// message and `size_of::<` joined on one line (Joined), `offset_of!(`
/// with the subtraction kept after its `)` (OffsetJoined), or moved below it
/// (OffsetBelow); beyond that the statement stays as written.
constexpr unsigned JoinedOverflow = 10;
constexpr unsigned OffsetJoinedOverflow = 17;
constexpr unsigned OffsetBelowOverflow = 27;

/// A layout assertion, `["message"][EXPR - VALUE];` with EXPR a generic call
/// (`size_of::<T>()`) or a macro call (`offset_of!(T, field)`), broken as
/// rustfmt breaks it. False for any other statement.
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
  std::string Msg = flat(*E.Inner->Args[0]);
  std::string Call = flat(Lhs);
  std::string Value = flat(*Diff.Args[1]);
  std::string Minus = " " + Diff.Text + " ";
  std::string Flat = "[" + Msg + "][" + Call + Minus + Value + "];";
  std::string Second = "[" + Call + Minus + Value + "];";
  unsigned In = Indent + 4;
  if (fits(Indent, Flat)) {
    add(Out, Indent, Flat);
    return true;
  }
  if (fits(In, Second)) {
    add(Out, Indent, "[" + Msg + "]");
    add(Out, In, Second);
    return true;
  }
  // Neither fits: rustfmt breaks inside the generic arguments or the
  // macro, keeping `["msg"][` on the first line when that line plus the
  // value fits JoinedOverflow past the width, else inside the call's `()`
  // when that fits.
  if (Generic) {
    std::string Name = toString(*Lhs.Generics[0]);
    std::string Joined = "[" + Msg + "][" + Lhs.Text;
    bool JoinedFits =
        Indent + Joined.size() + 3 + Value.size() <= MaxWidth + JoinedOverflow;
    std::string CallOpen = "[" + Call.substr(0, Call.size() - 1);
    if (!JoinedFits && fits(In, CallOpen)) {
      add(Out, Indent, "[" + Msg + "]");
      add(Out, In, CallOpen);
      add(Out, In, ")" + Minus + Value + "];");
      return true;
    }
    if (JoinedFits) {
      add(Out, Indent, Joined + "::<");
      add(Out, In, Name + ",");
      add(Out, Indent, ">()" + Minus + Value + "];");
      return true;
    }
    add(Out, Indent, "[" + Msg + "]");
    add(Out, In, "[" + Lhs.Text + "::<");
    add(Out, In + 4, Name + ",");
    add(Out, In, ">()" + Minus + Value + "];");
    return true;
  }
  // `offset_of!(T, field)`, measured with Width = first line plus the
  // value: the subtraction stays on the `)` line, moves below it, or
  // rustfmt leaves the statement as written.
  std::string First = "[" + Msg + "][" + Lhs.Text + "!(";
  size_t Width = Indent + First.size() + Value.size();
  if (Width > MaxWidth + OffsetBelowOverflow) {
    add(Out, Indent, "[" + Msg + "]");
    add(Out, In, Second);
    return true;
  }
  add(Out, Indent, First);
  add(Out, In, flat(*Lhs.Args[0]) + ",");
  add(Out, In, flat(*Lhs.Args[1]));
  if (Width <= MaxWidth + OffsetJoinedOverflow) {
    add(Out, Indent, ")" + Minus + Value + "];");
    return true;
  }
  add(Out, Indent, ")");
  add(Out, In, Diff.Text + " " + Value + "];");
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

bool allFit(const Lines &L) {
  return llvm::all_of(L, [](const std::string &S) { return fits(0, S); });
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
