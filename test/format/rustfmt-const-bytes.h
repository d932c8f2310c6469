// A byte-string constant whose `&[u8; N]` fits after its name only without
// the ` =`: rustfmt breaks the array type after its `;`, `N]` one column
// past the next level, with the value after it; one whose type does not fit
// after the name even so moves the type below the name (found by
// scripts/rustfmt-fuzz.py).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

#define A_BYTE_STRING_CONSTANT_WHOSE_TYPE_FITS_AFTER_THE_COLON_ONLY_WITHOUT_THE_EQUALSX "thirty-one characters of string"
#define A_BYTE_STRING_CONSTANT_WHOSE_TYPE_DOES_NOT_FIT_AFTER_THE_COLON_EVEN_WITHOUT_IT_XX "thirty-one characters of string"

// CHECK:      pub const A_BYTE_STRING_CONSTANT_WHOSE_TYPE_FITS_AFTER_THE_COLON_ONLY_WITHOUT_THE_EQUALSX: &[u8;
// CHECK-NEXT:      32] = b"thirty-one characters of string\0";
// CHECK-NEXT: pub const A_BYTE_STRING_CONSTANT_WHOSE_TYPE_DOES_NOT_FIT_AFTER_THE_COLON_EVEN_WITHOUT_IT_XX:
// CHECK-NEXT:     &[u8; 32] = b"thirty-one characters of string\0";
