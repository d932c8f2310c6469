// `<div rustbindgen nodebug>` takes Debug away from the annotated type only
// (a struct holding it derives nothing it cannot: no Debug either); with
// --impl-debug it gets no hand-written impl.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --impl-debug -- %target > %t.impl.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=IMPL < %t.impl.rs
// RUN: %rustc-check %t.impl.rs

/** <div rustbindgen nodebug></div> */
struct secret {
  int key;
};
struct plain {
  int x;
};
/** <div rustbindgen nodebug></div> */
enum mode { MODE_A, MODE_B };

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub struct secret {
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct plain {

// IMPL-NOT:  impl ::std::fmt::Debug for secret
// IMPL:      pub struct plain {
