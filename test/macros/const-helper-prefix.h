// --const-helper-prefix PREFIX: a constant named PREFIX followed by X stands
// for macro X, which is left out (a visible skip: --explain, --verbose).
// The default is the Linux kernel's RUST_CONST_HELPER_ (Kbuild renames those
// constants to X after generation and cannot pass kbindgen options; see
// test/kbuild/const-helpers.h); an empty prefix turns the rule off.
// RUN: %kbindgen %s -o %t.default.rs -- %target
// RUN: FileCheck %s --check-prefix=DEFAULT --match-full-lines < %t.default.rs
// RUN: %rustc-check %t.default.rs
// RUN: %kbindgen %s --const-helper-prefix RUST_CONST_HELPER_ -o %t.explicit.rs -- %target
// RUN: cmp %t.default.rs %t.explicit.rs
// RUN: %kbindgen %s --const-helper-prefix= -o %t.off.rs -- %target
// RUN: FileCheck %s --check-prefix=OFF --match-full-lines < %t.off.rs
// RUN: %rustc-check %t.off.rs
// RUN: %kbindgen %s --const-helper-prefix MY_ -o %t.mine.rs -- %target
// RUN: FileCheck %s --check-prefix=MINE --match-full-lines < %t.mine.rs
// RUN: %kbindgen %s --verbose --explain PAGE_SIZE -o %t.v.rs -- %target 2>&1 \
// RUN:   | FileCheck %s --check-prefix=VERBOSE
// RUN: %kbindgen %s -o %t.quiet.rs -- %target 2>&1 | count 0
// RUN: %expect-exit 2 %kbindgen %s --const-helper-prefix 'A-' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD --match-full-lines

#define PAGE_SIZE (1UL << 12)
const unsigned long RUST_CONST_HELPER_PAGE_SIZE = PAGE_SIZE;
#define ORDER 3
const int MY_ORDER = ORDER;

// DEFAULT: pub const RUST_CONST_HELPER_PAGE_SIZE: ::std::os::raw::c_ulong = 4096;
// DEFAULT-NEXT: pub const MY_ORDER: ::std::os::raw::c_int = 3;
// DEFAULT-NEXT: pub const ORDER: u32 = 3;
// DEFAULT-NOT: PAGE_SIZE

// OFF: pub const RUST_CONST_HELPER_PAGE_SIZE: ::std::os::raw::c_ulong = 4096;
// OFF-NEXT: pub const MY_ORDER: ::std::os::raw::c_int = 3;
// OFF-NEXT: pub const PAGE_SIZE: u32 = 4096;
// OFF-NEXT: pub const ORDER: u32 = 3;

// MINE: pub const MY_ORDER: ::std::os::raw::c_int = 3;
// MINE-NEXT: pub const PAGE_SIZE: u32 = 4096;
// MINE-NOT: ORDER

// VERBOSE: kbindgen: warning: macro 'PAGE_SIZE' is left out: the constant 'RUST_CONST_HELPER_PAGE_SIZE' stands for it (--const-helper-prefix)
// VERBOSE: kbindgen: explain: macro 'PAGE_SIZE' ({{.*}}const-helper-prefix.h:22:9): skipped: the constant 'RUST_CONST_HELPER_PAGE_SIZE' stands for it (--const-helper-prefix)

// BAD: kbindgen: error: --const-helper-prefix: 'A-' is not made of letters, digits and '_'
