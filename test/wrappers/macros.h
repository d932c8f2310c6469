// Macros that behave as functions get wrappers of the C type given for
// them (--wrap-macro NAME=PROTOTYPE, or YAML); the call is checked by Clang
// like any wrapper. Here in the kernel's style: rust_helper_ names, the
// __rust_helper annotation (defined by the header), only the listed static
// functions (--wrap-function), and the Rust side bound by #[link_name].
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kbindgen %s --config %S/Inputs/helpers.yaml --wrap-static-fns-path %t/h --verbose \
// RUN:   --explain REFCOUNT_INIT --explain MUST_CONST --explain nope --explain bad_proto \
// RUN:   --explain WITH_VA --explain not_listed -o %t/out.rs -- %target 2> %t/err
// RUN: FileCheck --match-full-lines --check-prefix=RUST %s < %t/out.rs
// RUN: FileCheck --match-full-lines --check-prefix=C %s < %t/h.c
// RUN: FileCheck --match-full-lines --check-prefix=EXPLAIN %s < %t/err
// RUN: %rustc-check %t/out.rs
// RUN: %rustfmt-check %t/out.rs
// RUN: %clang %target -O2 -Wall -Wmissing-prototypes -Werror -I%S -c %t/h.c -o %t/h.o
// RUN: %expect-exit 2 %kbindgen %s --wrap-macro 'x' -- %target 2>&1 | FileCheck --check-prefix=BAD %s
// RUN: %expect-exit 2 %kbindgen %s --wrap-static-fns --wrap-static-fns-suffix '' -- %target 2>&1 | FileCheck --check-prefix=NONAME %s
// BAD: kbindgen: error: --wrap-macro: expected NAME=PROTOTYPE, got 'x'
// NONAME: kbindgen: error: the wrappers need a name of their own: give --wrap-static-fns-prefix or --wrap-static-fns-suffix

#define __rust_helper
struct page { int order; };
typedef unsigned gfp_t;
struct page *alloc_pages_noprof(gfp_t gfp, unsigned int order);
#define alloc_pages(...) alloc_pages_noprof(__VA_ARGS__)
struct task_struct { int pid; };
extern struct task_struct init_task;
static inline struct task_struct *get_current(void) { return &init_task; }
#define current get_current()
#define IS_ERR_VALUE(x) ((unsigned long)(void *)(x) >= (unsigned long)-4095)
#define kunmap_local(addr) do { (void)(addr); } while (0)
void panic(void) __attribute__((noreturn));
#define BUG() panic()
typedef struct { int refs; } refcount_t;
#define REFCOUNT_INIT(n) { .refs = (n), }
void __bad(void) __attribute__((error("bad")));
#define MUST_CONST(x) do { if (!__builtin_constant_p(x)) __bad(); } while (0)
#define WITH_VA(x, ...) (x)
#define bad_proto(x) (x)
static inline int not_listed(int x) { return x; }

// RUST:          #[link_name = "rust_helper_get_current"]
// RUST-NEXT:     pub fn get_current() -> *mut task_struct;
// RUST:          #[link_name = "rust_helper_alloc_pages"]
// RUST-NEXT:     pub fn alloc_pages(gfp: gfp_t, order: ::std::os::raw::c_uint) -> *mut page;
// RUST:          #[link_name = "rust_helper_current"]
// RUST-NEXT:     pub fn current() -> *mut task_struct;
// RUST:          #[link_name = "rust_helper_IS_ERR_VALUE"]
// RUST-NEXT:     pub fn IS_ERR_VALUE(x: ::std::os::raw::c_ulong) -> bool;
// RUST:          #[link_name = "rust_helper_kunmap_local"]
// RUST-NEXT:     pub fn kunmap_local(addr: *const ::std::os::raw::c_void);
// RUST:          #[link_name = "rust_helper_BUG"]
// RUST-NEXT:     pub fn BUG() -> !;

//      C: // Static wrappers
// C-EMPTY:
// C-NEXT: __rust_helper struct task_struct *rust_helper_get_current(void);
// C-NEXT: __rust_helper struct task_struct *rust_helper_get_current(void) { return get_current(); }
// C-NEXT: __rust_helper struct page *rust_helper_alloc_pages(gfp_t gfp, unsigned int order);
// C-NEXT: __rust_helper struct page *rust_helper_alloc_pages(gfp_t gfp, unsigned int order) { return alloc_pages(gfp, order); }
// C-NEXT: __rust_helper struct task_struct *rust_helper_current(void);
// C-NEXT: __rust_helper struct task_struct *rust_helper_current(void) { return current; }
// C-NEXT: __rust_helper _Bool rust_helper_IS_ERR_VALUE(unsigned long x);
// C-NEXT: __rust_helper _Bool rust_helper_IS_ERR_VALUE(unsigned long x) { return IS_ERR_VALUE(x); }
// C-NEXT: __rust_helper void rust_helper_kunmap_local(const void *addr);
// C-NEXT: __rust_helper void rust_helper_kunmap_local(const void *addr) { kunmap_local(addr); }
// C-NEXT: __rust_helper __attribute__((__noreturn__)) void rust_helper_BUG(void);
// C-NEXT: __rust_helper void rust_helper_BUG(void) { BUG(); }
// C-NOT: {{.}}

// EXPLAIN-DAG:  kbindgen: explain: item 'not_listed' ({{.*}}): skipped: inline function: it has no symbol to link against
// EXPLAIN-DAG:  kbindgen: explain: item 'REFCOUNT_INIT' ({{.*}}): skipped: macro without a wrapper: Clang rejects its wrapper: expected expression
// EXPLAIN-DAG:  kbindgen: explain: item 'MUST_CONST' ({{.*}}): skipped: macro without a wrapper: it builds only when inlined with constant arguments: it calls '__bad', declared with __attribute__((error)), on a path that only constant arguments remove
// EXPLAIN-DAG:  kbindgen: explain: item 'WITH_VA' ({{.*}}): skipped: macro without a wrapper: the prototype is variadic: a wrapper cannot pass its variable arguments on
// EXPLAIN-DAG:  kbindgen: explain: item 'bad_proto' ({{.*}}): skipped: macro without a wrapper: the prototype 'int (int x' is not a C function type: expected ')'
// EXPLAIN-DAG:  kbindgen: explain: item 'nope': skipped: macro without a wrapper: no macro or function 'nope' is declared
// EXPLAIN:      kbindgen: wrappers: 6 written to '{{.*}}h.c', 5 functions and macros without one (clang 2, constant arguments 1, undefined 1, variadic 1)
