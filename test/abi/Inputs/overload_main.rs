// Calls the overloads of overload.h through their mangled symbols, and C's
// ms_abi function pointers from Rust (and a Rust one from C).
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]

mod bindings {
    include!(env!("KBINDGEN_BINDINGS"));
}
use bindings::*;

unsafe extern "win64" fn mul(a: i32, b: i32) -> i32 {
    a * b
}

fn main() {
    unsafe {
        assert_eq!(twice(21), 42);
        assert_eq!(twice2(1.25), 2.5);
        assert_eq!(twice3(3, 4), 14);
        assert_eq!(twice1(), 11);
        let pick = c_picker().expect("picker");
        let add = pick(1).expect("add");
        let sub = pick(0).expect("sub");
        assert_eq!(add(40, 2), 42);
        assert_eq!(sub(40, 2), 38);
        assert_eq!(c_apply(Some(mul), 6, 7), 42);
    }
    println!("overload-callconv: ok");
}
