// A Rust enum cannot repeat a discriminant: a rustified enum keeps the first
// enumerator of each value as a variant and makes the others associated
// constants naming it (bindgen's issue-1198-alias-rust-enum test). A
// packed enum has the smallest repr.
// RUN: %kbindgen %s --rustified-enum '.*' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum dup { A = 0, A_alias = 0, B, C = 5, D = 5 };
enum flags8 { F1 = 1, F2 = 2 } __attribute__((packed));

// CHECK:      impl dup {
// CHECK-NEXT:     pub const A_alias: dup = dup::A;
// CHECK-NEXT:     pub const D: dup = dup::C;
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(u32)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub enum dup {
// CHECK-NEXT:     A = 0,
// CHECK-NEXT:     B = 1,
// CHECK-NEXT:     C = 5,
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(u8)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub enum flags8 {
// CHECK-NEXT:     F1 = 1,
// CHECK-NEXT:     F2 = 2,
// CHECK-NEXT: }
