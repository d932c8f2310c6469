// `<div rustbindgen nodefault>` takes Default away (derived or written by
// --with-derive-default) from the annotated type.
// RUN: %kbindgen %s --with-derive-default -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

/** <div rustbindgen nodefault></div> */
struct no_zero {
  int x;
};
/** <div rustbindgen nodefault></div> */
union no_zero_u {
  int x;
  float f;
};
struct zero {
  int y;
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct no_zero {
// CHECK-NOT:  impl Default for no_zero
// CHECK:      pub union no_zero_u {
// CHECK-NOT:  impl Default for no_zero_u
// CHECK:      #[derive(Debug, Default, Copy, Clone)]
// CHECK-NEXT: pub struct zero {
