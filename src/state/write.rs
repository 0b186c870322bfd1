//! Writing a state back: its non-default values as key/value pairs, a URL query, embed snippets.

use super::AppState;
use super::codec::{fmt_num, percent_encode};
use super::lab::{BATCH, DEPTH, IntLimits, SB2_RANGE, SEED, SW2_RANGE, WIDTH};
use super::parse::parse_param;
use super::schema::Key;
use crate::chart::validate_x_range;
use crate::guide::{Questionnaire, encode_answers};
use crate::html::escape_html;
use crate::math::{GeluApproximate, Param};
use crate::nn::InitScheme;

/// The value `state` gives `key`, as text, or `None` where it is the default or invalid (an
/// invalid x-range or parameter is left out, so the pairs always parse without notices).
fn value_of(state: &AppState, key: Key) -> Option<String> {
    let d = AppState::default();
    let p = &state.params;
    match key {
        Key::Lang => state.lang.map(|l| l.code().to_string()),
        Key::View => (state.view != d.view).then(|| state.view.id().to_string()),
        Key::Fn => {
            let mut ids: Vec<&str> = Vec::new();
            for a in &state.fns {
                if !ids.contains(&a.id()) {
                    ids.push(a.id());
                }
            }
            ids.extend(state.gated.map(|u| u.id()));
            if ids.is_empty() && state.no_fns {
                return Some("none".into());
            }
            (!ids.is_empty()).then(|| ids.join(","))
        }
        Key::Set => (state.set != d.set).then(|| state.set.id().to_string()),
        Key::X => {
            let (a, b) = state.x_range;
            (state.x_range != d.x_range && validate_x_range(a, b).is_ok())
                .then(|| format!("{},{}", fmt_num(a), fmt_num(b)))
        }
        Key::Deriv => state.deriv.then(|| "1".to_string()),
        Key::Answers => (!state.answers.is_empty()
            && Questionnaire::from_answers(&state.answers).is_ok())
        .then(|| encode_answers(&state.answers)),
        Key::Sections => {
            let all = state.sections.len() == super::GuidePart::ALL.len();
            (!state.sections.is_empty() && !all).then(|| {
                let ids: Vec<&str> = state.sections.iter().map(|p| p.id()).collect();
                ids.join(",")
            })
        }
        Key::Param(q) => {
            let ordered = Param::ORDERED
                .iter()
                .filter(|o| o.involves(q))
                .all(|o| o.holds(p));
            let v = fmt_num(p[q]);
            (ordered && !p.is_default(q) && parse_param(q, &v).is_ok()).then_some(v)
        }
        Key::Approximate => {
            (p.approximate != GeluApproximate::default()).then(|| p.approximate.id().to_string())
        }
        Key::Init => (state.lab.init != d.lab.init).then(|| state.lab.init.id().to_string()),
        Key::Sw2 | Key::Sb2 => match state.lab.init {
            InitScheme::Custom { sigma_w2, sigma_b2 } => {
                let (v, range, default) = if key == Key::Sw2 {
                    (sigma_w2, SW2_RANGE, 1.0)
                } else {
                    (sigma_b2, SB2_RANGE, 0.0)
                };
                (v != default && (range.0..=range.1).contains(&v)).then(|| fmt_num(v))
            }
            _ => None,
        },
        Key::Depth => lab_int(state.lab.depth as u64, DEPTH, state.lab.size_ok()),
        Key::Width => lab_int(state.lab.width as u64, WIDTH, state.lab.size_ok()),
        Key::Batch => lab_int(state.lab.batch as u64, BATCH, true),
        Key::Seed => lab_int(state.lab.seed, SEED, true),
        Key::Theme => state.theme.map(|t| t.id().to_string()),
        Key::Embed => state.embed.then(|| "1".to_string()),
    }
}

/// A lab integer as text when it is valid (`ok`, within `l`) and not the default.
fn lab_int(v: u64, l: IntLimits, ok: bool) -> Option<String> {
    (ok && v != l.default && (l.min..=l.max).contains(&v)).then(|| v.to_string())
}

/// The non-default, valid values of `state`, in the order of [`Key::all`], not encoded.
/// Duplicate activations are written once; the gated unit, if any, goes after the activations
/// in `fn`.
pub fn to_pairs(state: &AppState) -> Vec<(Key, String)> {
    Key::all()
        .filter_map(|k| value_of(state, k).map(|v| (k, v)))
        .collect()
}

/// The query string (without `?`) of `state`: [`to_pairs`], percent-encoded, so
/// `parse_query(&to_query(&s)).0 == s` for every valid state.
pub fn to_query(state: &AppState) -> String {
    to_pairs(state)
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The two embed snippets for `state`, given the base URL the app is served from (ending in
/// `/`): the loader and an `<activation-explorer>` element whose attributes are the URL's keys,
/// and an iframe of the bare view.
pub fn embed_snippets(base: &str, state: &AppState) -> (String, String) {
    let loader = format!("<script type=\"module\" src=\"{base}activation-explorer.js\"></script>");
    let mut attrs = String::new();
    let mut framed = state.clone();
    framed.embed = false;
    for (k, v) in to_pairs(&framed) {
        if k != Key::View {
            attrs.push_str(&format!(" {k}=\"{}\"", escape_html(&v)));
        }
    }
    let script = format!(
        "{loader}\n<activation-explorer view=\"{}\"{attrs}></activation-explorer>",
        state.view.id()
    );
    let query = to_query(&framed);
    let sep = if query.is_empty() {
        String::new()
    } else {
        format!("&{query}")
    };
    let iframe = format!(
        "<iframe src=\"{base}index.html?embed=1{}\" title=\"Activation Explorer\" width=\"100%\" loading=\"lazy\" data-activation-explorer-frame=\"\"></iframe>\n{loader}",
        escape_html(&sep)
    );
    (script, iframe)
}
