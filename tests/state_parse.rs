//! URL query / embed attribute parsing: the schema, the bad-input corpus
//! (`tests/data/bad_inputs.json`), the round trip, and a fuzz run on arbitrary strings.
//!
//! The fuzz case count defaults to 10,000 and can be raised with `AE_FUZZ_CASES=100000`.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::catalog::Collection;
use activation_explorer::guide::Questionnaire;
use activation_explorer::lang::Lang;
use activation_explorer::math::{Activation, GatedUnit, GeluApproximate, Param, Params};
use activation_explorer::number::{is_float_literal, parse_f64};
use activation_explorer::state::{
    AppState, EXCERPT_CHARS, GuidePart, Key, MAX_NOTICES, Notice, NoticeKind, Theme, View,
    parse_pairs, parse_query, to_query,
};
use proptest::prelude::*;
use serde::Deserialize;

mod common;
use common::{is_cjk, is_han};

// ---------------------------------------------------------------------------------------------
// Helpers.

/// One case of the corpus. Unknown fields are refused, so a misspelt expectation cannot be
/// silently skipped.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    query: String,
    /// The keys of the notices the query must give, in order.
    #[serde(rename = "expect_notice_keys")]
    keys: Vec<String>,
    expect_query: String,
    note: String,
}

fn corpus() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/bad_inputs.json"
    ))
    .expect("the corpus");
    serde_json::from_str(&text).expect("the corpus is a JSON array of cases")
}

/// Everything that must hold for any parse result.
fn check_invariants(state: &AppState, notices: &[Notice]) {
    assert!(
        notices.len() <= MAX_NOTICES + 1,
        "{} notices",
        notices.len()
    );
    for n in notices {
        assert!(n.key.chars().count() <= EXCERPT_CHARS + 1, "{:?}", n.key);
        assert!(
            n.value.chars().count() <= EXCERPT_CHARS + 1,
            "{:?}",
            n.value
        );
        assert!(!n.value.chars().any(char::is_control), "{:?}", n.value);
        let en = n.message(Lang::En);
        let zh = n.message(Lang::Zh);
        assert!(!en.is_empty() && !zh.is_empty());
        assert!(
            !en.chars().any(is_cjk) || n.value.chars().any(is_cjk) || n.key.chars().any(is_cjk)
        );
        assert!(zh.chars().any(is_han), "{zh}");
        assert!(en.chars().count() < 260, "{en}");
    }
    // The state is valid: it survives its own query unchanged and without notices.
    let q = to_query(state);
    let (again, notices2) = parse_query(&q);
    assert_eq!(&again, state, "query {q:?}");
    assert!(notices2.is_empty(), "{q:?} → {notices2:?}");
    assert!(state.params.validate().is_ok());
    let (a, b) = state.x_range;
    assert!(a.is_finite() && b.is_finite() && a < b);
    assert!(Questionnaire::from_answers(&state.answers).is_ok());
    let mut fns = state.fns.clone();
    fns.sort();
    fns.dedup();
    assert_eq!(fns.len(), state.fns.len(), "duplicate fns");
}

fn keys_of(notices: &[Notice]) -> Vec<&str> {
    notices.iter().map(|n| n.key.as_str()).collect()
}

// ---------------------------------------------------------------------------------------------
// The corpus.

#[test]
fn corpus_is_large_and_covers_every_key() {
    let cases = corpus();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    for key in Key::all().map(Key::name) {
        let n = cases
            .iter()
            .filter(|c| c.keys.iter().any(|k| k == key))
            .count();
        assert!(n >= 2, "only {n} corpus cases for {key}");
    }
    let all: String = cases.iter().map(|c| c.query.as_str()).collect();
    for needle in [
        "NaN",
        "inf",
        "1e308",
        "-0",
        "<script>",
        "onerror",
        "javascript:",
        "%zz",
    ] {
        assert!(all.contains(needle), "no case with {needle}");
    }
    assert!(cases.iter().any(|c| c.query.len() >= 10_000));
    for c in &cases {
        assert!(!c.note.is_empty());
        assert!(
            !c.keys.is_empty(),
            "every case must produce a visible notice"
        );
    }
}

