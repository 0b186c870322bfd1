//! Why a key or value of a URL or of embed attributes was ignored, said in both languages.

use std::fmt;

use super::schema::{EXCERPT_CHARS, MAX_PAIRS, MAX_VALUE_CHARS};
use crate::chart::{MAX_ABS_X, MIN_X_WIDTH, XRangeError};
use crate::guide::GuideError;
use crate::lang::Lang;
use crate::math::{Order, ParamError};

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
    /// A second, different gated unit id (only the first is used).
    ExtraGatedUnit,
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
    /// A pair of [`crate::math::Param::ORDERED`] is out of order; the given ones fall back to their
    /// defaults.
    BoundsConflict(Order),
    /// The parameters failed [`crate::math::Params::validate`] for another reason.
    InvalidParams(ParamError),
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
    /// A notice about `key`, quoting at most [`EXCERPT_CHARS`] characters of it and of `value`.
    pub fn new(key: &str, kind: NoticeKind, value: &str) -> Notice {
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
            (NoticeKind::ExtraGatedUnit, false) => {
                return format!("{key}: only one gated unit is shown; “{v}” skipped.");
            }
            (NoticeKind::ExtraGatedUnit, true) => {
                return format!("{key}：只显示一个门控单元，已跳过“{v}”。");
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
            (NoticeKind::BoundsConflict(o), _) => order_message(*o, lang),
            (NoticeKind::InvalidParams(e), false) => {
                format!("invalid parameters: {}", param_error_message(e, lang))
            }
            (NoticeKind::InvalidParams(e), true) => {
                format!("参数无效：{}", param_error_message(e, lang))
            }
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

impl From<XRangeError> for NoticeKind {
    fn from(e: XRangeError) -> Self {
        match e {
            XRangeError::NotFinite => NoticeKind::NotFinite,
            XRangeError::OutOfRange => NoticeKind::OutOfRange {
                min: -MAX_ABS_X,
                max: MAX_ABS_X,
            },
            XRangeError::Empty => NoticeKind::RangeEmpty,
            XRangeError::Reversed => NoticeKind::RangeReversed,
            XRangeError::TooNarrow => NoticeKind::RangeTooNarrow,
        }
    }
}

/// A refused parameter set, said in `lang` without final punctuation (the math's `Display` is
/// English only).
pub fn param_error_message(e: &ParamError, lang: Lang) -> String {
    match (e, lang) {
        (ParamError::NotFinite(p), Lang::En) => format!("{p} must be a finite number"),
        (ParamError::NotFinite(p), Lang::Zh) => format!("{p} 必须是有限数"),
        (ParamError::NotPositive(p), Lang::En) => format!("{p} must be greater than 0"),
        (ParamError::NotPositive(p), Lang::Zh) => format!("{p} 必须大于 0"),
        (ParamError::NotOrdered(o), _) => order_message(*o, lang),
    }
}

/// What an [`Order`] requires, said in `lang` without final punctuation.
fn order_message(o: Order, lang: Lang) -> String {
    let (lo, hi) = (o.lo, o.hi);
    match (o.strict, lang) {
        (true, Lang::En) => format!("{lo} must be less than {hi}"),
        (true, Lang::Zh) => format!("{lo} 必须小于 {hi}"),
        (false, Lang::En) => format!("{lo} must not be greater than {hi}"),
        (false, Lang::Zh) => format!("{lo} 不能大于 {hi}"),
    }
}
