// --opaque-type turns a record into a blob of its size and alignment; the
// layout assertions still hold and its field types are not needed.
// RUN: %kbindgen %s --opaque-type 'secret_.*' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct secret_key {
  unsigned char bytes[12];
  int refcount;
};

struct secret_big {
  long a;
  long b;
  char c;
};

struct user {
  struct secret_key key;
  int n;
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct secret_key {
// CHECK-NEXT:     pub _bindgen_opaque_blob: [u32; 4usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of secret_key"][::std::mem::size_of::<secret_key>() - 16usize];
// CHECK-NEXT:     ["Alignment of secret_key"][::std::mem::align_of::<secret_key>() - 4usize];
// CHECK-NEXT: };

// An 8-byte-aligned blob is bindgen's __BindgenOpaqueArray8.
// CHECK:      pub struct secret_big {
// CHECK-NEXT:     pub _bindgen_opaque_blob: __BindgenOpaqueArray8<[u8; 24usize]>,
// CHECK-NEXT: }

// CHECK:      pub struct user {
// CHECK-NEXT:     pub key: secret_key,
// CHECK-NEXT:     pub n: ::std::os::raw::c_int,
// CHECK-NEXT: }
