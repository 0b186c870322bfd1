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
    /// `fn`: comma-separated activation ids, and at most one gated unit id.
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
        .chain([Key::Approximate, Key::Theme, Key::Embed])
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
                | Key::Theme
                | Key::Embed => {}
            }
            assert_eq!(Key::all().filter(|x| *x == k).count(), 1, "{k}");
            assert_eq!(k.name().parse::<Key>(), Ok(k));
        }
        assert_eq!(Key::all().count(), listed.len() - 1 + Param::COUNT);
    }
}
