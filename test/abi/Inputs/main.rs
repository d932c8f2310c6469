// Exercises the bindings of abi.h against the C code in abi.c: values written
// by Rust are read by C and the other way round.
// With `--cfg signed_bitfields`, negative values of signed bitfields are read
// back too (see signed-bitfields.test).
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]
#![allow(unexpected_cfgs)]

mod bindings {
    include!(env!("KBINDGEN_BINDINGS"));
}
use bindings::*;
use std::mem::{size_of, zeroed};

unsafe extern "C" fn mul(x: i32, y: i32) -> i32 {
    x * y
}

fn main() {
    unsafe {
        assert_eq!(size_of::<flags>() as u64, c_sizeof(0) as u64);
        assert_eq!(size_of::<mixed>() as u64, c_sizeof(1) as u64);
        assert_eq!(size_of::<packed>() as u64, c_sizeof(2) as u64);
        assert_eq!(size_of::<outer>() as u64, c_sizeof(3) as u64);

        // Bitfields written by C, read by Rust (getters and _raw getters).
        let mut f: flags = zeroed();
        c_fill_flags(&mut f);
        assert_eq!(f.a(), 5);
        assert_eq!(f.b(), 17);
        assert_eq!(f.d(), 0x12345678ab);
        assert!(f.e());
        assert_eq!(flags::d_raw(&f), 0x12345678ab);
        // A negative value in a signed bitfield reads back negative, as in C.
        #[cfg(signed_bitfields)]
        {
            assert_eq!(f.c(), -300);
            assert_eq!(flags::c_raw(&f), -300);
        }

        // Written by Rust (setters, _raw setters, the unit constructor),
        // read by C.
        let mut g: flags = zeroed();
        g.set_a(6);
        g.set_b(31);
        g.set_c(511);
        g.set_d(0xffffffffff);
        flags::set_e_raw(&mut g, true);
        assert_eq!(c_check_flags(&g, 6, 31, 511, 0xffffffffff, true), 1);
        g.set_c(-512);
        assert_eq!(c_check_flags(&g, 6, 31, -512, 0xffffffffff, true), 1);
        let h = flags {
            _bitfield_1: flags::new_bitfield_1(1, 2, -3, 4, false),
            ..zeroed()
        };
        assert_eq!(c_check_flags(&h, 1, 2, -3, 4, false), 1);

        let mut m: mixed = zeroed();
        c_fill_mixed(&mut m);
        assert_eq!((m.x, m.lo(), m.hi(), m.y), (0xAA, 0x3, 0xC, 0x55));
        #[cfg(signed_bitfields)]
        assert_eq!(m.neg(), -2);
        m.x = 0x11;
        m.set_lo(0x9);
        m.set_hi(0x6);
        m.y = 0x22;
        m.set_neg(-3);
        assert_eq!(c_check_mixed(&m), 1);

        let p = packed { c: b'k' as _, i: 0x01020304, s: -2 };
        assert_eq!(c_check_packed(p), 1);

        let mut o: outer = zeroed();
        o.tag = 7;
        o.__bindgen_anon_1.i = 42;
        o.pos.x = -1;
        o.pos.y = 300;
        for (i, b) in b"rust\0".iter().enumerate() {
            o.name[i] = *b as _;
        }
        assert_eq!(c_check_outer(&o), 1);

        assert_eq!(c_apply(Some(mul), 6, 7), 42);
        assert_eq!(c_sum(3, 1i32, 2i32, 39i32), 42);
        assert_eq!(c_next_color(color_RED), color_GREEN);
        assert_eq!(c_next_color(color_GREEN), color_BLUE);
        assert_eq!(color_BLUE, -4);
    }
    println!("abi: ok");
}
