//===- Driver.cpp - Parse, lower, write -----------------------------------===//

#include "kbindgen/Driver/Driver.h"
#include "Rustfmt.h"
#include "kbindgen/Emit/RustWriter.h"
#include "kbindgen/Emit/WrapperFile.h"
#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/Lower/Lower.h"
#include "kbindgen/Support/AtomicFile.h"
#include "kbindgen/Support/LocatedError.h"
#include "llvm/Support/BuryPointer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <sys/resource.h>

#ifndef KBINDGEN_VERSION
#define KBINDGEN_VERSION "0.0.0"
#endif

namespace kbindgen {

/// The rust-bindgen version whose command line and output kbindgen follows;
/// Kbuild's rust_is_available.sh reads it from the first line of --version.
static constexpr const char *BindgenCompatVersion = "0.72.1";

/// The process's peak resident set size so far, in KiB.
static long peakRssKiB() {
  struct rusage Usage;
  if (getrusage(RUSAGE_SELF, &Usage) != 0)
    return 0;
  return Usage.ru_maxrss;
}

/// Prints E as clang does: `file:line:col: error: ...` for an error located
/// in a file kbindgen read, `kbindgen: error: ...` for any other.
static int fail(llvm::Error E, int Code) {
  llvm::handleAllErrors(
      std::move(E),
      [](const LocatedError &L) {
        L.log(llvm::errs());
        llvm::errs() << "\n";
      },
      [](const llvm::ErrorInfoBase &Other) {
        llvm::errs() << "kbindgen: error: " << Other.message() << "\n";
      });
  return Code;
}

static void explain(const LowerReport &Report, const std::string &Name) {
  bool Found = false;
  for (const ItemReport &R : Report.Items) {
    if (R.Name != Name && R.RustName != Name)
      continue;
    Found = true;
    llvm::errs() << "kbindgen: explain: " << R.Kind << " '" << R.Name << "'";
    if (R.Loc.isValid())
      llvm::errs() << " (" << R.Loc.File << ":" << R.Loc.Line << ":"
                   << R.Loc.Column << ")";
    llvm::errs() << ": " << R.Status;
    if (!R.RustName.empty() && R.RustName != R.Name)
      llvm::errs() << " as '" << R.RustName << "'";
    if (!R.Reason.empty())
      llvm::errs() << ": " << R.Reason;
    llvm::errs() << "\n";
  }
  if (!Found)
    llvm::errs() << "kbindgen: explain: '" << Name
                 << "': not found in the translation unit\n";
}

/// The C file --wrap-static-fns writes: the given path (bindgen's default
/// `<temp dir>/bindgen/extern`) with its extension replaced by `.c`.
static std::string wrapperFilePath(const Options &Opts) {
  llvm::SmallString<256> Path(Opts.WrapStaticFnsPath);
  if (Path.empty()) {
    llvm::sys::path::system_temp_directory(/*ErasedOnReboot=*/true, Path);
    llvm::sys::path::append(Path, "bindgen", "extern");
  }
  llvm::sys::path::replace_extension(Path, "c");
  return std::string(Path);
}

/// A file can be written at Path when its nearest existing ancestor
/// directory is writable (missing directories are created, as bindgen
/// does). Checked before any work, so a bad path costs no parse.
static llvm::Error checkWritable(llvm::StringRef Path, llvm::StringRef What) {
  llvm::SmallString<256> Dir(Path);
  llvm::sys::path::remove_filename(Dir);
  if (Dir.empty())
    Dir = ".";
  while (!llvm::sys::fs::exists(Dir)) {
    if (!llvm::sys::path::has_parent_path(Dir)) {
      Dir = ".";
      break;
    }
    // The parent is a prefix of Dir: shorten Dir in place (assigning Dir a
    // StringRef into itself is the self-reference LLVM's SmallVector asserts
    // against).
    Dir.resize(llvm::sys::path::parent_path(Dir).size());
  }
  if (llvm::sys::fs::is_directory(Path))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "cannot write the %s '%s': it is a directory", What.str().c_str(),
        Path.str().c_str());
  if (llvm::sys::fs::is_directory(Dir) &&
      !llvm::sys::fs::access(Dir, llvm::sys::fs::AccessMode::Write))
    return llvm::Error::success();
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "cannot write the %s '%s': '%s' is not a writable directory",
      What.str().c_str(), Path.str().c_str(), Dir.c_str());
}

