//===- RegexSet.cpp - Anchored regex lists --------------------------------===//

#include "kbindgen/Support/RegexSet.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen {

std::string translateRegex(llvm::StringRef Pattern) {
  std::string Out;
  Out.reserve(Pattern.size() + 8);
  for (size_t I = 0; I < Pattern.size(); ++I) {
    char C = Pattern[I];
    if (C == '(' && Pattern.substr(I).starts_with("(?:")) {
      Out += '(';
      I += 2;
      continue;
    }
    if (C != '\\' || I + 1 == Pattern.size()) {
      Out += C;
      continue;
    }
    char N = Pattern[++I];
    switch (N) {
    case 'd':
      Out += "[0-9]";
      break;
    case 'D':
      Out += "[^0-9]";
      break;
    case 'w':
      Out += "[A-Za-z0-9_]";
      break;
    case 'W':
      Out += "[^A-Za-z0-9_]";
      break;
    case 's':
      Out += "[ \t\n\r\f\v]";
      break;
    case 'S':
      Out += "[^ \t\n\r\f\v]";
      break;
    default:
      Out += '\\';
      Out += N;
      break;
    }
  }
  return Out;
}

llvm::Error RegexSet::add(llvm::StringRef Pattern, bool Whole) {
  std::string Anchored = Whole ? "^(" + translateRegex(Pattern) + ")$"
                               : "(" + translateRegex(Pattern) + ")";
  auto Re = std::make_shared<llvm::Regex>(Anchored);
  std::string Why;
  if (!Re->isValid(Why))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "invalid regex '%s': %s",
                                   Pattern.str().c_str(), Why.c_str());
  Entries.push_back({Pattern.str(), std::move(Re)});
  return llvm::Error::success();
}

bool RegexSet::matches(llvm::StringRef Name) const {
  bool Any = false;
  for (const Entry &E : Entries) {
    if (!E.Re->match(Name))
      continue;
    E.Used = true;
    Any = true;
  }
  return Any;
}

const std::string *RegexSet::firstMatch(llvm::StringRef Name) const {
  for (const Entry &E : Entries) {
    if (!E.Re->match(Name))
      continue;
    E.Used = true;
    return &E.Pattern;
  }
  return nullptr;
}

std::vector<std::string> RegexSet::patterns() const {
  std::vector<std::string> Out;
  for (const Entry &E : Entries)
    Out.push_back(E.Pattern);
  return Out;
}

std::vector<std::string> RegexSet::unusedPatterns() const {
  std::vector<std::string> Out;
  for (const Entry &E : Entries)
    if (!E.Used)
      Out.push_back(E.Pattern);
  return Out;
}

} // namespace kbindgen
