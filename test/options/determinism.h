// Two runs produce byte-identical output, with and without -o.
// RUN: %kbindgen %s -- %target > %t.1.rs
// RUN: %kbindgen %s -- %target > %t.2.rs
// RUN: cmp %t.1.rs %t.2.rs
// RUN: rm -f %t.3.rs
// RUN: %kbindgen %s -o %t.3.rs -- %target
// RUN: cmp %t.1.rs %t.3.rs
// RUN: %kbindgen %s --output=%t.3.rs -- %target
// RUN: cmp %t.1.rs %t.3.rs
// RUN: %rustc-check %t.1.rs
// RUN: %rustfmt-check %t.1.rs

#include <stdarg.h>
typedef unsigned int u32;
struct a { struct { int x; }; union { int i; float f; }; unsigned b : 3; };
struct b { struct a *a; int arr[]; };
enum e { E0, E1 = -1 };
enum { ANON };
int f(int, ...);
int vf(const char *, va_list);
extern const char *names[];
#define M1 1
#define M2 "two"
#define M3 ((u32)3)
