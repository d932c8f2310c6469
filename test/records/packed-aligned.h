// __attribute__((packed)) and __attribute__((aligned(N))) map to
// repr(C, packed) and repr(C) + repr(align(N)) (bindgen's spelling); Clang's layout is asserted at compile
// time. (#pragma pack: pragma-pack.h.)
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct __attribute__((packed)) packed {
  char c;
  int i;
  short s;
};
// CHECK:      #[repr(C, packed)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct packed {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT:     pub s: ::std::os::raw::c_short,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of packed"][::std::mem::size_of::<packed>() - 7usize];
// CHECK-NEXT:     ["Alignment of packed"][::std::mem::align_of::<packed>() - 1usize];
// CHECK-NEXT:     ["Offset of field: packed::c"][::std::mem::offset_of!(packed, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: packed::i"][::std::mem::offset_of!(packed, i) - 1usize];
// CHECK-NEXT:     ["Offset of field: packed::s"][::std::mem::offset_of!(packed, s) - 5usize];
// CHECK-NEXT: };

struct __attribute__((aligned(16))) aligned {
  int i;
};
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[repr(align(16))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct aligned {
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:          ["Size of aligned"][::std::mem::size_of::<aligned>() - 16usize];
// CHECK-NEXT:     ["Alignment of aligned"][::std::mem::align_of::<aligned>() - 16usize];

struct aligned_member {
  char c;
  int i __attribute__((aligned(8)));
};
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[repr(align(8))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct aligned_member {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 7usize],
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:          ["Size of aligned_member"][::std::mem::size_of::<aligned_member>() - 16usize];
// CHECK-NEXT:     ["Alignment of aligned_member"][::std::mem::align_of::<aligned_member>() - 8usize];
// CHECK-NEXT:     ["Offset of field: aligned_member::c"][::std::mem::offset_of!(aligned_member, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: aligned_member::i"][::std::mem::offset_of!(aligned_member, i) - 8usize];