#[test]
fn corpus_cases_give_their_notices_and_fall_back_to_defaults() {
    for c in corpus() {
        let (state, notices) = parse_query(&c.query);
        // Exactly the notices expected, in order: no missing one, no extra one.
        assert_eq!(keys_of(&notices), c.keys, "{}: notices", c.note);
        assert_eq!(to_query(&state), c.expect_query, "{}", c.note);
        check_invariants(&state, &notices);
        // The offending value never comes back whole in a message.
        for n in &notices {
            let msg = n.message(Lang::En);
            if c.query.len() > 200 {
                assert!(
                    msg.len() < 300,
                    "{}: message of {} bytes",
                    c.note,
                    msg.len()
                );
            }
        }
    }
}

/// Splits a query into raw pairs the way an embed author would write attributes.
fn raw_pairs(q: &str) -> Vec<(String, String)> {
    q.trim_start_matches('?')
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let (k, v) = s.split_once('=').unwrap_or((s, ""));
            (format!("data-{k}"), v.to_string())
        })
        .collect()
}

#[test]
fn corpus_as_embed_attributes_behaves_the_same() {
    let mut n = 0;
    for c in corpus() {
        // Attributes are not percent-decoded: only the cases without escapes compare directly.
        if c.query.contains('%')
            || c.query.contains('+')
            || c.keys.iter().any(|k| k.starts_with("data-"))
        {
            continue;
        }
        n += 1;
        let (from_url, url_notices) = parse_query(&c.query);
        let (from_attrs, attr_notices) = parse_pairs(raw_pairs(&c.query).into_iter());
        assert_eq!(from_attrs, from_url, "{}", c.note);
        assert_eq!(keys_of(&attr_notices), keys_of(&url_notices), "{}", c.note);
        check_invariants(&from_attrs, &attr_notices);
    }
    assert!(n >= 60, "only {n} corpus cases usable as attributes");
}

// ---------------------------------------------------------------------------------------------
// The schema, key by key.

#[test]
fn empty_query_is_the_default_state() {
    for q in ["", "?", "&&", "?&"] {
        let (s, notices) = parse_query(q);
        assert_eq!(s, AppState::default());
        assert!(notices.is_empty());
    }
    let d = AppState::default();
    assert_eq!(d.lang, None);
    assert_eq!(d.view, View::Guide);
    assert!(d.fns.is_empty());
    assert_eq!(d.x_range, (-6.0, 6.0));
    assert!(!d.deriv);
    assert!(d.answers.is_empty());
    assert_eq!(d.params, Params::default());
    assert_eq!(d.theme, None);
    assert!(!d.embed);
    assert_eq!(to_query(&d), "");
}

#[test]
fn a_full_query_sets_every_field() {
    let q = "?lang=zh&view=detail&fn=elu,relu,gelu_tanh&x=-2.5,10&deriv=true&answers=nnnny\
             &negative_slope=0.2&weight=-0.5&alpha=1.5&min_val=-2&max_val=3&beta=2\
             &softplus_threshold=15&lambd=0.25&lower=0.1&upper=0.2&threshold=-1&value=-3\
             &snake_alpha=2&approximate=tanh&theme=dark&embed=1";
    let (s, notices) = parse_query(q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.lang, Some(Lang::Zh));
    assert_eq!(s.view, View::Detail);
    assert_eq!(
        s.fns,
        [Activation::Elu, Activation::Relu, Activation::GeluTanh]
    );
    assert_eq!(s.primary_fn(), Some(Activation::Elu));
    assert_eq!(s.x_range, (-2.5, 10.0));
    assert!(s.deriv);
    assert_eq!(s.answers, [false, false, false, false, true]);
    assert_eq!(
        s.questionnaire().recommended(),
        &[Activation::LeakyRelu, Activation::Elu]
    );
    let p = s.params;
    let values: Vec<f64> = Param::ALL.iter().map(|&q| p[q]).collect();
    assert_eq!(
        values,
        [
            0.2, -0.5, 1.5, -2.0, 3.0, 2.0, 15.0, 0.25, 0.1, 0.2, -1.0, -3.0, 2.0
        ]
    );
    assert_eq!(p.softplus_threshold(), Some(15.0));
    assert_eq!(p.approximate, GeluApproximate::Tanh);
    assert_eq!(s.theme, Some(Theme::Dark));
    assert!(s.embed);
    assert_eq!(
        to_query(&s),
        "lang=zh&view=detail&fn=elu,relu,gelu_tanh&x=-2.5,10&deriv=1&answers=nnnny\
         &negative_slope=0.2&weight=-0.5&alpha=1.5&min_val=-2&max_val=3&beta=2\
         &softplus_threshold=15&lambd=0.25&lower=0.1&upper=0.2&threshold=-1&value=-3\
         &snake_alpha=2&approximate=tanh&theme=dark&embed=1"
    );
}

