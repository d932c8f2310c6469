// #error stops the translation: exit status 1 and no output.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %expect-exit 1 %kbindgen %s -o %t/out.rs -- %target 2>&1 \
// RUN:   | FileCheck %s -DFILE=%s
// RUN: test ! -e %t/out.rs
// RUN: %kbindgen %s -- %target -DOK > %t/ok.rs
// RUN: FileCheck %s --check-prefix=OK < %t/ok.rs

#ifndef OK
#error "this configuration is not supported"
#endif
int fine;

// CHECK: [[FILE]]:10:2: error: "this configuration is not supported"
// CHECK: kbindgen: error: failed to parse '[[FILE]]'
// OK: pub static mut fine: ::std::os::raw::c_int;
