// A typedef with the name of a struct or union that it does not simply
// name (`typedef struct foo *foo;`): C keeps tags and typedefs apart, Rust
// has one namespace. The struct keeps the name and each use of the typedef
// is written as its underlying type, so nothing refers to itself (was:
// `next: foo` inside `struct foo`, E0072/E0391) or is defined twice. An
// enum's constants take the type of a typedef of its name, as before.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef struct node *node;
struct node {
  node next;
  int value;
};
typedef struct opaque_handle *opaque_handle;
typedef unsigned int mode;
enum mode { MODE_OFF, MODE_ON };
typedef struct pair pair;
struct pair {
  int a, b;
};
void walk(node n, opaque_handle h, mode m, pair p);

// CHECK-NOT:  pub type node
// CHECK:      pub struct node {
// CHECK-NEXT:     pub next: *mut node,
// CHECK-NEXT:     pub value: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub struct opaque_handle {
// CHECK-NEXT:     _unused: [u8; 0],
// CHECK-NEXT: }
// CHECK:      pub type mode = ::std::os::raw::c_uint;
// CHECK-NEXT: pub const mode_MODE_OFF: mode = 0;
// CHECK:      pub struct pair {
// CHECK:          pub fn walk(n: *mut node, h: *mut opaque_handle, m: mode, p: pair);
