//! The app state <-> URL query / embed attributes: pure parse and validate.
//!
//! One concern per file: [`schema`] (the keys and limits), [`notice`] (what was ignored and
//! why, in both languages), [`codec`] (percent-coding, numbers), [`parse`] (query or
//! attributes → state) and [`write`] (state → pairs, query, embed snippets).
//!
//! # Schema
//! | key | values | default |
//! |---|---|---|
//! | `lang` | `en`, `zh` | follow the browser |
//! | `view` | `guide`, `gallery`, `groups`, `overlay`, `table`, `detail`, `gated` | `guide` |
//! | `fn` | comma-separated activation ids (`relu,gelu`) and at most one gated unit id (`swiglu`); duplicates dropped; `detail` shows the first activation, `gated` the gated unit | none (the view's own set) |
//! | `set` | `seed`, `pytorch`, `models`, `all`: what the gallery and the table show | `all` |
//! | `x` | the x-range `a,b`: finite, `a < b`, `|a|, |b| ≤ 1e6`, `b − a ≥ 1e-6` | `-6,6` |
//! | `deriv` | `0`, `1`, `false`, `true` | `0` |
//! | `answers` | the questionnaire path, `y`/`n` per answer (see [`crate::guide`]) | empty |
//! | `sections` | the guide's parts shown: comma-separated `quiz`, `categories`, `notes` | all |
//! | every [`crate::math::Param`] key (`negative_slope`, `alpha`, …) | a number within its limits, ordered pairs ordered | PyTorch's |
//! | `approximate` | `none`, `tanh` | `none` |
//! | `theme` | `light`, `dark` | follow the system |
//! | `embed` | `0`, `1`, `false`, `true` (bare widget for an iframe) | `0` |
//!
//! Rules: keys are case-sensitive; `+` is a space and `%XX` a byte (the bytes must be UTF-8);
//! a value longer than [`MAX_VALUE_CHARS`] characters, an empty value, a malformed value and an
//! unknown key are ignored with a [`Notice`] and the default is kept. **When a key is repeated,
//! the first occurrence wins** (as `URLSearchParams.get` does) and each repetition adds a notice.
//! Embed attributes use the same names without their `data-` prefix ([`parse_pairs`]).
//!
//! [`to_query`] writes only the non-default values, so `parse_query(&to_query(&s)).0 == s` for
//! every valid state.
//!
//! ```
//! use activation_explorer::math::Activation;
//! use activation_explorer::state::{View, parse_query, to_query};
//!
//! let (state, notices) = parse_query("?view=overlay&fn=relu,nope&x=6,-6");
//! assert_eq!(state.view, View::Overlay);
//! assert_eq!(state.fns, [Activation::Relu]); // the unknown id is skipped
//! assert_eq!(state.x_range, (-6.0, 6.0)); // the reversed range falls back to the default
//! let keys: Vec<_> = notices.iter().map(|n| n.key.as_str()).collect();
//! assert_eq!(keys, ["fn", "x"]);
//! assert_eq!(to_query(&state), "view=overlay&fn=relu");
//! ```

use std::fmt;
use std::str::FromStr;

use crate::catalog::Collection;
use crate::chart::DEFAULT_X_RANGE;
use crate::guide::Questionnaire;
use crate::lang::Lang;
use crate::math::{Activation, GatedUnit, Params};

pub mod codec;
pub mod notice;
pub mod parse;
pub mod schema;
pub mod write;

pub use notice::{Notice, NoticeKind, param_error_message};
pub use parse::{parse_pairs, parse_param, parse_query};
pub use schema::{EXCERPT_CHARS, Key, MAX_NOTICES, MAX_PAIRS, MAX_VALUE_CHARS};
pub use write::{embed_snippets, to_pairs, to_query};

