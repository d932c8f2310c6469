// Every integer macro holds exactly C's value (issue 16): bindgen's
// value-based typing (u32, i32, u64, i64) is kept where it holds that value,
// C's type otherwise. bindgen wraps untyped arithmetic to i64, so a 64-bit
// all-ones literal came out as `i32 = -1`. The C compiler checks each value,
// sign and width (test/macros/values-oracle.test).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --default-macro-constant-type signed -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=SIGNED
// RUN: %kbindgen %s --explain SHIFT_TOO_FAR --explain SHIFT_NEGATIVE \
// RUN:   --explain SHIFT_RIGHT_TOO_FAR --explain SHIFT_TOO_FAR_INSIDE \
// RUN:   --explain INT_OVERFLOW -- %target 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=WHY

#define ALL_ONES 0xFFFFFFFFFFFFFFFFULL
#define UINT_MAX (~0U)
#define ULONG_MAX (~0UL)
#define LLONG_MAX 0x7fffffffffffffffLL
#define LLONG_MIN (-LLONG_MAX - 1)
#define MINUS_ONE_ULL (-1ULL)
#define MINUS_ONE_U (-1U)
#define NEG_ULL_SHIFT (-(1ULL << 15))
#define INT_MIN_C (-2147483647 - 1)
#define SIGN_BIT (1 << 31)
#define NEG_SHIFT ((-14) << 16)
#define SMALL_ULL 5ULL
#define BIG_DEC 4294967296
#define OCTAL_U 037777777777U

// CHECK:      pub const ALL_ONES: u64 = 18446744073709551615;
// CHECK-NEXT: pub const UINT_MAX: u32 = 4294967295;
// CHECK-NEXT: pub const ULONG_MAX: u64 = 18446744073709551615;
// CHECK-NEXT: pub const LLONG_MAX: u64 = 9223372036854775807;
// CHECK-NEXT: pub const LLONG_MIN: i64 = -9223372036854775808;
// CHECK-NEXT: pub const MINUS_ONE_ULL: u64 = 18446744073709551615;
// CHECK-NEXT: pub const MINUS_ONE_U: u32 = 4294967295;
// CHECK-NEXT: pub const NEG_ULL_SHIFT: u64 = 18446744073709518848;
// CHECK-NEXT: pub const INT_MIN_C: i32 = -2147483648;
// CHECK-NEXT: pub const SIGN_BIT: i32 = -2147483648;
// CHECK-NEXT: pub const NEG_SHIFT: i32 = -917504;
// CHECK-NEXT: pub const SMALL_ULL: u32 = 5;
// CHECK-NEXT: pub const BIG_DEC: u64 = 4294967296;
// CHECK-NEXT: pub const OCTAL_U: u32 = 4294967295;

// With signed default typing, a value above i64::MAX cannot be signed: C's
// type wins.
// SIGNED:      pub const ALL_ONES: ::std::os::raw::c_ulonglong = 18446744073709551615;
// SIGNED-NEXT: pub const UINT_MAX: i64 = 4294967295;
// SIGNED:      pub const MINUS_ONE_ULL: ::std::os::raw::c_ulonglong = 18446744073709551615;

// Through function-like macros (only Clang evaluates them), untyped literal
// arithmetic takes bindgen's typing where it has C's width, as bindgen's
// --clang-macro-fallback does; `unsigned long` keeps its C type (c_ulong is
// usize in the kernel).
#define UINT32_C(c) c##U
#define UL(x) x##UL
#define ULL(x) x##ULL
#define VIA_U UINT32_C(5)
#define VIA_INT_SHIFT UINT32_C(6 << 8)
#define VIA_UL UL(1)
#define VIA_ULL_ONES (-ULL(1))
#define VIA_ULL_SMALL ULL(7)
// CHECK:      pub const VIA_U: u32 = 5;
// CHECK-NEXT: pub const VIA_INT_SHIFT: u32 = 1536;
// CHECK-NEXT: pub const VIA_UL: ::std::os::raw::c_ulong = 1;
// CHECK-NEXT: pub const VIA_ULL_ONES: u64 = 18446744073709551615;
// CHECK-NEXT: pub const VIA_ULL_SMALL: ::std::os::raw::c_ulonglong = 7;

// Undefined behaviour gives C no value: a visible skip. A shift count out
// of range is one on every Clang (Clang 16 only notes it: ClangCompat.h).
#define SHIFT_TOO_FAR (1 << 63)
#define SHIFT_NEGATIVE (1 << -1)
#define SHIFT_RIGHT_TOO_FAR (1 >> 40)
#define SHIFT_TOO_FAR_INSIDE ((1 << 63) + 1)
#define INT_OVERFLOW (2147483647 + 1)
// CHECK-NOT: {{.*}}SHIFT_{{.*}}
// CHECK-NOT: {{.*}}INT_OVERFLOW{{.*}}
// WHY: explain: macro 'SHIFT_TOO_FAR' ({{.*}}values.h:{{[0-9]+}}:9): skipped: undefined behaviour in C: shift count 63 >= width of type 'int' (32 bits)
// WHY: explain: macro 'SHIFT_NEGATIVE' ({{.*}}values.h:{{[0-9]+}}:9): skipped: undefined behaviour in C: negative shift count -1
// WHY: explain: macro 'SHIFT_RIGHT_TOO_FAR' ({{.*}}values.h:{{[0-9]+}}:9): skipped: undefined behaviour in C: shift count 40 >= width of type 'int' (32 bits)
// WHY: explain: macro 'SHIFT_TOO_FAR_INSIDE' ({{.*}}values.h:{{[0-9]+}}:9): skipped: undefined behaviour in C: shift count 63 >= width of type 'int' (32 bits)
// WHY: explain: macro 'INT_OVERFLOW' ({{.*}}values.h:{{[0-9]+}}:9): skipped: undefined behaviour in C: value 2147483648 is outside the range of representable values of type 'int'
