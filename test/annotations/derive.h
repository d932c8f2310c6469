// `<div rustbindgen derive="...">` adds derives after kbindgen's own, one
// per attribute. As in bindgen, the annotations are those of the first
// declaration with a doc comment.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --default-enum-style rust -- %target > %t.rust.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=RUST < %t.rust.rs
// RUN: %rustc-check %t.rust.rs

/** <div rustbindgen derive="PartialEq" derive="Eq"></div> */
struct point;
/** <div rustbindgen derive="Hash"></div> */
struct point {
  int x, y;
};
/** <div rustbindgen derive="PartialOrd"></div> */
enum level { LOW, HIGH };

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, PartialEq, Eq)]
// CHECK-NEXT: pub struct point {

// RUST:      #[repr(u32)]
// RUST-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq, PartialOrd)]
// RUST-NEXT: pub enum level {
