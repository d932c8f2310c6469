//===- BodySkipperFuzzer.cpp - The text body skip against Clang's own -----===//
//
// Differential: the input drives BodySkipperGenerator to a C file of
// function bodies, which Clang parses twice with bodies skipped, once token
// by token (Clang's own skip, macros expanded, conditionals evaluated) and
// once trying the text scan (skipBodyText) first. What the parse saw after
// the bodies (declarations and their offsets, errors, __COUNTER__ values)
// must be the same. Also feeds the raw bytes to findClosingBrace (no read
// out of bounds; a result is a `}` inside the text).
//
// KBINDGEN_FUZZ_DUMP=1 prints each generated file.
//
//===----------------------------------------------------------------------===//

#include "BodySkipper.h"
#include "BodySkipperGenerator.h"
#include "BodySkipperOracle.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void checkRawScan(const uint8_t *Data, size_t Size) {
  // A copy of exactly Size bytes, so ASan sees a read past the end.
  char *Copy = static_cast<char *>(malloc(Size ? Size : 1));
  if (Size)
    memcpy(Copy, Data, Size);
  llvm::StringRef Text(Copy, Size);
  kbindgen::BodyScanOptions Opts;
  Opts.Trigraphs = Size && (Data[0] & 1);
  Opts.DigitSeparators = Size && (Data[0] & 2);
  std::optional<size_t> Close = kbindgen::findClosingBrace(Text, Opts);
  if (Close && (*Close >= Size || Text[*Close] != '}'))
    abort();
  free(Copy);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  checkRawScan(Data, Size);
  kbindgen::fuzz::ByteReader Reader(Data, Size);
  kbindgen::fuzz::GeneratedBodies G =
      kbindgen::fuzz::BodyGenerator(Reader).generate();
  if (std::getenv("KBINDGEN_FUZZ_DUMP"))
    fprintf(stdout, "----\n%s\n", G.Source.c_str());
  kbindgen::BodySkipTrace Tokens =
      kbindgen::traceBodySkips(G.Source, /*UseText=*/false, G.Cc1Args);
  kbindgen::BodySkipTrace Text =
      kbindgen::traceBodySkips(G.Source, /*UseText=*/true, G.Cc1Args);
  if (Tokens.Text != Text.Text) {
    fprintf(stderr, "body skipper: the text skip differs from Clang's\n"
                    "== source (flags:");
    for (const std::string &A : G.Cc1Args)
      fprintf(stderr, " %s", A.c_str());
    fprintf(stderr, ")\n%s\n== Clang's token skip\n%s== text skip\n%s",
            G.Source.c_str(), Tokens.Text.c_str(), Text.Text.c_str());
    abort();
  }
  return 0;
}
