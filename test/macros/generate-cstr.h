// --generate-cstr gives every string constant the type &CStr, whatever path
// produced it: a literal macro, concatenated literals, a macro naming
// another, a parenthesized or u8 literal, escapes and bytes that are not
// UTF-8, a stringized argument, and const char arrays and pointers with a
// string initializer. Only a string with a NUL inside stays a byte array (a
// CStr cannot hold it), as in bindgen. From Rust 1.77 (edition 2021) the
// value is a c"..." literal; from 1.59, where CStr::from_bytes_with_nul_unchecked
// is const (bindgen's const_cstr), the unchecked conversion; before, a byte
// array.
// RUN: %kbindgen %s --generate-cstr -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --generate-cstr --rust-target 1.68 -- %target > %t.168.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=OLD < %t.168.rs
// RUN: %rustc-check %t.168.rs
// RUN: %rustfmt-check %t.168.rs
// RUN: %kbindgen %s --generate-cstr --rust-target 1.58 -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=BYTES

#define S_PLAIN "plain"
#define S_CONCAT "con" "cat"
#define S_ALIAS S_PLAIN
#define S_PAREN ("paren")
#define S_UTF8 u8"utf8"
#define S_NUL "nul\0inside"
#define S_ESC "esc\n\t\"q\""
#define S_BYTES "\xff\x80"
#define STR(x) #x
#define S_STRINGIZED STR(stringized)
static const char v_array[] = "arr";
static const char *const v_pointer = "ptr";

// CHECK:      pub const v_array: &::std::ffi::CStr = c"arr";
// CHECK-NEXT: pub const v_pointer: &::std::ffi::CStr = c"ptr";
// CHECK-NEXT: pub const S_PLAIN: &::std::ffi::CStr = c"plain";
// CHECK-NEXT: pub const S_CONCAT: &::std::ffi::CStr = c"concat";
// CHECK-NEXT: pub const S_ALIAS: &::std::ffi::CStr = c"plain";
// CHECK-NEXT: pub const S_PAREN: &::std::ffi::CStr = c"paren";
// CHECK-NEXT: pub const S_UTF8: &::std::ffi::CStr = c"utf8";
// CHECK-NEXT: pub const S_NUL: &[u8; 11] = b"nul\0inside\0";
// CHECK-NEXT: pub const S_ESC: &::std::ffi::CStr = c"esc\n\t\"q\"";
// CHECK-NEXT: pub const S_BYTES: &::std::ffi::CStr = c"\xFF\x80";
// CHECK-NEXT: pub const S_STRINGIZED: &::std::ffi::CStr = c"stringized";

// OLD:        #[allow(unsafe_code)]
// OLD-NEXT:   pub const v_array: &::std::ffi::CStr =
// OLD-NEXT:       unsafe { ::std::ffi::CStr::from_bytes_with_nul_unchecked(b"arr\0") };
// OLD:        pub const S_NUL: &[u8; 11] = b"nul\0inside\0";

// BYTES:      pub const v_array: &[u8; 4] = b"arr\0";
// BYTES:      pub const S_PLAIN: &[u8; 6] = b"plain\0";
