//===- RecordLayout.h - Rust representations of C records -------*- C++ -*-===//
//
// Decides how a C record is represented in Rust so that it keeps Clang's
// size, alignment and field offsets. The bindgen-compatible representation
// is tried first; a layout simulation of Rust's repr rules checks it. Where
// it cannot be right (packed and aligned together, a packed record holding a
// repr(align) type, fields Rust would place elsewhere), a record is rebuilt
// with explicit padding, and each field that no repr can place becomes byte
// storage with unaligned accessors. Only where even that fails is the
// record an opaque blob.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_LOWER_RECORDLAYOUT_H
#define KBINDGEN_LIB_LOWER_RECORDLAYOUT_H

#include "BitfieldLowering.h"
#include "LowerContext.h"

namespace kbindgen {

/// How a union is represented: not a union, a Rust `union` (every field
/// Copy, or wrapped in ManuallyDrop), or bindgen's struct of
/// `__BindgenUnionField`s.
enum class UnionKind { None, Rust, ManuallyDrop, Wrapper };

/// One field of the Rust record, with the Rust layout of its type.
struct PlannedField {
  rust::Field F;
  RustLayout L;
  /// The byte offset C gives it; unset for padding, which only has to
  /// fill the gap.
  std::optional<uint64_t> Offset;
  /// The data field of ir::Record::Fields it holds, or -1.
  int IRIndex = -1;
  /// Byte storage of a field no repr can place; read through accessors.
  bool Storage = false;
  /// A flexible array at an offset its elements' alignment does not
  /// divide: `__BindgenUnalignedArrayField<T>`.
  bool Unaligned = false;
  /// Accessor name (the Rust field name) and setter name (the C name).
  std::string Getter, SetterBase;
  /// Why it is storage, for --explain and --verbose.
  std::string Why;
};

/// How one record is written in Rust.
struct RecordPlan {
  UnionKind UK = UnionKind::None;
  bool AllCopy = true;
  bool RustUnion = false; ///< Written as a Rust `union`.
  uint64_t Pack = 0;      ///< repr(packed(Pack)); 0 when not packed.
  uint64_t AlignAttr = 0; ///< repr(align(AlignAttr)); 0 when none.
  std::vector<PlannedField> Fields;
  std::vector<BitfieldUnit> Units;
  /// Layout assertions: Rust field name and C byte offset.
  std::vector<std::pair<std::string, uint64_t>> Offsets;
  bool HasBitfields = false;
  /// Not the bindgen-compatible representation: Why says what that one
  /// got wrong.
  bool Rebuilt = false;
  /// Even the rebuilt representation is wrong: an opaque blob.
  bool Opaque = false;
  std::string Why;

  /// The `#[repr(...)]` attributes, in the order they are written.
  std::vector<std::string> reprAttrs() const;
};

/// The attributes of a `<div rustbindgen attribute="...">` value, one
/// `#[...]` each: `cfg(test)` is `#[cfg(test)]`, `#[a] #[b(c)]` is two.
std::vector<std::string> splitAttributes(llvm::StringRef Text);

/// Plans record Id (complete, not opaque). Does not emit anything.
RecordPlan planRecord(LowerContext &C, ir::ItemId Id);

/// Whether storage field F of record R has accessors: where the Rust type
/// has the C type's size (not a `long double _Complex`, which bindgen makes
/// of f64). A zero-sized one (an empty record no repr can place) has them
/// too.
bool hasStorageAccessors(LowerContext &C, const ir::Record &R,
                         const PlannedField &F);

/// Emits `impl Record { getters, setters, raw accessors }` for the storage
/// fields of P.
void emitStorageAccessors(LowerContext &C, const std::string &Record,
                          const RecordPlan &P);

} // namespace kbindgen

#endif // KBINDGEN_LIB_LOWER_RECORDLAYOUT_H
