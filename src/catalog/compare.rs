//! The comparison grid's facts, one row per function, and its sort: output range, bounded,
//! monotonic, smooth, zero-centred, cost and the PyTorch call, all derived from the catalogue
//! (bounds, computed minima and moments, [`special_functions`], [`pytorch_at`]).
//!
//! ```
//! use activation_explorer::catalog::{Column, Sort, comparison, sort_rows};
//! use activation_explorer::lang::Lang;
//! use activation_explorer::math::Activation;
//!
//! let mut rows: Vec<_> = [Activation::Mish, Activation::Relu, Activation::Gelu]
//!     .into_iter()
//!     .map(comparison)
//!     .collect();
//! assert_eq!(rows[2].range_text(Lang::En), "[−0.17, ∞)");
//! let by_cost = Sort::after_click(None, Column::Cost);
//! sort_rows(&mut rows, by_cost, Lang::En);
//! assert_eq!(rows[0].name.en, "ReLU");
//! ```

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use super::cost::{Special, gated_special_functions, special_functions};
use super::stats::normal_expectation;
use super::{Bound, entry, gated_entry, minimum, pytorch_at, shown_stat, stats};
use crate::lang::{Lang, Text};
use crate::math::{Activation, GatedUnit, Params};

/// One end of an output range in the grid: a catalogue [`Bound`] with its computed minimum
/// filled in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum End {
    /// No bound (−∞ or ∞).
    Unbounded,
    /// Approached, never reached.
    Open(f64),
    /// Reached (a clamp, or a computed minimum).
    Closed(f64),
}

/// Which ends of the output range are finite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bounded {
    /// Both ends (Sigmoid, Tanh, ReLU6…).
    Both,
    /// Only the lower end (ReLU, ELU, GELU…).
    Below,
    /// Only the upper end (LogSigmoid).
    Above,
    /// Neither (Leaky ReLU, the shrinkage functions, Snake, the gated units).
    No,
}

impl Bounded {
    /// The four, in the grid's ascending order.
    pub const ALL: [Bounded; 4] = [Bounded::Both, Bounded::Below, Bounded::Above, Bounded::No];
}

/// Whether the mean output E[f(z)] for z ~ N(0, 1) is zero.
///
/// The rule: zero-centred when E[f(z)] is 0 within the quadrature's error, as the detail view
/// prints it ([`shown_stat`] with the scale E[f(z)²]): the odd functions (Tanh, Softsign, Hard
/// Tanh, the shrinkage functions) and SELU, whose constants make it so; and the gated units,
/// a·g(b) with independent a and b (E[a] = 0). Nothing in the catalogue lies between that and
/// clearly off-centre (the smallest other |E[f(z)]| is ELU's 0.16, a sixth of its RMS output),
/// so "small" needs no second threshold: the grid prints the value beside the mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Centred {
    /// E[f(z)] = 0.
    Zero,
    /// E[f(z)] ≠ 0.
    Off,
}

/// One function of the comparison grid: an activation or a gated unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A single-input activation.
    Activation(Activation),
    /// A gated unit a·g(b).
    Gated(GatedUnit),
}

impl Subject {
    /// Its id (the URL's `fn` value).
    pub const fn id(self) -> &'static str {
        match self {
            Subject::Activation(a) => a.id(),
            Subject::Gated(u) => u.id(),
        }
    }
}

/// The grid's facts of one function.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Which function.
    pub subject: Subject,
    /// Its display name.
    pub name: Text,
    /// The lower end of the output range.
    pub lower: End,
    /// The upper end of the output range.
    pub upper: End,
    /// Non-decreasing over ℝ ([`Activation::is_monotonic`]); `None` for a gated unit (two
    /// inputs: no single order).
    pub monotonic: Option<bool>,
    /// f is C¹: no jump of f or f′ (for a gated unit: its gate's).
    pub smooth: bool,
    /// E[f(z)] for z ~ N(0, 1) (independent a, b ~ N(0, 1) for a gated unit), 0 when it is
    /// zero within the quadrature's error.
    pub mean: f64,
    /// The special functions evaluated per value.
    pub cost: &'static [Special],
    /// The PyTorch call at the default parameters: the module, or the expression where
    /// PyTorch has none; for a gated unit its first form.
    pub pytorch: String,
}

