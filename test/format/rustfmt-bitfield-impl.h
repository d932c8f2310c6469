// A bitfield enum (--default-enum-style bitfield) whose name fills a line,
// laid out as rustfmt lays it out (found by scripts/rustfmt-fuzz.py): an
// `impl Trait<Name>` that does not fit moves the trait below `impl`, one
// level in, and breaks it inside `<...>` when it does not fit there either
// (BitOr fits at exactly 100 columns, BitAnd does not); the operator's call
// `Name(self.0 | other.0)` puts its argument below it with a trailing comma
// (rustfmt does not overflow an operation).
// RUN: %kbindgen %s --default-enum-style bitfield -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum a_bitfield_enum_whose_name_is_long_enough_to_move_its_bitor_trait_below_impl_ { FLAG_ONE = 1, FLAG_TWO = 2 };

// CHECK:      impl
// CHECK-NEXT:     ::std::ops::BitOr<a_bitfield_enum_whose_name_is_long_enough_to_move_its_bitor_trait_below_impl_>
// CHECK-NEXT:     for a_bitfield_enum_whose_name_is_long_enough_to_move_its_bitor_trait_below_impl_
// CHECK-NEXT: {
// CHECK-NEXT:     type Output = Self;
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     fn bitor(self, other: Self) -> Self {
// CHECK-NEXT:         a_bitfield_enum_whose_name_is_long_enough_to_move_its_bitor_trait_below_impl_(
// CHECK-NEXT:             self.0 | other.0,
// CHECK-NEXT:         )
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK:      impl
// CHECK-NEXT:     ::std::ops::BitAnd<
// CHECK-NEXT:         a_bitfield_enum_whose_name_is_long_enough_to_move_its_bitor_trait_below_impl_,
// CHECK-NEXT:     > for a_bitfield_enum_whose_name_is_long_enough_to_move_its_bitor_trait_below_impl_
// CHECK-NEXT: {
