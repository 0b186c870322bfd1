//! How the seed's script draws each activation: colour, group, line style, label and note.

use crate::math::Activation;

/// The seed's three groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// Sigmoid, Tanh, Hard Sigmoid, Hard Tanh, Softsign.
    Saturating,
    /// ReLU, Leaky ReLU, PReLU, ELU, SELU, ReLU6.
    ReluFamily,
    /// GELU, SiLU, Mish, Softplus, Hard Swish (modern smooth / self-gated).
    Smooth,
}

impl Category {
    /// The three categories in the seed's order.
    pub const ALL: [Category; 3] = [Category::Saturating, Category::ReluFamily, Category::Smooth];

    /// The id used in URLs and `data-category`.
    pub const fn id(self) -> &'static str {
        match self {
            Category::Saturating => "saturating",
            Category::ReluFamily => "relu_family",
            Category::Smooth => "smooth",
        }
    }

    /// The members of this category in the seed's 4×4 grid ([`Activation::SEED`]), in its order.
    pub fn seed_members(self) -> impl Iterator<Item = Activation> {
        Activation::SEED
            .into_iter()
            .filter(move |a| seed_style(*a).category == self)
    }

    /// The activations of this category in the seed's order (GELU's tanh form included).
    pub fn members(self) -> impl Iterator<Item = Activation> {
        Activation::ALL
            .into_iter()
            .filter(move |a| seed_style(*a).category == self)
    }
}

/// How the seed draws one activation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeedStyle {
    /// The seed's group.
    pub category: Category,
    /// The seed's curve colour, RGB.
    pub color: (u8, u8, u8),
    /// Dashed in the grouped and overlay figures (the seed dashes approximations).
    pub dashed: bool,
    /// The name on its grid card in the seed, without the parameter values the seed appends
    /// (those come from the parameter table: see `chart::views::curve_name`).
    pub label: &'static str,
}

const fn s(category: Category, hex: u32, dashed: bool, label: &'static str) -> SeedStyle {
    SeedStyle {
        category,
        color: ((hex >> 16) as u8, (hex >> 8) as u8, hex as u8),
        dashed,
        label,
    }
}

/// The seed's drawing style of `a`. GELU's tanh form, absent from the seed, is drawn dashed in
/// GELU's colour (the seed's GELU *is* the tanh formula; the app's `gelu` is the exact one).
pub const fn seed_style(a: Activation) -> SeedStyle {
    use Category::*;
    match a {
        Activation::Sigmoid => s(Saturating, 0xe74c3c, false, "Sigmoid"),
        Activation::Tanh => s(Saturating, 0x3498db, false, "Tanh"),
        Activation::Hardsigmoid => s(Saturating, 0xe67e22, true, "Hard Sigmoid"),
        Activation::Hardtanh => s(Saturating, 0x1abc9c, true, "Hard Tanh"),
        Activation::Softsign => s(Saturating, 0x9b59b6, true, "Softsign"),
        Activation::Relu => s(ReluFamily, 0x2ecc71, false, "ReLU"),
        Activation::LeakyRelu => s(ReluFamily, 0xf39c12, false, "Leaky ReLU"),
        Activation::Prelu => s(ReluFamily, 0xe91e63, true, "PReLU"),
        Activation::Elu => s(ReluFamily, 0x00bcd4, false, "ELU"),
        Activation::Selu => s(ReluFamily, 0x8bc34a, false, "SELU"),
        Activation::Relu6 => s(ReluFamily, 0x795548, true, "ReLU6"),
        Activation::Gelu => s(
            Smooth, 0xff5722, false,
            // The seed's legend writes "GeLU"; PyTorch (nn.GELU) and the rest of the app: GELU.
            "GELU",
        ),
        Activation::GeluTanh => s(Smooth, 0xff5722, true, "GELU (tanh)"),
        Activation::Silu => s(Smooth, 0x673ab7, false, "Swish / SiLU"),
        Activation::Mish => s(Smooth, 0x009688, false, "Mish"),
        Activation::Softplus => s(Smooth, 0xff9800, true, "Softplus"),
        Activation::Hardswish => s(Smooth, 0x607d8b, true, "Hard Swish"),
    }
}
