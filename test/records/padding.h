// Natural padding is left to repr(C); the layout assertions prove Rust puts
// every field where Clang did. --explicit-padding spells the padding out.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --explicit-padding -- %target > %t.explicit.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=EXPLICIT < %t.explicit.rs
// RUN: %rustc-check %t.explicit.rs
// RUN: %rustfmt-check %t.explicit.rs

struct pad {
  char c;
  long l;
  char d;
};
// CHECK:      pub struct pad {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub l: ::std::os::raw::c_long,
// CHECK-NEXT:     pub d: ::std::os::raw::c_char,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pad"][::std::mem::size_of::<pad>() - 24usize];
// CHECK-NEXT:     ["Alignment of pad"][::std::mem::align_of::<pad>() - 8usize];
// CHECK-NEXT:     ["Offset of field: pad::c"][::std::mem::offset_of!(pad, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pad::l"][::std::mem::offset_of!(pad, l) - 8usize];
// CHECK-NEXT:     ["Offset of field: pad::d"][::std::mem::offset_of!(pad, d) - 16usize];
// CHECK-NEXT: };

// EXPLICIT:      pub struct pad {
// EXPLICIT-NEXT:     pub c: ::std::os::raw::c_char,
// EXPLICIT-NEXT:     pub __bindgen_padding_0: [u8; 7usize],
// EXPLICIT-NEXT:     pub l: ::std::os::raw::c_long,
// EXPLICIT-NEXT:     pub d: ::std::os::raw::c_char,
// EXPLICIT-NEXT:     pub __bindgen_padding_1: [u8; 7usize],
// EXPLICIT-NEXT: }
// EXPLICIT:          ["Size of pad"][::std::mem::size_of::<pad>() - 24usize];
