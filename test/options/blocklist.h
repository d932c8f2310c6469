// Blocklisted items are not emitted; items that use them still name them
// (the user provides them, here through --raw-line).
// RUN: %kbindgen %s --blocklist-type 'dev_.*' --blocklist-function 'internal_.*' --blocklist-var secret --blocklist-item 'HIDDEN_.*' --raw-line 'pub struct dev_private;' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct dev_private { int x; };
struct device { struct dev_private *priv; };
void internal_helper(void);
void public_api(struct device *d);
extern int secret;
extern int visible;
#define HIDDEN_FLAG 1
#define SHOWN_FLAG 2

// CHECK:      pub struct dev_private;
// CHECK-NOT:  pub struct dev_private {
// CHECK:      pub struct device {
// CHECK-NEXT:     pub priv_: *mut dev_private,
// CHECK-NEXT: }
// CHECK-NOT:  internal_helper
// CHECK:          pub fn public_api(d: *mut device);
// CHECK-NOT:  secret
// CHECK:          pub static mut visible: ::std::os::raw::c_int;
// CHECK-NOT:  HIDDEN_FLAG
// CHECK:      pub const SHOWN_FLAG: u32 = 2;
