//! The keys of the URL query and of the embed attributes, and the limits of what is read.

use std::fmt;
use std::str::FromStr;

use crate::math::Param;

/// The longest value accepted, in characters.
pub const MAX_VALUE_CHARS: usize = 1000;
/// The most key/value pairs read from one query; the rest are ignored with one notice.
pub const MAX_PAIRS: usize = 64;
/// The most notices reported; past it a single "too many" notice is added.
pub const MAX_NOTICES: usize = 20;
/// The most characters of an offending key or value quoted in a notice.
pub const EXCERPT_CHARS: usize = 40;

/// One key of the schema. The numeric parameters come from the parameter table
/// ([`Param`]), so a new parameter is a new key without any change here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// `lang`: `en`, `zh`.
    Lang,
    /// `view`: a [`super::View`] id.
    View,
    /// `fn`: comma-separated activation ids, and at most one gated unit id; or `none` (no
    /// function: the overlay's None).
    Fn,
    /// `set`: the [`crate::catalog::Collection`] the gallery and the table show.
    Set,
    /// `x`: the x-range `a,b`.
    X,
    /// `deriv`: whether derivatives are drawn.
    Deriv,
    /// `answers`: the questionnaire path.
    Answers,
    /// `sections`: the parts of the guide view shown.
    Sections,
    /// A numeric parameter, under its [`crate::math::ParamInfo::key`].
    Param(Param),
    /// `approximate`: GELU's form.
    Approximate,
    /// `init`: the depth lab's initialisation scheme.
    Init,
    /// `sw2`: σw² of `init=custom`.
    Sw2,
    /// `sb2`: σb² of `init=custom`.
    Sb2,
    /// `depth`: the depth lab's layers.
    Depth,
    /// `width`: the depth lab's units per layer.
    Width,
    /// `batch`: the depth lab's samples.
    Batch,
    /// `seed`: the depth lab's random seed.
    Seed,
    /// `theme`: `light`, `dark`.
    Theme,
    /// `embed`: the bare view for an iframe.
    Embed,
}

impl Key {
    /// Every key, in the order the query is written.
    pub fn all() -> impl Iterator<Item = Key> {
        [
            Key::Lang,
            Key::View,
            Key::Fn,
            Key::Set,
            Key::X,
            Key::Deriv,
            Key::Answers,
            Key::Sections,
        ]
        .into_iter()
        .chain(Param::ALL.into_iter().map(Key::Param))
        .chain([
            Key::Approximate,
            Key::Init,
            Key::Sw2,
            Key::Sb2,
            Key::Depth,
            Key::Width,
            Key::Batch,
            Key::Seed,
            Key::Theme,
            Key::Embed,
        ])
    }

    /// The key as written in the query (and, after `data-`, in attributes).
    pub const fn name(self) -> &'static str {
        match self {
            Key::Lang => "lang",
            Key::View => "view",
            Key::Fn => "fn",
            Key::Set => "set",
            Key::X => "x",
            Key::Deriv => "deriv",
            Key::Answers => "answers",
            Key::Sections => "sections",
            Key::Param(p) => p.key(),
            Key::Approximate => "approximate",
            Key::Init => "init",
            Key::Sw2 => "sw2",
            Key::Sb2 => "sb2",
            Key::Depth => "depth",
            Key::Width => "width",
            Key::Batch => "batch",
            Key::Seed => "seed",
            Key::Theme => "theme",
            Key::Embed => "embed",
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Key {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Key::all().find(|k| k.name() == s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new variant does not compile here until it is listed, and then fails until it is in
    /// [`Key::all`].
    #[test]
    fn all_lists_every_key_once() {
        let listed = [
            Key::Lang,
            Key::View,
            Key::Fn,
            Key::Set,
            Key::X,
            Key::Deriv,
            Key::Answers,
            Key::Sections,
            Key::Param(Param::Alpha),
            Key::Approximate,
            Key::Init,
            Key::Sw2,
            Key::Sb2,
            Key::Depth,
            Key::Width,
            Key::Batch,
            Key::Seed,
            Key::Theme,
            Key::Embed,
        ];
        for k in listed {
            match k {
                Key::Lang
                | Key::View
                | Key::Fn
                | Key::Set
                | Key::X
                | Key::Deriv
                | Key::Answers
                | Key::Sections
                | Key::Param(_)
                | Key::Approximate
                | Key::Init
                | Key::Sw2
                | Key::Sb2
                | Key::Depth
                | Key::Width
                | Key::Batch
                | Key::Seed
                | Key::Theme
                | Key::Embed => {}
            }
            assert_eq!(Key::all().filter(|x| *x == k).count(), 1, "{k}");
            assert_eq!(k.name().parse::<Key>(), Ok(k));
        }
        assert_eq!(Key::all().count(), listed.len() - 1 + Param::COUNT);
    }
}
