// C's separate tag, typedef and ordinary namespaces meet in Rust's type and
// value namespaces: `typedef struct foo foo` is the struct itself, a struct
// and a function may share a name, and a macro that repeats an enumerator
// is left out with a warning instead of a duplicate constant.
// RUN: %kbindgen %s -- %target > %t.rs 2> %t.err
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: FileCheck %s --check-prefix=WARN < %t.err
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef struct foo foo;
struct foo { int a; };
typedef struct bar { int b; } bar;
enum { MODE_A = 1, MODE_B = 2 };
#define MODE_A MODE_A
#define MODE_B 2
struct stat { int st; };
int stat(const char *path, struct stat *buf);

// CHECK-NOT:  pub type foo
// CHECK:      pub struct foo {
// CHECK-NOT:  pub type bar
// CHECK:      pub struct bar {
// CHECK-NOT:  pub type bar
// CHECK:      pub const MODE_A: _bindgen_ty_1 = 1;
// CHECK-NEXT: pub const MODE_B: _bindgen_ty_1 = 2;
// CHECK-NEXT: pub type _bindgen_ty_1 = ::std::os::raw::c_uint;
// CHECK:      pub struct stat {
// CHECK:          pub fn stat(path: *const ::std::os::raw::c_char, buf: *mut stat) -> ::std::os::raw::c_int;
// CHECK-NOT:  MODE_

// WARN: kbindgen: warning: macro 'MODE_B' ({{.*}}name-collisions.h:16){{.*}}skipped