#[test]
fn every_view_and_theme_id_parses() {
    for v in View::ALL {
        let (s, n) = parse_query(&format!("view={}", v.id()));
        assert_eq!((s.view, n.len()), (v, 0));
    }
    assert_eq!(
        View::ALL.map(|v| v.id()),
        [
            "guide", "gallery", "groups", "overlay", "table", "detail", "gated"
        ]
    );
    for t in Theme::ALL {
        let (s, n) = parse_query(&format!("theme={}", t.id()));
        assert_eq!((s.theme, n.len()), (Some(t), 0));
    }
    for a in Activation::ALL {
        let (s, n) = parse_query(&format!("fn={}", a.id()));
        assert_eq!((s.fns, n.len()), (vec![a], 0));
    }
}

#[test]
fn booleans_and_percent_decoding() {
    for (v, want) in [("0", false), ("1", true), ("false", false), ("true", true)] {
        assert_eq!(parse_query(&format!("deriv={v}")).0.deriv, want);
        assert_eq!(parse_query(&format!("embed={v}")).0.embed, want);
    }
    // Encoded comma and letters decode; `+` is a space, trimmed around numbers.
    let (s, n) = parse_query("f%6E=relu%2Cgelu&x=-6,+6&%6Cang=%7A%68");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.fns, [Activation::Relu, Activation::Gelu]);
    assert_eq!(s.x_range, (-6.0, 6.0));
    assert_eq!(s.lang, Some(Lang::Zh));
}

#[test]
fn notice_kinds_are_specific() {
    let kind = |q: &str| parse_query(q).1.into_iter().next().map(|n| n.kind);
    assert_eq!(kind("x=6,-6"), Some(NoticeKind::RangeReversed));
    assert_eq!(kind("x=1,1"), Some(NoticeKind::RangeEmpty));
    assert_eq!(kind("x=0,1e-9"), Some(NoticeKind::RangeTooNarrow));
    assert_eq!(kind("x=1"), Some(NoticeKind::RangeShape));
    assert_eq!(kind("x=NaN,1"), Some(NoticeKind::NotFinite));
    assert_eq!(kind("x=a,1"), Some(NoticeKind::NotANumber));
    assert_eq!(kind("lang=%zz"), Some(NoticeKind::BadPercent));
    assert_eq!(kind("lang=%FF"), Some(NoticeKind::InvalidUtf8));
    assert_eq!(kind("fn=nope"), Some(NoticeKind::UnknownId));
    assert_eq!(kind("fn=relu,relu"), Some(NoticeKind::DuplicateId));
    assert_eq!(kind("fn=relu,"), Some(NoticeKind::EmptyItem));
    assert_eq!(kind("foo=1"), Some(NoticeKind::UnknownKey));
    assert_eq!(
        parse_query("lang=en&lang=zh").1[0].kind,
        NoticeKind::DuplicateKey
    );
    assert_eq!(kind("lang="), Some(NoticeKind::Empty));
    assert_eq!(
        kind(&format!("lang={}", "e".repeat(1001))),
        Some(NoticeKind::TooLong)
    );
    // Exactly 1,000 characters is still read (and refused as an unknown language).
    assert!(matches!(
        kind(&format!("lang={}", "e".repeat(1000))),
        Some(NoticeKind::UnknownValue { .. })
    ));
    assert!(matches!(
        kind("answers=yy"),
        Some(NoticeKind::BadAnswers(_))
    ));
    assert_eq!(
        kind("beta=0"),
        Some(NoticeKind::OutOfRange {
            min: Param::Beta.info().min,
            max: Param::Beta.info().max
        })
    );
    assert_eq!(
        kind("min_val=5"),
        Some(NoticeKind::BoundsConflict(Param::ORDERED[0]))
    );
    assert_eq!(
        kind("lower=0.5"),
        Some(NoticeKind::BoundsConflict(Param::ORDERED[1]))
    );
    assert!(matches!(
        kind("set=everything"),
        Some(NoticeKind::UnknownValue { .. })
    ));
    assert_eq!(kind("fn=glu,swiglu"), Some(NoticeKind::ExtraGatedUnit));
}

