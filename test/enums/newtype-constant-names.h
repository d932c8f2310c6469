// The associated constants of newtype and bitfield enums are named by the
// enumerator alone: the type already namespaces them (bindgen's
// enum-doc-bitfield and issue-1198-alias-rust-bitfield-enum tests).
// RUN: %kbindgen %s --newtype-enum color --bitfield-enum perm -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum color { RED, GREEN = 5 };
enum perm { PERM_R = 1, PERM_W = 2 };

// CHECK:      impl color {
// CHECK-NEXT:     pub const RED: color = color(0);
// CHECK-NEXT:     pub const GREEN: color = color(5);
// CHECK-NEXT: }
// CHECK:      impl perm {
// CHECK-NEXT:     pub const PERM_R: perm = perm(1);
// CHECK-NEXT:     pub const PERM_W: perm = perm(2);
// CHECK-NEXT: }
