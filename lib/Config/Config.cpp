//===- Config.cpp - YAML configuration files ------------------------------===//

#include "kbindgen/Config/Config.h"
#include "kbindgen/Support/LocatedError.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace kbindgen {

namespace {

/// The first key that appears twice in a mapping, if any: YAML forbids it and
/// yaml-cpp does not check.
std::optional<YAML::Node> duplicateKey(const YAML::Node &Map) {
  llvm::StringSet<> Seen;
  for (const auto &KV : Map)
    if (KV.first.IsScalar() && !Seen.insert(KV.first.Scalar()).second)
      return KV.first;
  return std::nullopt;
}

/// An unquoted `true` or `false`.
bool isBoolean(const YAML::Node &N) {
  if (!N.IsScalar() || N.Tag() == "!")
    return false;
  const std::string &S = N.Scalar();
  return S == "true" || S == "false";
}

class Loader {
public:
  llvm::Error load(llvm::StringRef Path, unsigned Depth);
  llvm::Error loadText(llvm::StringRef Text, llvm::StringRef Path,
                       unsigned Depth);
  std::vector<ConfigEntry> Entries;

private:
  llvm::Error loadNode(const YAML::Node &Root, llvm::StringRef Path,
                       unsigned Depth);
  llvm::Error option(const std::string &Name, const YAML::Node &Value,
                     llvm::StringRef Path);
  llvm::Error namingRule(const YAML::Node &Rule, llvm::StringRef Path);
  llvm::Error checkText(const ConfigEntry &E, llvm::StringRef Path,
                        const YAML::Node &N);
  llvm::Error checkMap(const YAML::Node &Map, llvm::StringRef Path) {
    if (std::optional<YAML::Node> Dup = duplicateKey(Map))
      return error(Path, *Dup, "duplicate key '" + Dup->Scalar() + "'");
    return llvm::Error::success();
  }
  llvm::Error entry(const std::string &Name, const YAML::Node &Value,
                    llvm::StringRef Path);
  llvm::Error error(llvm::StringRef Path, const YAML::Node &N,
                    const llvm::Twine &Msg) {
    YAML::Mark Mk = N.Mark();
    if (Mk.is_null())
      return makeLocatedError(Path, 0, 0, Msg);
    return makeLocatedError(Path, Mk.line + 1, Mk.column + 1, Msg);
  }

  llvm::StringSet<> Loaded;
};

} // namespace

llvm::Error Loader::load(llvm::StringRef Path, unsigned Depth) {
  if (Depth > 16)
    return makeLocatedError(Path, 0, 0, "configuration includes nest too deep");
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Path, Real))
    return makeLocatedError(Path, 0, 0, "cannot read configuration file");
  if (!Loaded.insert(Real).second)
    return llvm::Error::success();
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buf =
      llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return makeLocatedError(Path, 0, 0,
                            "cannot read configuration file: " +
                                Buf.getError().message());
  return loadText((*Buf)->getBuffer(), Path, Depth);
}

llvm::Error Loader::loadText(llvm::StringRef Text, llvm::StringRef Path,
                             unsigned Depth) {
  YAML::Node Root;
  try {
    Root = YAML::Load(Text.str());
    return loadNode(Root, Path, Depth);
  } catch (const YAML::Exception &E) {
    // yaml-cpp reports 0-based positions.
    if (E.mark.is_null())
      return makeLocatedError(Path, 0, 0, E.msg);
    return makeLocatedError(Path, E.mark.line + 1, E.mark.column + 1, E.msg);
  }
}

