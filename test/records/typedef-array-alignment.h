// An array of an under-aligned typedef is as under-aligned as its element
// (compat_u64 in the kernel's compat headers): Rust's alias keeps u64's
// alignment of 8, so the record is packed to C's alignment, exactly as for a
// single such field (typedef-alignment.h). Issue 11: `v` landed at 8.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef unsigned long long compat_u64 __attribute__((aligned(4)));
struct arr {
  unsigned int a;
  compat_u64 v[2];
};

struct arr2d {
  unsigned short s;
  compat_u64 m[2][1];
  unsigned int tail;
};

union uarr {
  char c;
  compat_u64 v[3];
};

struct holds_arr {
  char c;
  struct arr a;
};

// CHECK:      pub type compat_u64 = ::std::os::raw::c_ulonglong;
// CHECK-NEXT: #[repr(C, packed(4))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct arr {
// CHECK-NEXT:     pub a: ::std::os::raw::c_uint,
// CHECK-NEXT:     pub v: [compat_u64; 2usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of arr"][::std::mem::size_of::<arr>() - 20usize];
// CHECK-NEXT:     ["Alignment of arr"][::std::mem::align_of::<arr>() - 4usize];
// CHECK-NEXT:     ["Offset of field: arr::a"][::std::mem::offset_of!(arr, a) - 0usize];
// CHECK-NEXT:     ["Offset of field: arr::v"][::std::mem::offset_of!(arr, v) - 4usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C, packed(4))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct arr2d {
// CHECK-NEXT:     pub s: ::std::os::raw::c_ushort,
// CHECK-NEXT:     pub m: {{\[\[}}compat_u64; 1usize]; 2usize],
// CHECK-NEXT:     pub tail: ::std::os::raw::c_uint,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of arr2d"][::std::mem::size_of::<arr2d>() - 24usize];
// CHECK-NEXT:     ["Alignment of arr2d"][::std::mem::align_of::<arr2d>() - 4usize];
// CHECK-NEXT:     ["Offset of field: arr2d::s"][::std::mem::offset_of!(arr2d, s) - 0usize];
// CHECK-NEXT:     ["Offset of field: arr2d::m"][::std::mem::offset_of!(arr2d, m) - 4usize];
// CHECK-NEXT:     ["Offset of field: arr2d::tail"][::std::mem::offset_of!(arr2d, tail) - 20usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C, packed(4))]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub union uarr {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub v: [compat_u64; 3usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of uarr"][::std::mem::size_of::<uarr>() - 24usize];
// CHECK-NEXT:     ["Alignment of uarr"][::std::mem::align_of::<uarr>() - 4usize];
// CHECK-NEXT:     ["Offset of field: uarr::c"][::std::mem::offset_of!(uarr, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: uarr::v"][::std::mem::offset_of!(uarr, v) - 0usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct holds_arr {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub a: arr,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of holds_arr"][::std::mem::size_of::<holds_arr>() - 24usize];
// CHECK-NEXT:     ["Alignment of holds_arr"][::std::mem::align_of::<holds_arr>() - 4usize];
// CHECK-NEXT:     ["Offset of field: holds_arr::c"][::std::mem::offset_of!(holds_arr, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: holds_arr::a"][::std::mem::offset_of!(holds_arr, a) - 4usize];
// CHECK-NEXT: };
