//===- RegexSet.h - Anchored regex lists as bindgen matches -----*- C++ -*-===//
//
// bindgen anchors every pattern (`^(?:PATTERN)$`). A set remembers which of its
// patterns ever matched, so unused ones can be reported.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_SUPPORT_REGEXSET_H
#define KBINDGEN_SUPPORT_REGEXSET_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <string>
#include <vector>

namespace kbindgen {

class RegexSet {
public:
  /// Adds PATTERN; fails with a message naming it when it does not compile.
  /// Whole: the pattern must match the whole name (bindgen's default);
  /// otherwise any part of it (--disable-whole-symbol-regex).
  llvm::Error add(llvm::StringRef Pattern, bool Whole = true);

  /// True when NAME matches one of the patterns (as a whole, unless added
  /// otherwise).
  bool matches(llvm::StringRef Name) const;
  /// The first pattern NAME matches, or nullptr.
  const std::string *firstMatch(llvm::StringRef Name) const;

  bool empty() const { return Entries.empty(); }
  size_t size() const { return Entries.size(); }

  /// The patterns as given, in order.
  std::vector<std::string> patterns() const;
  /// The patterns that never matched so far.
  std::vector<std::string> unusedPatterns() const;

private:
  struct Entry {
    std::string Pattern;
    std::shared_ptr<llvm::Regex> Re;
    mutable bool Used = false;
  };
  std::vector<Entry> Entries;
};

/// Translates Rust-regex syntax bindgen users write into POSIX ERE that
/// llvm::Regex understands (e.g. `\d`, `(?:...)`). Exposed for tests.
std::string translateRegex(llvm::StringRef Pattern);

} // namespace kbindgen

#endif // KBINDGEN_SUPPORT_REGEXSET_H
