// Unnamed struct/union members become __bindgen_anon_N fields of types named
// OUTER__bindgen_ty_N; anonymous types of named members are named the same.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct outer {
  int a;
  struct {
    int x;
    int y;
  };
  union {
    int i;
    float f;
  };
  struct {
    char c;
  } named;
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub struct outer {
// CHECK-NEXT:     pub a: ::std::os::raw::c_int,
// CHECK-NEXT:     pub __bindgen_anon_1: outer__bindgen_ty_1,
// CHECK-NEXT:     pub __bindgen_anon_2: outer__bindgen_ty_2,
// CHECK-NEXT:     pub named: outer__bindgen_ty_3,
// CHECK-NEXT: }
// CHECK:          ["Offset of field: outer::__bindgen_anon_1"]
// CHECK-NEXT:         [::std::mem::offset_of!(outer, __bindgen_anon_1) - 4usize];
// CHECK:      pub struct outer__bindgen_ty_1 {
// CHECK-NEXT:     pub x: ::std::os::raw::c_int,
// CHECK-NEXT:     pub y: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub union outer__bindgen_ty_2 {
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT:     pub f: f32,
// CHECK-NEXT: }
// CHECK:      pub struct outer__bindgen_ty_3 {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT: }

// Top-level anonymous types are numbered _bindgen_ty_N.
struct {
  int counter;
} global_state;
// CHECK:      pub struct _bindgen_ty_1 {
// CHECK-NEXT:     pub counter: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:          pub static mut global_state: _bindgen_ty_1;
