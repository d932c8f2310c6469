// --wrap-static-fns drops every wrapper that would not build or not work,
// with its reason for --explain and a count per reason under --verbose; the
// C file holds only the wrappers that Clang accepted.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kbindgen %s --wrap-static-fns --wrap-static-fns-path %t/w --verbose \
// RUN:   --explain variadic --explain takes_va_list --explain needs_const \
// RUN:   --explain warns --explain bcp_guard --explain bcp_dead \
// RUN:   --explain switch_const --explain object_size_dead --explain warn_like \
// RUN:   --explain early_return --explain sign_check --explain imm --explain calls_imm_const \
// RUN:   --explain calls_imm_var --explain ld --explain vec --explain cplx \
// RUN:   --explain by_value_ld --explain unnamed --explain deprecated_fn \
// RUN:   --explain declared_in_params --explain never_defined \
// RUN:   -o %t/out.rs -- %target 2> %t/err
// RUN: FileCheck --match-full-lines --check-prefix=EXPLAIN %s < %t/err
// RUN: FileCheck --match-full-lines --check-prefix=C %s < %t/w.c
// RUN: FileCheck --check-prefix=RUST %s < %t/out.rs
// RUN: %rustc-check %t/out.rs
// RUN: %clang %target -std=gnu11 -O2 -Wall -Wmissing-prototypes -Werror -Wno-visibility \
// RUN:   -Wno-unused-function -c %t/w.c -o %t/w.o
// The oracle: the wrappers dropped for constant arguments do fail to build.
// RUN: printf '#include "%%s"\nvoid w1(int n);\nvoid w1(int n) { needs_const(n); }\n' %s > %t/c1.c
// RUN: not %clang %target -O2 -Wno-visibility -c %t/c1.c -o %t/c1.o 2>&1 | FileCheck --check-prefix=ORACLE1 %s
// RUN: printf '#include "%%s"\nvoid w2(int n);\nvoid w2(int n) { calls_imm_var(n); }\n' %s > %t/c2.c
// RUN: not %clang %target -O2 -Wno-visibility -c %t/c2.c -o %t/c2.o 2>&1 | FileCheck --check-prefix=ORACLE2 %s
// ORACLE1: error: call to '__bad_size' declared with 'error' attribute: bad size
// ORACLE2: error: invalid operand for inline asm constraint 'i'

#include <stdarg.h>

void __bad_size(void) __attribute__((error("bad size")));
void __slow_path(void) __attribute__((warning("slow path")));

static inline int variadic(int n, ...) { return n; }
static inline int takes_va_list(int n, va_list ap) { return n + va_arg(ap, int); }
static inline void needs_const(int n) {
  if (n > 4)
    __bad_size();
}
static inline void warns(int n) {
  if (n)
    __slow_path();
}
static inline int bcp_guard(int n) {
  if (!__builtin_constant_p(n))
    __bad_size();
  return n;
}
// In a wrapper __builtin_constant_p(n) is false: the error path is dead.
static inline int bcp_dead(int n) {
  if (__builtin_constant_p(n) && n > 4)
    __bad_size();
  return n;
}
// A switch on a constant runs one case: the others' errors are dead.
static inline int switch_const(long *p) {
  switch (sizeof(*p)) {
  case 4:
    __bad_size();
    break;
  case 8:
    return (int)*p;
  default:
    __bad_size();
  }
  return 0;
}
// The object a wrapper's pointer argument points to is unknown: the size
// check folds away, as in the kernel's check_copy_size().
static inline int object_size_dead(const void *p, unsigned long n) {
  int sz = __builtin_object_size(p, 0);
  if (sz >= 0 && sz < n)
    __bad_size();
  return 0;
}
// "i" operands made of __LINE__, sizeof and a local that keeps its constant
// value (the kernel's WARN_ON).
static inline void warn_like(int c) {
  int flags = 2;
  if (c)
    __asm__ volatile("# %0 %1 %2" : : "i"(__LINE__), "i"(flags), "i"(sizeof(long)));
}
// What follows `if (!__builtin_constant_p(n)) return ...;` is dead in a
// wrapper (the kernel's get_random_u32_below).
static inline int early_return(int n) {
  if (!__builtin_constant_p(n))
    return n;
  if (n > 4)
    __bad_size();
  return n;
}
// A check computed from a local with a known value (the signedness check
// of the kernel's max()).
static inline long sign_check(long d) {
  long zero = 0L;
  if (!((2 + (__builtin_constant_p(zero >= 0) && zero >= 0)) & 2))
    __bad_size();
  return d > zero ? d : zero;
}
static inline void imm(int n) { __asm__ volatile("# %0" : : "i"(n)); }
// Calling it with a constant is fine, with a variable it is not.
static inline void calls_imm_const(void) { imm(3); }
static inline void calls_imm_var(int n) { imm(n); }
static inline long double ld(long double x) { return x; }
typedef int v4si __attribute__((vector_size(16)));
static inline v4si vec(v4si x) { return x; }
static inline _Complex double cplx(_Complex double x) { return x; }
struct with_ld { long double x; int y; };
static inline int by_value_ld(struct with_ld s) { return s.y; }
static inline int unnamed(struct { int x; } *p) { return p->x; }
static inline __attribute__((deprecated)) int deprecated_fn(void) { return 0; }
static inline int declared_in_params(struct local { int x; } *p) { return p->x; }
static int never_defined(int);

