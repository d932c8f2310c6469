// bindings_helper.h's RUST_CONST_HELPER_ pattern: bindgen cannot evaluate
// macros with casts or function-like macros, so the kernel declares
// `const T RUST_CONST_HELPER_X = X;` and Kbuild's sed renames the constant
// to X. kbindgen evaluates those macros itself, so it leaves out exactly the
// macros a helper stands for, or the renamed constant would be defined twice
// (E0428); the others come out with their C type (__GFP_IO: gfp_t).
// RUN: %kbindgen %s --ctypes-prefix ffi --use-core --rust-target 1.68 \
// RUN:   --raw-line 'mod ffi { pub use core::ffi::*; }' -o %t.rs -- %target
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: not grep -E 'pub const (GFP_KERNEL|PAGE_SIZE|ARCH_SLAB_MINALIGN):' %t.rs
// RUN: sed -Ei 's/pub const RUST_CONST_HELPER_([a-zA-Z0-9_]*)/pub const \1/g' %t.rs
// RUN: %rustc-check-core %t.rs -D warnings -A dead_code

typedef unsigned int gfp_t;
#define ___GFP_IO 0x40u
#define ___GFP_FS 0x80u
#define __GFP_IO ((gfp_t)___GFP_IO)
#define __GFP_FS ((gfp_t)___GFP_FS)
#define GFP_KERNEL (__GFP_IO | __GFP_FS)
const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;

#define _AC(X, Y) X##Y
#define PAGE_SHIFT 12
#define PAGE_SIZE (_AC(1, UL) << PAGE_SHIFT)
const unsigned long RUST_CONST_HELPER_PAGE_SIZE = PAGE_SIZE;

#define ARCH_SLAB_MINALIGN __alignof__(unsigned long long)
const unsigned long RUST_CONST_HELPER_ARCH_SLAB_MINALIGN = ARCH_SLAB_MINALIGN;

// CHECK:      pub const RUST_CONST_HELPER_GFP_KERNEL: gfp_t = 192;
// CHECK-NEXT: pub const RUST_CONST_HELPER_PAGE_SIZE: ffi::c_ulong = 4096;
// CHECK-NEXT: pub const RUST_CONST_HELPER_ARCH_SLAB_MINALIGN: ffi::c_ulong = 8;
// CHECK:      pub const ___GFP_IO: u32 = 64;
// CHECK-NEXT: pub const ___GFP_FS: u32 = 128;
// CHECK-NEXT: pub const __GFP_IO: gfp_t = 64;
// CHECK-NEXT: pub const __GFP_FS: gfp_t = 128;
// CHECK-NEXT: pub const PAGE_SHIFT: u32 = 12;