static llvm::Error writeWrapperFile(llvm::StringRef Path,
                                    const std::string &Header,
                                    const LowerReport &Report) {
  llvm::SmallString<256> Dir(Path);
  llvm::sys::path::remove_filename(Dir);
  if (!Dir.empty())
    if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
      return llvm::createStringError(EC, "cannot write '%s': %s",
                                     Path.str().c_str(), EC.message().c_str());
  return writeFileAtomically(Path, wrapperFileText(Header, Report.Wrappers));
}

namespace {
/// Lower's items go to the writer as they are lowered, so the Rust model of
/// the whole file is never held.
class WritingSink : public ItemSink {
public:
  explicit WritingSink(llvm::raw_ostream &OS) : OS(OS) {}
  void consume(const rust::Item &I) override { rust::writeItem(I, OS); }

private:
  llvm::raw_ostream &OS;
};
} // namespace

/// Lowers M and returns the Rust text, with \p HeaderComment as its first
/// line when not empty.
static std::string lowerAndWrite(const ir::Module &M, const Options &Opts,
                                 LowerReport &Report,
                                 const std::string &HeaderComment) {
  // The items Lower streams follow the file's own: its prelude of helper
  // types (known only at the end) and raw lines.
  std::string Items;
  llvm::raw_string_ostream ItemsOS(Items);
  WritingSink Sink(ItemsOS);
  rust::File F = lowerModule(M, Opts, Report, &Sink);
  F.HeaderComment = HeaderComment;
  std::string Text;
  Text.reserve(Items.size() + 4096);
  llvm::raw_string_ostream OS(Text);
  rust::writeFile(F, OS, Items);
  return Text;
}

static void reportWrappers(const LowerReport &Report, llvm::StringRef Path) {
  unsigned Skipped = 0;
  std::string Reasons;
  for (const auto &[Category, Count] : Report.WrapperSkips) {
    Skipped += Count;
    Reasons +=
        (Reasons.empty() ? "" : ", ") + Category + " " + std::to_string(Count);
  }
  llvm::errs() << "kbindgen: wrappers: " << Report.Wrappers.size()
               << " written to '" << Path << "', " << Skipped
               << " functions and macros without one";
  if (!Reasons.empty())
    llvm::errs() << " (" << Reasons << ")";
  llvm::errs() << "\n";
}

