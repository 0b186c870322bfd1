//! Parsing a URL query or embed attributes into a valid [`AppState`] and its notices.

use super::codec::{DecodeError, percent_decode};
use super::notice::{Notice, NoticeKind};
use super::schema::{Key, MAX_NOTICES, MAX_PAIRS, MAX_VALUE_CHARS};
use super::{AppState, GuidePart, View};
use crate::catalog::Collection;
use crate::chart::validate_x_range;
use crate::guide::decode_answers;
use crate::math::{Activation, GatedUnit, Param, Params};

/// Parses a finite number (surrounding ASCII spaces allowed); `-0` becomes `0`.
fn parse_number(s: &str) -> Result<f64, NoticeKind> {
    let v = crate::number::parse_f64(s.trim_matches(' ')).ok_or(NoticeKind::NotANumber)?;
    if !v.is_finite() {
        return Err(NoticeKind::NotFinite);
    }
    Ok(v + 0.0)
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

/// Parses a value of `p` typed or given in a URL: a finite number within its limits.
pub fn parse_param(p: Param, value: &str) -> Result<f64, NoticeKind> {
    let v = parse_number(value)?;
    if !p.within_limits(v) {
        let info = p.info();
        return Err(NoticeKind::OutOfRange {
            min: info.min,
            max: info.max,
        });
    }
    Ok(v)
}

/// The parse in progress.
#[derive(Default)]
struct Parser {
    state: AppState,
    notices: Vec<Notice>,
    seen: Vec<Key>,
    pairs: usize,
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
    fn admit_key(&mut self, key: &str, value: &str) -> Option<Key> {
        let Ok(k) = key.parse::<Key>() else {
            self.notice(key, NoticeKind::UnknownKey, "");
            return None;
        };
        if self.seen.contains(&k) {
            self.notice(key, NoticeKind::DuplicateKey, value);
            return None;
        }
        self.seen.push(k);
        Some(k)
    }

    /// A value that could not even be read (bad encoding, far too long).
    fn refuse(&mut self, key: &str, kind: NoticeKind, raw: &str) {
        if let Some(k) = self.admit_key(key, raw) {
            self.notice(k.name(), kind, raw);
        }
    }

    fn apply(&mut self, key: &str, value: &str) {
        let Some(k) = self.admit_key(key, value) else {
            return;
        };
        if value.chars().nth(MAX_VALUE_CHARS).is_some() {
            self.notice(k.name(), NoticeKind::TooLong, value);
            return;
        }
        if value.is_empty() {
            self.notice(k.name(), NoticeKind::Empty, "");
            return;
        }
        if let Err(kind) = self.apply_value(k, value) {
            self.notice(k.name(), kind, value);
        }
    }

    fn apply_value(&mut self, key: Key, value: &str) -> Result<(), NoticeKind> {
        let s = &mut self.state;
        let unknown = |expected: &'static str| NoticeKind::UnknownValue { expected };
        match key {
            Key::Lang => s.lang = Some(value.parse().map_err(|_| unknown("en, zh"))?),
            Key::View => {
                s.view = value.parse().map_err(|_| NoticeKind::UnknownValue {
                    expected: View::EXPECTED,
                })?;
            }
            Key::Theme => s.theme = Some(value.parse().map_err(|_| unknown("light, dark"))?),
            Key::Approximate => {
                s.params.approximate = value.parse().map_err(|_| unknown("none, tanh"))?;
            }
            Key::Deriv => s.deriv = parse_bool(value)?,
            Key::Embed => s.embed = parse_bool(value)?,
            Key::X => s.x_range = parse_x(value)?,
            Key::Answers => s.answers = decode_answers(value).map_err(NoticeKind::BadAnswers)?,
            Key::Fn => self.apply_fns(value),
            Key::Sections => {
                let mut parts = Vec::new();
                for item in value.split(',') {
                    let part: GuidePart = item.parse().map_err(|_| NoticeKind::UnknownValue {
                        expected: GuidePart::EXPECTED,
                    })?;
                    if !parts.contains(&part) {
                        parts.push(part);
                    }
                }
                // Kept in the view's order, whatever order they were given in.
                s.sections = GuidePart::ALL
                    .into_iter()
                    .filter(|p| parts.contains(p))
                    .collect();
            }
            Key::Set => {
                s.set = value.parse().map_err(|_| NoticeKind::UnknownValue {
                    expected: Collection::EXPECTED,
                })?;
            }
            Key::Param(p) => s.params.set(p, parse_param(p, value)?),
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
            if let Ok(u) = item.parse::<GatedUnit>() {
                match self.state.gated {
                    None => self.state.gated = Some(u),
                    Some(first) if first == u => {
                        if !dup_reported {
                            dup_reported = true;
                            self.notice("fn", NoticeKind::DuplicateId, item);
                        }
                    }
                    Some(_) => self.notice("fn", NoticeKind::ExtraGatedUnit, item),
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
        let d = Params::default();
        for o in Param::ORDERED {
            let p = &mut self.state.params;
            if o.holds(p) {
                continue;
            }
            let (lo, hi) = (o.lo, o.hi);
            let (lo_v, hi_v) = (p[lo], p[hi]);
            let given: Vec<(Param, f64)> = [(lo, lo_v), (hi, hi_v)]
                .into_iter()
                .filter(|(q, _)| self.seen.contains(&Key::Param(*q)))
                .collect();
            for &(q, _) in &given {
                self.state.params.set(q, d[q]);
            }
            for (q, v) in given {
                self.notice(q.key(), NoticeKind::BoundsConflict(o), &v.to_string());
            }
        }
        if let Err(e) = self.state.params.validate() {
            self.state.params = Params::default();
            self.notice("params", NoticeKind::InvalidParams(e), "");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_parts_are_every_part() {
        let ids: Vec<&str> = GuidePart::ALL.iter().map(|p| p.id()).collect();
        assert_eq!(GuidePart::EXPECTED, ids.join(", "));
    }

    #[test]
    fn sections_parse_in_the_views_order() {
        let (s, n) = parse_query("sections=notes,quiz,quiz");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.sections, [GuidePart::Quiz, GuidePart::Notes]);
        assert!(s.shows(GuidePart::Quiz) && !s.shows(GuidePart::Categories));
        let (s, n) = parse_query("sections=quiz,faq");
        assert_eq!(n.len(), 1);
        assert!(s.sections.is_empty() && s.shows(GuidePart::Categories));
    }

    #[test]
    fn the_expected_views_are_every_view() {
        let ids: Vec<&str> = View::ALL.iter().map(|v| v.id()).collect();
        assert_eq!(View::EXPECTED, ids.join(", "));
    }
}
