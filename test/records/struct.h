// A struct is #[repr(C)] with its fields in order, derives Debug, Copy and
// Clone, and is followed by compile-time layout assertions from Clang.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct S {
  char c;
  int i;
  struct S *next;
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct S {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT:     pub next: *mut S,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of S"][::std::mem::size_of::<S>() - 16usize];
// CHECK-NEXT:     ["Alignment of S"][::std::mem::align_of::<S>() - 8usize];
// CHECK-NEXT:     ["Offset of field: S::c"][::std::mem::offset_of!(S, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: S::i"][::std::mem::offset_of!(S, i) - 4usize];
// CHECK-NEXT:     ["Offset of field: S::next"][::std::mem::offset_of!(S, next) - 8usize];
// CHECK-NEXT: };

struct contains {
  struct S s;
  struct S arr[2];
};
// CHECK:      pub struct contains {
// CHECK-NEXT:     pub s: S,
// CHECK-NEXT:     pub arr: [S; 2usize],
// CHECK-NEXT: }
