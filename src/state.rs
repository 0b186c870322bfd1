//! The app state <-> URL query / embed attributes: pure parse and validate.
//!
//! # Schema
//! | key | values | default |
//! |---|---|---|
//! | `lang` | `en`, `zh` | follow the browser |
//! | `view` | `guide`, `gallery`, `groups`, `overlay`, `table`, `detail` | `guide` |
//! | `fn` | comma-separated activation ids (`relu,gelu`); duplicates dropped; `detail` shows the first | none (the view's own set) |
//! | `x` | the x-range `a,b`: finite, `a < b`, `|a|, |b| ≤ 1e6`, `b − a ≥ 1e-6` | `-6,6` |
//! | `deriv` | `0`, `1`, `false`, `true` | `0` |
//! | `answers` | the questionnaire path, `y`/`n` per answer (see [`crate::guide`]) | empty |
//! | `negative_slope`, `weight`, `alpha`, `min_val`, `max_val`, `beta`, `threshold` | numbers within [`PARAM_LIMITS`], `min_val < max_val` | PyTorch's |
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

use crate::guide::{GuideError, Questionnaire, decode_answers, encode_answers};
use crate::lang::Lang;
use crate::math::{Activation, GeluApproximate, Params};

/// The longest value accepted, in characters.
pub const MAX_VALUE_CHARS: usize = 1000;
/// The most key/value pairs read from one query; the rest are ignored with one notice.
pub const MAX_PAIRS: usize = 64;
/// The most notices reported; past it a single [`NoticeKind::TooManyNotices`] is added.
pub const MAX_NOTICES: usize = 20;
/// The most characters of an offending key or value quoted in a notice.
pub const EXCERPT_CHARS: usize = 40;
/// The default x-range.
pub const DEFAULT_X_RANGE: (f64, f64) = (-6.0, 6.0);
/// The largest |x| allowed at either end of the x-range.
pub const MAX_ABS_X: f64 = 1e6;
/// The narrowest x-range allowed.
pub const MIN_X_WIDTH: f64 = 1e-6;

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
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 6] = [
        View::Guide,
        View::Gallery,
        View::Groups,
        View::Overlay,
        View::Table,
        View::Detail,
    ];

    /// The id used in the URL and in `data-activation-explorer`.
    pub const fn id(self) -> &'static str {
        match self {
            View::Guide => "guide",
            View::Gallery => "gallery",
            View::Groups => "groups",
            View::Overlay => "overlay",
            View::Table => "table",
            View::Detail => "detail",
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

/// The accepted range of one numeric parameter in a URL or an attribute (wider than the sliders).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamLimit {
    /// The parameter name (PyTorch's).
    pub name: &'static str,
    /// The smallest accepted value.
    pub min: f64,
    /// The largest accepted value.
    pub max: f64,
}

/// The accepted range of every numeric parameter.
pub const PARAM_LIMITS: [ParamLimit; 7] = [
    ParamLimit {
        name: "negative_slope",
        min: -10.0,
        max: 10.0,
    },
    ParamLimit {
        name: "weight",
        min: -10.0,
        max: 10.0,
    },
    ParamLimit {
        name: "alpha",
        min: 0.0,
        max: 10.0,
    },
    ParamLimit {
        name: "min_val",
        min: -1000.0,
        max: 1000.0,
    },
    ParamLimit {
        name: "max_val",
        min: -1000.0,
        max: 1000.0,
    },
    ParamLimit {
        name: "beta",
        min: 0.001,
        max: 100.0,
    },
    ParamLimit {
        name: "threshold",
        min: 0.0,
        max: 1000.0,
    },
];

/// The accepted range of the numeric parameter `name`.
pub fn param_limit(name: &str) -> Option<ParamLimit> {
    PARAM_LIMITS.into_iter().find(|l| l.name == name)
}

/// Every key of the schema, in the order [`to_query`] writes them.
pub const KEYS: [&str; 16] = [
    "lang",
    "view",
    "fn",
    "x",
    "deriv",
    "answers",
    "negative_slope",
    "weight",
    "alpha",
    "min_val",
    "max_val",
    "beta",
    "threshold",
    "approximate",
    "theme",
    "embed",
];

