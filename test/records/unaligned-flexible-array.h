// A flexible array member at an offset its elements' Rust alignment does
// not divide (after an under-aligned typedef, in a packed and aligned
// record) cannot be an __IncompleteArrayField there: it stays a field of its
// name as __BindgenUnalignedArrayField<T>, which starts at C's offset and
// reads and writes elements unaligned. Found by the layout fuzzer.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef unsigned long t5 __attribute__((aligned(2)));
struct __attribute__((aligned(8))) r38 {
  unsigned char f13;
  t5 f14[];
};
struct __attribute__((packed, aligned(4))) pfam {
  char c;
  int tail[];
};
union __attribute__((packed, aligned(2))) ufam {
  char c;
  long zero[0];
};

// CHECK:      pub type t5 = ::std::os::raw::c_ulong;
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(8))]
// CHECK-NEXT: #[derive(Debug)]
// CHECK-NEXT: pub struct r38 {
// CHECK-NEXT:     pub f13: ::std::os::raw::c_uchar,
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 1usize],
// CHECK-NEXT:     pub f14: __BindgenUnalignedArrayField<t5>,
// CHECK-NEXT:     pub __bindgen_padding_1: [u8; 6usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of r38"][::std::mem::size_of::<r38>() - 8usize];
// CHECK-NEXT:     ["Alignment of r38"][::std::mem::align_of::<r38>() - 8usize];
// CHECK-NEXT:     ["Offset of field: r38::f13"][::std::mem::offset_of!(r38, f13) - 0usize];
// CHECK-NEXT:     ["Offset of field: r38::f14"][::std::mem::offset_of!(r38, f14) - 2usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(4))]
// CHECK-NEXT: pub struct pfam {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub tail: __BindgenUnalignedArrayField<::std::os::raw::c_int>,
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 3usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pfam"][::std::mem::size_of::<pfam>() - 4usize];
// CHECK-NEXT:     ["Alignment of pfam"][::std::mem::align_of::<pfam>() - 4usize];
// CHECK-NEXT:     ["Offset of field: pfam::c"][::std::mem::offset_of!(pfam, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pfam::tail"][::std::mem::offset_of!(pfam, tail) - 1usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C, packed(2))]
// CHECK-NEXT: pub struct ufam {
// CHECK-NEXT:     pub c: __BindgenUnionField<::std::os::raw::c_char>,
// CHECK-NEXT:     pub zero: __BindgenUnionField<[::std::os::raw::c_long; 0usize]>,
// CHECK-NEXT:     pub bindgen_union_field: u16,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of ufam"][::std::mem::size_of::<ufam>() - 2usize];
// CHECK-NEXT:     ["Alignment of ufam"][::std::mem::align_of::<ufam>() - 2usize];
// CHECK-NEXT:     ["Offset of field: ufam::c"][::std::mem::offset_of!(ufam, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: ufam::zero"][::std::mem::offset_of!(ufam, zero) - 0usize];
// CHECK-NEXT: };
