// Rust-style and newtype enums derive Debug, Copy, Clone, Hash, PartialEq
// and Eq, as bindgen derives them (its enum-doc-rusty and
// enum-doc-bitfield tests), so that they can be compared and matched on.
// RUN: %kbindgen %s --rustified-enum a --newtype-enum b --bitfield-enum c -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum a { A0 };
enum b { B0 };
enum c { C0 = 1 };

// CHECK:      #[repr(u32)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub enum a {
// CHECK:      #[repr(transparent)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub struct b(pub ::std::os::raw::c_uint);
// CHECK:      #[repr(transparent)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub struct c(pub ::std::os::raw::c_uint);