/// Everything a link or an embed can set.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The language; `None` = follow the browser.
    pub lang: Option<Lang>,
    /// The view shown.
    pub view: View,
    /// The chosen activations, without duplicates; empty = the view's own default set.
    pub fns: Vec<Activation>,
    /// The x-range of the charts.
    pub x_range: (f64, f64),
    /// Whether derivatives are drawn.
    pub deriv: bool,
    /// The questionnaire path (`true` = Yes); always a valid path.
    pub answers: Vec<bool>,
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
            x_range: DEFAULT_X_RANGE,
            deriv: false,
            answers: Vec::new(),
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

    /// The questionnaire at the stored answers (from the start if they were somehow invalid).
    pub fn questionnaire(&self) -> Questionnaire {
        Questionnaire::from_answers(&self.answers).unwrap_or_default()
    }
}

/// What was wrong with one key or value.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeKind {
    /// The key is not part of the schema.
    UnknownKey,
    /// The key was given again; the first value is kept.
    DuplicateKey,
    /// The value is longer than [`MAX_VALUE_CHARS`].
    TooLong,
    /// The value is empty.
    Empty,
    /// A `%` not followed by two hex digits.
    BadPercent,
    /// The decoded bytes are not UTF-8.
    InvalidUtf8,
    /// Not one of the allowed words; `expected` lists them.
    UnknownValue {
        /// The allowed values, e.g. `"en, zh"`.
        expected: &'static str,
    },
    /// An activation id that does not exist (skipped; the other ids are kept).
    UnknownId,
    /// An activation id listed twice (the repetition is dropped).
    DuplicateId,
    /// An empty item in a comma-separated list (skipped).
    EmptyItem,
    /// Not a number.
    NotANumber,
    /// NaN or infinite.
    NotFinite,
    /// A number outside its accepted range.
    OutOfRange {
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
    },
    /// The x-range is not two comma-separated numbers.
    RangeShape,
    /// The x-range starts after it ends.
    RangeReversed,
    /// The x-range starts where it ends.
    RangeEmpty,
    /// The x-range is narrower than [`MIN_X_WIDTH`].
    RangeTooNarrow,
    /// `min_val` is not below `max_val`; both fall back to their defaults.
    BoundsConflict,
    /// The parameters failed [`Params::validate`] for another reason.
    InvalidParams(String),
    /// The questionnaire path is invalid.
    BadAnswers(GuideError),
    /// More than [`MAX_PAIRS`] pairs; the rest were ignored.
    TooManyPairs,
    /// More than [`MAX_NOTICES`] problems; the rest are not listed.
    TooManyNotices,
}

/// One ignored key or value, reported to the user (as plain text, never as HTML).
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The key concerned (at most [`EXCERPT_CHARS`] characters of it).
    pub key: String,
    /// What was wrong.
    pub kind: NoticeKind,
    /// At most [`EXCERPT_CHARS`] characters of the offending value (control characters replaced),
    /// `…` appended when cut; empty when the value is not the point.
    pub value: String,
}

impl Notice {
    fn new(key: &str, kind: NoticeKind, value: &str) -> Notice {
        Notice {
            key: excerpt(key),
            kind,
            value: excerpt(value),
        }
    }