/// Whether `a` is C¹ with the parameters `p`, from the math: f never jumps
/// ([`Activation::jumps`]) and f′ takes the same value on both sides of each of its kinks
/// ([`Activation::kinks`], evaluated at the neighbouring doubles): ELU's kink at 0 (α = 1) and
/// Squared ReLU's are smooth, ReLU's and SELU's are not.
fn smooth(a: Activation, p: &Params) -> bool {
    !a.jumps(p)
        && a.kinks(p).into_iter().all(|k| {
            let (left, right) = (
                a.derivative_with(k.next_down(), p),
                a.derivative_with(k.next_up(), p),
            );
            (right - left).abs() <= 1e-9 * left.abs().max(1.0)
        })
}

/// The grid's row of the activation `a`, at its default parameters: the range from the
/// catalogue's bounds (the same as its range text), monotonic and smooth from the math, the
/// zero-centring from the computed E[f(z)].
pub fn comparison(a: Activation) -> Comparison {
    let e = entry(a);
    let resolve = |b: Bound| match b {
        Bound::Unbounded => End::Unbounded,
        Bound::Open(v) => End::Open(v),
        Bound::Closed(v) => End::Closed(v),
        Bound::Minimum => End::Closed(minimum(a).expect("a Minimum bound has a minimum").1),
    };
    let st = stats(a);
    let p = Params::default();
    let (module, functional) = pytorch_at(a, &p);
    Comparison {
        subject: Subject::Activation(a),
        name: e.name,
        lower: resolve(e.bounds.0),
        upper: resolve(e.bounds.1),
        monotonic: Some(a.is_monotonic(&p)),
        smooth: smooth(a, &p),
        mean: shown_stat(st.mean, st.second_moment),
        cost: special_functions(a),
        pytorch: module.unwrap_or(functional),
    }
}

/// The grid's row of the gated unit `u`: unbounded over the (a, b) plane, smooth as its gate,
/// E[a·g(b)] = E[a]·E[g(b)] for independent a, b ~ N(0, 1), its gate's cost.
pub fn gated_comparison(u: GatedUnit) -> Comparison {
    let e = gated_entry(u);
    let gate = stats(u.gate());
    let mean_a = normal_expectation(|z| z, &[]);
    let mean = mean_a * gate.mean;
    Comparison {
        subject: Subject::Gated(u),
        name: e.name,
        lower: End::Unbounded,
        upper: End::Unbounded,
        monotonic: None,
        smooth: smooth(u.gate(), &Params::default()),
        mean: shown_stat(mean, gate.second_moment),
        cost: gated_special_functions(u),
        pytorch: e
            .pytorch
            .split(" · ")
            .next()
            .unwrap_or(e.pytorch)
            .to_string(),
    }
}

/// A number in the grid: at most three decimals, no trailing zeros, a minus sign U+2212
/// (−0.16997 → "−0.17", 1.7581 → "1.758", 6 → "6").
pub fn grid_number(v: f64) -> String {
    let s = format!("{:.3}", v.abs());
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if v < 0.0 && s != "0" {
        format!("−{s}")
    } else {
        s.to_string()
    }
}

impl Comparison {
    /// The output range in brief, from the catalogue's bounds: `(0, 1)`, `[0, 6]`,
    /// `[−0.17, ∞)` (a computed minimum, [`grid_number`]); `+∞` in Chinese, as the catalogue
    /// writes it. The catalogue's full text (where the minimum is, other parameters) is in the
    /// row's card.
    pub fn range_text(&self, lang: Lang) -> String {
        let inf = match lang {
            Lang::En => "∞",
            Lang::Zh => "+∞",
        };
        let lower = match self.lower {
            End::Unbounded => "(−∞".to_string(),
            End::Open(v) => format!("({}", grid_number(v)),
            End::Closed(v) => format!("[{}", grid_number(v)),
        };
        let upper = match self.upper {
            End::Unbounded => format!("{inf})"),
            End::Open(v) => format!("{})", grid_number(v)),
            End::Closed(v) => format!("{}]", grid_number(v)),
        };
        format!("{lower}, {upper}")
    }

    /// Which ends of the range are finite.
    pub fn bounded(&self) -> Bounded {
        match (self.lower == End::Unbounded, self.upper == End::Unbounded) {
            (false, false) => Bounded::Both,
            (false, true) => Bounded::Below,
            (true, false) => Bounded::Above,
            (true, true) => Bounded::No,
        }
    }

    /// Zero-centred or not (see [`Centred`] for the rule).
    pub fn centred(&self) -> Centred {
        if self.mean == 0.0 {
            Centred::Zero
        } else {
            Centred::Off
        }
    }

