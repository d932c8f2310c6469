/* What the bindgen command lines of Linux 6.13 ... 7.1 act on, in the shape
 * of rust/bindings/bindings_helper.h (later-kernels.test). LINUX_6_19 and
 * LINUX_7_0 stand for those kernels' headers. */
typedef unsigned long __kernel_size_t;
typedef long __kernel_ssize_t;
typedef long __kernel_ptrdiff_t;
typedef __kernel_size_t size_t;
typedef __kernel_ssize_t ssize_t;

/* -fno-builtin: the declared type, not the builtin's `unsigned long`. */
extern __kernel_size_t strlen(const char *s);

/* --ctypes-prefix ffi: `long` stays ffi::c_long (isize in the ffi crate). */
struct timespec64 {
	long long tv_sec;
	long tv_nsec;
};

/* --blocklist-function __list_.*_report */
_Bool __list_add_valid_or_report(void *entry, void *prev, void *next);

/* --opaque-type spinlock, kunit_try_catch (the latter until 7.1). */
typedef struct spinlock {
	unsigned int lock;
} spinlock_t;
struct kunit_try_catch {
	void *context;
	int try_result;
};

/* --with-derive-custom-struct/-union .*=MaybeZeroable, bitfields too. */
struct page_state {
	unsigned int locked : 1;
	unsigned int dirty : 1;
	spinlock_t lock;
};
union cpu_word {
	unsigned long bits;
	int first;
};

/* --newtype-enum lru_status, with its cfi_encoding attribute (7.1). */
enum lru_status { LRU_REMOVED, LRU_ROTATE, LRU_SKIP, LRU_RETRY };
enum lru_status lru_walk(struct page_state *page);

/* --blocklist-item ARCH_SLAB_MINALIGN, ARCH_KMALLOC_MINALIGN (6.18): the
 * constants come from the helpers, renamed by Kbuild's sed. */
#define ARCH_SLAB_MINALIGN __alignof__(unsigned long long)
#define ARCH_KMALLOC_MINALIGN 8
const size_t RUST_CONST_HELPER_ARCH_SLAB_MINALIGN = ARCH_SLAB_MINALIGN;
const size_t RUST_CONST_HELPER_ARCH_KMALLOC_MINALIGN = ARCH_KMALLOC_MINALIGN;

typedef unsigned long vm_flags_t;
#ifdef LINUX_7_0
/* 7.0: VM_* are bits of an enum, blocklisted; helpers stand for them. */
#define __force
#define BIT(nr) (1UL << (nr))
enum { VMA_READ_BIT = 0, VMA_WRITE_BIT = 1, VMA_MAYEXEC_BIT = 6 };
#define VM_READ BIT((__force int)VMA_READ_BIT)
#define VM_WRITE BIT((__force int)VMA_WRITE_BIT)
#define VM_MAYEXEC BIT((__force int)VMA_MAYEXEC_BIT)
const vm_flags_t RUST_CONST_HELPER_VM_READ = VM_READ;
const vm_flags_t RUST_CONST_HELPER_VM_WRITE = VM_WRITE;
const vm_flags_t RUST_CONST_HELPER_VM_MAYEXEC = VM_MAYEXEC;
#else
#define VM_READ 0x00000001
#define VM_WRITE 0x00000002
#define VM_MAYEXEC 0x00000040
#endif

#ifdef LINUX_6_19
/* -fms-extensions: a tagged struct embedded as an unnamed member. */
struct ms_base {
	int refs;
};
struct ms_derived {
	struct ms_base;
	int extra;
};
#endif
