// --rust-target 1.85 (Linux 7.1) selects edition 2024, as bindgen does:
// `unsafe extern` blocks, `c"..."` literals for --generate-cstr, `gen` (a
// 2024 keyword) escaped, and helpers whose unsafe operations sit in `unsafe`
// blocks. The output compiles as edition 2024 with the kernel's lints;
// --rust-edition 2021 keeps the 2021 edition.
// RUN: %kbindgen %s --rust-target 1.85 --use-core --generate-cstr -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check-core --edition 2024 %t.rs -Dwarnings -Dunsafe_op_in_unsafe_fn \
// RUN:   -Drust_2024_compatibility -Aunknown_lints -Aunnecessary_transmutes
// RUN: %rustfmt-check-2024 %t.rs
// RUN: %kbindgen %s --rust-target 1.85 --rust-edition 2021 --use-core --generate-cstr -- %target > %t.2021.rs
// RUN: %rustc-check-core %t.2021.rs -Dwarnings -Aunknown_lints -Aunnecessary_transmutes
// RUN: %expect-exit 2 %kbindgen %s --rust-target 1.68 --rust-edition 2024 -- %target 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TOO-OLD

#define GREETING "hi"
struct flags { unsigned gen : 3; unsigned ready : 1; };
typedef int (*callback_t)(struct flags *f);
int log_message(const char *fmt, ...);
extern struct flags current_flags;

// CHECK:      pub struct flags {
// CHECK-NEXT:     pub _bindgen_align: [u32; 0],
// CHECK-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>,
// CHECK:          pub fn gen_(&self) -> ::core::ffi::c_uint {
// CHECK:      pub type callback_t =
// CHECK-NEXT:     ::core::option::Option<unsafe extern "C" fn(f: *mut flags) -> ::core::ffi::c_int>;
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub fn log_message(fmt: *const ::core::ffi::c_char, ...) -> ::core::ffi::c_int;
// CHECK-NEXT: }
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub static mut current_flags: flags;
// CHECK-NEXT: }
// CHECK-NEXT: pub const GREETING: &::core::ffi::CStr = c"hi";

// TOO-OLD: kbindgen: error: the 2024 edition needs --rust-target 1.85 or later (got 1.68)
