// A union without members (a GNU extension) is bindgen's struct with a
// zero-sized bindgen_union_field, spelled with bindgen's `repr(align(1))`;
// one holding only zero-length arrays keeps its fields and its alignment.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct cacheline {
  union {
  };
} __attribute__((__aligned__(64)));
union markers {
  char start[0];
  long words[0];
};

// CHECK:      impl<T> ::std::cmp::Eq for __BindgenUnionField<T> {}
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(64))]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub struct cacheline {
// CHECK-NEXT:     pub __bindgen_anon_1: cacheline__bindgen_ty_1,
// CHECK-NEXT: }
// CHECK:      };
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(1))]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub struct cacheline__bindgen_ty_1 {
// CHECK-NEXT:     pub bindgen_union_field: [u8; 0usize],
// CHECK-NEXT: }
// CHECK:      pub struct markers {
// CHECK-NEXT:     pub start: __BindgenUnionField<[::std::os::raw::c_char; 0usize]>,
// CHECK-NEXT:     pub words: __BindgenUnionField<[::std::os::raw::c_long; 0usize]>,
// CHECK-NEXT:     pub bindgen_union_field: __BindgenOpaqueArray8<[u8; 0usize]>,
// CHECK-NEXT: }
