//===- BodySkipperFuzzer.cpp - The text scan for a body's closing brace ---===//
//
// Feeds bytes to findClosingBrace as the text after a function body's `{`.
// Invariants: no out-of-bounds read (ASan) and a result is a `}` inside the
// text.
//
//===----------------------------------------------------------------------===//

#include "BodySkipper.h"
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  // A copy of exactly Size bytes, so ASan sees a read past the end.
  char *Copy = static_cast<char *>(malloc(Size ? Size : 1));
  if (Size)
    memcpy(Copy, Data, Size);
  llvm::StringRef Text(Copy, Size);
  std::optional<size_t> Close = kbindgen::findClosingBrace(Text);
  if (Close && (*Close >= Size || Text[*Close] != '}'))
    abort();
  free(Copy);
  return 0;
}