int kbindgenMain(int Argc, const char **Argv) {
  std::vector<std::string> Args(Argv + 1, Argv + Argc);
  llvm::Expected<CommandLine> CL = parseCommandLine(Args);
  if (!CL)
    return fail(CL.takeError(), ExitUsage);
  if (CL->ShowHelp) {
    llvm::outs() << helpText();
    return ExitSuccess;
  }
  if (CL->ShowVersion) {
    llvm::outs() << "bindgen " << BindgenCompatVersion << "\n"
                 << "kbindgen " << KBINDGEN_VERSION << " (clang "
                 << clangVersion() << ")\n";
    return ExitSuccess;
  }
  if (CL->DumpConfig) {
    llvm::outs() << dumpConfig(CL->Effective);
    return ExitSuccess;
  }
  Options &Opts = CL->Opts;
  Opts.ClangArgs.insert(Opts.ClangArgs.begin(), Opts.KconfigDefines.begin(),
                        Opts.KconfigDefines.end());

  std::string WrapperPath;
  if (Opts.WrapStaticFns) {
    if (Opts.WrapStaticFnsPrefix.empty() && Opts.WrapStaticFnsSuffix.empty())
      return fail(llvm::createStringError(
                      llvm::inconvertibleErrorCode(),
                      "the wrappers need a name of their own: give "
                      "--wrap-static-fns-prefix or --wrap-static-fns-suffix"),
                  ExitUsage);
    WrapperPath = wrapperFilePath(Opts);
    if (llvm::Error E = checkWritable(WrapperPath, "wrappers file"))
      return fail(std::move(E), ExitFailure);
  }

  auto Start = std::chrono::steady_clock::now();
  llvm::Expected<FrontendResult> Parsed = parseHeader(Opts);
  if (!Parsed)
    return fail(Parsed.takeError(), ExitFailure);

  long RssAfterParse = peakRssKiB();
  auto LowerStart = std::chrono::steady_clock::now();
  LowerReport Report;
  Report.KeepItems = !Opts.Explain.empty();
  auto TextOwner = std::make_unique<std::string>(lowerAndWrite(
      Parsed->Module, Opts, Report,
      Opts.HeaderComment
          ? std::string("/* automatically generated by kbindgen ") +
                KBINDGEN_VERSION + " */"
          : std::string()));
  std::string &Text = *TextOwner;
  // Raw lines are the user's text: only rustfmt itself formats them.
  if (Opts.Formatter == FormatterKind::Rustfmt && !Opts.RawLines.empty()) {
    llvm::Expected<std::string> Formatted = runRustfmt(Text, Opts.RustEdition);
    if (!Formatted)
      return fail(Formatted.takeError(), ExitFailure);
    Text = std::move(*Formatted);
  }
  auto EmitEnd = std::chrono::steady_clock::now();
  for (const std::string &W : Report.Warnings)
    llvm::errs() << "kbindgen: warning: " << W << "\n";
  // bindgen's "unused regex" report: for allowlists always (an allowlist
  // entry exists to match something), for the other sets with --verbose
  // (a kernel configuration legitimately lacks some blocklisted or opaque
  // types; bindgen only logs those). An empty pattern is the kernel's way
  // to switch to allowlist mode without allowing anything: not a mistake.
  for (const auto &[Option, Set] : Opts.regexSets())
    for (const std::string &P : Set->unusedPatterns())
      if (!P.empty() && Opts.RecordMatches &&
          (Opts.Verbose || llvm::StringRef(Option).starts_with("allowlist")))
        llvm::errs() << "kbindgen: warning: --" << Option << " '" << P
                     << "' matched nothing\n";
  for (const std::string &Name : Opts.Explain)
    explain(Report, Name);

  if (Opts.WrapStaticFns) {
    if (Opts.Verbose)
      reportWrappers(Report, WrapperPath);
    if (llvm::Error E = writeWrapperFile(WrapperPath, Opts.Header, Report))
      return fail(std::move(E), ExitFailure);
  }
  if (llvm::Error E = writeFileAtomically(Opts.OutputFile, Text))
    return fail(std::move(E), ExitFailure);

  if (Opts.TimePhases) {
    auto Secs = [](auto A, auto B) {
      return std::chrono::duration<double>(B - A).count();
    };
    const FrontendTimes &T = Parsed->Times;
    llvm::errs() << llvm::format("kbindgen: time: parse %.3fs, import %.3fs, "
                                 "macros %.3fs, ",
                                 T.ParseSeconds, T.ImportSeconds,
                                 T.MacroSeconds);
    if (Opts.WrapStaticFns)
      llvm::errs() << llvm::format("wrappers %.3fs, ", T.WrapperSeconds);
    llvm::errs() << llvm::format(
        "lower+emit %.3fs, total %.3fs; peak RSS %ld MiB after the "
        "frontend, %ld MiB at the end; header bodies skipped %u as text, "
        "%u as tokens\n",
        Secs(LowerStart, EmitEnd),
        Secs(Start, std::chrono::steady_clock::now()), RssAfterParse / 1024,
        peakRssKiB() / 1024, T.BodiesSkippedAsText, T.BodiesSkippedAsTokens);
  }
  // Like cc1's -disable-free: the process ends here, and freeing the IR, the
  // Rust model and the text item by item would only cost time. The pointers
  // stay reachable, so leak checkers do not report them.
  llvm::BuryPointer(std::move(TextOwner));
  llvm::BuryPointer(std::make_unique<FrontendResult>(std::move(*Parsed)));
  return ExitSuccess;
}

} // namespace kbindgen
