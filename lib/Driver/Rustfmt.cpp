//===- Rustfmt.cpp - Running the installed rustfmt over the output --------===//
//
// `--formatter rustfmt` with `--raw-line`s: kbindgen's own layout is already
// what rustfmt writes, but raw lines are the user's text, which only rustfmt
// itself can format. It runs as bindgen runs it: `rustfmt --edition E` on
// standard input.
//
//===----------------------------------------------------------------------===//

#include "Rustfmt.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <optional>

namespace kbindgen {

static llvm::Error error(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "--formatter rustfmt: " + Message);
}

/// A temporary file removed when it goes out of scope.
struct TempFile {
  llvm::SmallString<128> Path;
  ~TempFile() {
    if (!Path.empty())
      llvm::sys::fs::remove(Path);
  }
};

/// `$RUSTFMT` (a path, or a name looked up in PATH), else `rustfmt`.
static llvm::Expected<std::string> rustfmtProgram() {
  std::string Name = "rustfmt";
  if (const char *Env = std::getenv("RUSTFMT"); Env && *Env)
    Name = Env;
  if (Name.find('/') != std::string::npos)
    return Name;
  llvm::ErrorOr<std::string> Found = llvm::sys::findProgramByName(Name);
  if (!Found)
    return error(Name + " not found in PATH (set RUSTFMT to its path, or "
                        "leave out --formatter for kbindgen's own layout, "
                        "which needs no rustfmt)");
  return *Found;
}

llvm::Expected<std::string> runRustfmt(llvm::StringRef Text,
                                       llvm::StringRef Edition) {
  llvm::Expected<std::string> Program = rustfmtProgram();
  if (!Program)
    return Program.takeError();
  TempFile In, Out, Err;
  for (TempFile *T : {&In, &Out, &Err})
    if (std::error_code EC = llvm::sys::fs::createTemporaryFile(
            "kbindgen-rustfmt", "txt", T->Path))
      return error("cannot create a temporary file: " + EC.message());
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(In.Path, EC);
    if (EC)
      return error("cannot write " + In.Path + ": " + EC.message());
    OS << Text;
  }
  llvm::SmallVector<llvm::StringRef, 4> Args = {*Program, "--edition", Edition};
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(In.Path),
                                                llvm::StringRef(Out.Path),
                                                llvm::StringRef(Err.Path)};
  std::string ExecError;
  int Status = llvm::sys::ExecuteAndWait(*Program, Args, std::nullopt,
                                         Redirects, 0, 0, &ExecError);
  if (Status < 0)
    return error("cannot run " + *Program + ": " + ExecError);
  if (Status != 0) {
    std::string First;
    if (auto Buf = llvm::MemoryBuffer::getFile(Err.Path))
      First = (*Buf)->getBuffer().split('\n').first.str();
    return error(*Program + " failed (exit " + llvm::Twine(Status) + ")" +
                 (First.empty() ? "" : ": " + First));
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Formatted =
      llvm::MemoryBuffer::getFile(Out.Path);
  if (!Formatted)
    return error("cannot read rustfmt's output: " +
                 Formatted.getError().message());
  return (*Formatted)->getBuffer().str();
}

} // namespace kbindgen
