// Bitfields in a union share one storage unit; the accessors compile (union
// field access needs `unsafe`, which bindgen's accessors wrap around their
// bodies).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

union U4 {
  unsigned int derp : 1;
};

union B {
  unsigned int foo : 31;
  unsigned char bar : 1;
  int whole;
};

// CHECK:      pub union U4 {
// CHECK-NEXT:     pub _bindgen_align: [u32; 0],
// CHECK-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>,
// CHECK-NEXT: }
// CHECK:          ["Size of U4"][::std::mem::size_of::<U4>() - 4usize];
// CHECK:      impl U4 {
// CHECK:          pub fn derp(&self) -> ::std::os::raw::c_uint {
// CHECK:      pub union B {
// CHECK:          ["Size of B"][::std::mem::size_of::<B>() - 4usize];
// CHECK:          pub fn foo(&self) -> ::std::os::raw::c_uint {
// CHECK:          pub fn bar(&self) -> ::std::os::raw::c_uchar {
