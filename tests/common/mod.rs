//! Helpers shared by the native test crates (each includes them with `mod common;`).
//!
//! Chinese text is recognised by Unicode blocks:
//! - [`is_han`]: a Chinese character (an ideograph): CJK Unified Ideographs (U+4E00–U+9FFF),
//!   Extension A (U+3400–U+4DBF), CJK Compatibility Ideographs (U+F900–U+FAFF) and the
//!   Supplementary and Tertiary Ideographic Planes (U+20000–U+3FFFF: Extensions B to H).
//!   "This text is Chinese" means it holds one of these: CJK punctuation alone does not count.
//! - [`is_cjk`]: anything of Chinese typesetting that must not appear in English text: an
//!   ideograph, CJK Symbols and Punctuation (U+3000–U+303F: `、。「」` and the ideographic
//!   space) and Halfwidth and Fullwidth Forms (U+FF00–U+FFEF: `，：（）！？` …).

/// Whether `c` is a Chinese character (see the module documentation for the blocks).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x2_0000..=0x3_FFFF)
}

/// Whether `c` is a Chinese character, CJK punctuation or a fullwidth form.
pub fn is_cjk(c: char) -> bool {
    is_han(c) || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF)
}
