// Prints what the functions of wrappers.h return, called from Rust through
// kbindgen's bindings and the generated C wrappers; wrappers.test compares
// the output with wrappers_main.c's.
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]

mod bindings {
    include!(env!("KBINDGEN_BINDINGS"));
}
use bindings::*;

unsafe extern "C" fn mul(a: i32, b: i32) -> i32 {
    a * b
}

fn main() {
    unsafe {
        let p = add_points(point { x: 1, y: 2 }, point { x: 30, y: 40 });
        println!("add_points {} {}", p.x, p.y);
        let m = scale(mixed { c: b'a' as _, d: 1.25, s: 1000 }, 4.0);
        println!("scale {} {:.3} {}", m.c, m.d, m.s);
        let arr = [3, 5, 7, 11];
        println!("sum_const {}", sum_const(arr.as_ptr(), 4));
        println!("apply {}", apply(Some(mul), 6, 7));
        println!("is_even {} {}", is_even(10) as i32, is_even(-7) as i32);
        println!("rotate {} {} {}", rotate(color_RED), rotate(color_GREEN), rotate(color_BLUE));
        let big: [i64; 3] = [1, -9000000000, 3];
        println!("second {}", second(big.as_ptr()));
        let (mut a, mut b) = (1, 2);
        swap(&mut a, &mut b);
        println!("swap {} {}", a, b);
        println!("narrow {}", narrow(0xFFFFFFFFFF));
        println!("halve {:.3}", halve(5.0));
        println!("neg {}", neg(-128));
        bump();
        println!("bump {}", bump());
    }
}