llvm::Error Loader::loadNode(const YAML::Node &Root, llvm::StringRef Path,
                             unsigned Depth) {
  if (Root.IsNull())
    return llvm::Error::success(); // An empty file configures nothing.
  if (!Root.IsMap())
    return error(Path, Root,
                 "a configuration file is a mapping with the keys "
                 "'include' and 'options'");
  if (llvm::Error E = checkMap(Root, Path))
    return E;
  for (const auto &KV : Root) {
    std::string Key = KV.first.as<std::string>();
    const YAML::Node &Value = KV.second;
    if (Key == "include") {
      std::vector<YAML::Node> Files;
      if (Value.IsScalar())
        Files.push_back(Value);
      else if (Value.IsSequence())
        for (const YAML::Node &F : Value)
          Files.push_back(F);
      else
        return error(Path, Value, "'include' takes a file name or a list");
      for (const YAML::Node &F : Files) {
        if (!F.IsScalar())
          return error(Path, F, "'include' entries are file names");
        llvm::SmallString<256> Inc(llvm::sys::path::parent_path(Path));
        llvm::sys::path::append(Inc, F.as<std::string>());
        if (!llvm::sys::fs::exists(Inc))
          return error(Path, F,
                       "included file '" + F.as<std::string>() + "' not found");
        if (llvm::Error E = load(Inc, Depth + 1))
          return E;
      }
      continue;
    }
    if (Key == "options") {
      if (Value.IsNull())
        continue;
      if (!Value.IsMap())
        return error(Path, Value, "'options' is a mapping of option names");
      if (llvm::Error E = checkMap(Value, Path))
        return E;
      for (const auto &Opt : Value) {
        if (!Opt.first.IsScalar() || Opt.first.Tag() == "!" ||
            Opt.first.Scalar().empty())
          return error(Path, Opt.first, "option names are plain words");
        if (llvm::Error E = option(Opt.first.Scalar(), Opt.second, Path))
          return E;
      }
      continue;
    }
    if (Key == "naming") {
      if (!Value.IsSequence())
        return error(Path, Value, "'naming' is a list of rules");
      for (const YAML::Node &Rule : Value)
        if (llvm::Error E = namingRule(Rule, Path))
          return E;
      continue;
    }
    return error(Path, KV.first,
                 "unknown key '" + Key +
                     "' (expected 'include', 'options' or 'naming')");
  }
  return llvm::Error::success();
}

llvm::Error Loader::namingRule(const YAML::Node &Rule, llvm::StringRef Path) {
  static const char *Keys[] = {
      "match",        "kind",   "name",       "strip-prefix",
      "case",         "module", "enum-style", "variant-strip-prefix",
      "variant-case", "reason"};
  if (!Rule.IsMap())
    return error(Path, Rule, "a naming rule is a mapping (match:, name:, ...)");
  if (llvm::Error Err = checkMap(Rule, Path))
    return Err;
  ConfigEntry E;
  E.Option = "naming-rule";
  E.File = Path.str();
  YAML::Mark Mk = Rule.Mark();
  E.Line = Mk.line + 1;
  E.Column = Mk.column + 1;
  for (const auto &KV : Rule) {
    std::string K = KV.first.as<std::string>();
    if (std::find(std::begin(Keys), std::end(Keys), K) == std::end(Keys))
      return error(Path, KV.first, "unknown naming rule key '" + K + "'");
    if (!KV.second.IsScalar())
      return error(Path, KV.second, "'" + K + "' takes a single value");
    std::string V = KV.second.as<std::string>();
    if (V.find(';') != std::string::npos)
      return error(Path, KV.second, "';' is not allowed in naming rules");
    if (K == "reason") {
      E.Reason = V;
      continue;
    }
    if (!E.Value.empty())
      E.Value += ";";
    E.Value += K + "=" + V;
  }
  if (llvm::Error Err = checkText(E, Path, Rule))
    return Err;
  Entries.push_back(std::move(E));
  return llvm::Error::success();
}

/// Option names are lower-case words with dashes or underscores.
static bool isOptionName(llvm::StringRef N) {
  return !N.empty() && llvm::all_of(N, [](char C) {
    return (C >= 'a' && C <= 'z') || (C >= '0' && C <= '9') || C == '-' ||
           C == '_';
  });
}

/// Option values and reasons are text: valid UTF-8 without control
/// characters.
static bool hasControl(llvm::StringRef S) {
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(S.data());
  if (!llvm::isLegalUTF8String(&Begin, Begin + S.size()))
    return true;
  return llvm::any_of(S, [](char C) {
    return static_cast<unsigned char>(C) < 0x20 || C == 0x7f;
  });
}

llvm::Error Loader::option(const std::string &Name, const YAML::Node &Value,
                           llvm::StringRef Path) {
  if (Value.IsSequence()) {
    for (const YAML::Node &V : Value)
      if (llvm::Error E = entry(Name, V, Path))
        return E;
    return llvm::Error::success();
  }
  return entry(Name, Value, Path);
}

