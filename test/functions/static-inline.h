// static and inline functions have no symbol to link to: not emitted.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

static inline int helper(int x) { return x + 1; }
static int file_local(void);
inline int c99_inline(void) { return 0; }
int exported(void);
static inline void __attribute__((always_inline)) fast(void) {}

// CHECK-NOT:  helper
// CHECK-NOT:  file_local
// CHECK-NOT:  c99_inline
// CHECK:          pub fn exported() -> ::std::os::raw::c_int;
// CHECK-NOT:  fast
