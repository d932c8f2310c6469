// A tinyconfig (!SMP) kernel: spinlock_t is zero-sized (and opaque through
// rust/bindgen_parameters), so maple_tree's anonymous lock union is a
// zero-sized union, emitted as a struct of __BindgenUnionFields. That struct
// must derive Copy and Clone, since maple_tree derives them on its account.
// RUN: %kbindgen %s --opaque-type spinlock --use-core --with-derive-default \
// RUN:   --no-layout-tests --no-debug '.*' --rust-target 1.68 -o %t.rs -- %target
// RUN: FileCheck %s < %t.rs
// RUN: %rustc-check-core %t.rs -D warnings -A dead_code

typedef struct {
} arch_spinlock_t;
typedef struct spinlock {
	union {
		struct {
			arch_spinlock_t raw_lock;
		} rlock;
	};
} spinlock_t;
typedef struct {
} lockdep_map_p;

struct maple_tree {
	union {
		spinlock_t ma_lock;
		lockdep_map_p ma_external_lock;
	};
	unsigned int ma_flags;
	void *ma_root;
};

// CHECK:      pub struct maple_tree {
// CHECK:      #[derive(Copy, Clone)]
// CHECK-NEXT: pub struct maple_tree__bindgen_ty_1 {
// CHECK-NEXT:     pub ma_lock: __BindgenUnionField<spinlock_t>,
