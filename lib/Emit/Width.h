//===- Width.h - rustfmt's line width, shared by the Emit files -*- C++ -*-===//

#ifndef KBINDGEN_LIB_EMIT_WIDTH_H
#define KBINDGEN_LIB_EMIT_WIDTH_H

#include <string>

namespace kbindgen::rust {

/// rustfmt's max_width: the one copy of it.
constexpr unsigned MaxWidth = 100;

inline bool fits(unsigned Indent, const std::string &Text) {
  return Indent + Text.size() <= MaxWidth;
}

} // namespace kbindgen::rust

#endif // KBINDGEN_LIB_EMIT_WIDTH_H
