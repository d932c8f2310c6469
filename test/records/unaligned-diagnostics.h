// Never silent: with --verbose every record kbindgen rebuilds away from
// bindgen's representation is a warning at its C location, and every field
// turned into byte storage another at the field's; --explain says the same
// for a named record. Without --verbose nothing is printed.
// RUN: %kbindgen %s -o %t.rs -- %target 2> %t.quiet
// RUN: count 0 < %t.quiet
// RUN: %kbindgen %s --verbose --explain pa --explain outer --explain arr --explain plain -o %t.rs -- %target 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct __attribute__((packed, aligned(4))) pa {
  char c;
  int i;
};
// CHECK-DAG: kbindgen: warning: {{.*}}unaligned-diagnostics.h:12:44: struct 'pa': bindgen's representation would be wrong (Rust would place field 'i' at byte 4, C at byte 1); rebuilt with explicit padding
// CHECK-DAG: kbindgen: warning: {{.*}}unaligned-diagnostics.h:14:7: pa: field 'i' is [u8; 4usize] storage '_unaligned_i' at byte 1 with accessors i()/set_i(): byte offset 1 is not a multiple of its Rust alignment 4
// CHECK-DAG: kbindgen: explain: struct 'pa' ({{.*}}unaligned-diagnostics.h:12:44): emitted: bindgen's representation would be wrong (Rust would place field 'i' at byte 4, C at byte 1): rebuilt as #[repr(C)] #[repr(align(4))] with explicit padding; field 'i' is [u8; 4usize] storage '_unaligned_i' at byte 1 with accessors i()/set_i(): byte offset 1 is not a multiple of its Rust alignment 4

struct inner {
  int x;
} __attribute__((aligned(8)));
struct __attribute__((packed)) outer {
  char c;
  struct inner in;
};
// CHECK-DAG: kbindgen: warning: {{.*}}unaligned-diagnostics.h:23:32: struct 'outer': bindgen's representation would be wrong (a packed Rust type cannot hold field 'in_', whose type has or holds a repr(align) type (E0588)); rebuilt with explicit padding
// CHECK-DAG: kbindgen: warning: {{.*}}unaligned-diagnostics.h:25:16: outer: field 'in' is [u8; 8usize] storage '_unaligned_in_' at byte 1 with accessors in_()/set_in(): byte offset 1 is not a multiple of its Rust alignment 8
// CHECK-DAG: kbindgen: explain: struct 'outer' ({{.*}}): emitted: bindgen's representation would be wrong (a packed Rust type cannot hold field 'in_', whose type has or holds a repr(align) type (E0588)): rebuilt as #[repr(C)] with explicit padding; field 'in' is [u8; 8usize] storage '_unaligned_in_' at byte 1 with accessors in_()/set_in(): byte offset 1 is not a multiple of its Rust alignment 8

// bindgen's representation, corrected: nothing to say.
typedef unsigned long long compat_u64 __attribute__((aligned(4)));
struct arr {
  unsigned int a;
  compat_u64 v[2];
};
struct plain {
  int x;
};
// CHECK-DAG: kbindgen: explain: struct 'arr' ({{.*}}): emitted{{$}}
// CHECK-DAG: kbindgen: explain: struct 'plain' ({{.*}}): emitted{{$}}
// CHECK-NOT: warning: {{.*}}'arr'
