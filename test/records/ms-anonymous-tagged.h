// -fms-extensions (Linux 6.19's KBUILD_CFLAGS, with -Wno-microsoft-anon-tag):
// a struct may embed a tagged struct, union or typedef as an unnamed member,
// whose fields C then reaches directly (`o.x`). The member is where Clang
// lays it out, as a __bindgen_anon_N field of the tagged type, so its fields
// are reachable as `o.__bindgen_anon_1.x` (the spelling of C11 anonymous
// members). bindgen 0.72 never sees the member (libclang does not visit
// implicit fields) and leaves padding there instead.
// RUN: %kbindgen %s -- %target -fms-extensions -Wno-microsoft-anon-tag > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct inner { int x; char y; };
union num { int i; float f; };
typedef struct { short a; short b; } pair_t;

struct outer {
  char c;
  struct inner;
  int z;
  union num;
};

struct with_typedef { pair_t; char tail; };

// A definition in place is the member's type too.
struct nested_def {
  struct def { long q; };
  int after;
};

struct __attribute__((packed)) packed_outer { char k; struct inner; };

struct bits { unsigned f : 3; struct inner; unsigned g : 4; };

// CHECK:      pub struct outer {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub __bindgen_anon_1: inner,
// CHECK-NEXT:     pub z: ::std::os::raw::c_int,
// CHECK-NEXT:     pub __bindgen_anon_2: num,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of outer"][::std::mem::size_of::<outer>() - 20usize];
// CHECK-NEXT:     ["Alignment of outer"][::std::mem::align_of::<outer>() - 4usize];
// CHECK-NEXT:     ["Offset of field: outer::c"][::std::mem::offset_of!(outer, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: outer::__bindgen_anon_1"]
// CHECK-NEXT:         [::std::mem::offset_of!(outer, __bindgen_anon_1) - 4usize];
// CHECK-NEXT:     ["Offset of field: outer::z"][::std::mem::offset_of!(outer, z) - 12usize];
// CHECK-NEXT:     ["Offset of field: outer::__bindgen_anon_2"]
// CHECK-NEXT:         [::std::mem::offset_of!(outer, __bindgen_anon_2) - 16usize];
// CHECK-NEXT: };

// CHECK:      pub struct with_typedef {
// CHECK-NEXT:     pub __bindgen_anon_1: pair_t,
// CHECK-NEXT:     pub tail: ::std::os::raw::c_char,
// CHECK-NEXT: }

// CHECK:      pub struct nested_def {
// CHECK-NEXT:     pub __bindgen_anon_1: nested_def_def,
// CHECK-NEXT:     pub after: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub struct nested_def_def {
// CHECK-NEXT:     pub q: ::std::os::raw::c_long,
// CHECK-NEXT: }

// CHECK:      #[repr(C, packed)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct packed_outer {
// CHECK-NEXT:     pub k: ::std::os::raw::c_char,
// CHECK-NEXT:     pub __bindgen_anon_1: inner,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of packed_outer"][::std::mem::size_of::<packed_outer>() - 9usize];

// CHECK:      pub struct bits {
// CHECK-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>,
// CHECK-NEXT:     pub __bindgen_anon_1: inner,
// CHECK-NEXT:     pub _bitfield_2: __BindgenBitfieldUnit<[u8; 1usize]>,
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 3usize],
// CHECK-NEXT: }
