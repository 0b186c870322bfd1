//! The Embed dialog's snippets, built in pure code from the state: each, pasted into a page,
//! reproduces the state shown (read back with an XML parser and the app's own parsers).
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::lang::Lang;
use activation_explorer::math::{Activation, GeluApproximate, Param};
use activation_explorer::state::{AppState, Theme, View, embed_snippets, parse_pairs, parse_query};
use proptest::prelude::*;

const BASE: &str = "https://docs.example.org/explorer/";

/// The elements of a snippet (it has two top-level elements: wrap them for the XML parser).
fn elements(snippet: &str) -> Vec<(String, Vec<(String, String)>)> {
    let xml = format!("<root>{snippet}</root>");
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}: {snippet}"));
    doc.root_element()
        .children()
        .filter(|n| n.is_element())
        .map(|n| {
            let attrs = n
                .attributes()
                .map(|a| (a.name().to_string(), a.value().to_string()))
                .collect();
            (n.tag_name().name().to_string(), attrs)
        })
        .collect()
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The state the script snippet's widget element configures.
fn widget_state(script: &str) -> AppState {
    let els = elements(script);
    assert_eq!(els.len(), 2, "{script}");
    let (tag, loader) = &els[0];
    assert_eq!(tag, "script");
    assert_eq!(attr(loader, "type"), Some("module"));
    assert_eq!(
        attr(loader, "src"),
        Some(format!("{BASE}activation-explorer.js").as_str())
    );
    let (tag, el) = &els[1];
    assert_eq!(tag, "activation-explorer");
    assert_eq!(el[0].0, "view", "the view comes first");
    let (state, notices) = parse_pairs(el.iter().cloned());
    assert!(notices.is_empty(), "{notices:?} in {script}");
    state
}

/// The state the iframe snippet's page shows.
fn iframe_state(iframe: &str) -> AppState {
    let els = elements(iframe);
    let (tag, frame) = &els[0];
    assert_eq!(tag, "iframe");
    assert!(attr(frame, "data-activation-explorer-frame").is_some());
    let src = attr(frame, "src").expect("src");
    let query = src
        .strip_prefix(&format!("{BASE}index.html?"))
        .unwrap_or_else(|| panic!("{src}"));
    let (state, notices) = parse_query(query);
    assert!(notices.is_empty(), "{notices:?} in {src}");
    state
}

#[test]
fn the_default_state_gives_the_bare_guide() {
    let (script, iframe) = embed_snippets(BASE, &AppState::default());
    assert!(
        script.ends_with("<activation-explorer view=\"guide\"></activation-explorer>"),
        "{script}"
    );
    assert!(
        iframe.contains(&format!("src=\"{BASE}index.html?embed=1\"")),
        "{iframe}"
    );
}

#[test]
fn a_detail_view_with_parameters_round_trips() {
    let mut s = AppState {
        view: View::Detail,
        fns: vec![Activation::LeakyRelu],
        lang: Some(Lang::Zh),
        deriv: true,
        x_range: (-2.5, 4.0),
        theme: Some(Theme::Dark),
        ..AppState::default()
    };
    s.params.set(Param::NegativeSlope, 0.29);
    let (script, iframe) = embed_snippets(BASE, &s);
    assert!(script.contains(" negative_slope=\"0.29\""), "{script}");
    assert_eq!(widget_state(&script), s);
    let framed = iframe_state(&iframe);
    assert!(framed.embed);
    assert_eq!(
        AppState {
            embed: false,
            ..framed
        },
        s
    );
}

fn arb_state() -> impl Strategy<Value = AppState> {
    (
        proptest::sample::select(View::ALL.to_vec()),
        proptest::sample::subsequence(Activation::ALL.to_vec(), 0..=4),
        proptest::option::of(prop_oneof![Just(Lang::En), Just(Lang::Zh)]),
        any::<bool>(),
        (-50i32..50, 1i32..100),
        proptest::sample::select(Param::ALL.to_vec()),
        0.0..1.0f64,
        any::<bool>(),
    )
        .prop_map(|(view, fns, lang, deriv, (a, w), param, t, tanh)| {
            let mut s = AppState {
                view,
                fns,
                lang,
                deriv,
                x_range: (f64::from(a) / 4.0, f64::from(a + w) / 4.0),
                ..AppState::default()
            };
            let info = param.info();
            let (lo, hi) = info
                .slider
                .map_or((info.min, info.min + 1.0), |s| (s.min, s.max));
            // Round to a short decimal, as a slider gives.
            let v = ((lo + t * (hi - lo)) * 100.0).round() / 100.0;
            let p = s.params.with(param, v);
            if p.validate().is_ok() {
                s.params = p;
            }
            if tanh {
                s.params.approximate = GeluApproximate::Tanh;
            }
            s
        })
}

proptest! {
    #[test]
    fn both_snippets_reproduce_the_state(s in arb_state()) {
        let (script, iframe) = embed_snippets(BASE, &s);
        prop_assert_eq!(widget_state(&script), s.clone());
        let framed = iframe_state(&iframe);
        prop_assert!(framed.embed);
        prop_assert_eq!(AppState { embed: false, ..framed }, s);
    }
}
