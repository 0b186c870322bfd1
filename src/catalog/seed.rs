//! How the seed's script draws each activation (colour, group, line style, label), and the same
//! for the activations added beyond the seed.

use crate::math::Activation;

/// The seed's three groups, and three more for what the seed does not have.
///
/// The additions go where their shape puts them: CELU, RReLU, Threshold (ReLU at its
/// defaults) and Squared ReLU keep ReLU's "pass positives, treat negatives cheaply" shape;
/// LogSigmoid (a mirrored softplus) and QuickGELU (a self-gate) are smooth. Hardshrink,
/// Softshrink and Tanhshrink share what none of the seed's groups has, a dead band or flat
/// stretch around 0 that pulls small inputs to zero, so they get their own group
/// ([`Category::Shrinkage`]); Snake's defining trait is its periodic part
/// ([`Category::Periodic`]); the two-input gated units form [`Category::Gated`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// Sigmoid, Tanh, Hard Sigmoid, Hard Tanh, Softsign.
    Saturating,
    /// ReLU, Leaky ReLU, PReLU, ELU, SELU, ReLU6; CELU, RReLU, Threshold, Squared ReLU.
    ReluFamily,
    /// GELU, SiLU, Mish, Softplus, Hard Swish (modern smooth / self-gated); LogSigmoid,
    /// QuickGELU.
    Smooth,
    /// Hardshrink, Softshrink, Tanhshrink: small inputs pulled to (or towards) zero.
    Shrinkage,
    /// Snake: identity plus a periodic term.
    Periodic,
    /// GLU, ReGLU, GeGLU, SwiGLU: two inputs, no [`Activation`] member
    /// (see [`crate::math::GatedUnit`]).
    Gated,
}

impl Category {
    /// The seed's three categories in its order (the groups view).
    pub const SEED: [Category; 3] = [Category::Saturating, Category::ReluFamily, Category::Smooth];

    /// Every category: the seed's three, then the added ones.
    pub const ALL: [Category; 6] = [
        Category::Saturating,
        Category::ReluFamily,
        Category::Smooth,
        Category::Shrinkage,
        Category::Periodic,
        Category::Gated,
    ];

    /// The id used in URLs and `data-category`.
    pub const fn id(self) -> &'static str {
        match self {
            Category::Saturating => "saturating",
            Category::ReluFamily => "relu_family",
            Category::Smooth => "smooth",
            Category::Shrinkage => "shrinkage",
            Category::Periodic => "periodic",
            Category::Gated => "gated",
        }
    }

    /// The members of this category in the seed's 4×4 grid ([`Activation::SEED`]), in its order.
    pub fn seed_members(self) -> impl Iterator<Item = Activation> {
        Activation::SEED
            .into_iter()
            .filter(move |a| seed_style(*a).category == self)
    }

    /// The activations of this category in [`Activation::ALL`] order (GELU's tanh form
    /// included; none for [`Category::Gated`]).
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
/// The added activations get darker shades of hues the seed leaves free (QuickGELU, an
/// approximation of GELU, dashed in a darker GELU orange).
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
        Activation::Celu => s(ReluFamily, 0x3f51b5, false, "CELU"),
        Activation::Rrelu => s(ReluFamily, 0x9e9d24, false, "RReLU"),
        Activation::Logsigmoid => s(Smooth, 0xad1457, false, "LogSigmoid"),
        Activation::Hardshrink => s(Shrinkage, 0x1565c0, false, "Hardshrink"),
        Activation::Softshrink => s(Shrinkage, 0x00838f, false, "Softshrink"),
        Activation::Tanhshrink => s(Shrinkage, 0x6a1b9a, false, "Tanhshrink"),
        Activation::Threshold => s(ReluFamily, 0x455a64, false, "Threshold"),
        Activation::SquaredRelu => s(ReluFamily, 0x2e7d32, false, "Squared ReLU"),
        Activation::QuickGelu => s(Smooth, 0xbf360c, true, "QuickGELU"),
        Activation::Snake => s(Periodic, 0xc77c02, false, "Snake"),
    }
}
