// --bitfield-enum REGEX: a newtype with the bitwise operators.
// (--no-prepend-enum-name: see newtype-constant-names.h.)
// RUN: %kbindgen %s --bitfield-enum perm --no-prepend-enum-name -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum perm { PERM_R = 1, PERM_W = 2, PERM_X = 4 };

// CHECK:      impl perm {
// CHECK-NEXT:     pub const PERM_R: perm = perm(1);
// CHECK-NEXT:     pub const PERM_W: perm = perm(2);
// CHECK-NEXT:     pub const PERM_X: perm = perm(4);
// CHECK-NEXT: }
// CHECK-NEXT: impl ::std::ops::BitOr<perm> for perm {
// CHECK-NEXT:     type Output = Self;
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     fn bitor(self, other: Self) -> Self {
// CHECK-NEXT:         perm(self.0 | other.0)
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: impl ::std::ops::BitOrAssign for perm {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     fn bitor_assign(&mut self, rhs: perm) {
// CHECK-NEXT:         self.0 |= rhs.0;
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: impl ::std::ops::BitAnd<perm> for perm {
// CHECK-NEXT:     type Output = Self;
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     fn bitand(self, other: Self) -> Self {
// CHECK-NEXT:         perm(self.0 & other.0)
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: impl ::std::ops::BitAndAssign for perm {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     fn bitand_assign(&mut self, rhs: perm) {
// CHECK-NEXT:         self.0 &= rhs.0;
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(transparent)]
// CHECK-NEXT: #[derive({{.*}})]
// CHECK-NEXT: pub struct perm(pub ::std::os::raw::c_uint);
