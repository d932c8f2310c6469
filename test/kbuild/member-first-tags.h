// Kernel headers often name a struct for the first time in a member of
// another struct (`struct hlist_head { struct hlist_node *first; }`, rcuwait's
// `struct task_struct *task`). In C that tag belongs to the file scope:
// bindgen names it `hlist_node`, and the kernel crate uses
// bindings::hlist_node, bindings::task_struct, bindings::gendisk... Only a tag
// *defined* inside a record is named after it (`outer_inner`).
// RUN: %kbindgen %s --no-layout-tests -o %t.rs -- %target
// RUN: FileCheck %s < %t.rs
// RUN: %rustc-check %t.rs -A dead_code

struct hlist_head {
	struct hlist_node *first;
};

struct hlist_node {
	struct hlist_node *next, **pprev;
};

struct rcuwait {
	struct task_struct *task;
};

struct outer {
	struct inner {
		int a;
	} x;
};

// CHECK:     pub struct hlist_head {
// CHECK-NEXT:    pub first: *mut hlist_node,
// CHECK:     pub struct hlist_node {
// CHECK-NEXT:    pub next: *mut hlist_node,
// CHECK-NEXT:    pub pprev: *mut *mut hlist_node,
// CHECK:     pub struct rcuwait {
// CHECK-NEXT:    pub task: *mut task_struct,
// CHECK:     pub struct task_struct {
// CHECK:     pub struct outer {
// CHECK-NEXT:    pub x: outer_inner,
// CHECK:     pub struct outer_inner {
// CHECK-NOT: hlist_head_hlist_node
// CHECK-NOT: rcuwait_task_struct