llvm::Error Loader::entry(const std::string &Name, const YAML::Node &Value,
                          llvm::StringRef Path) {
  if (!isOptionName(Name))
    return error(Path, Value, "invalid option name '" + Name + "'");
  ConfigEntry E;
  E.Option = Name;
  E.File = Path.str();
  YAML::Mark Mk = Value.Mark();
  if (!Mk.is_null()) {
    E.Line = Mk.line + 1;
    E.Column = Mk.column + 1;
  }
  if (Value.IsNull())
    return error(Path, Value, "option '" + Name + "' needs a value");
  // Plain (`?`) and quoted (`!`) nodes only: explicit YAML tags have no
  // meaning in a configuration and do not survive --dump-config.
  if (Value.Tag() != "?" && Value.Tag() != "!")
    return error(Path, Value,
                 "YAML tags ('" + Value.Tag() + "') are not supported");
  if (!E.Option.empty() && hasControl(E.Option))
    return error(Path, Value, "invalid option name");
  if (Value.IsMap()) {
    if (llvm::Error Err = checkMap(Value, Path))
      return Err;
    // { pattern: REGEX, reason: TEXT } or { value: X, reason: TEXT }
    YAML::Node V = Value["pattern"] ? Value["pattern"] : Value["value"];
    if (!V || !V.IsScalar())
      return error(Path, Value,
                   "option '" + Name + "': expected 'pattern' or 'value'");
    for (const auto &KV : Value) {
      std::string K = KV.first.as<std::string>();
      if (K != "pattern" && K != "value" && K != "reason")
        return error(Path, KV.first,
                     "unknown key '" + K +
                         "' (expected pattern, value, reason)");
    }
    E.Value = V.as<std::string>();
    if (YAML::Node R = Value["reason"]) {
      if (!R.IsScalar())
        return error(Path, R, "'reason' is text");
      E.Reason = R.as<std::string>();
    }
    if (isBoolean(V)) {
      if (E.Value == "false")
        return llvm::Error::success();
      E.IsFlag = true;
      E.Value.clear();
    }
    if (llvm::Error Err = checkText(E, Path, Value))
      return Err;
    Entries.push_back(std::move(E));
    return llvm::Error::success();
  }
  if (!Value.IsScalar())
    return error(Path, Value, "option '" + Name + "' takes a value or a list");
  std::string S = Value.as<std::string>();
  // A YAML boolean sets or leaves out a flag; quoted "true" is a value.
  if (isBoolean(Value)) {
    if (S == "false")
      return llvm::Error::success();
    E.IsFlag = true;
    Entries.push_back(std::move(E));
    return llvm::Error::success();
  }
  E.Value = S;
  if (llvm::Error Err = checkText(E, Path, Value))
    return Err;
  Entries.push_back(std::move(E));
  return llvm::Error::success();
}

llvm::Error Loader::checkText(const ConfigEntry &E, llvm::StringRef Path,
                              const YAML::Node &N) {
  if (hasControl(E.Value) || hasControl(E.Reason))
    return error(Path, N,
                 "option '" + E.Option +
                     "': only text without control characters is allowed");
  return llvm::Error::success();
}

llvm::Expected<std::vector<ConfigEntry>> loadConfigFile(llvm::StringRef Path) {
  Loader L;
  if (llvm::Error E = L.load(Path, 0))
    return E;
  std::vector<ConfigEntry> Out = std::move(L.Entries);
  return Out;
}

llvm::Expected<std::vector<ConfigEntry>> loadConfigText(llvm::StringRef Text,
                                                        llvm::StringRef Name) {
  Loader L;
  if (llvm::Error E = L.loadText(Text, Name, 0))
    return E;
  std::vector<ConfigEntry> Out = std::move(L.Entries);
  return Out;
}

static std::string quote(const std::string &S) {
  std::string Out = "'";
  for (char C : S) {
    if (C == '\'')
      Out += "''";
    else
      Out += C;
  }
  return Out + "'";
}

std::string dumpConfig(const std::vector<ConfigEntry> &Entries) {
  std::string Out = "# kbindgen configuration (effective)\noptions:\n";
  // Group repeated options under one key, keeping first-appearance order.
  std::vector<std::string> Order;
  for (const ConfigEntry &E : Entries)
    if (std::find(Order.begin(), Order.end(), E.Option) == Order.end())
      Order.push_back(E.Option);
  for (const std::string &Name : Order) {
    std::vector<const ConfigEntry *> Group;
    for (const ConfigEntry &E : Entries)
      if (E.Option == Name)
        Group.push_back(&E);
    if (Group.size() == 1 && Group[0]->IsFlag) {
      if (Group[0]->Reason.empty()) {
        Out += "  " + Name + ": true\n";
        continue;
      }
      Out += "  " + Name +
             ":\n    value: true\n    reason: " + quote(Group[0]->Reason) +
             "\n";
      continue;
    }
    if (Group.size() == 1 && Group[0]->Reason.empty()) {
      Out += "  " + Name + ": " + quote(Group[0]->Value) + "\n";
      continue;
    }
    Out += "  " + Name + ":\n";
    for (const ConfigEntry *E : Group) {
      if (E->Reason.empty()) {
        Out += "    - " + quote(E->Value) + "\n";
        continue;
      }
      Out += "    - pattern: " + quote(E->Value) + "\n";
      Out += "      reason: " + quote(E->Reason) + "\n";
    }
  }
  return Out;
}

} // namespace kbindgen
