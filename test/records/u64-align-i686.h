// On i686 Rust's u64 is 4-aligned, as C's long long is inside a record, so a
// record that C aligns to 8 cannot take bindgen's `_bindgen_align: [u64; 0]`
// (it would be 4-aligned and 4 bytes short): it gets repr(align(8)). On
// x86_64 the bindgen field stays. Found by the layout fuzzer
// (scripts/layout-fuzz.sh --target i686).
// RUN: %kbindgen %s --use-core -- --target=i686-unknown-linux-gnu > %t.i686.rs
// RUN: FileCheck --match-full-lines --check-prefix=I686 %s < %t.i686.rs
// RUN: %rustc-check-target i686-unknown-linux-gnu %t.i686.rs
// RUN: %rustfmt-check %t.i686.rs
// RUN: %kbindgen %s --use-core -- %target > %t.x86.rs
// RUN: FileCheck --match-full-lines --check-prefix=X86 %s < %t.x86.rs
// RUN: %rustc-check-core %t.x86.rs

struct over {
  int a : 1;
  struct {
    unsigned int b : 1;
  } __attribute__((aligned(8))) in;
};

// I686:      pub struct over {
// I686-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>,
// I686-NEXT:     pub in_: over__bindgen_ty_1,
// I686-NEXT: }
// I686:          ["Size of over"][::core::mem::size_of::<over>() - 16usize];
// I686-NEXT:     ["Alignment of over"][::core::mem::align_of::<over>() - 8usize];
// I686:      #[repr(C)]
// I686-NEXT: #[repr(align(8))]
// I686-NEXT: #[derive(Debug, Copy, Clone)]
// I686-NEXT: pub struct over__bindgen_ty_1 {
// I686-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>,
// I686-NEXT:     pub __bindgen_padding_0: [u8; 7usize],
// I686-NEXT: }

// X86:      pub struct over__bindgen_ty_1 {
// X86-NEXT:     pub _bindgen_align: [u64; 0],
// X86-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>,
// X86-NEXT:     pub __bindgen_padding_0: [u8; 7usize],
// X86-NEXT: }
