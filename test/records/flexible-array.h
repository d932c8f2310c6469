// Flexible array members and GNU zero-length arrays are
// __IncompleteArrayField<T>: no size, the record's alignment, and no Copy.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct flex {
  int len;
  char data[];
};

struct zero_length {
  unsigned short n;
  unsigned long long items[0];
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Default)]
// CHECK-NEXT: pub struct __IncompleteArrayField<T>(::std::marker::PhantomData<T>, [T; 0]);
// CHECK-NOT:  pub struct __IncompleteArrayField<T>

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug)]
// CHECK-NEXT: pub struct flex {
// CHECK-NEXT:     pub len: ::std::os::raw::c_int,
// CHECK-NEXT:     pub data: __IncompleteArrayField<::std::os::raw::c_char>,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of flex"][::std::mem::size_of::<flex>() - 4usize];
// CHECK-NEXT:     ["Alignment of flex"][::std::mem::align_of::<flex>() - 4usize];
// CHECK-NEXT:     ["Offset of field: flex::len"][::std::mem::offset_of!(flex, len) - 0usize];
// CHECK-NEXT:     ["Offset of field: flex::data"][::std::mem::offset_of!(flex, data) - 4usize];
// CHECK-NEXT: };

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug)]
// CHECK-NEXT: pub struct zero_length {
// CHECK-NEXT:     pub n: ::std::os::raw::c_ushort,
// CHECK-NEXT:     pub items: __IncompleteArrayField<::std::os::raw::c_ulonglong>,
// CHECK-NEXT: }
// CHECK:          ["Size of zero_length"][::std::mem::size_of::<zero_length>() - 8usize];
// CHECK-NEXT:     ["Alignment of zero_length"][::std::mem::align_of::<zero_length>() - 8usize];
// CHECK-NEXT:     ["Offset of field: zero_length::n"][::std::mem::offset_of!(zero_length, n) - 0usize];
// CHECK-NEXT:     ["Offset of field: zero_length::items"][::std::mem::offset_of!(zero_length, items) - 8usize];
