//===- BodySkipperOracle.h - Clang's own skip as the reference --*- C++ -*-===//
//
// For the differential test of the text body skipper (fuzz/ and unittests/):
// parses a C source with every function body skipped, either by Clang's
// own token skip or by skipBodyText where it applies, and describes what the
// parse saw afterwards. Both descriptions are equal exactly when the text
// skip ended every body where Clang's skip ends it and left the
// preprocessor in the same state. Not part of the kbindgen library: the fuzz
// target and the unit test compile this file themselves.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_BODYSKIPPERORACLE_H
#define KBINDGEN_LIB_FRONTEND_BODYSKIPPERORACLE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace kbindgen {

struct BodySkipTrace {
  /// One line per top-level declaration (kind, name, offset, the value of an
  /// integer initializer), per error (offset, message), and the final
  /// __COUNTER__.
  std::string Text;
  unsigned SkippedAsText = 0;
  unsigned SkippedAsTokens = 0;
};

/// Parses \p Source as the main file `body-skip.c` for x86_64 Linux with
/// function bodies skipped; \p Cc1Args are extra cc1 flags (`-std=c11`,
/// `-trigraphs`). With \p UseText, skipBodyText is tried for each body.
BodySkipTrace traceBodySkips(llvm::StringRef Source, bool UseText,
                             llvm::ArrayRef<std::string> Cc1Args = {});

} // namespace kbindgen

#endif // KBINDGEN_LIB_FRONTEND_BODYSKIPPERORACLE_H
