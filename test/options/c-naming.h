// --c-naming names records and enums as C spells their type: struct_foo,
// union_foo, enum_foo (nested and anonymous ones too, built from the
// unprefixed names); a typedef that only named its tag is then an alias.
// --respect-cxx-access-specs is accepted and changes nothing for C.
// RUN: %kbindgen %s --c-naming --no-layout-tests -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --c-naming -- %target > %t.layout.rs
// RUN: %rustc-check %t.layout.rs
// RUN: %kbindgen %s -- %target > %t.plain.rs
// RUN: %kbindgen %s --respect-cxx-access-specs -- %target | diff %t.plain.rs -

struct foo { int a; struct { int b; } anon; struct inner { int c; } in; };
typedef struct foo foo;
typedef struct { int x; } bar_t;
union u { int i; float f; };
enum color { RED, GREEN };
typedef enum color color_t;
enum { ANON_A = 5 };
struct foo *make(union u *x, enum color c, foo *f);

// CHECK:      pub struct struct_foo {
// CHECK-NEXT:     pub a: ::std::os::raw::c_int,
// CHECK-NEXT:     pub anon: struct_foo__bindgen_ty_1,
// CHECK-NEXT:     pub in_: struct_foo_inner,
// CHECK-NEXT: }
// CHECK:      pub struct struct_foo__bindgen_ty_1 {
// CHECK:      pub struct struct_foo_inner {
// CHECK:      pub type foo = struct_foo;
// CHECK:      pub struct struct_bar_t {
// CHECK:      pub type bar_t = struct_bar_t;
// CHECK:      pub union union_u {
// CHECK:      pub const enum_color_RED: enum_color = 0;
// CHECK-NEXT: pub const enum_color_GREEN: enum_color = 1;
// CHECK-NEXT: pub type enum_color = ::std::os::raw::c_uint;
// CHECK-NEXT: pub type color_t = enum_color;
// CHECK-NEXT: pub const ANON_A: enum__bindgen_ty_1 = 5;
// CHECK-NEXT: pub type enum__bindgen_ty_1 = ::std::os::raw::c_uint;
// CHECK:          pub fn make(x: *mut union_u, c: enum_color, f: *mut foo) -> *mut struct_foo;
