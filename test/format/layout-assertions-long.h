// Layout assertions on long generated names (anonymous members of a
// sockaddr_storage-like uapi struct, as in <linux/socket.h>) are formatted
// as rustfmt formats them: when `[expr]` does not fit on the continuation
// line, rustfmt keeps `["msg"][` together and breaks inside the macro or
// generic arguments instead.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct __kernel_sockaddr_storage_like {
  union {
    struct {
      unsigned short ss_family;
      char __data[126];
    };
    void *__align;
  };
};

// CHECK:          ["Offset of field: __kernel_sockaddr_storage_like__bindgen_ty_1::__bindgen_anon_1"][::std::mem::offset_of!(
// CHECK-NEXT:         __kernel_sockaddr_storage_like__bindgen_ty_1,
// CHECK-NEXT:         __bindgen_anon_1
// CHECK-NEXT:     ) - 0usize];
// CHECK:          ["Size of __kernel_sockaddr_storage_like__bindgen_ty_1__bindgen_ty_1"][::std::mem::size_of::<
// CHECK-NEXT:         __kernel_sockaddr_storage_like__bindgen_ty_1__bindgen_ty_1,
// CHECK-NEXT:     >() - 128usize];
// CHECK-NEXT:     ["Alignment of __kernel_sockaddr_storage_like__bindgen_ty_1__bindgen_ty_1"][::std::mem::align_of::<
// CHECK-NEXT:         __kernel_sockaddr_storage_like__bindgen_ty_1__bindgen_ty_1,
// CHECK-NEXT:     >() - 2usize];
// CHECK-NEXT:     ["Offset of field: __kernel_sockaddr_storage_like__bindgen_ty_1__bindgen_ty_1::ss_family"][::std::mem::offset_of!(
// CHECK-NEXT:         __kernel_sockaddr_storage_like__bindgen_ty_1__bindgen_ty_1,
// CHECK-NEXT:         ss_family
// CHECK-NEXT:     )
// CHECK-NEXT:         - 0usize];
