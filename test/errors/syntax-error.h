// A C syntax error: Clang's diagnostics in clang's shape, exit status 1, and
// neither a new output file nor a changed existing one.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %expect-exit 1 %kbindgen %s -o %t/out.rs -- %target 2>&1 \
// RUN:   | FileCheck %s -DFILE=%s
// RUN: test ! -e %t/out.rs
// RUN: echo 'previous contents' > %t/existing.rs
// RUN: %expect-exit 1 %kbindgen %s -o %t/existing.rs -- %target
// RUN: FileCheck %s --check-prefix=KEPT < %t/existing.rs

struct broken { int x }
int y = ;

// CHECK: [[FILE]]:11:{{[0-9]+}}: error: expected ';' after struct
// CHECK: [[FILE]]:12:9: error: expected expression
// CHECK: kbindgen: error: failed to parse '[[FILE]]'
// KEPT: previous contents
