// `<div rustbindgen replaces="Other">`: the annotated type is emitted under
// Other's name, with its own fields, and Other's definition is left out;
// every use of either is the one Rust type. A replacement of another size
// is warned about (the layout assertions of its users would fail).
// RUN: %kbindgen %s -- %target > %t.rs 2> %t.err
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: FileCheck %s --check-prefix=WARN < %t.err
// RUN: %kbindgen %s --default-enum-style rust -- %target > %t.rust.rs
// --explain says the replaced type is replaced, and by which, not that a
// blocklist rule left it out.
// RUN: %kbindgen %s --explain legacy_pair --explain err_t -- %target 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=EXPLAIN
// RUN: FileCheck --match-full-lines %s --check-prefix=RUST < %t.rust.rs
// RUN: %rustc-check %t.rust.rs

struct legacy_pair {
  int first;
  int second;
};
/** <div rustbindgen replaces="legacy_pair"></div> */
struct better_pair {
  unsigned int lo;
  unsigned int hi;
};
struct user {
  struct legacy_pair a;
  struct better_pair b;
};
// On an enumerator, the annotation renames it; on a typedef of an anonymous
// enum, that enum takes the other typedef's name.
typedef enum { ERR_NONE, ERR_FAILED } err_t;
/** <div rustbindgen replaces="err_t"></div> */
typedef enum {
  STRICT_OK, /**< <div rustbindgen replaces="ERR_NONE"></div> */
  STRICT_BAD,
} strict_err_t;
struct small { char c; };
/** <div rustbindgen replaces="small"></div> */
struct big { long l; };

// CHECK-NOT:  pub first
// CHECK:      /// <div rustbindgen replaces="legacy_pair"></div>
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct legacy_pair {
// CHECK-NEXT:     pub lo: ::std::os::raw::c_uint,
// CHECK-NEXT:     pub hi: ::std::os::raw::c_uint,
// CHECK-NEXT: }
// CHECK-NOT:  pub first
// CHECK:      pub struct user {
// CHECK-NEXT:     pub a: legacy_pair,
// CHECK-NEXT:     pub b: legacy_pair,
// CHECK-NEXT: }
// CHECK-NOT:  pub struct legacy_pair
// CHECK-NOT:  ERR_FAILED
// CHECK:      pub const err_t_ERR_NONE: err_t = 0;
// CHECK:      pub const err_t_STRICT_BAD: err_t = 1;
// CHECK-NEXT: /// <div rustbindgen replaces="err_t"></div>
// CHECK-NEXT: pub type err_t = ::std::os::raw::c_uint;

// RUST:      pub enum err_t {
// RUST-NEXT:     /// < <div rustbindgen replaces="ERR_NONE"></div>
// RUST-NEXT:     ERR_NONE = 0,
// RUST-NEXT:     STRICT_BAD = 1,
// RUST-NEXT: }

// EXPLAIN:      kbindgen: explain: item 'legacy_pair' ({{.*}}replaces.h:{{[0-9]+}}:8): replaced: 'better_pair' is emitted in its place (annotated <div rustbindgen replaces="legacy_pair">)
// EXPLAIN-NEXT: kbindgen: explain: struct 'better_pair' ({{.*}}replaces.h:{{[0-9]+}}:8): emitted as 'legacy_pair'
// EXPLAIN:      kbindgen: explain: item 'err_t' ({{.*}}): replaced: 'strict_err_t' is emitted in its place (annotated <div rustbindgen replaces="err_t">)
// EXPLAIN-NOT:  blocklisted
// WARN: replaces.h:{{[0-9]+}}:{{[0-9]+}}: 'big' replaces 'small', which has another layout (1/1 vs 8/8 bytes size/alignment)