    /// A one-sentence explanation in `lang`, quoting the key and a short excerpt of the value.
    pub fn message(&self, lang: Lang) -> String {
        let key = &self.key;
        let v = &self.value;
        let zh = lang == Lang::Zh;
        let what = match (&self.kind, zh) {
            (NoticeKind::UnknownKey, false) => {
                return format!("Unknown setting “{key}” ignored.");
            }
            (NoticeKind::UnknownKey, true) => return format!("已忽略未知设置“{key}”。"),
            (NoticeKind::DuplicateKey, false) => {
                return format!("“{key}” is given more than once: the first value is used.");
            }
            (NoticeKind::DuplicateKey, true) => {
                return format!("“{key}”出现了多次：只使用第一个值。");
            }
            (NoticeKind::TooManyPairs, false) => {
                return format!("Too many settings: only the first {MAX_PAIRS} are read.");
            }
            (NoticeKind::TooManyPairs, true) => {
                return format!("设置过多：只读取前 {MAX_PAIRS} 项。");
            }
            (NoticeKind::TooManyNotices, false) => {
                return "More settings were ignored than can be listed.".to_string();
            }
            (NoticeKind::TooManyNotices, true) => {
                return "被忽略的设置过多，无法一一列出。".to_string();
            }
            (NoticeKind::UnknownId, false) => {
                return format!("{key}: unknown activation “{v}” skipped.");
            }
            (NoticeKind::UnknownId, true) => return format!("{key}：已跳过未知的激活函数“{v}”。"),
            (NoticeKind::DuplicateId, false) => {
                return format!("{key}: “{v}” is listed twice; shown once.");
            }
            (NoticeKind::DuplicateId, true) => {
                return format!("{key}：“{v}”重复出现，只显示一次。");
            }
            (NoticeKind::EmptyItem, false) => return format!("{key}: an empty item was skipped."),
            (NoticeKind::EmptyItem, true) => return format!("{key}：已跳过一个空项。"),
            (NoticeKind::TooLong, false) => {
                format!("the value is longer than {MAX_VALUE_CHARS} characters")
            }
            (NoticeKind::TooLong, true) => format!("值超过了 {MAX_VALUE_CHARS} 个字符"),
            (NoticeKind::Empty, false) => "the value is empty".to_string(),
            (NoticeKind::Empty, true) => "值为空".to_string(),
            (NoticeKind::BadPercent, false) => {
                "a “%” is not followed by two hexadecimal digits".to_string()
            }
            (NoticeKind::BadPercent, true) => "“%”后面没有跟两个十六进制数字".to_string(),
            (NoticeKind::InvalidUtf8, false) => "the decoded value is not valid UTF-8".to_string(),
            (NoticeKind::InvalidUtf8, true) => "解码后的值不是有效的 UTF-8".to_string(),
            (NoticeKind::UnknownValue { expected }, false) => format!("expected one of {expected}"),
            (NoticeKind::UnknownValue { expected }, true) => format!("应为以下之一：{expected}"),
            (NoticeKind::NotANumber, false) => "not a number".to_string(),
            (NoticeKind::NotANumber, true) => "不是数字".to_string(),
            (NoticeKind::NotFinite, false) => "the number must be finite".to_string(),
            (NoticeKind::NotFinite, true) => "数值必须是有限的".to_string(),
            (NoticeKind::OutOfRange { min, max }, false) => {
                format!("the number must lie between {min} and {max}")
            }
            (NoticeKind::OutOfRange { min, max }, true) => {
                format!("数值必须在 {min} 到 {max} 之间")
            }
            (NoticeKind::RangeShape, false) => {
                "expected two numbers separated by a comma, like -6,6".to_string()
            }
            (NoticeKind::RangeShape, true) => "应为用逗号分隔的两个数，例如 -6,6".to_string(),
            (NoticeKind::RangeReversed, false) => "the range starts after it ends".to_string(),
            (NoticeKind::RangeReversed, true) => "范围的起点大于终点".to_string(),
            (NoticeKind::RangeEmpty, false) => "the range starts where it ends".to_string(),
            (NoticeKind::RangeEmpty, true) => "范围的起点与终点相同".to_string(),
            (NoticeKind::RangeTooNarrow, false) => {
                format!("the range is narrower than {MIN_X_WIDTH}")
            }
            (NoticeKind::RangeTooNarrow, true) => format!("范围宽度小于 {MIN_X_WIDTH}"),
            (NoticeKind::BoundsConflict, false) => "min_val must be less than max_val".to_string(),
            (NoticeKind::BoundsConflict, true) => "min_val 必须小于 max_val".to_string(),
            (NoticeKind::InvalidParams(e), false) => format!("invalid parameters: {e}"),
            (NoticeKind::InvalidParams(e), true) => format!("参数无效：{e}"),
            (NoticeKind::BadAnswers(e), _) => e.message(lang),
        };
        match (zh, v.is_empty()) {
            (false, false) => format!("Ignored {key}=“{v}”: {what}; the default is used."),
            (false, true) => format!("Ignored {key}: {what}; the default is used."),
            (true, false) => format!("已忽略 {key}=“{v}”：{what}；改用默认值。"),
            (true, true) => format!("已忽略 {key}：{what}；改用默认值。"),
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// At most [`EXCERPT_CHARS`] characters of `s`, control characters replaced by U+FFFD, `…`
/// appended when cut.
fn excerpt(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(EXCERPT_CHARS)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().nth(EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Why percent-decoding failed.
enum DecodeError {
    BadPercent,
    InvalidUtf8,
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// `application/x-www-form-urlencoded` decoding: `+` → space, `%XX` → byte, then UTF-8.
fn percent_decode(s: &str) -> Result<String, DecodeError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex);
                let lo = bytes.get(i + 2).copied().and_then(hex);
                match (hi, lo) {
                    (Some(h), Some(l)) => out.push(h * 16 + l),
                    _ => return Err(DecodeError::BadPercent),
                }
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| DecodeError::InvalidUtf8)
}

/// Percent-encodes a value: everything but `A–Z a–z 0–9 - . _ ~ ,` becomes `%XX`.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Parses a finite number (surrounding ASCII spaces allowed); `-0` becomes `0`.
fn parse_number(s: &str) -> Result<f64, NoticeKind> {
    let v = crate::number::parse_f64(s.trim_matches(' ')).ok_or(NoticeKind::NotANumber)?;
    if !v.is_finite() {
        return Err(NoticeKind::NotFinite);
    }
    Ok(v + 0.0)
}

/// Checks an x-range against the schema's rules.
pub fn validate_x_range(a: f64, b: f64) -> Result<(), NoticeKind> {
    if !a.is_finite() || !b.is_finite() {
        return Err(NoticeKind::NotFinite);
    }
    if a.abs() > MAX_ABS_X || b.abs() > MAX_ABS_X {
        return Err(NoticeKind::OutOfRange {
            min: -MAX_ABS_X,
            max: MAX_ABS_X,
        });
    }
    if a == b {
        return Err(NoticeKind::RangeEmpty);
    }
    if a > b {
        return Err(NoticeKind::RangeReversed);
    }
    if b - a < MIN_X_WIDTH {
        return Err(NoticeKind::RangeTooNarrow);
    }
    Ok(())
}

fn parse_x(value: &str) -> Result<(f64, f64), NoticeKind> {
    let mut parts = value.split(',');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(NoticeKind::RangeShape);
    };
    let (a, b) = (parse_number(a)?, parse_number(b)?);
    validate_x_range(a, b)?;
    Ok((a, b))
}

fn parse_bool(value: &str) -> Result<bool, NoticeKind> {
    match value {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(NoticeKind::UnknownValue {
            expected: "0, 1, false, true",
        }),
    }
}

fn parse_param(name: &str, value: &str) -> Result<f64, NoticeKind> {
    let v = parse_number(value)?;
    let limit = param_limit(name).expect("a numeric parameter");
    if !(limit.min..=limit.max).contains(&v) {
        return Err(NoticeKind::OutOfRange {
            min: limit.min,
            max: limit.max,
        });
    }
    Ok(v)
}

/// The parse in progress.
#[derive(Default)]
struct Parser {
    state: AppState,
    notices: Vec<Notice>,
    seen: Vec<&'static str>,
    pairs: usize,
    min_val_given: bool,
    max_val_given: bool,
}

impl Parser {
    fn notice(&mut self, key: &str, kind: NoticeKind, value: &str) {
        if self.notices.len() < MAX_NOTICES {
            self.notices.push(Notice::new(key, kind, value));
        } else if self.notices.len() == MAX_NOTICES {
            self.notices
                .push(Notice::new("", NoticeKind::TooManyNotices, ""));
        }
    }

    /// Counts one pair; `false` once past [`MAX_PAIRS`] (one notice is added then).
    fn admit(&mut self) -> bool {
        self.pairs += 1;
        if self.pairs == MAX_PAIRS + 1 {
            self.notice("", NoticeKind::TooManyPairs, "");
        }
        self.pairs <= MAX_PAIRS
    }

    /// Checks that `key` is known and not a repetition, and marks it seen.
    fn admit_key(&mut self, key: &str, value: &str) -> Option<&'static str> {
        let Some(&key) = KEYS.iter().find(|k| **k == key) else {
            self.notice(key, NoticeKind::UnknownKey, "");
            return None;
        };
        if self.seen.contains(&key) {
            self.notice(key, NoticeKind::DuplicateKey, value);
            return None;
        }
        self.seen.push(key);
        Some(key)
    }

    /// A value that could not even be read (bad encoding, far too long).
    fn refuse(&mut self, key: &str, kind: NoticeKind, raw: &str) {
        if let Some(key) = self.admit_key(key, raw) {
            self.notice(key, kind, raw);
        }
    }

    fn apply(&mut self, key: &str, value: &str) {
        let Some(key) = self.admit_key(key, value) else {
            return;
        };
        if value.chars().nth(MAX_VALUE_CHARS).is_some() {
            self.notice(key, NoticeKind::TooLong, value);
            return;
        }
        if value.is_empty() {
            self.notice(key, NoticeKind::Empty, "");
            return;
        }
        if let Err(kind) = self.apply_value(key, value) {
            self.notice(key, kind, value);
        }
    }

    fn apply_value(&mut self, key: &'static str, value: &str) -> Result<(), NoticeKind> {
        let s = &mut self.state;
        match key {
            "lang" => {
                s.lang = Some(
                    value
                        .parse()
                        .map_err(|_| NoticeKind::UnknownValue { expected: "en, zh" })?,
                );
            }
            "view" => {
                s.view = value.parse().map_err(|_| NoticeKind::UnknownValue {
                    expected: "guide, gallery, groups, overlay, table, detail",
                })?;
            }
            "theme" => {
                s.theme = Some(value.parse().map_err(|_| NoticeKind::UnknownValue {
                    expected: "light, dark",
                })?);
            }
            "approximate" => {
                s.params.approximate = match value {
                    "none" => GeluApproximate::None,
                    "tanh" => GeluApproximate::Tanh,
                    _ => {
                        return Err(NoticeKind::UnknownValue {
                            expected: "none, tanh",
                        });
                    }
                };
            }
            "deriv" => s.deriv = parse_bool(value)?,
            "embed" => s.embed = parse_bool(value)?,
            "x" => s.x_range = parse_x(value)?,
            "answers" => s.answers = decode_answers(value).map_err(NoticeKind::BadAnswers)?,
            "fn" => self.apply_fns(value),
            "negative_slope" | "weight" | "alpha" | "beta" | "threshold" | "min_val"
            | "max_val" => {
                let v = parse_param(key, value)?;
                s.params.set(key, v);
                self.min_val_given |= key == "min_val";
                self.max_val_given |= key == "max_val";
            }
            _ => unreachable!("every key of KEYS is handled"),
        }
        Ok(())
    }

    fn apply_fns(&mut self, value: &str) {
        let mut empty_reported = false;
        let mut dup_reported = false;
        let mut unknown: Vec<&str> = Vec::new();
        for item in value.split(',') {
            if item.is_empty() {
                if !empty_reported {
                    empty_reported = true;
                    self.notice("fn", NoticeKind::EmptyItem, "");
                }
                continue;
            }
            match item.parse::<Activation>() {
                Ok(a) if self.state.fns.contains(&a) => {
                    if !dup_reported {
                        dup_reported = true;
                        self.notice("fn", NoticeKind::DuplicateId, item);
                    }
                }
                Ok(a) => self.state.fns.push(a),
                Err(_) => {
                    if !unknown.contains(&item) {
                        unknown.push(item);
                        self.notice("fn", NoticeKind::UnknownId, item);
                    }
                }
            }
        }
    }

    fn finish(mut self) -> (AppState, Vec<Notice>) {
        let p = &mut self.state.params;
        if p.min_val >= p.max_val {
            let d = Params::default();
            let (min_given, max_given) = (self.min_val_given, self.max_val_given);
            let (min_v, max_v) = (p.min_val.to_string(), p.max_val.to_string());
            if min_given {
                p.min_val = d.min_val;
            }
            if max_given {
                p.max_val = d.max_val;
            }
            if min_given {
                self.notice("min_val", NoticeKind::BoundsConflict, &min_v);
            }
            if max_given {
                self.notice("max_val", NoticeKind::BoundsConflict, &max_v);
            }
        }
        if let Err(e) = self.state.params.validate() {
            self.state.params = Params::default();
            self.notice("params", NoticeKind::InvalidParams(e.to_string()), "");
        }
        (self.state, self.notices)
    }
}

/// Parses a URL query (`location.search`, with or without its leading `?`) into a valid state
/// and the list of what was ignored. Never panics.
pub fn parse_query(query: &str) -> (AppState, Vec<Notice>) {
    let mut p = Parser::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for segment in query.split('&') {
        if segment.is_empty() {
            continue;
        }
        if !p.admit() {
            break;
        }
        let (raw_key, raw_value) = segment.split_once('=').unwrap_or((segment, ""));
        let key = match percent_decode(raw_key) {
            Ok(k) => k,
            Err(DecodeError::BadPercent) => {
                p.notice(raw_key, NoticeKind::BadPercent, "");
                continue;
            }
            Err(DecodeError::InvalidUtf8) => {
                p.notice(raw_key, NoticeKind::InvalidUtf8, "");
                continue;
            }
        };
        // Refuse huge values before decoding them.
        if raw_value.len() > 3 * MAX_VALUE_CHARS {
            p.refuse(&key, NoticeKind::TooLong, raw_value);
            continue;
        }
        match percent_decode(raw_value) {
            Ok(v) => p.apply(&key, &v),
            Err(DecodeError::BadPercent) => p.refuse(&key, NoticeKind::BadPercent, raw_value),
            Err(DecodeError::InvalidUtf8) => p.refuse(&key, NoticeKind::InvalidUtf8, raw_value),
        }
    }
    p.finish()
}

/// Parses embed attributes (`data-fn="relu"` given as `("fn", "relu")` or `("data-fn", "relu")`):
/// the same names and rules as [`parse_query`], without percent-decoding. Never panics.
pub fn parse_pairs(pairs: impl Iterator<Item = (String, String)>) -> (AppState, Vec<Notice>) {
    let mut p = Parser::default();
    for (key, value) in pairs {
        if !p.admit() {
            break;
        }
        let key = key.strip_prefix("data-").unwrap_or(&key);
        p.apply(key, &value);
    }
    p.finish()
}

/// The query string (without `?`) of `state`: only its non-default, valid values, in the order
/// of [`KEYS`], percent-encoded. Duplicate activations are written once; an invalid x-range or
/// parameter is left out, so the result always parses without notices.
pub fn to_query(state: &AppState) -> String {
    let mut out: Vec<(&str, String)> = Vec::new();
    let d = AppState::default();
    if let Some(lang) = state.lang {
        out.push(("lang", lang.code().to_string()));
    }
    if state.view != d.view {
        out.push(("view", state.view.id().to_string()));
    }
    if !state.fns.is_empty() {
        let mut ids: Vec<&str> = Vec::new();
        for a in &state.fns {
            if !ids.contains(&a.id()) {
                ids.push(a.id());
            }
        }
        out.push(("fn", ids.join(",")));
    }
    let (a, b) = state.x_range;
    if state.x_range != d.x_range && validate_x_range(a, b).is_ok() {
        out.push(("x", format!("{},{}", a + 0.0, b + 0.0)));
    }
    if state.deriv {
        out.push(("deriv", "1".to_string()));
    }
    if !state.answers.is_empty() && Questionnaire::from_answers(&state.answers).is_ok() {
        out.push(("answers", encode_answers(&state.answers)));
    }
    let p = &state.params;
    let dp = Params::default();
    let bounds_ok = p.min_val < p.max_val;
    let numeric = [
        ("negative_slope", p.negative_slope, dp.negative_slope, true),
        ("weight", p.weight, dp.weight, true),
        ("alpha", p.alpha, dp.alpha, true),
        ("min_val", p.min_val, dp.min_val, bounds_ok),
        ("max_val", p.max_val, dp.max_val, bounds_ok),
        ("beta", p.beta, dp.beta, true),
    ];
    for (name, v, default, ok) in numeric {
        if ok && v != default && parse_param(name, &fmt_num(v)).is_ok() {
            out.push((name, fmt_num(v)));
        }
    }
    if let Some(t) = p.threshold
        && parse_param("threshold", &fmt_num(t)).is_ok()
    {
        out.push(("threshold", fmt_num(t)));
    }
    if p.approximate == GeluApproximate::Tanh {
        out.push(("approximate", "tanh".to_string()));
    }
    if let Some(theme) = state.theme {
        out.push(("theme", theme.id().to_string()));
    }
    if state.embed {
        out.push(("embed", "1".to_string()));
    }
    out.iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Shortest round-tripping decimal of a finite number, `-0` written as `0`.
fn fmt_num(v: f64) -> String {
    format!("{}", v + 0.0)
}
