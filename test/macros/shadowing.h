// A macro that takes the name of an enumerator emitted before it. The same
// value is the same constant, emitted once. A macro defined in terms of the
// enumerator it shadows (a uapi header does this: pkt_sched.h's
// `#define __TC_MQPRIO_MODE_MAX (__TC_MQPRIO_MODE_MAX - 1)`) is the header's
// own choice: the enumerator is kept, as bindgen keeps it, and only --verbose
// mentions it (a kernel build stays quiet). Any other different meaning is a
// warning.
// RUN: %kbindgen %s -o %t.rs -- %target 2> %t.err
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: FileCheck %s --check-prefix=QUIET --implicit-check-not=warning < %t.err
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --verbose -o %t.v.rs -- %target 2>&1 | FileCheck %s --check-prefix=VERBOSE
// RUN: %kbindgen %s --explain MODE_MAX -o %t.e.rs -- %target 2>&1 | FileCheck %s --check-prefix=EXPLAIN

enum { SAME, MODE_A, MODE_B, MODE_MAX, OTHER };
#define SAME SAME
#define MODE_MAX (MODE_MAX - 1)
#define OTHER 42

// CHECK:      pub const SAME: _bindgen_ty_1 = 0;
// CHECK-NEXT: pub const MODE_A: _bindgen_ty_1 = 1;
// CHECK-NEXT: pub const MODE_B: _bindgen_ty_1 = 2;
// CHECK-NEXT: pub const MODE_MAX: _bindgen_ty_1 = 3;
// CHECK-NEXT: pub const OTHER: _bindgen_ty_1 = 4;
// CHECK-NEXT: pub type _bindgen_ty_1 = ::std::os::raw::c_uint;
// CHECK-NOT:  pub const

// QUIET: kbindgen: warning: macro 'OTHER' ({{.*}}shadowing.h:19) and an enumerator of '_bindgen_ty_1' ({{.*}}shadowing.h:16) both define 'OTHER' with different meanings; the macro is skipped

// VERBOSE-DAG: kbindgen: warning: macro 'MODE_MAX' ({{.*}}shadowing.h:18) and an enumerator of '_bindgen_ty_1' ({{.*}}shadowing.h:16) both define 'MODE_MAX' with different meanings; the macro is skipped (the macro is defined in terms of it)
// VERBOSE-DAG: kbindgen: warning: macro 'OTHER' {{.*}} the macro is skipped

// EXPLAIN: kbindgen: explain: macro 'MODE_MAX' ({{.*}}shadowing.h:18:9): skipped: name already used by an enumerator of '_bindgen_ty_1' ({{.*}}shadowing.h:16), which the macro's own definition refers to