#[test]
fn rrelu_bounds_may_be_equal_and_gated_ids_ride_in_fn() {
    let (s, n) = parse_query("lower=0.2&upper=0.2");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!((s.params[Param::Lower], s.params[Param::Upper]), (0.2, 0.2));
    assert_eq!(to_query(&s), "lower=0.2&upper=0.2");
    let (s, n) = parse_query("view=gated&fn=geglu,relu&set=models");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(
        (s.view, s.gated, s.fns.as_slice()),
        (View::Gated, Some(GatedUnit::Geglu), &[Activation::Relu][..])
    );
    assert_eq!(s.set, Collection::Models);
    assert_eq!(to_query(&s), "view=gated&fn=relu,geglu&set=models");
    assert_eq!(AppState::default().gated_unit(), GatedUnit::Swiglu);
    // Softplus' threshold moved to its own key; `threshold` is the threshold function's.
    let (s, n) = parse_query("softplus_threshold=20&threshold=-2");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.params.softplus_threshold(), Some(20.0));
    assert_eq!(s.params[Param::Threshold], -2.0);
}

#[test]
fn bounds_conflicts_reset_only_what_was_given() {
    let (s, n) = parse_query("max_val=0.5&min_val=0.25");
    assert!(n.is_empty());
    assert_eq!(
        (s.params[Param::MinVal], s.params[Param::MaxVal]),
        (0.25, 0.5)
    );
    // min_val alone above the default max_val: only min_val falls back.
    let (s, n) = parse_query("min_val=0.5");
    assert!(n.is_empty(), "0.5 < default max 1: valid");
    assert_eq!(s.params[Param::MinVal], 0.5);
    let (s, n) = parse_query("min_val=4&max_val=3");
    assert_eq!(keys_of(&n), ["min_val", "max_val"]);
    assert_eq!(s.params, Params::default());
}

#[test]
fn parameter_limits_are_inclusive() {
    for p in Param::ALL {
        let l = p.info();
        for v in [l.min, l.max] {
            let q = format!("{}={v}", l.key);
            let (_, n) = parse_query(&q);
            // A bound at the edge may still conflict with the other bound's default.
            let conflict = Param::ORDERED.iter().any(|o| o.involves(p));
            if !conflict {
                assert!(n.is_empty(), "{q}: {n:?}");
            }
        }
        let above = l.max + l.max.abs().max(1.0);
        let (_, n) = parse_query(&format!("{}={above}", l.key));
        assert_eq!(keys_of(&n), [l.key]);
    }
}

#[test]
fn notices_quote_a_short_excerpt_as_plain_text() {
    let evil = format!("<script>alert(1)</script>{}", "x".repeat(5000));
    let (_, n) = parse_query(&format!("view={evil}"));
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].value.chars().count(), EXCERPT_CHARS + 1);
    assert!(n[0].value.ends_with('…'));
    assert!(n[0].value.starts_with("<script>"));
    let en = n[0].message(Lang::En);
    assert!(
        en.contains("view") && en.contains("<script>alert(1)"),
        "{en}"
    );
    let zh = n[0].message(Lang::Zh);
    assert!(zh.contains("默认值"), "{zh}");
    // Control characters never reach the message.
    let (_, n) = parse_query("lang=a%0Ab%00c");
    assert_eq!(n[0].value, "a\u{FFFD}b\u{FFFD}c");
}

#[test]
fn duplicate_keys_first_wins_in_attributes_too() {
    let pairs = vec![
        ("data-fn".to_string(), "mish".to_string()),
        ("fn".to_string(), "relu".to_string()),
        ("data-lang".to_string(), "zh".to_string()),
        ("data-x".to_string(), "-1,1".to_string()),
    ];
    let (s, n) = parse_pairs(pairs.into_iter());
    assert_eq!(s.fns, [Activation::Mish]);
    assert_eq!(s.lang, Some(Lang::Zh));
    assert_eq!(s.x_range, (-1.0, 1.0));
    assert_eq!(keys_of(&n), ["fn"]);
    assert_eq!(n[0].kind, NoticeKind::DuplicateKey);
    // Attribute values are not percent-decoded.
    let (s, n) = parse_pairs([("lang".to_string(), "%7A%68".to_string())].into_iter());
    assert_eq!(s.lang, None);
    assert_eq!(keys_of(&n), ["lang"]);
}

#[test]
fn to_query_leaves_out_invalid_values() {
    let mut s = AppState {
        x_range: (f64::NAN, 1.0),
        fns: vec![Activation::Relu, Activation::Relu, Activation::Tanh],
        answers: vec![true, true],
        ..AppState::default()
    };
    s.params.set(Param::Beta, -1.0);
    s.params.set(Param::MinVal, 2.0);
    s.params.set(Param::Weight, f64::INFINITY);
    let q = to_query(&s);
    assert_eq!(q, "fn=relu,tanh");
    let (back, n) = parse_query(&q);
    assert!(n.is_empty());
    assert_eq!(back.fns, [Activation::Relu, Activation::Tanh]);
}

