//! The sets the gallery and the table filter by: the seed's, PyTorch's, today's large models'.

use std::fmt;
use std::str::FromStr;

use crate::lang::{Text, t};
use crate::math::{Activation, GatedUnit};

use super::{entry, gated_entry};

/// A set of activations to show (URL key `set`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Collection {
    /// Everything (the default).
    #[default]
    All,
    /// The seed's set: its 16 and GELU's tanh form ([`Activation::SEED_SET`]); no gated unit.
    Seed,
    /// What PyTorch ships as a function ([`super::PyTorchApi::native`]; of the gated units,
    /// `F.glu`).
    Pytorch,
    /// What well-known large models use ([`super::Entry::models`], [`super::GatedEntry::models`]).
    Models,
}

impl Collection {
    /// The four, in the order of the filter's buttons.
    pub const ALL: [Collection; 4] = [
        Collection::Seed,
        Collection::Pytorch,
        Collection::Models,
        Collection::All,
    ];

    /// The ids, as a notice lists them.
    pub const EXPECTED: &'static str = "seed, pytorch, models, all";

    /// The URL value.
    pub const fn id(self) -> &'static str {
        match self {
            Collection::All => "all",
            Collection::Seed => "seed",
            Collection::Pytorch => "pytorch",
            Collection::Models => "models",
        }
    }

    /// The filter button's label.
    pub const fn name(self) -> Text {
        match self {
            Collection::All => t("All", "全部"),
            Collection::Seed => t("The guide's set", "指南原有"),
            Collection::Pytorch => t("In PyTorch", "PyTorch 内置"),
            Collection::Models => t("Large models", "大模型常用"),
        }
    }

    /// Whether `a` belongs to this set.
    pub fn contains(self, a: Activation) -> bool {
        match self {
            Collection::All => true,
            Collection::Seed => a.in_seed_set(),
            Collection::Pytorch => entry(a).pytorch.native(),
            Collection::Models => !entry(a).models.is_empty(),
        }
    }

    /// Whether the gated unit `u` belongs to this set.
    pub fn contains_gated(self, u: GatedUnit) -> bool {
        let e = gated_entry(u);
        match self {
            Collection::All => true,
            Collection::Seed => false,
            Collection::Pytorch => e.pytorch_native,
            Collection::Models => !e.models.is_empty(),
        }
    }
}

impl fmt::Display for Collection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Collection {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Collection::ALL.into_iter().find(|c| c.id() == s).ok_or(())
    }
}
