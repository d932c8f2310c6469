//! A crate shaped like rust/bindings/lib.rs of Linux 6.13 ... 7.1, around
//! the output later-kernels.test names in KBINDGEN_BINDINGS (after Kbuild's
//! sed), with rust/ffi.rs's C types; `--cfg linux_7_1` for cfi_encoding.
#![no_std]
#![cfg_attr(linux_7_1, feature(cfi_encoding))]
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case)]
#![allow(dead_code, improper_ctypes, unknown_lints, unnecessary_transmutes)]

mod ffi {
    pub use core::ffi::*;
    pub type c_char = u8;
    pub type c_long = isize;
    pub type c_ulong = usize;
}

mod bindings_raw {
    use crate::ffi;
    #[allow(unused_imports)]
    use maybe_zeroable::MaybeZeroable;
    type __kernel_size_t = usize;
    type __kernel_ssize_t = isize;
    type __kernel_ptrdiff_t = isize;
    include!(env!("KBINDGEN_BINDINGS"));
}
pub use bindings_raw::*;

// What kernel code relies on: -fno-builtin keeps strlen's declared
// __kernel_size_t (usize), and `long` is the ffi crate's isize.
const _: unsafe extern "C" fn(*const u8) -> usize = strlen;
const _: fn(&timespec64) -> isize = |t| t.tv_nsec;
// The constants Kbuild's sed renamed from RUST_CONST_HELPER_.
const _: usize = ARCH_SLAB_MINALIGN + ARCH_KMALLOC_MINALIGN;
