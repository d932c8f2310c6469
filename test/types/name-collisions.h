// C's separate tag, typedef and ordinary namespaces meet in Rust's type and
// value namespaces: `typedef struct foo foo` is the struct itself, a struct
// and a function may share a name, and a macro that repeats an enumerator
// is emitted once (a different value: the enumerator wins, with a warning).
// RUN: %kbindgen %s -- %target > %t.rs 2> %t.err
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: FileCheck %s --check-prefix=WARN < %t.err
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef struct foo foo;
struct foo { int a; };
typedef struct bar { int b; } bar;
enum { MODE_A = 1, MODE_B = 2, MODE_C = 4 };
#define MODE_A MODE_A
#define MODE_B 2
#define MODE_C 3
struct stat { int st; };
int stat(const char *path, struct stat *buf);

// CHECK-NOT:  pub type foo
// CHECK:      pub struct foo {
// CHECK-NOT:  pub type bar
// CHECK:      pub struct bar {
// CHECK-NOT:  pub type bar
// CHECK:      pub const MODE_A: _bindgen_ty_1 = 1;
// CHECK-NEXT: pub const MODE_B: _bindgen_ty_1 = 2;
// CHECK-NEXT: pub const MODE_C: _bindgen_ty_1 = 4;
// CHECK-NEXT: pub type _bindgen_ty_1 = ::std::os::raw::c_uint;
// CHECK:      pub struct stat {
// CHECK:          pub fn stat(path: *const ::std::os::raw::c_char, buf: *mut stat) -> ::std::os::raw::c_int;
// CHECK-NOT:  MODE_

// WARN-NOT:  MODE_A
// WARN-NOT:  MODE_B
// WARN: kbindgen: warning: macro 'MODE_C' ({{.*}}name-collisions.h:17){{.*}}skipped
// WARN-NOT:  MODE_A
// WARN-NOT:  MODE_B
