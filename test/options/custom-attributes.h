// --with-attribute-custom*: REGEX ends at the last '=' outside [...] and the
// attributes are separated by the commas outside [...], as bindgen splits
// them; each attribute is written with rustfmt's spacing. Linux 7.1's
// rust/bindgen_parameters spells its flag as below (Kbuild's shell removes
// the single quotes). `cfi_encoding` needs the nightly feature, as in the
// kernel's bindings crate.
// RUN: %kbindgen %s --newtype-enum lru_status \
// RUN:   "--with-attribute-custom-enum=lru_status=#[cfi_encoding=\"10lru_status\"]" \
// RUN:   --with-attribute-custom-struct 'a=b|node=#[doc(hidden)],#[cfg_attr(test,derive(PartialEq))]' \
// RUN:   --with-attribute-custom-union '.*=#[doc = "x=[1,2]"]' \
// RUN:   --with-attribute-custom 'node=#[allow(dead_code)]' \
// RUN:   -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: env RUSTC_BOOTSTRAP=1 %rustc-check %t.rs -Zcrate-attr=feature\(cfi_encoding\)
// RUN: %rustfmt-check %t.rs
// RUN: %expect-exit 2 %kbindgen %s --with-attribute-custom-enum 'lru_status=#[cfi_encoding' -- %target 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOEQ
// RUN: %expect-exit 2 %kbindgen %s --with-attribute-custom 'x=derive(Debug)' -- %target 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOTATTR

enum lru_status { LRU_REMOVED, LRU_ROTATE };
struct node { int v; };
union either { int i; float f; };

// CHECK:      #[repr(transparent)]
// CHECK-NEXT: #[cfi_encoding = "10lru_status"]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub struct lru_status(pub ::std::os::raw::c_uint);

// As in bindgen, the attributes for any type come first, then those for the
// kind, whatever the order on the command line.
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[allow(dead_code)]
// CHECK-NEXT: #[doc(hidden)]
// CHECK-NEXT: #[cfg_attr(test, derive(PartialEq))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct node {

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[doc = "x=[1,2]"]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub union either {

// NOEQ: kbindgen: error: expected REGEX=ATTRIBUTES (REGEX ends at the last '=' outside [...]), got 'lru_status=#[cfi_encoding'
// NOTATTR: kbindgen: error: invalid attribute 'derive(Debug)' in 'x=derive(Debug)': an attribute is written '#[...]'