#[test]
fn too_many_pairs_and_notices_are_capped() {
    let q = "lang=xx&".repeat(500);
    let (s, n) = parse_query(&q);
    assert_eq!(s, AppState::default());
    assert_eq!(n.len(), MAX_NOTICES + 1);
    assert_eq!(n.last().unwrap().kind, NoticeKind::TooManyNotices);
    let q: String = (0..100).map(|i| format!("k{i}=1&")).collect();
    let (_, n) = parse_query(&q);
    assert_eq!(n.len(), MAX_NOTICES + 1);
}

// ---------------------------------------------------------------------------------------------
// Properties.

fn fuzz_cases() -> u32 {
    std::env::var("AE_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

fn arb_limited(p: Param) -> impl Strategy<Value = f64> {
    let l = p.info();
    prop_oneof![
        l.min..=l.max,
        Just(l.min),
        Just(l.max),
        (-100i32..=100).prop_map(move |i| (i as f64 / 4.0).clamp(l.min, l.max)),
    ]
}

fn arb_state() -> impl Strategy<Value = AppState> {
    let x = prop_oneof![
        (-1e6f64..1e6, 1e-6f64..1e3).prop_map(|(a, w)| (a, (a + w).min(1e6))),
        (-20i32..20, 1i32..40).prop_map(|(a, w)| (a as f64, (a + w) as f64)),
        Just((-6.0, 6.0)),
    ]
    .prop_filter("valid", |(a, b)| b - a >= 1e-6 && a < b);
    let answers = (0usize..=7, any::<bool>()).prop_map(|(k, yes)| {
        let mut v = vec![false; k];
        if k < 7 && yes {
            v.push(true);
        }
        v
    });
    let fns = proptest::sample::subsequence(Activation::ALL.to_vec(), 0..=Activation::ALL.len())
        .prop_shuffle();
    let params = (
        Param::ALL.map(arb_limited),
        proptest::collection::vec(any::<bool>(), Param::COUNT),
        any::<bool>(),
    )
        .prop_map(|(values, given, tanh)| {
            let mut p = Params::default();
            // Each parameter given or left at its default (the threshold's default is "off").
            for (q, (v, g)) in Param::ALL.iter().zip(values.into_iter().zip(given)) {
                if g {
                    p.set(*q, v);
                }
            }
            for o in Param::ORDERED {
                if !o.holds(&p) {
                    p.set(o.lo, o.lo.info().default);
                    p.set(o.hi, o.hi.info().default);
                }
            }
            p.with_approximate(if tanh {
                GeluApproximate::Tanh
            } else {
                GeluApproximate::None
            })
        });
    (
        proptest::option::of(prop_oneof![Just(Lang::En), Just(Lang::Zh)]),
        proptest::sample::select(View::ALL.to_vec()),
        fns,
        x,
        any::<bool>(),
        answers,
        params,
        proptest::option::of(proptest::sample::select(Theme::ALL.to_vec())),
        any::<bool>(),
        proptest::sample::subsequence(GuidePart::ALL.to_vec(), 0..=3),
        proptest::option::of(proptest::sample::select(GatedUnit::ALL.to_vec())),
        proptest::sample::select(Collection::ALL.to_vec()),
    )
        .prop_map(
            |(
                lang,
                view,
                fns,
                x_range,
                deriv,
                answers,
                params,
                theme,
                embed,
                sections,
                gated,
                set,
            )| {
                AppState {
                    lang,
                    view,
                    fns,
                    gated,
                    set,
                    x_range,
                    deriv,
                    answers,
                    // All three parts is the default, written as no `sections` at all.
                    sections: if sections.len() == GuidePart::ALL.len() {
                        Vec::new()
                    } else {
                        sections
                    },
                    params,
                    theme,
                    embed,
                }
            },
        )
}

/// A query made of known keys (sometimes unknown ones) with arbitrary values, some encoded.
fn arb_query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        4 => proptest::sample::select(Key::all().map(Key::name).collect::<Vec<_>>())
            .prop_map(str::to_string),
        1 => "[a-zA-Z_%0-9-]{0,8}",
    ];
    let value = prop_oneof![
        ".{0,12}",
        "[-+0-9.eE,naifyNINF]{0,14}",
        "(%[0-9a-fA-FzZ]{0,2}|[a-z,+]){0,6}",
        proptest::sample::select(vec![
            "relu,gelu",
            "-6,6",
            "nny",
            "zh",
            "tanh",
            "1e308",
            "-0",
            "NaN",
            "dark",
            "detail",
        ])
        .prop_map(str::to_string),
    ];
    proptest::collection::vec((key, value, any::<bool>()), 0..8).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v, eq)| if eq { format!("{k}={v}") } else { k })
            .collect::<Vec<_>>()
            .join("&")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn round_trip_of_valid_states(s in arb_state()) {
        let q = to_query(&s);
        let (back, notices) = parse_query(&q);
        prop_assert!(notices.is_empty(), "{:?} → {:?}", q, notices);
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(to_query(&back), q.clone());
        // The same state through embed attributes.
        let pairs = q.split('&').filter(|p| !p.is_empty()).map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            (format!("data-{k}"), v.to_string())
        });
        let (from_attrs, n2) = parse_pairs(pairs);
        prop_assert!(n2.is_empty());
        prop_assert_eq!(from_attrs, s);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    #[test]
    fn fuzz_arbitrary_strings(q in any::<String>()) {
        let (state, notices) = parse_query(&q);
        check_invariants(&state, &notices);
    }

    #[test]
    fn fuzz_structured_queries(q in arb_query()) {
        let (state, notices) = parse_query(&q);
        check_invariants(&state, &notices);
        let pairs = q.split('&').map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        });
        let (state2, notices2) = parse_pairs(pairs);
        check_invariants(&state2, &notices2);
    }
}

