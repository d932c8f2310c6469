// Bitfield units met in the kernel's uapi headers, compiled as the kernel
// compiles its bindings crate (-D warnings):
// - __bpf_md_ptr's `__u64 :64`: a unit of unnamed bitfields only, whose
//   new_bitfield_1() has nothing to set (no unused_mut warning);
// - a unit above 32 bytes: [u8; N] has no Default there, so neither the
//   record's derive nor new_bitfield_N may use it (bindgen writes a zeroing
//   impl Default and no constructor).
// RUN: %kbindgen %s --use-core --with-derive-default --ctypes-prefix ffi \
// RUN:   --no-layout-tests --no-debug '.*' --rust-target 1.68 \
// RUN:   --raw-line 'mod ffi { pub use core::ffi::*; }' -o %t.rs -- %target
// RUN: FileCheck %s < %t.rs
// RUN: %rustc-check-core %t.rs -D warnings -A dead_code

typedef unsigned long long __u64;
typedef unsigned int __u32;

struct bpf_sock;
#define __bpf_md_ptr(type, name) \
	union {                  \
		type name;       \
		__u64 :64;       \
	} __attribute__((aligned(8)))

struct bpf_sockopt {
	__bpf_md_ptr(struct bpf_sock *, sk);
	__u32 level;
};

struct wide {
	__u64 a : 64, b : 64, c : 64, d : 64, e : 40;
	__u32 after;
};

// CHECK:      pub fn new_bitfield_1() -> __BindgenBitfieldUnit<[u8; 8usize]> {
// CHECK-NEXT:     let mut __bindgen_bitfield_unit: __BindgenBitfieldUnit<[u8; 8usize]> = Default::default();
// CHECK-NEXT:     __bindgen_bitfield_unit
// CHECK-NEXT: }

// CHECK:     pub struct wide {
// CHECK:         pub _bitfield_1: __BindgenBitfieldUnit<[u8; 37usize]>,
// CHECK:     impl Default for wide {
// CHECK-NOT: new_bitfield_1
// CHECK:     pub fn e(&self)
// CHECK-NOT: new_bitfield_1
