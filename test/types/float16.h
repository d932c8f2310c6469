// _Float16 has no stable Rust type: it is bindgen's helper newtype
// __BindgenFloat16(u16), which must then be defined in the output.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct with_half {
  _Float16 h;
  short s;
};

// CHECK:      pub struct __BindgenFloat16(pub u16);
// CHECK:      pub struct with_half {
// CHECK-NEXT:     pub h: __BindgenFloat16,
// CHECK-NEXT:     pub s: ::std::os::raw::c_short,
// CHECK-NEXT: }
// CHECK:          ["Size of with_half"][::std::mem::size_of::<with_half>() - 4usize];
