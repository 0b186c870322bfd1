//! How each curve looks — its colour and dash pattern — in one place: the charts draw with it
//! and the overlay's chooser shows the same swatch beside each name.
//!
//! The seed's figures (the full 16-curve overlay, the groups, the gallery, the detail) keep
//! the seed's colours and styles ([`seed_style`]). An overlay of at most [`PALETTE_MAX`]
//! chosen functions uses the theme's categorical palette instead ([`super::Theme::palette`]),
//! assigned in the order the functions were chosen, with a dash pattern as a second channel
//! ([`PALETTE_DASHES`]): some of the seed's colours are hard to tell apart (GELU/Sigmoid,
//! Mish/Hard Tanh, Tanh/ELU), the palette's stay distinct, also for colour-blind eyes.
//!
//! ```
//! use activation_explorer::chart::{LineStyle, Theme, curve_looks};
//! use activation_explorer::math::Activation;
//!
//! let set = [Activation::Gelu, Activation::Silu, Activation::Mish];
//! let looks = curve_looks(&set, &Theme::LIGHT);
//! assert_eq!(looks[0].color, Theme::LIGHT.palette[0]);
//! assert_eq!(looks[1].style, LineStyle::Dashed);
//! assert_eq!(looks[2].derivative_style(), LineStyle::Dotted);
//! ```

use crate::catalog::seed_style;
use crate::math::Activation;

use super::spec::{LineStyle, Theme};

/// The most chosen functions drawn with the palette; more are drawn in the seed's colours.
pub const PALETTE_MAX: usize = 8;

/// The dash patterns of the palette's curves of f, by position in the chosen order (cycled):
/// each pair of palette colours that could be confused also differs in its pattern. Their
/// derivatives are all [`LineStyle::Dotted`], a little thinner.
pub const PALETTE_DASHES: [LineStyle; 4] = [
    LineStyle::Solid,
    LineStyle::Dashed,
    LineStyle::DashDot,
    LineStyle::DashDotDot,
];

/// How one activation's curve of values (f) is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurveLook {
    /// The stroke colour before the theme's contrast adjustment ([`Theme::curve_color`]).
    pub color: (u8, u8, u8),
    /// f's dash pattern.
    pub style: LineStyle,
    /// Whether the look comes from the palette (else from the seed).
    pub palette: bool,
}

impl CurveLook {
    /// The seed's look of `a`: its colour, dashed for the seed's approximations.
    pub const fn seed(a: Activation) -> CurveLook {
        let s = seed_style(a);
        CurveLook {
            color: s.color,
            style: if s.dashed {
                LineStyle::Dashed
            } else {
                LineStyle::Solid
            },
            palette: false,
        }
    }

    /// The dash pattern of f′ drawn beside this f: the seed's rule (dashed, dotted when f is
    /// dashed) for seed looks; dotted for palette looks (their f already uses the dashes).
    pub const fn derivative_style(&self) -> LineStyle {
        match (self.palette, self.style) {
            (true, _) => LineStyle::Dotted,
            (false, LineStyle::Solid) => LineStyle::Dashed,
            (false, _) => LineStyle::Dotted,
        }
    }

    /// The colour this look is drawn with on `theme` (the swatches use it too).
    pub fn shown_color(&self, theme: &Theme) -> (u8, u8, u8) {
        theme.curve_color(self.color)
    }
}

/// The look of each activation of `set`, in order: the theme's palette colour and the
/// pattern of [`PALETTE_DASHES`] at its position when `set` holds at most [`PALETTE_MAX`]
/// functions, the seed's look otherwise.
pub fn curve_looks(set: &[Activation], theme: &Theme) -> Vec<CurveLook> {
    if set.len() > PALETTE_MAX {
        return set.iter().map(|a| CurveLook::seed(*a)).collect();
    }
    set.iter()
        .enumerate()
        .map(|(i, _)| CurveLook {
            color: theme.palette[i],
            style: PALETTE_DASHES[i % PALETTE_DASHES.len()],
            palette: true,
        })
        .collect()
}

/// The look of `a` in a chart of `set` (`None` when `a` is not in it).
pub fn look_in(set: &[Activation], a: Activation, theme: &Theme) -> Option<CurveLook> {
    let i = set.iter().position(|x| *x == a)?;
    curve_looks(set, theme).get(i).copied()
}

/// The swatch's line width in CSS pixels: the dash pattern of a swatch is
/// [`LineStyle::dash_array`] times it, as a chart's is times the curve's width.
pub const SWATCH_LINE: f64 = 2.0;

/// The CSS `mask-image` that cuts a swatch (a bar of the curve's colour) into the dashes of
/// `style` at [`SWATCH_LINE`]: a repeating gradient of opaque and transparent stops, one per
/// entry of the dash array; `None` for a solid line.
pub fn swatch_mask(style: LineStyle) -> Option<String> {
    let pattern = style.dash_array();
    if pattern.is_empty() {
        return None;
    }
    let mut css = String::from("repeating-linear-gradient(90deg");
    let mut at = 0.0;
    for (i, len) in pattern.iter().enumerate() {
        let end = at + len * SWATCH_LINE;
        let paint = if i % 2 == 0 { "#000" } else { "transparent" };
        css.push_str(&format!(", {paint} {at:.1}px {end:.1}px"));
        at = end;
    }
    css.push(')');
    Some(css)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palette_for_few_seed_for_many() {
        let few = [Activation::Mish, Activation::Gelu];
        let looks = curve_looks(&few, &Theme::DARK);
        assert_eq!(looks[0].color, Theme::DARK.palette[0]);
        assert_eq!(looks[1].color, Theme::DARK.palette[1]);
        assert!(looks.iter().all(|l| l.palette));
        // Chosen order, not catalogue order.
        assert_eq!(
            look_in(&few, Activation::Mish, &Theme::LIGHT).map(|l| l.color),
            Some(Theme::LIGHT.palette[0])
        );
        assert_eq!(look_in(&few, Activation::Relu, &Theme::LIGHT), None);
        let many = curve_looks(&Activation::SEED, &Theme::LIGHT);
        for (a, l) in Activation::SEED.iter().zip(&many) {
            assert_eq!(*l, CurveLook::seed(*a));
        }
        assert_eq!(
            CurveLook::seed(Activation::Softplus).derivative_style(),
            LineStyle::Dotted
        );
        assert_eq!(
            CurveLook::seed(Activation::Relu).derivative_style(),
            LineStyle::Dashed
        );
    }

    #[test]
    fn eight_palette_curves_differ_in_colour_and_in_colour_or_pattern_pairs() {
        let eight = &Activation::SEED[..8];
        let looks = curve_looks(eight, &Theme::LIGHT);
        for (i, a) in looks.iter().enumerate() {
            for b in &looks[i + 1..] {
                assert_ne!(a.color, b.color);
            }
        }
        assert_eq!(looks[4].style, LineStyle::Solid);
        assert_eq!(looks[7].style, LineStyle::DashDotDot);
    }

    #[test]
    fn swatch_masks_follow_the_dash_arrays() {
        assert_eq!(swatch_mask(LineStyle::Solid), None);
        assert_eq!(
            swatch_mask(LineStyle::Dashed).as_deref(),
            Some("repeating-linear-gradient(90deg, #000 0.0px 7.4px, transparent 7.4px 11.2px)")
        );
        let dd = swatch_mask(LineStyle::DashDotDot).unwrap();
        assert_eq!(dd.matches("#000").count(), 3);
        assert_eq!(dd.matches("transparent").count(), 3);
        assert!(dd.ends_with("transparent 18.2px 21.4px)"), "{dd}");
    }
}
