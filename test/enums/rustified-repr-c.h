// --rustified-repr-c-enum REGEX: a Rust enum with #[repr(C)] (C's enum
// representation on the target) instead of the enum's integer type.
// RUN: %kbindgen %s --rustified-repr-c-enum 'level' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum level { LOW, HIGH = 7 };
struct uses {
  enum level l;
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub enum level {
// CHECK-NEXT:     LOW = 0,
// CHECK-NEXT:     HIGH = 7,
// CHECK-NEXT: }
// CHECK:      pub struct uses {
// CHECK-NEXT:     pub l: level,
// CHECK-NEXT: }
