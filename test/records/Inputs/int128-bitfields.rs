// Reads and writes the bitfields of int128-bitfields.h through the bindings
// in $KBINDGEN_BINDINGS, against the bytes C's layout gives them (x86_64).
#[allow(dead_code, non_camel_case_types, non_upper_case_globals, clippy::all)]
mod b {
    include!(env!("KBINDGEN_BINDINGS"));
}

fn bytes(w: &b::wide) -> [u8; 32] {
    unsafe { std::mem::transmute(*w) }
}

fn main() {
    let mut w: b::wide = unsafe { std::mem::zeroed() };
    // a: bits 0..100, all ones: bytes 0..12 and the low nibble of byte 12.
    w.set_a(-1);
    let mut want = [0u8; 32];
    want[..12].fill(0xff);
    want[12] = 0x0f;
    assert_eq!(bytes(&w), want);
    assert_eq!(w.a(), -1);
    for v in [-(1i128 << 99), (1i128 << 99) - 1, -(1i128 << 70) - 3, 1i128 << 80, -5] {
        w.set_a(v);
        assert_eq!(w.a(), v);
        assert_eq!(unsafe { b::wide::a_raw(&w) }, v);
    }
    w.set_b((1u128 << 28) - 1);
    assert_eq!(w.b(), (1u128 << 28) - 1);
    assert_eq!(w.a(), -5);
    // s: 5 bits, signed, in byte 16.
    w.set_s(-16);
    assert_eq!(w.s(), -16);
    assert_eq!(bytes(&w)[16], 0x10);
    let mut u: b::wide = unsafe { std::mem::zeroed() };
    unsafe { b::wide::set_a_raw(&mut u, -(1i128 << 90)) };
    assert_eq!(u.a(), -(1i128 << 90));
    u._bitfield_1 = b::wide::new_bitfield_1(-(1i128 << 95), 7, 3);
    assert_eq!((u.a(), u.b(), u.s()), (-(1i128 << 95), 7, 3));
    println!("int128 bitfields: ok");
}
