// On i686 `long double` is 12 bytes, 4-aligned: its Rust type is
// `[u32; 3usize]` (test/records/long-double-targets.h), which Rust passes in
// memory and returns through a hidden pointer, where C passes an x87 float
// on the stack and returns it in st(0) (clang --target=i686 -emit-llvm:
// `x86_fp80 @ret_ld(x86_fp80, i32)`; rustc --target i686 --emit=llvm-ir:
// `void @ret_ld(ptr sret([12 x i8]), ptr byval([12 x i8]), i32)`). A function
// taking or returning one, directly or through a typedef, is skipped with
// the reason; a pointer to one is passed as any pointer. Elsewhere its Rust
// type has its size (f64 on 32-bit Arm, u128 on x86_64) and it is kept, as
// bindgen keeps it.
// RUN: %kbindgen %s --use-core -- --target=i686-unknown-linux-gnu > %t.i686.rs
// RUN: FileCheck --match-full-lines --check-prefix=I686 %s < %t.i686.rs
// RUN: %rustc-check-target i686-unknown-linux-gnu %t.i686.rs
// RUN: %rustfmt-check %t.i686.rs
// RUN: %kbindgen %s --use-core --explain ret_ld --explain param_ld --explain param_typedef \
// RUN:   -- --target=i686-unknown-linux-gnu 2>&1 >/dev/null | FileCheck %s --check-prefix=WHY
// RUN: %kbindgen %s --use-core -- --target=armv7-unknown-linux-gnueabihf > %t.arm.rs
// RUN: FileCheck --match-full-lines --check-prefix=ARM %s < %t.arm.rs
// RUN: %kbindgen %s --use-core -- %target > %t.x86.rs
// RUN: FileCheck --match-full-lines --check-prefix=X86 %s < %t.x86.rs
// RUN: %rustc-check-core %t.x86.rs

typedef long double ld_t;
long double ret_ld(long double x, int n);
int param_ld(long double x);
void param_typedef(ld_t x);
void by_pointer(long double *p);

// I686:      pub type ld_t = [u32; 3usize];
// I686-NEXT: unsafe extern "C" {
// I686-NEXT:     pub fn by_pointer(p: *mut [u32; 3usize]);
// I686-NEXT: }
// I686-NOT:  fn

// WHY:      kbindgen: explain: function 'ret_ld' ({{.*}}long-double-i686.h:24:13): skipped: its return type is 'long double', 12 bytes on the target: no Rust type is passed as C passes it
// WHY-NEXT: kbindgen: explain: function 'param_ld' ({{.*}}long-double-i686.h:25:5): skipped: a parameter is 'long double', 12 bytes on the target: no Rust type is passed as C passes it
// WHY-NEXT: kbindgen: explain: function 'param_typedef' ({{.*}}long-double-i686.h:26:6): skipped: a parameter is 'long double', 12 bytes on the target: no Rust type is passed as C passes it

// ARM:      pub type ld_t = f64;
// ARM-NEXT: unsafe extern "C" {
// ARM-NEXT:     pub fn ret_ld(x: f64, n: ::core::ffi::c_int) -> f64;
// ARM-NEXT: }
// ARM-NEXT: unsafe extern "C" {
// ARM-NEXT:     pub fn param_ld(x: f64) -> ::core::ffi::c_int;
// ARM-NEXT: }

// X86:      pub type ld_t = u128;
// X86-NEXT: unsafe extern "C" {
// X86-NEXT:     pub fn ret_ld(x: u128, n: ::core::ffi::c_int) -> u128;
// X86-NEXT: }
