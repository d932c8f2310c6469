// Calls each overload of overloadable.h's `half` through its own wrapper.
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]

mod bindings {
    include!(env!("KBINDGEN_BINDINGS"));
}
use bindings::*;

fn main() {
    unsafe {
        assert_eq!(half(42), 21);
        assert_eq!(half1(5.0), 2.5);
        assert_eq!(half2(10, 20), 15);
    }
    println!("overloadable wrappers: ok");
}
