//===- FuzzSupport.h - Running the pipeline from a fuzz target --*- C++ -*-===//

#ifndef KBINDGEN_FUZZ_FUZZSUPPORT_H
#define KBINDGEN_FUZZ_FUZZSUPPORT_H

#include "kbindgen/Emit/RustWriter.h"
#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/Lower/Lower.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace kbindgen::fuzz {

/// Runs parse → lower → emit on Source (written to a private temporary
/// header) and checks the invariants every run must keep: no crash, and the
/// same output twice. Clang's diagnostics are silenced.
inline void runPipeline(const std::string &Source) {
  static const std::string Path =
      "/tmp/kbindgen-fuzz-" + std::to_string(getpid()) + ".h";
  {
    std::FILE *F = std::fopen(Path.c_str(), "wb");
    if (!F)
      std::abort();
    std::fwrite(Source.data(), 1, Source.size(), F);
    std::fclose(F);
  }
  Options Opts;
  Opts.Header = Path;
  Opts.ClangArgs = {"--target=x86_64-unknown-linux-gnu", "-w",
                    "-ferror-limit=1", "-fno-color-diagnostics"};
  Opts.DeriveDefault = true;
  // To see the input of a crash: KBINDGEN_FUZZ_DUMP=1 prints each header.
  // (Clang's diagnostics are silenced with libFuzzer's -close_fd_mask=2.)
  if (std::getenv("KBINDGEN_FUZZ_DUMP"))
    std::fprintf(stdout, "----\n%s\n", Source.c_str());
  llvm::Expected<FrontendResult> R = parseHeader(Opts);
  if (!R) {
    llvm::consumeError(R.takeError());
    return;
  }
  auto Emit = [&] {
    LowerReport Report;
    rust::File F = lowerModule(R->Module, Opts, Report);
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    rust::writeFile(F, OS);
    return Text;
  };
  if (Emit() != Emit())
    std::abort(); // Lowering must be deterministic.
}

} // namespace kbindgen::fuzz

#endif // KBINDGEN_FUZZ_FUZZSUPPORT_H
