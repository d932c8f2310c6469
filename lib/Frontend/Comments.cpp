//===- Comments.cpp - Doc comment text and bindgen annotations ------------===//

#include "Importer.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

namespace kbindgen {

/// Removes one comment line's decoration: leading `*` of block comments and
/// the `///`, `//!` markers of line comments.
static llvm::StringRef stripLineDecoration(llvm::StringRef Line, bool Block) {
  llvm::StringRef L = Line.ltrim(" \t");
  if (Block) {
    if (L.starts_with("*") && !L.starts_with("*/"))
      return L.drop_front(1);
    return L;
  }
  if (L.consume_front("///") || L.consume_front("//!") || L.consume_front("//"))
    return L;
  return L;
}

/// Raw with every byte that is not part of valid UTF-8 replaced by U+FFFD
/// (a Latin-1 header's comment must still give a UTF-8 Rust file; bindgen's
/// lossy conversion of Clang's strings does the same).
static std::string validUTF8(llvm::StringRef Raw) {
  std::string Out;
  Out.reserve(Raw.size());
  const auto *P = reinterpret_cast<const llvm::UTF8 *>(Raw.data());
  const llvm::UTF8 *End = P + Raw.size();
  while (P < End) {
    unsigned Len = llvm::getNumBytesForUTF8(*P);
    if (Len <= static_cast<unsigned>(End - P) &&
        llvm::isLegalUTF8Sequence(P, P + Len)) {
      Out.append(reinterpret_cast<const char *>(P), Len);
      P += Len;
      continue;
    }
    Out += "\xEF\xBF\xBD";
    ++P;
  }
  return Out;
}

std::string cleanComment(llvm::StringRef RawBytes) {
  std::string Valid = validUTF8(RawBytes);
  llvm::StringRef Raw = Valid;
  bool Block = Raw.starts_with("/*");
  llvm::StringRef Body = Raw;
  if (Block) {
    Body = Body.drop_front(2);
    if (Body.starts_with("*") || Body.starts_with("!"))
      Body = Body.drop_front(1);
    Body.consume_back("*/");
  }
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Body.split(Lines, '\n');
  std::vector<std::string> Out;
  for (llvm::StringRef Line : Lines) {
    llvm::StringRef L = stripLineDecoration(Line.rtrim("\r"), Block);
    // Keep one leading space as the comment's own indentation.
    L = L.rtrim(" \t");
    Out.push_back(L.str());
  }
  while (!Out.empty() && llvm::StringRef(Out.front()).trim().empty())
    Out.erase(Out.begin());
  while (!Out.empty() && llvm::StringRef(Out.back()).trim().empty())
    Out.pop_back();
  // Remove the common indentation so the text starts with one space.
  size_t Common = std::string::npos;
  for (const std::string &L : Out) {
    if (llvm::StringRef(L).trim().empty())
      continue;
    size_t Lead = L.find_first_not_of(" \t");
    Common = std::min(Common, Lead);
  }
  std::string Text;
  for (size_t I = 0; I < Out.size(); ++I) {
    if (I)
      Text += '\n';
    llvm::StringRef L = Out[I];
    if (L.trim().empty())
      continue;
    // A trailing `///< text` keeps its spelling (bindgen writes `///<`).
    if (!Block && L.starts_with("<")) {
      Text += L.str();
      continue;
    }
    Text += ' ';
    Text += L.drop_front(Common == std::string::npos ? 0 : Common).str();
  }
  return Text;
}

ir::Annotations parseAnnotations(llvm::StringRef Comment) {
  ir::Annotations A;
  size_t Pos = Comment.find("<div rustbindgen");
  while (Pos != llvm::StringRef::npos) {
    llvm::StringRef Rest = Comment.substr(Pos + strlen("<div rustbindgen"));
    size_t End = Rest.find('>');
    llvm::StringRef Attrs = Rest.substr(0, End);
    // Attributes: bare words (`opaque`) or key="value".
    while (!(Attrs = Attrs.ltrim()).empty()) {
      size_t Stop = Attrs.find_first_of(" =");
      llvm::StringRef Key = Attrs.substr(0, Stop);
      llvm::StringRef Value;
      Attrs = Attrs.substr(std::min(Stop, Attrs.size()));
      if (Attrs.consume_front("=")) {
        if (Attrs.consume_front("\"")) {
          size_t Q = Attrs.find('"');
          Value = Attrs.substr(0, Q);
          Attrs = Attrs.substr(std::min(Q + 1, Attrs.size()));
        } else {
          size_t Sp = Attrs.find(' ');
          Value = Attrs.substr(0, Sp);
          Attrs = Attrs.substr(std::min(Sp, Attrs.size()));
        }
      }
      if (Key == "opaque")
        A.Opaque = true;
      else if (Key == "hide")
        A.Hide = true;
      else if (Key == "nocopy")
        A.NoCopy = true;
      else if (Key == "nodebug")
        A.NoDebug = true;
      else if (Key == "nodefault")
        A.NoDefault = true;
      else if (Key == "constant")
        A.Constant = true;
      else if (Key == "mustusetype")
        A.MustUseType = true;
      else if (Key == "derive")
        A.Derives.push_back(Value.str());
      else if (Key == "attribute")
        A.Attributes.push_back(Value.str());
      else if (Key == "replaces")
        A.ReplacesName = Value.str();
    }
    Pos = Comment.find("<div rustbindgen", Pos + 1);
  }
  return A;
}

} // namespace kbindgen