// ---------------------------------------------------------------------------------------------
// Number text: `number::parse_f64` must accept exactly what `str::parse::<f64>` accepts, with
// the same value (in the browser it converts through JavaScript: see tests/web.rs).

/// Both parsers' verdicts on `s`, as comparable text (NaN as "NaN", values as their bits).
fn verdicts(s: &str) -> (Option<String>, Option<String>) {
    let show = |v: f64| {
        if v.is_nan() {
            "NaN".to_string()
        } else {
            format!("{:016x}", v.to_bits())
        }
    };
    (parse_f64(s).map(show), s.parse::<f64>().ok().map(show))
}

#[test]
fn number_grammar_matches_rust_on_edge_cases() {
    let cases = [
        "",
        "+",
        "-",
        ".",
        "+.",
        "e",
        "1e",
        "1e+",
        "1e-",
        "e5",
        ".e5",
        "1.e5",
        ".5e-3",
        "5.",
        "-0",
        "+0.0",
        "00012",
        "1_000",
        "0x10",
        " 1",
        "1 ",
        "1,5",
        "inf",
        "-INF",
        "+Infinity",
        "infinit",
        "nan",
        "NaN",
        "-nan",
        "+nAn",
        "nan1",
        "1e400",
        "-1e400",
        "1e-400",
        "4.9e-324",
        "2.5e-324",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "9007199254740993",
        "0.1000000000000000055511151231257827",
        "1..2",
        "1e5.5",
        "1e+-5",
        "--1",
        "+-1",
        "١",
    ];
    for s in cases {
        let (ours, rust) = verdicts(s);
        assert_eq!(ours, rust, "{s:?}");
        assert_eq!(is_float_literal(s), rust.is_some(), "{s:?}");
    }
    let long = format!("0.{}1", "0".repeat(10_000));
    assert_eq!(verdicts(&long).0, verdicts(&long).1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    /// Strings over the characters of number literals: same acceptance, same value.
    #[test]
    fn number_grammar_matches_rust(s in "[+\\-]?[0-9.eE+\\-infatyINFATY_ x]{0,14}") {
        let (ours, rust) = verdicts(&s);
        prop_assert_eq!(&ours, &rust, "{:?}", s);
        prop_assert_eq!(is_float_literal(&s), rust.is_some());
    }

    /// Well-formed literals with many digits and wide exponents: bit-identical values.
    #[test]
    fn number_values_match_rust(int in "[0-9]{0,25}", frac in "[0-9]{0,25}", exp in -350i32..350, sign in "[+\\-]?") {
        let s = format!("{sign}{int}.{frac}e{exp}");
        let (ours, rust) = verdicts(&s);
        prop_assert_eq!(ours, rust, "{:?}", s);
    }
}
