// A union is a #[repr(C)] Rust union; a union of Copy fields derives Copy
// and Clone (not Debug, which unions cannot derive).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

union value {
  int i;
  float f;
  unsigned char bytes[8];
  void *p;
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub union value {
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT:     pub f: f32,
// CHECK-NEXT:     pub bytes: [::std::os::raw::c_uchar; 8usize],
// CHECK-NEXT:     pub p: *mut ::std::os::raw::c_void,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of value"][::std::mem::size_of::<value>() - 8usize];
// CHECK-NEXT:     ["Alignment of value"][::std::mem::align_of::<value>() - 8usize];
// CHECK-NEXT:     ["Offset of field: value::i"][::std::mem::offset_of!(value, i) - 0usize];
// CHECK-NEXT:     ["Offset of field: value::f"][::std::mem::offset_of!(value, f) - 0usize];
// CHECK-NEXT:     ["Offset of field: value::bytes"][::std::mem::offset_of!(value, bytes) - 0usize];
// CHECK-NEXT:     ["Offset of field: value::p"][::std::mem::offset_of!(value, p) - 0usize];
// CHECK-NEXT: };

// A struct holding a union cannot derive Debug either.
struct tagged {
  int tag;
  union value v;
};
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub struct tagged {
// CHECK-NEXT:     pub tag: ::std::os::raw::c_int,
// CHECK-NEXT:     pub v: value,
// CHECK-NEXT: }
