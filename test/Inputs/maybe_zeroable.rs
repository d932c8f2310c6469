//! A stand-in for the kernel's `MaybeZeroable` derive (pin-init), for tests of
//! `--with-derive-custom-struct .*=MaybeZeroable`: it checks that the derive
//! is attached to a named, non-generic struct, union or enum, and emits a
//! constant that names the type (so a derive on something else fails to
//! compile). Build: rustc --edition 2021 --crate-type proc-macro THIS_FILE

extern crate proc_macro;

use proc_macro::{TokenStream, TokenTree};

#[proc_macro_derive(MaybeZeroable)]
pub fn derive_maybe_zeroable(input: TokenStream) -> TokenStream {
    let mut tokens = input.into_iter();
    while let Some(token) = tokens.next() {
        let TokenTree::Ident(keyword) = token else {
            continue;
        };
        let keyword = keyword.to_string();
        if keyword != "struct" && keyword != "union" && keyword != "enum" {
            continue;
        }
        let Some(TokenTree::Ident(name)) = tokens.next() else {
            panic!("MaybeZeroable: no type name after `{keyword}`");
        };
        if let Some(TokenTree::Punct(p)) = tokens.next() {
            assert!(p.as_char() != '<', "MaybeZeroable: `{name}` is generic");
        }
        return format!("const _: usize = ::core::mem::size_of::<{name}>();")
            .parse()
            .unwrap();
    }
    panic!("MaybeZeroable: not a struct, union or enum");
}
