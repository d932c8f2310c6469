// `<div rustbindgen attribute="...">` adds an attribute: on a struct or a
// union after its repr, on a field (or union field) before it, as bindgen and
// its --field-attr. The value is one attribute without `#[...]`
// (`cfg(test)`), or one or more written `#[...]`, each on its own line.
// On a typedef it does nothing, as in bindgen. A `cfg` that removes a field
// changes the record: its layout assertions then no longer compile (as with
// --field-attr), hence --no-layout-tests for the second run.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --no-layout-tests -- %target -DWITH_CFG > %t.cfg.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=CFG < %t.cfg.rs
// RUN: %rustc-check %t.cfg.rs
// RUN: %rustfmt-check %t.cfg.rs

/// <div rustbindgen attribute="allow(dead_code)"></div>
struct point {
  /// <div rustbindgen attribute="doc(hidden)"></div>
  int x;
  /// <div rustbindgen attribute="#[allow(unused)] #[cfg_attr(all(), doc(hidden))]"></div>
  int y;
};
union data {
  /// <div rustbindgen attribute="allow(dead_code)"></div>
  int i;
  float f;
};
/// <div rustbindgen attribute="allow(dead_code)"></div>
typedef int handle;
#ifdef WITH_CFG
struct gated {
  /// <div rustbindgen attribute="cfg(test)"></div>
  int only_in_tests;
  int always;
};
#endif

// CHECK:      /// <div rustbindgen attribute="allow(dead_code)"></div>
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[allow(dead_code)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct point {
// CHECK-NEXT:     /// <div rustbindgen attribute="doc(hidden)"></div>
// CHECK-NEXT:     #[doc(hidden)]
// CHECK-NEXT:     pub x: ::std::os::raw::c_int,
// CHECK-NEXT:     /// <div rustbindgen attribute="#[allow(unused)] #[cfg_attr(all(), doc(hidden))]"></div>
// CHECK-NEXT:     #[allow(unused)]
// CHECK-NEXT:     #[cfg_attr(all(), doc(hidden))]
// CHECK-NEXT:     pub y: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub union data {
// CHECK-NEXT:     /// <div rustbindgen attribute="allow(dead_code)"></div>
// CHECK-NEXT:     #[allow(dead_code)]
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT:     pub f: f32,
// CHECK-NEXT: }
// CHECK:      /// <div rustbindgen attribute="allow(dead_code)"></div>
// CHECK-NEXT: pub type handle = ::std::os::raw::c_int;

// CFG:      pub struct gated {
// CFG-NEXT:     /// <div rustbindgen attribute="cfg(test)"></div>
// CFG-NEXT:     #[cfg(test)]
// CFG-NEXT:     pub only_in_tests: ::std::os::raw::c_int,
// CFG-NEXT:     pub always: ::std::os::raw::c_int,
// CFG-NEXT: }
