// Exercises the bindings of unaligned.h against unaligned.c: C's layout, and
// values written by either side read back by the other through plain
// fields and through the accessors of fields stored unaligned.
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]

mod bindings {
    include!(env!("KBINDGEN_BINDINGS"));
}
use bindings::*;
use std::mem::{align_of, offset_of, size_of, zeroed};

fn check_layout(r: i32, size: usize, align: usize, offsets: &[usize]) {
    unsafe {
        assert_eq!(size as u64, c_layout(r, -2) as u64, "size of record {r}");
        assert_eq!(align as u64, c_layout(r, -1) as u64, "align of record {r}");
        for (f, off) in offsets.iter().enumerate() {
            assert_eq!(*off as u64, c_layout(r, f as i32) as u64, "record {r} field {f}");
        }
    }
}

fn main() {
    check_layout(0, size_of::<arr>(), align_of::<arr>(), &[offset_of!(arr, a), offset_of!(arr, v)]);
    check_layout(1, size_of::<pa>(), align_of::<pa>(), &[offset_of!(pa, c), offset_of!(pa, _unaligned_i)]);
    check_layout(
        2,
        size_of::<outer>(),
        align_of::<outer>(),
        &[offset_of!(outer, c), offset_of!(outer, _unaligned_in_)],
    );
    unsafe {
        // arr: plain fields of a packed(4) record.
        let mut a: arr = zeroed();
        c_fill_arr(&mut a);
        assert_eq!({ a.a }, 0xA1A2A3A4);
        assert_eq!({ a.v }, [0x0102030405060708, 0x1112131415161718]);
        a.a = 7;
        a.v = [u64::MAX, 3];
        assert_eq!(c_check_arr(&a, 7, u64::MAX, 3), 1);

        // pa: `i` sits at byte 1 of a 4-aligned record.
        let mut p: pa = zeroed();
        c_fill_pa(&mut p);
        assert_eq!(p.c, b'p' as _);
        assert_eq!(p.i(), -123456789);
        assert_eq!(pa::i_raw(&p), -123456789);
        p.c = b'q' as _;
        p.set_i(0x01020304);
        assert_eq!(c_check_pa(&p, b'q' as _, 0x01020304), 1);
        pa::set_i_raw(&mut p, i32::MIN);
        assert_eq!(c_check_pa(&p, b'q' as _, i32::MIN), 1);

        // outer: an 8-aligned record at byte 1 of a packed one.
        let mut o: outer = zeroed();
        c_fill_outer(&mut o);
        assert_eq!(o.c, b'o' as _);
        assert_eq!(o.in_().x, 0x7EADBEEF);
        assert_eq!(outer::in__raw(&o).x, 0x7EADBEEF);
        let mut inn: inner = zeroed();
        inn.x = -5;
        o.set_in(inn);
        assert_eq!(c_check_outer(&o, b'o' as _, -5), 1);
        inn.x = 99;
        outer::set_in_raw(&mut o, inn);
        assert_eq!(c_check_outer(&o, b'o' as _, 99), 1);

        // pfam: the flexible array starts at byte 1; its elements are read
        // and written unaligned.
        assert_eq!(offset_of!(pfam, tail), 1);
        let mut buf = [0u32; 8];
        let f = buf.as_mut_ptr() as *mut pfam;
        c_fill_pfam(f, 5);
        for i in 0..5 {
            assert_eq!((*f).tail.read(i), i as i32 * 1000 - 7);
        }
        (*f).c = b'g' as _;
        for i in 0..5 {
            (*f).tail.write(i, -40 + i as i32);
        }
        assert_eq!(c_check_pfam(f, 5, -40), 1);
    }
    println!("unaligned: ok");
}
