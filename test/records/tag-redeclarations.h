// A tag used before its definition (through a typedef, a pointer, a
// declaration inside another record) gets the definition's fields. Clang 22
// no longer wraps such uses in ElaboratedType and its TagType names the
// declaration written there, often a forward one: rust-bindgen lost the
// fields then (its issues #3264 and #3275). The expectation is the same on
// every Clang kbindgen builds on.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef struct cbb_st CBB;
struct cbb_st {
  int x;
};

struct A {
  struct I *p;
  struct J {
    long j;
  } jj;
};
struct I {
  int i;
};

typedef struct later later_t;
struct user {
  CBB c;
  struct cbb_st d;
  later_t *l;
  struct J j2;
};
struct later {
  short s;
  union {
    int a;
    float f;
  };
  struct {
    char k;
  } named_anon;
};

enum e_fwd;
typedef enum e_fwd e_t;
enum e_fwd { E_A = 1, E_B = 2 };
struct uses_enum {
  e_t e;
  enum e_fwd e2;
};
extern later_t get_later(CBB *c, const struct I *i);

// CHECK:      pub struct cbb_st {
// CHECK-NEXT:     pub x: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub type CBB = cbb_st;
// CHECK:      pub struct A {
// CHECK-NEXT:     pub p: *mut I,
// CHECK-NEXT:     pub jj: A_J,
// CHECK-NEXT: }
// CHECK:      pub struct I {
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub struct A_J {
// CHECK-NEXT:     pub j: ::std::os::raw::c_long,
// CHECK-NEXT: }
// CHECK:      pub struct later {
// CHECK-NEXT:     pub s: ::std::os::raw::c_short,
// CHECK-NEXT:     pub __bindgen_anon_1: later__bindgen_ty_1,
// CHECK-NEXT:     pub named_anon: later__bindgen_ty_2,
// CHECK-NEXT: }
// CHECK:      pub union later__bindgen_ty_1 {
// CHECK-NEXT:     pub a: ::std::os::raw::c_int,
// CHECK-NEXT:     pub f: f32,
// CHECK-NEXT: }
// CHECK:      pub struct later__bindgen_ty_2 {
// CHECK-NEXT:     pub k: ::std::os::raw::c_char,
// CHECK-NEXT: }
// CHECK:      pub type later_t = later;
// CHECK:      pub struct user {
// CHECK-NEXT:     pub c: CBB,
// CHECK-NEXT:     pub d: cbb_st,
// CHECK-NEXT:     pub l: *mut later_t,
// CHECK-NEXT:     pub j2: A_J,
// CHECK-NEXT: }
// CHECK:      pub const e_fwd_E_A: e_fwd = 1;
// CHECK-NEXT: pub const e_fwd_E_B: e_fwd = 2;
// CHECK-NEXT: pub type e_fwd = ::std::os::raw::c_uint;
// CHECK-NEXT: pub type e_t = e_fwd;
// CHECK:      pub struct uses_enum {
// CHECK-NEXT:     pub e: e_t,
// CHECK-NEXT:     pub e2: e_fwd,
// CHECK-NEXT: }
// CHECK:      pub fn get_later(c: *mut CBB, i: *const I) -> later_t;
