// `<div rustbindgen hide>` leaves out the annotated item: a type (its uses
// keep its name, as for --blocklist-type), a function, a variable or an
// enumerator. On a field it changes nothing, as in bindgen: hiding a field
// would change the record's layout.
// RUN: %kbindgen %s --no-layout-tests --raw-line 'pub struct Hidden;' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// --explain says the item is hidden by its annotation, not blocklisted.
// RUN: %kbindgen %s --explain Hidden --explain hidden_fn -- %target 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=EXPLAIN
// EXPLAIN:      kbindgen: explain: item 'Hidden' ({{.*}}hide.h:{{.*}}): hidden: annotated <div rustbindgen hide>
// EXPLAIN-NEXT: kbindgen: explain: item 'hidden_fn' ({{.*}}hide.h:{{.*}}): hidden: annotated <div rustbindgen hide>

/** <div rustbindgen hide></div> */
struct Hidden;
struct user {
  struct Hidden *h;
  /** <div rustbindgen hide></div> */
  int kept;
};
/** <div rustbindgen hide></div> */
typedef int hidden_int;
/** <div rustbindgen hide></div> */
void hidden_fn(void);
/** <div rustbindgen hide></div> */
extern int hidden_var;
enum color {
  RED,
  GREEN, /**< <div rustbindgen hide></div> */
};
void visible(void);

// CHECK-NOT:  Hidden {
// CHECK-NOT:  hidden_
// CHECK:      pub struct user {
// CHECK-NEXT:     pub h: *mut Hidden,
// CHECK-NEXT:     /// <div rustbindgen hide></div>
// CHECK-NEXT:     pub kept: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK-NOT:  hidden_
// CHECK:      pub const color_RED: color = 0;
// CHECK-NOT:  GREEN
// CHECK:          pub fn visible();
