// Every macro shape issue 4 names, evaluated by Clang in the translation
// unit: casts, nested and function-like macros, sizeof/_Alignof/__alignof__,
// enumerators, __builtin_* folds and (__force T); and the skip reasons of
// macros that are not constants.
// RUN: %kbindgen %s --explain EMPTY --explain STMT --explain TYPE --explain ATTR --explain RUNTIME --explain COMMA --explain FNLIKE --explain UNDECLARED -o %t.rs -- %target 2> %t.err
// RUN: FileCheck %s < %t.rs
// RUN: FileCheck %s --check-prefix=WHY < %t.err
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

#define __force
typedef unsigned int gfp_t;
typedef unsigned long size_t;
enum state { IDLE = 3, BUSY };
struct pair { char c; long long l; };
extern int some_global;
int some_function(void);

#define BIT(n) (1UL << (n))
#define _AC(X, Y) X##Y
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (63 - (h))))
#define ___GFP_IO 0x40u
#define __GFP_IO ((__force gfp_t)___GFP_IO)
#define NESTED (__GFP_IO | BIT(2))
#define PAGE_SHIFT 12
#define PAGE_SIZE (_AC(1, UL) << PAGE_SHIFT)
#define MASK GENMASK(7, 4)
#define SIZE_OF_PAIR sizeof(struct pair)
#define ALIGN_OF_PAIR _Alignof(struct pair)
#define MINALIGN __alignof__(unsigned long long)
#define ENUM_PLUS (BUSY + 1)
#define CLZ __builtin_clz(1u)
#define WRAPS ((unsigned char)300)
#define SIZE_T_CAST ((size_t)-1)

#define EMPTY
#define STMT do { } while (0)
#define TYPE unsigned long
#define ATTR __attribute__((unused))
#define RUNTIME (some_global + 1)
#define COMMA (1, 2)
#define FNLIKE(x) ((x) + 1)
#define UNDECLARED (nothing_here + 1)

// CHECK-DAG: pub const __GFP_IO: gfp_t = 64;
// CHECK-DAG: pub const NESTED: {{.*}}c_ulong = 68;
// CHECK-DAG: pub const PAGE_SIZE: {{.*}}c_ulong = 4096;
// CHECK-DAG: pub const MASK: {{.*}}c_ulong = 240;
// CHECK-DAG: pub const SIZE_OF_PAIR: {{.*}}c_ulong = 16;
// CHECK-DAG: pub const ALIGN_OF_PAIR: {{.*}}c_ulong = 8;
// CHECK-DAG: pub const MINALIGN: {{.*}}c_ulong = 8;
// CHECK-DAG: pub const ENUM_PLUS: {{.*}}c_int = 5;
// CHECK-DAG: pub const CLZ: {{.*}}c_int = 31;
// CHECK-DAG: pub const WRAPS: {{.*}}c_uchar = 44;
// CHECK-DAG: pub const SIZE_T_CAST: usize = 18446744073709551615;
// CHECK-DAG: pub const PAGE_SHIFT: u32 = 12;
// CHECK-NOT: pub const {{(EMPTY|STMT|TYPE|ATTR|RUNTIME|COMMA|FNLIKE|UNDECLARED)}}:

// WHY-DAG: macro 'EMPTY' ({{.*}}): skipped: empty macro
// WHY-DAG: macro 'STMT' ({{.*}}): skipped: {{.+}}
// WHY-DAG: macro 'TYPE' ({{.*}}): skipped: {{.+}}
// WHY-DAG: macro 'ATTR' ({{.*}}): skipped: {{.+}}
// WHY-DAG: macro 'RUNTIME' ({{.*}}): skipped: not an integer constant expression
// WHY-DAG: macro 'COMMA' ({{.*}}): skipped: a comma expression is not a constant
// WHY-DAG: macro 'FNLIKE' ({{.*}}): skipped: function-like macro: not a constant itself
// WHY-DAG: macro 'UNDECLARED' ({{.*}}): skipped: use of undeclared identifier 'nothing_here'
