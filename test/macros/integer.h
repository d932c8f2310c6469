// Object-like macros of literal arithmetic become constants: u32 by
// default, i32 when negative, u64/i64 when they do not fit. (Casts: typed.h.)
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --default-macro-constant-type signed -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=SIGNED

#define INT_C 42
#define HEX_C 0xff
#define NEG_C (-5)
#define EXPR_C (INT_C * 2 + 1)
#define SHIFT_C (1U << 31)
#define BIG_C 0x100000000ULL
#define LONG_NEG (-2147483649LL)

// CHECK:      pub const INT_C: u32 = 42;
// CHECK-NEXT: pub const HEX_C: u32 = 255;
// CHECK-NEXT: pub const NEG_C: i32 = -5;
// CHECK-NEXT: pub const EXPR_C: u32 = 85;
// CHECK-NEXT: pub const SHIFT_C: u32 = 2147483648;
// CHECK-NEXT: pub const BIG_C: u64 = 4294967296;
// CHECK-NEXT: pub const LONG_NEG: i64 = -2147483649;

// SIGNED: pub const INT_C: i32 = 42;

// Not constants: no item, and no failure.
#define FUNC_LIKE(x) ((x) + 1)
#define EMPTY
#define NOT_CONST some_undeclared_variable
#define STRINGIFY(x) #x
// CHECK-NOT: FUNC_LIKE
// CHECK-NOT: EMPTY
// CHECK-NOT: NOT_CONST