/// The page or widget shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// The selection questionnaire.
    #[default]
    Guide,
    /// One chart per activation.
    Gallery,
    /// The seed's three category charts.
    Groups,
    /// Every chosen activation on one chart.
    Overlay,
    /// The overview table.
    Table,
    /// One activation in depth.
    Detail,
    /// The gated units (GLU, ReGLU, GeGLU, SwiGLU): heat map, gate, facts.
    Gated,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 7] = [
        View::Guide,
        View::Gallery,
        View::Groups,
        View::Overlay,
        View::Table,
        View::Detail,
        View::Gated,
    ];

    /// The ids of every view, as a notice lists them.
    pub const EXPECTED: &'static str = "guide, gallery, groups, overlay, table, detail, gated";

    /// The id used in the URL and in `data-activation-explorer`.
    pub const fn id(self) -> &'static str {
        match self {
            View::Guide => "guide",
            View::Gallery => "gallery",
            View::Groups => "groups",
            View::Overlay => "overlay",
            View::Table => "table",
            View::Detail => "detail",
            View::Gated => "gated",
        }
    }
}

impl fmt::Display for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for View {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        View::ALL.into_iter().find(|v| v.id() == s).ok_or(())
    }
}

/// The colour theme chosen by the user (`None` in [`AppState`] = follow the system).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Dark text on light background.
    Light,
    /// Light text on dark background.
    Dark,
}

impl Theme {
    /// Both themes.
    pub const ALL: [Theme; 2] = [Theme::Light, Theme::Dark];

    /// The URL value.
    pub const fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl FromStr for Theme {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Theme::ALL.into_iter().find(|v| v.id() == s).ok_or(())
    }
}

/// A part of the guide view, for `sections` (a docs page may embed the questionnaire alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GuidePart {
    /// The questionnaire and its result.
    Quiz,
    /// The guide by category.
    Categories,
    /// The practical notes.
    Notes,
}

impl GuidePart {
    /// Every part, in the view's order.
    pub const ALL: [GuidePart; 3] = [GuidePart::Quiz, GuidePart::Categories, GuidePart::Notes];

    /// The ids of every part, as a notice lists them.
    pub const EXPECTED: &'static str = "quiz, categories, notes";

    /// The id in `sections`.
    pub const fn id(self) -> &'static str {
        match self {
            GuidePart::Quiz => "quiz",
            GuidePart::Categories => "categories",
            GuidePart::Notes => "notes",
        }
    }
}

impl FromStr for GuidePart {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        GuidePart::ALL.into_iter().find(|p| p.id() == s).ok_or(())
    }
}

/// Everything a link or an embed can set.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The language; `None` = follow the browser.
    pub lang: Option<Lang>,
    /// The view shown.
    pub view: View,
    /// The chosen activations, without duplicates; empty = the view's own default set.
    pub fns: Vec<Activation>,
    /// The gated unit chosen (the `fn` id of one); `None` = the gated view's default, SwiGLU.
    pub gated: Option<GatedUnit>,
    /// What the gallery and the table show.
    pub set: Collection,
    /// The x-range of the charts.
    pub x_range: (f64, f64),
    /// Whether derivatives are drawn.
    pub deriv: bool,
    /// The questionnaire path (`true` = Yes); always a valid path.
    pub answers: Vec<bool>,
    /// The parts of the guide view shown, in the view's order; empty = all of them.
    pub sections: Vec<GuidePart>,
    /// The activation parameters.
    pub params: Params,
    /// The colour theme; `None` = follow the system.
    pub theme: Option<Theme>,
    /// Whether the app runs as a bare embedded widget (iframe).
    pub embed: bool,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            lang: None,
            view: View::default(),
            fns: Vec::new(),
            gated: None,
            set: Collection::All,
            x_range: DEFAULT_X_RANGE,
            deriv: false,
            answers: Vec::new(),
            sections: Vec::new(),
            params: Params::default(),
            theme: None,
            embed: false,
        }
    }
}

impl AppState {
    /// The activation of the detail view: the first of `fns`.
    pub fn primary_fn(&self) -> Option<Activation> {
        self.fns.first().copied()
    }

    /// Whether the guide view shows `part`.
    pub fn shows(&self, part: GuidePart) -> bool {
        self.sections.is_empty() || self.sections.contains(&part)
    }

    /// The gated unit of the gated view: the chosen one, else SwiGLU.
    pub fn gated_unit(&self) -> GatedUnit {
        self.gated.unwrap_or(GatedUnit::Swiglu)
    }

    /// The questionnaire at the stored answers (from the start if they were somehow invalid).
    pub fn questionnaire(&self) -> Questionnaire {
        Questionnaire::from_answers(&self.answers).unwrap_or_default()
    }
}
