//! Writing a state back: its non-default values as key/value pairs, a URL query, embed snippets.

use super::AppState;
use super::codec::{fmt_num, percent_encode};
use super::parse::parse_param;
use super::schema::Key;
use crate::chart::validate_x_range;
use crate::guide::{Questionnaire, encode_answers};
use crate::html::escape_html;
use crate::math::{GeluApproximate, Param};

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
        Key::Theme => state.theme.map(|t| t.id().to_string()),
        Key::Embed => state.embed.then(|| "1".to_string()),
    }
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
