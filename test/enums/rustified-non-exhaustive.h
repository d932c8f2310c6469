// --rustified-non-exhaustive-enum REGEX: a #[non_exhaustive] Rust enum.
// RUN: %kbindgen %s --rustified-non-exhaustive-enum color -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum color { RED, GREEN };

// CHECK:      #[repr(u32)]
// CHECK-NEXT: #[non_exhaustive]
// CHECK-NEXT: #[derive({{.*}})]
// CHECK-NEXT: pub enum color {
// CHECK-NEXT:     RED = 0,
// CHECK-NEXT:     GREEN = 1,
// CHECK-NEXT: }