// EXPLAIN: kbindgen: explain: item 'variadic' ({{.*}}skips.h:{{[0-9]+}}:19): skipped: static function without a wrapper: variadic function: a wrapper cannot pass its variable arguments on
// EXPLAIN-NEXT: kbindgen: explain: item 'takes_va_list' ({{.*}}): skipped: static function without a wrapper: parameter 'ap' is a va_list, which Rust cannot create
// EXPLAIN-NEXT: kbindgen: explain: item 'needs_const' ({{.*}}): skipped: static function without a wrapper: it builds only when inlined with constant arguments: it calls '__bad_size', declared with __attribute__((error)), on a path that only constant arguments remove
// EXPLAIN-NEXT: kbindgen: explain: item 'warns' ({{.*}}): skipped: static function without a wrapper: it builds only when inlined with constant arguments: it calls '__slow_path', declared with __attribute__((warning)), on a path that only constant arguments remove
// EXPLAIN-NEXT: kbindgen: explain: item 'bcp_guard' ({{.*}}): skipped: static function without a wrapper: it builds only when inlined with constant arguments: it calls '__bad_size', declared with __attribute__((error)), on a path that only constant arguments remove
// EXPLAIN-NEXT: kbindgen: explain: function 'bcp_dead' ({{.*}}): emitted: through its wrapper 'bcp_dead__extern'
// EXPLAIN-NEXT: kbindgen: explain: function 'switch_const' ({{.*}}): emitted: through its wrapper 'switch_const__extern'
// EXPLAIN-NEXT: kbindgen: explain: function 'object_size_dead' ({{.*}}): emitted: through its wrapper 'object_size_dead__extern'
// EXPLAIN-NEXT: kbindgen: explain: function 'warn_like' ({{.*}}): emitted: through its wrapper 'warn_like__extern'
// EXPLAIN-NEXT: kbindgen: explain: function 'early_return' ({{.*}}): emitted: through its wrapper 'early_return__extern'
// EXPLAIN-NEXT: kbindgen: explain: function 'sign_check' ({{.*}}): emitted: through its wrapper 'sign_check__extern'
// EXPLAIN-NEXT: kbindgen: explain: item 'imm' ({{.*}}): skipped: static function without a wrapper: it builds only when inlined with constant arguments: an inline asm operand with constraint 'i' must be a constant, and it depends on the arguments
// EXPLAIN-NEXT: kbindgen: explain: function 'calls_imm_const' ({{.*}}): emitted: through its wrapper 'calls_imm_const__extern'
// EXPLAIN-NEXT: kbindgen: explain: item 'calls_imm_var' ({{.*}}): skipped: static function without a wrapper: it builds only when inlined with constant arguments: it calls 'imm' with an argument that is not a constant, and 'imm' builds only with constant arguments
// EXPLAIN-NEXT: kbindgen: explain: item 'ld' ({{.*}}): skipped: static function without a wrapper: the return type is 'long double' (a floating type Rust does not have): no Rust type is passed the same way
// EXPLAIN-NEXT: kbindgen: explain: item 'vec' ({{.*}}): skipped: static function without a wrapper: the return type is 'v4si' (a vector type): no Rust type is passed the same way
// EXPLAIN-NEXT: kbindgen: explain: item 'cplx' ({{.*}}): skipped: static function without a wrapper: the return type is '_Complex double' (_Complex): no Rust type is passed the same way
// EXPLAIN-NEXT: kbindgen: explain: item 'by_value_ld' ({{.*}}): skipped: static function without a wrapper: parameter 's' is 'struct with_ld', passed by value, with a member of type 'long double': no Rust type is passed the same way
// EXPLAIN-NEXT: kbindgen: explain: item 'unnamed' ({{.*}}): skipped: static function without a wrapper: its signature has an unnamed struct, union or enum, which a wrapper cannot spell
// EXPLAIN-NEXT: kbindgen: explain: item 'deprecated_fn' ({{.*}}): skipped: static function without a wrapper: Clang rejects its wrapper: 'deprecated_fn' is deprecated
// EXPLAIN-NEXT: kbindgen: explain: item 'declared_in_params' ({{.*}}): skipped: static function without a wrapper: Clang rejects its wrapper: {{.*}}
// EXPLAIN-NEXT: kbindgen: explain: item 'never_defined' ({{.*}}): skipped: static function without a wrapper: it is not defined in the translation unit, so a wrapper could not call it
// EXPLAIN-NEXT: kbindgen: wrappers: 7 written to '{{.*}}w.c', 15 functions and macros without one (clang 2, constant arguments 5, type 5, undefined 1, va_list 1, variadic 1)

// C:      // Static wrappers
// C-EMPTY:
// C-NEXT: int bcp_dead__extern(int n);
// C-NEXT: int bcp_dead__extern(int n) { return bcp_dead(n); }
// C-NEXT: int switch_const__extern(long *p);
// C-NEXT: int switch_const__extern(long *p) { return switch_const(p); }
// C-NEXT: int object_size_dead__extern(const void *p, unsigned long n);
// C-NEXT: int object_size_dead__extern(const void *p, unsigned long n) { return object_size_dead(p, n); }
// C-NEXT: void warn_like__extern(int c);
// C-NEXT: void warn_like__extern(int c) { warn_like(c); }
// C-NEXT: int early_return__extern(int n);
// C-NEXT: int early_return__extern(int n) { return early_return(n); }
// C-NEXT: long sign_check__extern(long d);
// C-NEXT: long sign_check__extern(long d) { return sign_check(d); }
// C-NEXT: void calls_imm_const__extern(void);
// C-NEXT: void calls_imm_const__extern(void) { calls_imm_const(); }
// C-NOT: {{.}}

// RUST: pub fn bcp_dead(
// RUST: pub fn switch_const(
// RUST: pub fn object_size_dead(
// RUST: pub fn warn_like(
// RUST: pub fn early_return(
// RUST: pub fn sign_check(
// RUST: pub fn calls_imm_const(
// RUST-NOT: pub fn {{[a-z_]+}}(
