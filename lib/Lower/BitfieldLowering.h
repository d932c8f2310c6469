//===- BitfieldLowering.h - Bitfield storage units, accessors ---*- C++ -*-===//

#ifndef KBINDGEN_LIB_LOWER_BITFIELDLOWERING_H
#define KBINDGEN_LIB_LOWER_BITFIELDLOWERING_H

#include "LowerContext.h"

namespace kbindgen {

/// One named bitfield inside a storage unit.
struct BitfieldMember {
  std::string Name;       ///< Rust accessor name.
  std::string CName;      ///< The C name, which setters use.
  ir::QualType Type;      ///< Declared C type.
  uint64_t BitInUnit = 0; ///< Offset from the unit's first bit.
  unsigned Width = 0;
};

/// A run of adjacent bitfields stored as `__BindgenBitfieldUnit<[u8; N]>`.
struct BitfieldUnit {
  size_t Index = 0; ///< 1-based: `_bitfield_1`.
  uint64_t StartByte = 0;
  uint64_t Bytes = 0;
  std::vector<BitfieldMember> Members;
};

/// Collects the bitfields starting at Fields[Begin] into one unit; End is set
/// past the last field consumed.
BitfieldUnit collectBitfieldUnit(LowerContext &C,
                                 const std::vector<ir::Field> &Fields,
                                 size_t Begin, size_t &End, bool IsUnion);

/// Emits `impl Record { getters, setters, raw accessors, new_bitfield_N }`.
void emitBitfieldAccessors(LowerContext &C, const std::string &Record,
                           const std::vector<BitfieldUnit> &Units,
                           bool InUnion);

} // namespace kbindgen

#endif // KBINDGEN_LIB_LOWER_BITFIELDLOWERING_H
