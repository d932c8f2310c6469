// s390x aligns `__int128` and its 16-byte `long double` to 8 (clang
// -fdump-record-layouts), and so does Rust its u128 there (LLVM's s390x data
// layout has no i128 entry: i64's 8). kbindgen takes u128's alignment from
// the target's __int128 (16 where a target has none), so a record holding a
// `long double` is plain repr(C), not packed(8) as when u128 was taken to be
// 16-aligned everywhere. Functions keep their 128-bit types: C and Rust both
// pass and return them through memory on s390x (clang --target=s390x
// -emit-llvm: `void @add128(ptr sret(i128) align 8, ptr, ptr)`; rustc
// --target s390x --emit=llvm-ir: `void @add128(ptr sret([16 x i8]) align 8,
// ptr, ptr)`). x86_64 is unchanged (16).
// RUN: %kbindgen %s --use-core -- --target=s390x-unknown-linux-gnu > %t.s390x.rs
// RUN: FileCheck --match-full-lines --check-prefix=S390X %s < %t.s390x.rs
// RUN: %rustc-check-target s390x-unknown-linux-gnu %t.s390x.rs
// RUN: %rustfmt-check %t.s390x.rs
// RUN: %kbindgen %s --use-core -- %target > %t.x86.rs
// RUN: FileCheck --match-full-lines --check-prefix=X86 %s < %t.x86.rs
// RUN: %rustc-check-core %t.x86.rs

struct i128s {
  char c;
  __int128 x;
  unsigned __int128 y;
};
struct lds {
  char c;
  long double d;
};
__int128 add128(__int128 a, unsigned __int128 b);
long double scale(long double x);

// S390X:      #[repr(C)]
// S390X-NEXT: #[derive(Debug, Copy, Clone)]
// S390X-NEXT: pub struct i128s {
// S390X-NEXT:     pub c: ::core::ffi::c_char,
// S390X-NEXT:     pub x: i128,
// S390X-NEXT:     pub y: u128,
// S390X-NEXT: }
// S390X:          ["Size of i128s"][::core::mem::size_of::<i128s>() - 40usize];
// S390X-NEXT:     ["Alignment of i128s"][::core::mem::align_of::<i128s>() - 8usize];
// S390X-NEXT:     ["Offset of field: i128s::c"][::core::mem::offset_of!(i128s, c) - 0usize];
// S390X-NEXT:     ["Offset of field: i128s::x"][::core::mem::offset_of!(i128s, x) - 8usize];
// S390X-NEXT:     ["Offset of field: i128s::y"][::core::mem::offset_of!(i128s, y) - 24usize];
// S390X:      #[repr(C)]
// S390X-NEXT: #[derive(Debug, Copy, Clone)]
// S390X-NEXT: pub struct lds {
// S390X-NEXT:     pub c: ::core::ffi::c_char,
// S390X-NEXT:     pub d: u128,
// S390X-NEXT: }
// S390X:          ["Size of lds"][::core::mem::size_of::<lds>() - 24usize];
// S390X-NEXT:     ["Alignment of lds"][::core::mem::align_of::<lds>() - 8usize];
// S390X-NEXT:     ["Offset of field: lds::c"][::core::mem::offset_of!(lds, c) - 0usize];
// S390X-NEXT:     ["Offset of field: lds::d"][::core::mem::offset_of!(lds, d) - 8usize];
// S390X:          pub fn add128(a: i128, b: u128) -> i128;
// S390X:          pub fn scale(x: u128) -> u128;

// X86:      pub struct lds {
// X86-NEXT:     pub c: ::core::ffi::c_char,
// X86-NEXT:     pub __bindgen_padding_0: [u8; 15usize],
// X86-NEXT:     pub d: u128,
// X86-NEXT: }
