typedef unsigned long __kernel_size_t;
typedef long __kernel_ssize_t;
typedef long __kernel_ptrdiff_t;
struct xregs_state { unsigned long long regs[4]; };
struct spinlock { int raw; };
/** A documented struct. */
struct task { __kernel_size_t len; struct spinlock lock; struct xregs_state x; };
void __list_add_report(void);
void __list_del_report(void);
int keep_me(struct task *t);
#define ARCH_SLAB_MINALIGN 8