    /// The range's ends as numbers (−∞ and ∞ for no bound), for sorting.
    fn ends(&self) -> (f64, f64) {
        let value = |b: End, none: f64| match b {
            End::Open(v) | End::Closed(v) => v,
            End::Unbounded => none,
        };
        (
            value(self.lower, f64::NEG_INFINITY),
            value(self.upper, f64::INFINITY),
        )
    }
}

/// A column of the comparison grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The name.
    Name,
    /// The output range.
    Range,
    /// Bounded: both, below, above, no.
    Bounded,
    /// Monotonic.
    Monotonic,
    /// Smooth (C¹).
    Smooth,
    /// E[f(z)] and whether it is 0.
    ZeroCentred,
    /// The special functions per value.
    Cost,
    /// The PyTorch call.
    Pytorch,
}

impl Column {
    /// The columns, left to right.
    pub const ALL: [Column; 8] = [
        Column::Name,
        Column::Range,
        Column::Bounded,
        Column::Monotonic,
        Column::Smooth,
        Column::ZeroCentred,
        Column::Cost,
        Column::Pytorch,
    ];

    /// Its id (the header button's `data-sort`).
    pub const fn id(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Range => "range",
            Column::Bounded => "bounded",
            Column::Monotonic => "monotonic",
            Column::Smooth => "smooth",
            Column::ZeroCentred => "zero_centred",
            Column::Cost => "cost",
            Column::Pytorch => "pytorch",
        }
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Column {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Column::ALL.into_iter().find(|c| c.id() == s).ok_or(())
    }
}

/// A sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Smallest first.
    Ascending,
    /// Largest first.
    Descending,
}

/// The grid's order: a column and a direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    /// The column sorted by.
    pub column: Column,
    /// Its direction.
    pub direction: Direction,
}

impl Sort {
    /// The order after a click on `column`'s header: ascending, or the other direction when
    /// the grid is already sorted by it.
    pub fn after_click(current: Option<Sort>, column: Column) -> Sort {
        let direction = match current {
            Some(s) if s.column == column && s.direction == Direction::Ascending => {
                Direction::Descending
            }
            _ => Direction::Ascending,
        };
        Sort { column, direction }
    }

    /// The header's `aria-sort` value.
    pub const fn aria(self) -> &'static str {
        match self.direction {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

/// A row's sort key in one column (ascending order).
#[derive(PartialEq, PartialOrd)]
enum Key {
    Text(String),
    Numbers(f64, f64),
}

/// The key of `r` in `column`; `None` where the column does not apply (a gated unit's
/// monotonicity), which sorts last in both directions.
fn key(r: &Comparison, column: Column, lang: Lang) -> Option<Key> {
    // Booleans: the property holding first (0), as "both" comes first for Bounded.
    let flag = |b: bool| Key::Numbers(if b { 0.0 } else { 1.0 }, 0.0);
    Some(match column {
        Column::Name => Key::Text(r.name.get(lang).to_lowercase()),
        Column::Range => {
            let (lo, hi) = r.ends();
            Key::Numbers(lo, hi)
        }
        Column::Bounded => Key::Numbers(
            Bounded::ALL
                .iter()
                .position(|&b| b == r.bounded())
                .unwrap_or(0) as f64,
            0.0,
        ),
        Column::Monotonic => flag(r.monotonic?),
        Column::Smooth => flag(r.smooth),
        Column::ZeroCentred => Key::Numbers(r.mean.abs(), r.mean),
        Column::Cost => Key::Numbers(r.cost.len() as f64, 0.0),
        Column::Pytorch => Key::Text(r.pytorch.to_lowercase()),
    })
}

/// Sorts `rows` by `sort` (stable: rows that tie keep their order, in both directions).
/// Ascending means: names and PyTorch calls A→Z; the range by its lower end, then its upper
/// end; bounded both, below, above, no; monotonic and smooth: yes first; zero-centred: the
/// smallest |E[f(z)]| first; cost: the fewest special functions first. A column that does not
/// apply to a row (a gated unit's monotonicity) puts it last either way.
pub fn sort_rows(rows: &mut [Comparison], sort: Sort, lang: Lang) {
    rows.sort_by(
        |a, b| match (key(a, sort.column, lang), key(b, sort.column, lang)) {
            (Some(x), Some(y)) => {
                let o = x.partial_cmp(&y).unwrap_or(Ordering::Equal);
                match sort.direction {
                    Direction::Ascending => o,
                    Direction::Descending => o.reverse(),
                }
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
    );
}
