// Macros Clang can evaluate but bindgen's own evaluator cannot (casts) are
// emitted by default (--clang-macro-fallback is accepted and changes
// nothing), and a cast to a typedef keeps that typedef, as the kernel's gfp_t
// constants need. --no-clang-macro-fallback leaves them out as bindgen does.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: %kbindgen %s --clang-macro-fallback -- %target | cmp - %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --no-clang-macro-fallback -- %target > %t.plain.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=PLAIN < %t.plain.rs
// RUN: %kbindgen %s --no-clang-macro-fallback --explain __GFP_IO -- %target 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=EXPLAIN

typedef unsigned int gfp_t;
typedef unsigned char u8;
typedef long long s64;

#define __GFP_IO ((gfp_t)0x40u)
#define __GFP_FS ((gfp_t)0x80u)
#define GFP_KERNEL (__GFP_IO | __GFP_FS)
#define SMALL ((u8)3)
#define SIGNED64 ((s64)-1)
#define UL_CAST ((unsigned long)4096)
#define TRUE_C ((_Bool)1)
#define PLAIN_C 7

// CHECK:      pub type gfp_t = ::std::os::raw::c_uint;
// CHECK-NEXT: pub type u8_ = ::std::os::raw::c_uchar;
// CHECK-NEXT: pub type s64 = ::std::os::raw::c_longlong;
// CHECK-NEXT: pub const __GFP_IO: gfp_t = 64;
// CHECK-NEXT: pub const __GFP_FS: gfp_t = 128;
// CHECK-NEXT: pub const GFP_KERNEL: gfp_t = 192;
// CHECK-NEXT: pub const SMALL: u8_ = 3;
// CHECK-NEXT: pub const SIGNED64: s64 = -1;
// CHECK-NEXT: pub const UL_CAST: ::std::os::raw::c_ulong = 4096;
// CHECK-NEXT: pub const TRUE_C: bool = true;
// CHECK-NEXT: pub const PLAIN_C: u32 = 7;

// PLAIN-NOT:  __GFP
// PLAIN:      pub const PLAIN_C: u32 = 7;

// EXPLAIN: kbindgen: explain: macro '__GFP_IO' ({{.*}}typed.h:{{[0-9]+}}:9): skipped: {{.+}}--no-clang-macro-fallback{{.*}}
