// A struct that is only declared is an opaque type (`_unused: [u8; 0]`,
// deriving only Debug, as bindgen 0.72 does) usable only behind pointers. A
// later definition wins over the forward declaration.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct device;
typedef struct device device_t;
struct later;

void probe(struct device *dev, device_t *alias);

struct later {
  int defined;
};
struct uses_later {
  struct later *p;
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug)]
// CHECK-NEXT: pub struct device {
// CHECK-NEXT:     _unused: [u8; 0],
// CHECK-NEXT: }
// CHECK-NEXT: pub type device_t = device;
// CHECK-NOT:  _unused
// CHECK:      pub struct later {
// CHECK-NEXT:     pub defined: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK-NOT:  _unused
// CHECK:          pub fn probe(dev: *mut device, alias: *mut device_t);
// CHECK-NOT:  _unused
