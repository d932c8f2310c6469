// A typedef with the name of a struct or union that it does not simply
// name: C keeps tags and typedefs apart, Rust has one namespace. A pointer
// to the tag of its own name (`typedef struct foo *foo;`) is named foo_ptr,
// as bindgen names it (types/typedef-pointer-same-name.h); any other
// typedef is written as its underlying type wherever it is used, so nothing
// refers to itself (was: `next: foo` inside `struct foo`, E0072/E0391) or is
// defined twice. An enum's constants take the type of a typedef of its
// name, as before.
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
struct other {
  int x;
};
typedef struct other pair_alias;
typedef struct other other_t, *list;
struct list {
  list head;
};
void walk(node n, opaque_handle h, mode m, pair p, list l);

// CHECK:      pub struct node {
// CHECK-NEXT:     pub next: node_ptr,
// CHECK-NEXT:     pub value: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub struct opaque_handle {
// CHECK-NEXT:     _unused: [u8; 0],
// CHECK-NEXT: }
// CHECK:      pub type mode = ::std::os::raw::c_uint;
// CHECK-NEXT: pub const mode_MODE_OFF: mode = 0;
// CHECK:      pub struct pair {
// CHECK:      pub struct list {
// CHECK-NEXT:     pub head: *mut other,
// CHECK-NEXT: }
// CHECK-NOT:  pub type list
// CHECK:          pub fn walk(n: node_ptr, h: opaque_handle_ptr, m: mode, p: pair, l: *mut other);
