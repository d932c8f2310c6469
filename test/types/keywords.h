// C identifiers that are Rust keywords or primitive type names get a `_`
// suffix; functions and statics keep their symbol through link_name.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef unsigned int u32;
typedef unsigned char u8;
typedef int str;
// CHECK:      pub type u32_ = ::std::os::raw::c_uint;
// CHECK-NEXT: pub type u8_ = ::std::os::raw::c_uchar;
// CHECK-NEXT: pub type str_ = ::std::os::raw::c_int;

struct kw {
  u32 in;
  u8 type;
  int match, loop, self, fn, ref, mod;
};
// CHECK:      pub struct kw {
// CHECK-NEXT:     pub in_: u32_,
// CHECK-NEXT:     pub type_: u8_,
// CHECK-NEXT:     pub match_: ::std::os::raw::c_int,
// CHECK-NEXT:     pub loop_: ::std::os::raw::c_int,
// CHECK-NEXT:     pub self_: ::std::os::raw::c_int,
// CHECK-NEXT:     pub fn_: ::std::os::raw::c_int,
// CHECK-NEXT:     pub ref_: ::std::os::raw::c_int,
// CHECK-NEXT:     pub mod_: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:          ["Offset of field: kw::in_"][::std::mem::offset_of!(kw, in_) - 0usize];

void move(u32 where);
// CHECK:          #[link_name = "\u{1}move"]
// CHECK-NEXT:     pub fn move_(where_: u32_);

extern int yield;
// CHECK:          #[link_name = "\u{1}yield"]
// CHECK-NEXT:     pub static mut yield_: ::std::os::raw::c_int;
