// Float, character and string macros: f64, u8 and NUL-terminated byte
// string constants.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

#define FLOAT_C 1.5
#define EXP_C 1e10
#define CHAR_C 'a'
#define ESC_CHAR_C '\n'
#define STR_C "hello"
#define ESC_STR_C "tab\there \"quoted\""
#define EMPTY_STR ""

// CHECK:      pub const FLOAT_C: f64 = 1.5;
// CHECK-NEXT: pub const EXP_C: f64 = {{10000000000.0|1.0e\+10|1e10}};
// CHECK-NEXT: pub const CHAR_C: u8 = 97u8;
// CHECK-NEXT: pub const ESC_CHAR_C: u8 = 10u8;
// CHECK-NEXT: pub const STR_C: &[u8; 6] = b"hello\0";
// CHECK-NEXT: pub const ESC_STR_C: &[u8; 18] = b"tab{{\\t|\\x09}}here \"quoted\"\0";
// CHECK-NEXT: pub const EMPTY_STR: &[u8; 1] = b"\0";
