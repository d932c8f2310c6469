// `long double` takes the Rust type of its size on the target: f64 where it
// is a double (32-bit Arm), u128 where it has 16 bytes (x86_64's padded x87,
// arm64's IEEE quad), and on i686, where it has 12 bytes 4-aligned, an array
// of u32 (bindgen's f64 there is 4 bytes short and moves every later field).
// Found by the layout fuzzer (scripts/layout-fuzz.sh --target i686 / arm).
// RUN: %kbindgen %s --use-core -- --target=i686-unknown-linux-gnu > %t.i686.rs
// RUN: FileCheck --match-full-lines --check-prefix=I686 %s < %t.i686.rs
// RUN: %rustc-check-target i686-unknown-linux-gnu %t.i686.rs
// RUN: %rustfmt-check %t.i686.rs
// RUN: %kbindgen %s --use-core -- --target=armv7-unknown-linux-gnueabihf > %t.arm.rs
// RUN: FileCheck --match-full-lines --check-prefix=ARM %s < %t.arm.rs
// RUN: %kbindgen %s --use-core -- %target > %t.x86.rs
// RUN: FileCheck --match-full-lines --check-prefix=X86 %s < %t.x86.rs
// RUN: %rustc-check-core %t.x86.rs

struct ld {
  char c;
  long double d;
};

// I686:      pub struct ld {
// I686-NEXT:     pub c: ::core::ffi::c_char,
// I686-NEXT:     pub d: [u32; 3usize],
// I686-NEXT: }
// I686:          ["Size of ld"][::core::mem::size_of::<ld>() - 16usize];
// I686-NEXT:     ["Alignment of ld"][::core::mem::align_of::<ld>() - 4usize];
// I686-NEXT:     ["Offset of field: ld::c"][::core::mem::offset_of!(ld, c) - 0usize];
// I686-NEXT:     ["Offset of field: ld::d"][::core::mem::offset_of!(ld, d) - 4usize];

// ARM:      pub struct ld {
// ARM-NEXT:     pub c: ::core::ffi::c_char,
// ARM-NEXT:     pub d: f64,
// ARM-NEXT: }
// ARM:          ["Size of ld"][::core::mem::size_of::<ld>() - 16usize];
// ARM-NEXT:     ["Alignment of ld"][::core::mem::align_of::<ld>() - 8usize];
// ARM-NEXT:     ["Offset of field: ld::c"][::core::mem::offset_of!(ld, c) - 0usize];
// ARM-NEXT:     ["Offset of field: ld::d"][::core::mem::offset_of!(ld, d) - 8usize];

// X86:      pub struct ld {
// X86-NEXT:     pub c: ::core::ffi::c_char,
// X86-NEXT:     pub __bindgen_padding_0: [u8; 15usize],
// X86-NEXT:     pub d: u128,
// X86-NEXT: }
