// Typedefs become type aliases; the typedef name is kept wherever it is used.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef int myint;
typedef myint myint2;
typedef unsigned long long __u64;
typedef struct point { int x, y; } point_t;
typedef struct { int id; } anon_t;
typedef const char *cstr;

struct user {
  myint2 a;
  __u64 b;
  point_t p;
  anon_t q;
  cstr name;
};

// CHECK:      pub type myint = ::std::os::raw::c_int;
// CHECK-NEXT: pub type myint2 = myint;
// CHECK-NEXT: pub type __u64 = ::std::os::raw::c_ulonglong;
// CHECK:      pub struct point {
// CHECK-NEXT:     pub x: ::std::os::raw::c_int,
// CHECK-NEXT:     pub y: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub type point_t = point;
// CHECK:      pub struct anon_t {
// CHECK-NEXT:     pub id: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub type cstr = *const ::std::os::raw::c_char;
// CHECK:      pub struct user {
// CHECK-NEXT:     pub a: myint2,
// CHECK-NEXT:     pub b: __u64,
// CHECK-NEXT:     pub p: point_t,
// CHECK-NEXT:     pub q: anon_t,
// CHECK-NEXT:     pub name: cstr,
// CHECK-NEXT: }
