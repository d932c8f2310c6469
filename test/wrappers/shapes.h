// --wrap-static-fns: one wrapper per shape of signature. The Rust side binds
// each static function through its wrapper's symbol; the C file includes the
// header as the command line names it, declares each wrapper before defining
// it and compiles without a warning under -Wall -Wextra -Wmissing-prototypes.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/shapes.h && cd %t
// RUN: %kbindgen shapes.h --wrap-static-fns --wrap-static-fns-path out/wrappers \
// RUN:   --enable-function-attribute-detection -o shapes.rs -- %target
// RUN: FileCheck --match-full-lines --check-prefix=RUST %s < shapes.rs
// RUN: FileCheck --match-full-lines --strict-whitespace --check-prefix=C %s < out/wrappers.c
// RUN: %rustc-check shapes.rs
// RUN: %rustfmt-check shapes.rs
// RUN: %clang %target -std=gnu11 -I. -Wall -Wextra -Wmissing-prototypes -Werror \
// RUN:   -c out/wrappers.c -o wrappers.o
// Two runs write the same files.
// RUN: %kbindgen shapes.h --wrap-static-fns --wrap-static-fns-path out/again \
// RUN:   --enable-function-attribute-detection -o again.rs -- %target
// RUN: cmp shapes.rs again.rs
// RUN: sed 1d out/wrappers.c > w1 && sed 1d out/again.c > w2 && cmp w1 w2

struct point { int x; int y; };
typedef struct { double re, im; } pair_t;
enum color { RED, GREEN = 5 };
typedef int (*binop)(int, int);

static inline struct point by_value(struct point p, pair_t q) {
  struct point r = { p.x + (int)q.re, p.y + (int)q.im };
  return r;
}
static inline int to_const(const char *s, const struct point *const p) {
  return s[0] + p->x;
}
static inline int calls(binop f, int (*g)(void)) { return f(1, 2) + g(); }
static inline _Bool is_zero(_Bool b, int v) { return !b && v == 0; }
static inline enum color next(enum color c) { return c == RED ? GREEN : RED; }
static inline int first(int a[4], const int m[2][3]) { return a[0] + m[1][2]; }
static inline void copy(int *restrict d, const int *restrict s) { *d = *s; }
static inline __attribute__((noreturn)) void stop(int code) {
  (void)code;
  __builtin_trap();
}
static int (*pick(int which))(int, int) { return which ? (binop)0 : (binop)0; }
static inline void no_params(void) {}

// RUST:      pub struct point {
// RUST:          #[link_name = "by_value__extern"]
// RUST-NEXT:     pub fn by_value(p: point, q: pair_t) -> point;
// RUST:          #[link_name = "to_const__extern"]
// RUST-NEXT:     pub fn to_const(s: *const ::std::os::raw::c_char, p: *const point) -> ::std::os::raw::c_int;
// RUST:          #[link_name = "calls__extern"]
// RUST-NEXT:     pub fn calls(
// RUST-NEXT:         f: binop,
// RUST-NEXT:         g: ::std::option::Option<unsafe extern "C" fn() -> ::std::os::raw::c_int>,
// RUST-NEXT:     ) -> ::std::os::raw::c_int;
// RUST:          #[link_name = "is_zero__extern"]
// RUST-NEXT:     pub fn is_zero(b: bool, v: ::std::os::raw::c_int) -> bool;
// RUST:          #[link_name = "next__extern"]
// RUST-NEXT:     pub fn next(c: color) -> color;
// RUST:          #[link_name = "first__extern"]
// RUST-NEXT:     pub fn first(
// RUST-NEXT:         a: *mut ::std::os::raw::c_int,
// RUST-NEXT:         m: *const [::std::os::raw::c_int; 3usize],
// RUST-NEXT:     ) -> ::std::os::raw::c_int;
// RUST:          #[link_name = "copy__extern"]
// RUST-NEXT:     pub fn copy(d: *mut ::std::os::raw::c_int, s: *const ::std::os::raw::c_int);
// RUST:          #[link_name = "stop__extern"]
// RUST-NEXT:     pub fn stop(code: ::std::os::raw::c_int) -> !;
// RUST:          #[link_name = "pick__extern"]
// RUST-NEXT:     pub fn pick(
// RUST:          #[link_name = "no_params__extern"]
// RUST-NEXT:     pub fn no_params();

//      C:#include "shapes.h"
// C-EMPTY:
// C-NEXT:// Static wrappers
// C-EMPTY:
// C-NEXT:struct point by_value__extern(struct point p, pair_t q);
// C-NEXT:struct point by_value__extern(struct point p, pair_t q) { return by_value(p, q); }
// C-NEXT:int to_const__extern(const char *s, const struct point *const p);
// C-NEXT:int to_const__extern(const char *s, const struct point *const p) { return to_const(s, p); }
// C-NEXT:int calls__extern(binop f, int (*g)(void));
// C-NEXT:int calls__extern(binop f, int (*g)(void)) { return calls(f, g); }
// C-NEXT:_Bool is_zero__extern(_Bool b, int v);
// C-NEXT:_Bool is_zero__extern(_Bool b, int v) { return is_zero(b, v); }
// C-NEXT:enum color next__extern(enum color c);
// C-NEXT:enum color next__extern(enum color c) { return next(c); }
// C-NEXT:int first__extern(int *a, const int (*m)[3]);
// C-NEXT:int first__extern(int *a, const int (*m)[3]) { return first(a, m); }
// C-NEXT:void copy__extern(int *restrict d, const int *restrict s);
// C-NEXT:void copy__extern(int *restrict d, const int *restrict s) { copy(d, s); }
// C-NEXT:__attribute__((__noreturn__)) void stop__extern(int code);
// C-NEXT:void stop__extern(int code) { stop(code); }
// C-NEXT:int (*pick__extern(int which))(int, int);
// C-NEXT:int (*pick__extern(int which))(int, int) { return pick(which); }
// C-NEXT:void no_params__extern(void);
// C-NEXT:void no_params__extern(void) { no_params(); }
// C-NOT: {{.}}
