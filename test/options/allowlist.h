// Allowlists select items by anchored regex and pull in every type they
// need; anything else is left out. --no-recursive-allowlist does not.
// RUN: %kbindgen %s --allowlist-function 'dev_.*' --allowlist-var 'DEV_MAX|dev_count' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --allowlist-type 'device' -- %target > %t.type.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=TYPE < %t.type.rs
// RUN: %rustc-check %t.type.rs
// RUN: %kbindgen %s --allowlist-function dev_open --no-recursive-allowlist -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=NOREC
// RUN: %kbindgen %s --allowlist-item 'DEV_.*' -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=ITEM

typedef unsigned int u32;
struct bus { int id; };
struct device { u32 flags; struct bus *bus; };
struct unrelated { int x; };

int dev_open(struct device *dev);
void other_function(void);
extern int dev_count;
extern int other_var;
#define DEV_MAX 8
#define OTHER_MAX 9

// CHECK-NOT:  unrelated
// CHECK-NOT:  other_
// CHECK-NOT:  OTHER_MAX
// CHECK:      pub type u32_ = ::std::os::raw::c_uint;
// CHECK:      pub struct bus {
// CHECK:      pub struct device {
// CHECK-NEXT:     pub flags: u32_,
// CHECK-NEXT:     pub bus: *mut bus,
// CHECK-NEXT: }
// CHECK:          pub fn dev_open(dev: *mut device) -> ::std::os::raw::c_int;
// CHECK:          pub static mut dev_count: ::std::os::raw::c_int;
// CHECK:      pub const DEV_MAX: u32 = 8;
// CHECK-NOT:  unrelated
// CHECK-NOT:  other_
// CHECK-NOT:  OTHER_MAX

// TYPE-NOT:  dev_open
// TYPE:      pub struct bus {
// TYPE:      pub struct device {
// TYPE-NOT:  dev_open
// TYPE-NOT:  DEV_MAX

// NOREC-NOT:  pub struct device {
// NOREC:          pub fn dev_open(dev: *mut device) -> ::std::os::raw::c_int;

// ITEM-NOT:   pub struct
// ITEM:       pub const DEV_MAX: u32 = 8;
// ITEM-NOT:   OTHER_MAX
