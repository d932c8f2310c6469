// #pragma pack(N) lowers the alignment of every member to at most N: the
// record is repr(C, packed(N)).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

#pragma pack(push, 2)
struct pack2 {
  char c;
  int i;
};
#pragma pack(pop)

#pragma pack(1)
struct pack1 {
  char c;
  long l;
};
#pragma pack()

// CHECK:      #[repr(C, packed(2))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct pack2 {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:          ["Size of pack2"][::std::mem::size_of::<pack2>() - 6usize];
// CHECK-NEXT:     ["Alignment of pack2"][::std::mem::align_of::<pack2>() - 2usize];
// CHECK-NEXT:     ["Offset of field: pack2::c"][::std::mem::offset_of!(pack2, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pack2::i"][::std::mem::offset_of!(pack2, i) - 2usize];

// CHECK:      #[repr(C, packed)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct pack1 {
// CHECK:          ["Size of pack1"][::std::mem::size_of::<pack1>() - 9usize];
