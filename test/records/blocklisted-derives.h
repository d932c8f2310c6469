// A blocklisted (or hidden) type is the user's to define, with traits
// kbindgen cannot know: as bindgen, a record holding one (directly, through
// a typedef or an array) derives nothing, and with --with-derive-default
// gets the zeroing `impl Default`, which needs no trait of it. The
// <stdint.h> names stay primitives and derive everything. Was: every trait
// derived, so a replacement without Copy or Debug did not compile (E0204,
// E0277). The user's `handle` here derives nothing.
// RUN: %kbindgen %s --with-derive-default --with-derive-hash \
// RUN:   --blocklist-type handle --blocklist-type 'len_t|mode_e|uint32_t' \
// RUN:   --raw-line '#[repr(C)]' --raw-line 'pub struct handle(pub i32);' \
// RUN:   --raw-line 'pub type len_t = u64;' --raw-line 'pub type mode_e = u32;' \
// RUN:   --raw-line '#[repr(C)]' --raw-line 'pub struct secret(pub i32);' \
// RUN:   -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef unsigned int uint32_t;
typedef unsigned long len_t;
enum mode_e { MODE_A, MODE_B };
struct handle {
  int fd;
};
typedef struct handle handle_t;
/** <div rustbindgen hide></div> */
struct secret {
  int x;
};

struct holds_record {
  struct handle h;
  int n;
};
struct holds_typedef {
  len_t len;
};
struct holds_enum {
  enum mode_e m;
};
struct holds_alias_array {
  handle_t hs[2];
};
struct holds_hidden {
  struct secret *s;
  struct secret inline_s;
};
struct holds_stdint {
  uint32_t u;
};
struct holds_pointer {
  struct handle *h;
};

// CHECK:      pub type handle_t = handle;
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: pub struct holds_record {
// CHECK-NEXT:     pub h: handle,
// CHECK-NEXT:     pub n: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      impl Default for holds_record {
// CHECK:      #[repr(C)]
// CHECK-NEXT: pub struct holds_typedef {
// CHECK-NEXT:     pub len: len_t,
// CHECK-NEXT: }
// CHECK:      impl Default for holds_typedef {
// CHECK:      #[repr(C)]
// CHECK-NEXT: pub struct holds_enum {
// CHECK-NEXT:     pub m: mode_e,
// CHECK-NEXT: }
// CHECK:      #[repr(C)]
// CHECK-NEXT: pub struct holds_alias_array {
// CHECK-NEXT:     pub hs: [handle_t; 2usize],
// CHECK-NEXT: }
// CHECK:      #[repr(C)]
// CHECK-NEXT: pub struct holds_hidden {
// CHECK-NEXT:     pub s: *mut secret,
// CHECK-NEXT:     pub inline_s: secret,
// CHECK-NEXT: }
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Default, Copy, Clone, Hash)]
// CHECK-NEXT: pub struct holds_stdint {
// CHECK-NEXT:     pub u: u32,
// CHECK-NEXT: }
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash)]
// CHECK-NEXT: pub struct holds_pointer {
// CHECK-NEXT:     pub h: *mut handle,
// CHECK-NEXT: }
