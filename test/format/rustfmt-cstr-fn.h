// A string constant whose `unsafe { ... }` value fits neither after `=` nor
// on the next line opens the block, as rustfmt does; a function pointer
// without parameters puts a return type that does not fit after `()` below
// it. (Found by scripts/rustfmt-fuzz.py.)
// RUN: %kbindgen %s --generate-cstr --rust-target 1.68 --no-layout-tests -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct a_record_whose_name_has_sixty_two_characters_so_its_return_typ;
struct callbacks {
  struct a_record_whose_name_has_sixty_two_characters_so_its_return_typ *(*get)(void);
};
// CHECK:      pub struct callbacks {
// CHECK-NEXT:     pub get: ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn()
// CHECK-NEXT:             -> *mut a_record_whose_name_has_sixty_two_characters_so_its_return_typ,
// CHECK-NEXT:     >,
// CHECK-NEXT: }

#define A_STRING_CONSTANT "thirty-six characters of a c string!"
// CHECK:      pub const A_STRING_CONSTANT: &::std::ffi::CStr = unsafe {
// CHECK-NEXT:     ::std::ffi::CStr::from_bytes_with_nul_unchecked(b"thirty-six characters of a c string!\0")
// CHECK-NEXT: };
