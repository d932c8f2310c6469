// Loads the library given as the first argument through the
// --dynamic-loading bindings (KBINDGEN_BINDINGS) and prints what it sees.
#![allow(unexpected_cfgs)]
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]
include!(env!("KBINDGEN_BINDINGS"));

fn main() {
    let path = std::env::args().nth(1).expect("library path");
    let lib = unsafe { Dyn::new(&path) }.expect("the library loads");
    unsafe {
        let origin = lib.dyn_origin();
        println!("origin: {} {}", (*origin).a, (*origin).b);
        println!("sum: {}", lib.pair_sum(origin));
        lib.pair_scale(origin, 10);
        println!("scaled: {} {} counter {}", (*origin).a, (*origin).b, *lib.dyn_counter());
        // With --dynamic-link-require-all (built with --cfg required) the
        // fields hold the symbols themselves.
        #[cfg(not(required))]
        println!("missing: {}", lib.dyn_missing.is_err());
    }
    match unsafe { Dyn::new("/nonexistent/libnothing.so") } {
        Ok(_) => println!("nonexistent: loaded"),
        Err(_) => println!("nonexistent: error"),
    }
}
