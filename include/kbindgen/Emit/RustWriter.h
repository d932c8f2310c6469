//===- RustWriter.h - Writes the Rust model as rustfmt would ----*- C++ -*-===//

#ifndef KBINDGEN_EMIT_RUSTWRITER_H
#define KBINDGEN_EMIT_RUSTWRITER_H

#include "kbindgen/Rust/RustModel.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen::rust {

/// Writes File so that `rustfmt --edition 2021 --check` accepts it unchanged
/// (max_width 100, four-space indentation).
/// Writes F. \p MoreItems is the text of items written earlier with
/// writeItem, to follow F.Items (a file can be written as it is produced).
void writeFile(const File &F, llvm::raw_ostream &OS,
               llvm::StringRef MoreItems = "");

/// Writes one top-level item, formatted as in writeFile.
void writeItem(const Item &I, llvm::raw_ostream &OS);

/// Formats one type at the given indentation, breaking it over lines the way
/// rustfmt does when Prefix + type + Suffix does not fit. Returns lines
/// without trailing newlines; the first line starts with Prefix.
std::vector<std::string> formatType(const Type &T, unsigned Indent,
                                    const std::string &Prefix,
                                    const std::string &Suffix);

/// An attribute as rustfmt writes it: a meta item (`#[doc="x"]`,
/// `#[cfg_attr(test,derive(Copy))]`) with rustfmt's spacing; anything else
/// unchanged.
std::string canonicalAttribute(llvm::StringRef Attr);

/// The lines of one body statement at Indent (each with its indentation),
/// broken as rustfmt breaks it.
std::vector<std::string> layoutStmt(const Stmt &S, unsigned Indent);

/// The lines of `Head E End` at Indent (a `let` or `const` value, a
/// statement), broken as rustfmt breaks it.
std::vector<std::string> layoutValue(const Expr &E, unsigned Indent,
                                     const std::string &Head,
                                     const std::string &End);

} // namespace kbindgen::rust

#endif // KBINDGEN_EMIT_RUSTWRITER_H
