// --bindgen-compat 0.60 writes the conventions bindgen 0.60 used where 0.72
// changed them: size_t stays a typedef, a forward declaration derives Copy
// and Clone, nothing but Default is derived through a blocklisted type, each
// bitfield unit gets a `_bitfield_align_N` field (never more aligned than
// the unit's offset allows: the layout assertions compile), and an extern
// incomplete array of const elements is `static mut`, and an 8-aligned
// opaque blob is `[u64; N]`.
// RUN: %kbindgen %s --bindgen-compat 0.60 --blocklist-type __kernel_size_t --opaque-type big \
// RUN:   --raw-line 'pub type __kernel_size_t = usize;' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %kbindgen %s --blocklist-type __kernel_size_t --opaque-type big -- %target > %t.default.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=DEFAULT < %t.default.rs
// RUN: not %kbindgen %s --bindgen-compat 0.61 -- %target 2>&1 | FileCheck %s --check-prefix=BAD

typedef unsigned long __kernel_size_t;
typedef __kernel_size_t size_t;
struct opaque_fwd;
struct flags {
  unsigned short pages;
  unsigned int a : 1, b : 20;
};
struct sized {
  size_t len;
};
extern const unsigned char table[];
struct big {
  unsigned long a, b, c;
};
size_t length(const struct opaque_fwd *p);

// CHECK:      pub type size_t = __kernel_size_t;
// CHECK:      #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct opaque_fwd {
// CHECK:      pub struct flags {
// CHECK-NEXT:     pub pages: ::std::os::raw::c_ushort,
// CHECK-NEXT:     pub _bitfield_align_1: [u16; 0],
// CHECK-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 5usize]>,
// CHECK:      #[repr(C)]
// CHECK-NEXT: pub struct sized {
// CHECK-NEXT:     pub len: size_t,
// CHECK:          pub static mut table: [::std::os::raw::c_uchar; 0usize];
// CHECK:      pub struct big {
// CHECK-NEXT:     pub _bindgen_opaque_blob: [u64; 3usize],
// CHECK:          pub fn length(p: *const opaque_fwd) -> size_t;

// DEFAULT:      pub struct opaque_fwd {
// DEFAULT:      pub struct flags {
// DEFAULT-NEXT:     pub _bindgen_align: [u32; 0],
// DEFAULT-NEXT:     pub pages: ::std::os::raw::c_ushort,
// DEFAULT-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 5usize]>,
// DEFAULT:          pub len: usize,
// DEFAULT:          pub static table: [::std::os::raw::c_uchar; 0usize];
// DEFAULT:      pub struct big {
// DEFAULT-NEXT:     pub _bindgen_opaque_blob: __BindgenOpaqueArray8<[u8; 24usize]>,
// DEFAULT:          pub fn length(p: *const opaque_fwd) -> usize;

// BAD: kbindgen: error: --bindgen-compat: unsupported version '0.61' (0.60 or 0.72)
