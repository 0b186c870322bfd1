//! The catalogue's facts: complete in both languages, consistent with the functions they
//! describe, with well-formed MathML.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::catalog::{
    Bound, Category, Entry, calculate_gain, category_name, category_summary, derivative_formula,
    entries, entry, formula, formula_number, kinks, minimum, pytorch_at,
};
use activation_explorer::lang::{Lang, Text};
use activation_explorer::math::{Activation, Param, Params};

mod common;
use common::{is_cjk, is_han};

/// The prose fields of an entry (the ones that must be real Chinese in `zh`).
fn prose(e: &Entry) -> Vec<(&'static str, Text)> {
    let mut v = vec![
        ("traits", e.details().traits),
        ("pros", e.details().pros),
        ("cons", e.details().cons),
        ("uses", e.details().uses),
        ("other_frameworks", e.details().other_frameworks),
        ("init.scheme", e.details().init.scheme),
    ];
    if let Some(c) = e.details().seed_correction {
        v.push(("seed_correction", c));
    }
    v
}

#[test]
fn the_cjk_helpers_know_their_blocks() {
    // Ideographs: unified (first and last), Extension A, compatibility, Extension B.
    for c in ['一', '中', '\u{9FFF}', '㐀', '\u{4DBF}', '豈', '𠀀'] {
        assert!(is_han(c) && is_cjk(c), "{c:?}");
    }
    // CJK punctuation and fullwidth forms: CJK, but not Chinese characters.
    for c in ['。', '、', '「', '\u{3000}', '，', '：', '（', '！', 'Ａ'] {
        assert!(is_cjk(c) && !is_han(c), "{c:?}");
    }
    // Latin, Greek, math and typographic symbols of the English texts.
    for c in [
        'a', 'Z', 'é', 'σ', '′', '−', '…', '≈', '∞', '→', '★', '\u{2FFF}', '\u{A000}',
    ] {
        assert!(!is_cjk(c) && !is_han(c), "{c:?}");
    }
}

#[test]
fn every_activation_has_its_entry_in_order() {
    let listed: Vec<Activation> = entries().map(|e| e.activation).collect();
    assert_eq!(listed, Activation::ALL.to_vec());
    for a in Activation::ALL {
        assert_eq!(entry(a).activation, a);
    }
}

#[test]
fn texts_are_present_in_both_languages() {
    for e in entries() {
        let mut all = prose(e);
        all.push(("name", e.name));
        all.push(("range", e.range));
        for (field, text) in &all {
            for lang in Lang::ALL {
                assert!(
                    !text.get(lang).trim().is_empty(),
                    "{} {field} {lang}",
                    e.activation
                );
            }
            assert!(
                !text.en.chars().any(is_cjk),
                "{} {field}: CJK in English: {}",
                e.activation,
                text.en
            );
        }
        for (field, text) in prose(e) {
            assert!(
                text.zh.chars().any(is_han),
                "{} {field}: no Chinese in zh: {}",
                e.activation,
                text.zh
            );
            assert_ne!(text.en, text.zh, "{} {field}", e.activation);
        }
    }
}

#[test]
fn categories_and_seed_styles_match_the_seed() {
    // The seed script's `groups` (seed_plots.py), in its order.
    use Activation::*;
    let seed_groups = [
        (
            Category::Saturating,
            vec![Sigmoid, Tanh, Hardsigmoid, Hardtanh, Softsign],
        ),
        (
            Category::ReluFamily,
            vec![Relu, LeakyRelu, Prelu, Elu, Selu, Relu6],
        ),
        (
            Category::Smooth,
            vec![Gelu, Silu, Mish, Softplus, Hardswish],
        ),
    ];
    for (c, members) in seed_groups {
        assert_eq!(c.seed_members().collect::<Vec<_>>(), members, "{c:?}");
        for a in members {
            assert_eq!(entry(a).category(), c, "{a}");
        }
    }
    assert_eq!(entry(GeluTanh).category(), Category::Smooth);
    for c in Category::ALL {
        let members: Vec<Activation> = c.members().collect();
        let from_entries: Vec<Activation> = entries()
            .filter(|e| e.category() == c)
            .map(|e| e.activation)
            .collect();
        assert_eq!(members, from_entries);
        for text in [category_name(c), category_summary(c)] {
            assert!(!text.en.is_empty() && !text.en.chars().any(is_cjk));
            assert!(text.zh.chars().any(is_han));
        }
    }
    // The seed's table numbers its 16 rows in the order of its grid.
    for (i, a) in Activation::SEED.iter().enumerate() {
        assert_eq!(entry(*a).seed_row, Some(i as u8 + 1), "{a}");
    }
    assert_eq!(entry(Activation::GeluTanh).seed_row, None);
}

#[test]
fn gelu_entries_explain_the_two_forms() {
    let g = entry(Activation::Gelu);
    assert!(g.details().seed_correction.unwrap().en.contains("tanh"));
    assert!(g.details().other_frameworks.en.contains("jax.nn.gelu"));
    let gt = entry(Activation::GeluTanh);
    assert_eq!(
        gt.pytorch.module,
        Some("nn.GELU(approximate='tanh')"),
        "no parameters"
    );
    assert_eq!(gt.pytorch.functional, "F.gelu(x, approximate='tanh')");
    // The texts claim the two forms differ by up to ~4.7e−4 near |x| ≈ 2.7: check it.
    let (mut worst, mut at) = (0.0f64, 0.0);
    for i in 0..=200_000 {
        let x = -10.0 + i as f64 * 1e-4;
        let d = (Activation::Gelu.eval(x) - Activation::GeluTanh.eval(x)).abs();
        if d > worst {
            (worst, at) = (d, x);
        }
    }
    assert!((4.65e-4..4.75e-4).contains(&worst), "{worst}");
    assert!((2.6..2.8).contains(&at.abs()), "{at}");
    for e in [g, gt] {
        assert!(e.details().cons.en.contains("4.7e−4") || e.details().traits.en.contains("4.7e−4"));
    }
}

#[test]
fn pytorch_names_match_the_ids() {
    for e in entries() {
        let base = match e.activation {
            Activation::GeluTanh => "gelu",
            a => a.id(),
        };
        let (module, f) = pytorch_at(e.activation, &Params::default());
        assert!(!f.contains('@'), "{f}: a parameter left unfilled");
        match module.as_deref() {
            Some(m) => {
                assert!(f.starts_with("F.") || f.starts_with("torch."), "{f}");
                assert!(f.contains(&format!(".{base}(x")), "{f} vs {base}");
                assert!(m.starts_with("nn."), "{m}");
            }
            // The three PyTorch lacks: a PyTorch expression in x.
            None => {
                assert!(
                    matches!(
                        e.activation,
                        Activation::SquaredRelu | Activation::QuickGelu | Activation::Snake
                    ),
                    "{base}"
                );
                assert!(f.contains("torch.") && f.contains('x'), "{f}");
            }
        }
    }
}

#[test]
fn collections_hold_what_they_say() {
    use activation_explorer::catalog::Collection;
    use activation_explorer::math::GatedUnit;
    let ids = |c: Collection| -> Vec<&str> {
        Activation::ALL
            .into_iter()
            .filter(|a| c.contains(*a))
            .map(|a| a.id())
            .collect()
    };
    assert_eq!(ids(Collection::All).len(), Activation::ALL.len());
    assert_eq!(
        ids(Collection::Seed),
        Activation::SEED_SET.map(|a| a.id()).to_vec()
    );
    let torch = ids(Collection::Pytorch);
    assert_eq!(torch.len(), 24, "all but squared_relu, quick_gelu, snake");
    for id in ["squared_relu", "quick_gelu", "snake"] {
        assert!(!torch.contains(&id));
    }
    assert_eq!(
        ids(Collection::Models),
        [
            "relu",
            "gelu",
            "gelu_tanh",
            "silu",
            "softplus",
            "squared_relu",
            "quick_gelu",
            "snake"
        ]
    );
    let gated = |c: Collection| -> Vec<&str> {
        GatedUnit::ALL
            .into_iter()
            .filter(|u| c.contains_gated(*u))
            .map(|u| u.id())
            .collect()
    };
    assert!(gated(Collection::Seed).is_empty());
    assert_eq!(gated(Collection::Pytorch), ["glu"]);
    assert_eq!(gated(Collection::Models), ["glu", "geglu", "swiglu"]);
    for c in Collection::ALL {
        assert_eq!(c.id().parse::<Collection>(), Ok(c));
        assert!(c.name().zh.chars().any(is_han) && !c.name().en.chars().any(is_cjk));
    }
    assert_eq!(
        Collection::EXPECTED,
        Collection::ALL.map(|c| c.id()).join(", ")
    );
}

#[test]
fn gated_entries_are_complete_and_name_their_models() {
    use activation_explorer::catalog::{GATED_RANGE, gated_entry};
    use activation_explorer::math::GatedUnit;
    for u in GatedUnit::ALL {
        let e = gated_entry(u);
        assert_eq!(e.unit, u);
        for text in [e.traits, e.pros, e.cons, e.uses, e.other_frameworks, e.name] {
            assert!(
                !text.en.trim().is_empty() && !text.en.chars().any(is_cjk),
                "{u}"
            );
            assert!(!text.zh.trim().is_empty(), "{u}");
        }
        for text in [e.traits, e.pros, e.cons, e.uses, e.other_frameworks] {
            assert!(text.zh.chars().any(is_han), "{u}: {}", text.zh);
        }
        for f in [e.formula, e.partials_formula] {
            let names = parse_mathml(f).unwrap_or_else(|err| panic!("{u}: {err}"));
            assert!(
                names.contains(&"mi".to_string()) && f.contains("<mo>=</mo>"),
                "{u}"
            );
        }
        assert!(
            e.pytorch.contains("F.glu") || (e.pytorch.contains('a') && e.pytorch.contains('b')),
            "{u}"
        );
        assert_eq!(e.pytorch_native, u == GatedUnit::Glu);
    }
    assert!(gated_entry(GatedUnit::Swiglu).models.contains(&"LLaMA"));
    assert!(gated_entry(GatedUnit::Swiglu).uses.en.contains("PaLM"));
    assert!(gated_entry(GatedUnit::Geglu).models.contains(&"Gemma"));
    assert!(gated_entry(GatedUnit::Geglu).uses.en.contains("T5 v1.1"));
    assert!(
        gated_entry(GatedUnit::Glu)
            .pytorch
            .contains("F.glu(x, dim=-1)")
    );
    assert!(GATED_RANGE.zh.chars().any(is_han));
    // Distinct formulas.
    let mut f: Vec<&str> = GatedUnit::ALL
        .iter()
        .map(|u| gated_entry(*u).formula)
        .collect();
    f.sort();
    f.dedup();
    assert_eq!(f.len(), 4);
}

#[test]
fn the_added_entries_say_what_the_issue_asks() {
    let e = |a: Activation| entry(a);
    // threshold's two required arguments, defaulted here to 0 and 0.
    assert!(
        e(Activation::Threshold)
            .details()
            .traits
            .en
            .contains("no defaults")
    );
    assert!(
        e(Activation::Threshold)
            .details()
            .traits
            .zh
            .contains("没有默认值")
    );
    assert_eq!(
        (Param::Threshold.info().default, Param::Value.info().default),
        (0.0, 0.0)
    );
    // rrelu: PyTorch's defaults and the evaluation slope.
    assert_eq!(
        (Param::Lower.info().default, Param::Upper.info().default),
        (1.0 / 8.0, 1.0 / 3.0)
    );
    assert!(e(Activation::Rrelu).details().traits.en.contains("11/48"));
    assert!(mentions(
        e(Activation::Rrelu).details().traits.en,
        11.0 / 48.0
    ));
    // The parameters' PyTorch names.
    assert_eq!(Param::Lambd.info().torch, "lambd");
    assert_eq!(Param::SnakeAlpha.info().torch, "alpha");
    assert_eq!(Param::SnakeAlpha.key(), "snake_alpha");
    assert_eq!(Param::SoftplusThreshold.info().torch, "threshold");
    assert_eq!(Param::SoftplusThreshold.key(), "softplus_threshold");
    let code = |a| pytorch_at(a, &Params::default()).1;
    assert!(code(Activation::Hardshrink).contains("lambd=0.5"));
    assert!(code(Activation::Celu).contains("alpha=1.0"));
    // Hugging Face's names.
    assert!(
        e(Activation::SquaredRelu)
            .details()
            .other_frameworks
            .en
            .contains("relu2")
    );
    assert!(
        e(Activation::QuickGelu)
            .details()
            .other_frameworks
            .en
            .contains("quick_gelu")
    );
    // QuickGELU's claimed gap to GELU: up to about 0.020 near |x| ≈ 2.3.
    let (mut worst, mut at) = (0.0f64, 0.0);
    for i in 0..=20_000 {
        let x = -10.0 + i as f64 * 1e-3;
        let d = (Activation::Gelu.eval(x) - Activation::QuickGelu.eval(x)).abs();
        if d > worst {
            (worst, at) = (d, x);
        }
    }
    assert!(
        mentions(e(Activation::QuickGelu).details().traits.en, worst),
        "{worst}"
    );
    assert!((2.2..2.4).contains(&at.abs()), "{at}");
    // Models.
    assert_eq!(e(Activation::QuickGelu).models, ["CLIP"]);
    assert!(e(Activation::Snake).models.contains(&"BigVGAN"));
    assert!(e(Activation::SquaredRelu).models.contains(&"Primer"));
}

#[test]
fn gains_are_pytorchs() {
    let want = [
        // RReLU: the leaky_relu gain at its evaluation slope 11/48.
        (
            Activation::Rrelu,
            (2.0f64 / (1.0 + (11.0f64 / 48.0).powi(2))).sqrt(),
        ),
        (Activation::Sigmoid, 1.0),
        (Activation::Tanh, 5.0 / 3.0),
        (Activation::Relu, 2f64.sqrt()),
        (Activation::LeakyRelu, (2.0f64 / (1.0 + 0.01 * 0.01)).sqrt()),
        (Activation::Selu, 0.75),
    ];
    for e in entries() {
        match want.iter().find(|(a, _)| *a == e.activation) {
            Some((_, g)) => {
                let gain = e.details().init.gain.expect("gain");
                assert!((gain.value() - g).abs() < 1e-15, "{}", e.activation);
                assert!(gain.call().starts_with("torch.nn.init.calculate_gain('"));
            }
            None => assert!(e.details().init.gain.is_none(), "{}", e.activation),
        }
    }
    assert_eq!(calculate_gain("conv2d", None), Some(1.0));
    assert_eq!(
        calculate_gain("leaky_relu", None),
        calculate_gain("leaky_relu", Some(0.01))
    );
    assert_eq!(calculate_gain("leaky_relu", Some(1.0)), Some(1.0));
    assert_eq!(calculate_gain("gelu", None), None);
    assert_eq!(calculate_gain("leaky_relu", Some(f64::NAN)), None);
    assert_eq!(
        entry(Activation::LeakyRelu)
            .details()
            .init
            .gain
            .unwrap()
            .call(),
        "torch.nn.init.calculate_gain('leaky_relu', 0.01)"
    );
}

#[test]
fn init_schemes_follow_the_seed() {
    // The seed: SELU with LeCun, the ReLU family with He, tanh with Xavier.
    assert!(
        entry(Activation::Selu)
            .details()
            .init
            .scheme
            .en
            .contains("LeCun")
    );
    for a in Category::ReluFamily
        .members()
        .filter(|a| *a != Activation::Selu && a.in_seed_set())
    {
        assert!(
            entry(a).details().init.scheme.en.contains("He (Kaiming)"),
            "{a}"
        );
    }
    for a in Category::Saturating.members() {
        assert!(entry(a).details().init.scheme.en.contains("Xavier"), "{a}");
    }
}

/// The numbers written in a text, with the count of decimals each was written with.
fn numbers(text: &str) -> Vec<(f64, i32)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let s: String = chars[start..i].iter().collect();
            let s = s.trim_end_matches('.');
            let decimals = s.split('.').nth(1).map_or(0, |d| d.len() as i32);
            let negative = start > 0 && matches!(chars[start - 1], '−' | '-');
            if let Ok(v) = s.parse::<f64>() {
                out.push((if negative { -v } else { v }, decimals));
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The text writes `v` (rounded to the decimals it shows).
fn mentions(text: &str, v: f64) -> bool {
    numbers(text)
        .iter()
        .any(|&(n, d)| (n - v).abs() <= 0.5 * 10f64.powi(-d) + 1e-12)
}

#[test]
fn range_texts_match_the_bounds_and_the_computed_minimum() {
    for e in entries() {
        let a = e.activation;
        for text in [e.range.en, e.range.zh] {
            let closed_lo = matches!(e.bounds.0, Bound::Closed(_) | Bound::Minimum);
            assert_eq!(text.starts_with('['), closed_lo, "{a}: {text}");
            let first_close = text.chars().find(|c| matches!(c, ')' | ']')).unwrap();
            assert_eq!(
                first_close == ']',
                matches!(e.bounds.1, Bound::Closed(_)),
                "{a}"
            );
            for b in [e.bounds.0, e.bounds.1] {
                if let Bound::Open(v) | Bound::Closed(v) = b {
                    assert!(mentions(text, v), "{a}: {text} lacks {v}");
                }
            }
            match (e.bounds.0, minimum(a)) {
                (Bound::Minimum, Some((x, fx))) => {
                    assert!(mentions(text, fx), "{a}: {text} lacks min {fx}");
                    assert!(mentions(text, x), "{a}: {text} lacks argmin {x}");
                }
                (Bound::Minimum, None) => panic!("{a}: no computed minimum"),
                (_, Some(_)) => panic!("{a}: a minimum but the range does not say so"),
                _ => {}
            }
        }
    }
}

fn grid() -> impl Iterator<Item = f64> {
    (0..=40_000).map(|i| -20.0 + i as f64 * 1e-3)
}

#[test]
fn sampled_values_respect_the_bounds() {
    for e in entries() {
        let a = e.activation;
        let values: Vec<(f64, f64)> = grid().map(|x| (x, a.eval(x))).collect();
        let attained = |v: f64| values.iter().any(|&(_, y)| y == v);
        match e.bounds.0 {
            Bound::Unbounded => assert!(a.eval(-1e6) < -1e3, "{a}"),
            Bound::Open(v) => {
                assert!(values.iter().all(|&(_, y)| y >= v), "{a}");
                assert!(
                    values
                        .iter()
                        .filter(|(x, _)| x.abs() <= 8.0)
                        .all(|&(_, y)| y > v)
                );
                assert!(
                    a.eval(-1e9) - v < 1e-6,
                    "{a}: the bound {v} is not approached"
                );
            }
            Bound::Closed(v) => {
                assert!(values.iter().all(|&(_, y)| y >= v), "{a}");
                assert!(attained(v), "{a}: {v} not attained");
            }
            Bound::Minimum => {
                let (x, fx) = minimum(a).unwrap();
                assert!(values.iter().all(|&(_, y)| y >= fx), "{a}");
                assert_eq!(a.eval(x), fx);
            }
        }
        match e.bounds.1 {
            Bound::Unbounded => assert!(a.eval(1e6) > 1e3, "{a}"),
            Bound::Open(v) => {
                assert!(values.iter().all(|&(_, y)| y <= v), "{a}");
                assert!(
                    values
                        .iter()
                        .filter(|(x, _)| x.abs() <= 8.0)
                        .all(|&(_, y)| y < v)
                );
                assert!(
                    v - a.eval(1e9) < 1e-6,
                    "{a}: the bound {v} is not approached"
                );
            }
            Bound::Closed(v) => {
                assert!(values.iter().all(|&(_, y)| y <= v), "{a}");
                assert!(attained(v), "{a}: {v} not attained");
            }
            Bound::Minimum => panic!("{a}: a minimum as the upper bound"),
        }
    }
}

#[test]
fn monotonicity_and_smoothness_claims_hold() {
    for e in entries() {
        let a = e.activation;
        let xs: Vec<f64> = grid().collect();
        let decreases = xs.windows(2).any(|w| a.eval(w[1]) < a.eval(w[0]));
        assert_eq!(!decreases, e.monotonic, "{a}: monotonic claim");
        let jump = |k: f64| (a.derivative(k + 1e-7) - a.derivative(k - 1e-7)).abs();
        if e.smooth {
            for &k in kinks(a) {
                assert!(jump(k) < 1e-5, "{a}: f′ jumps at {k}");
            }
        } else {
            assert!(
                kinks(a).iter().any(|&k| jump(k) > 1e-3),
                "{a}: no jump found"
            );
            assert!(
                e.details().derivative_formula.contains("<mtable"),
                "{a}: a piecewise f′ should be written piecewise"
            );
        }
    }
}

/// MathML elements the formulas may use, with the attributes each may carry.
const MATHML: [(&str, &[&str]); 15] = [
    ("math", &["display"]),
    ("mrow", &[]),
    ("mi", &["mathvariant"]),
    ("mn", &[]),
    ("mo", &[]),
    ("mtext", &[]),
    ("mfrac", &[]),
    ("msup", &[]),
    ("msub", &[]),
    ("msubsup", &[]),
    ("msqrt", &[]),
    ("mtable", &["columnalign"]),
    ("mtr", &[]),
    ("mtd", &[]),
    ("mspace", &["width"]),
];

/// Checks that `s` is one well-formed MathML element tree, returning the element names used (in
/// document order). The XML is read by `roxmltree`; on top of well-formedness it checks:
/// - only the elements and attributes of [`MATHML`], without namespaces, attribute values in
///   double quotes;
/// - text (whitespace included) only inside the token elements `mi`, `mn`, `mo`, `mtext`,
///   written without a raw `<`/`>` (no CDATA) and with no reference but `&lt;`, `&gt;`, `&amp;`
///   (the text goes into HTML through `innerHTML`);
/// - no comment or processing instruction;
/// - the elements' shapes: `math` only at the root, `mfrac`/`msup`/`msub` with two children,
///   `msubsup` with three, `mtable` ⊃ `mtr` ⊃ `mtd` and nowhere else, empty `mspace`, token
///   elements without child elements.
fn parse_mathml(s: &str) -> Result<Vec<String>, String> {
    let doc = roxmltree::Document::parse(s).map_err(|e| format!("not XML: {e}"))?;
    let root = doc.root_element();
    if root.tag_name().name() != "math" {
        return Err(format!("root <{}>", root.tag_name().name()));
    }
    let mut names = Vec::new();
    for node in root.descendants() {
        let parent = node
            .parent_element()
            .map(|p| p.tag_name().name())
            .unwrap_or("");
        if node.is_text() {
            let raw = &s[node.range()];
            if !matches!(parent, "mi" | "mn" | "mo" | "mtext") {
                return Err(format!("text {raw:?} directly inside <{parent}>"));
            }
            if raw.contains(['<', '>']) {
                return Err(format!("raw '<' or '>' in {raw:?}"));
            }
            let mut t = raw;
            while let Some(i) = t.find('&') {
                let tail = &t[i..];
                if !["&lt;", "&gt;", "&amp;"]
                    .iter()
                    .any(|r| tail.starts_with(r))
                {
                    return Err(format!("unexpected reference in {raw:?}"));
                }
                t = &tail[1..];
            }
            continue;
        }
        if !node.is_element() {
            return Err(format!("a {:?} node", node.node_type()));
        }
        let tag = node.tag_name();
        let name = tag.name();
        if tag.namespace().is_some() {
            return Err(format!("<{name}> in a namespace"));
        }
        let Some((_, allowed)) = MATHML.iter().find(|(n, _)| *n == name) else {
            return Err(format!("unexpected element <{name}>"));
        };
        for a in node.attributes() {
            if a.namespace().is_some() || !allowed.contains(&a.name()) {
                return Err(format!("attribute {} on <{name}>", a.name()));
            }
            if s.as_bytes()[a.range_value().start - 1] != b'"' {
                return Err(format!("attribute {} not in double quotes", a.name()));
            }
        }
        let children: Vec<&str> = node
            .children()
            .filter(|c| c.is_element())
            .map(|c| c.tag_name().name())
            .collect();
        let shape_ok = match name {
            "math" => node == root,
            "mfrac" | "msup" | "msub" => children.len() == 2,
            "msubsup" => children.len() == 3,
            "mtable" => !children.is_empty() && children.iter().all(|c| *c == "mtr"),
            "mtr" => {
                parent == "mtable" && !children.is_empty() && children.iter().all(|c| *c == "mtd")
            }
            "mtd" => parent == "mtr",
            "mi" | "mn" | "mo" | "mtext" => children.is_empty(),
            "mspace" => node.children().next().is_none(),
            _ => true,
        };
        if !shape_ok {
            return Err(format!(
                "<{name}> inside <{parent}> with children {children:?}"
            ));
        }
        names.push(name.to_string());
    }
    Ok(names)
}

#[test]
fn the_mathml_checker_rejects_broken_markup() {
    assert_eq!(
        parse_mathml("<math display=\"block\"><mrow><mi>x</mi><mo>&lt;</mo></mrow></math>"),
        Ok(["math", "mrow", "mi", "mo"].map(String::from).to_vec())
    );
    for bad in [
        "<math><mrow><mi>x</mrow></mi></math>",
        "<math><mrow><mi>x</mi></mrow>",
        "<math><mi>a<b</mi></math>",
        "<math><mi>&le;</mi></math>",
        "<math><div>x</div></math>",
        "<math></math><math></math>",
        "<math><mfrac>x</mfrac></math>",
        "<math display=block><mi>x</mi></math>",
        "<math display=\"block><mi>x</mi></math>",
        // Caught only since the checker is roxmltree's parser and the rules above.
        "<math display='block'><mi>x</mi></math>",
        "<math><mi>a>b</mi></math>",
        "<math><mi>&quot;</mi></math>",
        "<math><mi>&#60;</mi></math>",
        "<math><mi><![CDATA[<]]></mi></math>",
        "<math><!-- a comment --><mi>x</mi></math>",
        "<math><?pi x?><mi>x</mi></math>",
        "<math><mrow> <mi>x</mi></mrow></math>",
        "<math><mi onclick=\"f()\">x</mi></math>",
        "<math><mi xmlns=\"http://www.w3.org/1999/xhtml\">x</mi></math>",
        "<mrow><mi>x</mi></mrow>",
        "<math><mrow><math><mi>x</mi></math></mrow></math>",
        "<math><mfrac><mi>x</mi></mfrac></math>",
        "<math><msubsup><mi>x</mi><mn>1</mn></msubsup></math>",
        "<math><mtable><mtd><mi>x</mi></mtd></mtable></math>",
        "<math><mrow><mtr><mtd><mi>x</mi></mtd></mtr></mrow></math>",
        "<math><mi><mn>1</mn></mi></math>",
        "<math><mspace width=\"1em\"><mi>x</mi></mspace></math>",
    ] {
        assert!(parse_mathml(bad).is_err(), "{bad}");
    }
}

#[test]
fn formulas_are_well_formed_mathml() {
    // At the defaults and with other values (negative ones too) in place of the parameters.
    let other = Param::ALL.iter().fold(Params::default(), |p, &q| {
        p.with(q, if q == Param::MinVal { -2.5 } else { 0.75 })
    });
    for e in entries() {
        let a = e.activation;
        for p in [Params::default(), other] {
            let (f, d) = (formula(a, &p), derivative_formula(a, &p));
            assert!(
                !f.contains('@') && !d.contains('@'),
                "{a}: a parameter left unfilled"
            );
            for q in a.params().iter().filter(|q| q.info().slider.is_some()) {
                let shown = format!("<mn>{}</mn>", formula_number(p[*q]));
                assert!(f.contains(&shown), "{a}: f shows {q} = {}", p[*q]);
            }
            // Only the function's own parameters appear.
            for q in Param::ALL.iter().filter(|q| !a.params().contains(q)) {
                assert!(
                    !e.details().formula.contains(&format!("@{}@", q.key())),
                    "{a} shows {q}"
                );
            }
        }
        for (which, f) in [
            ("f", formula(a, &Params::default())),
            ("f′", derivative_formula(a, &Params::default())),
        ] {
            let f = f.as_str();
            assert!(
                f.starts_with("<math display=\"block\"><mrow>") && f.ends_with("</mrow></math>"),
                "{a} {which}"
            );
            let names = parse_mathml(f).unwrap_or_else(|err| panic!("{a} {which}: {err}"));
            assert!(names.iter().filter(|n| *n == "mi" || *n == "mn").count() >= 3);
            assert!(f.contains("<mo>=</mo>"), "{a} {which}");
        }
        assert!(
            e.details().derivative_formula.contains("<mo>′</mo>"),
            "{}",
            e.activation
        );
        assert_ne!(e.details().formula, e.details().derivative_formula);
    }
    // Distinct functions get distinct formulas.
    let mut all: Vec<&str> = entries().map(|e| e.details().formula).collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), Activation::ALL.len());
}

#[test]
fn formula_numbers_are_short_and_read_back_closely() {
    for (v, want) in [
        (0.125, "0.125"),
        (-2.5, "−2.5"),
        (1.0 / 3.0, "0.333333"),
        (-0.0, "0"),
        (1000.0, "1000"),
        (1e-5, "0.00001"),
        (123456.789, "123457"),
        (0.000123456789, "1.23457e-4"),
    ] {
        assert_eq!(formula_number(v), want, "{v}");
    }
    for i in 0..2000 {
        let v = (i as f64 - 1000.0) * 0.37 + 1.0 / 7.0;
        let text = formula_number(v);
        assert!(text.chars().count() <= 11, "{text}");
        let back: f64 = text.replace('−', "-").parse().unwrap();
        assert!((back - v).abs() <= 5e-6 * v.abs().max(1.0), "{v} → {text}");
    }
}

#[test]
fn seed_facts_are_carried_over() {
    // A few facts of the seed's table, each in its own entry (EN and ZH).
    let has = |a: Activation, en: &str, zh: &str| {
        let e = entry(a);
        let all_en: String = prose(e).iter().map(|(_, t)| t.en).collect();
        let all_zh: String = prose(e).iter().map(|(_, t)| t.zh).collect();
        assert!(all_en.contains(en), "{a}: {en}");
        assert!(all_zh.contains(zh), "{a}: {zh}");
    };
    has(Activation::Sigmoid, "binary classification", "二分类");
    has(Activation::Tanh, "RNN", "RNN");
    has(Activation::Hardsigmoid, "MobileNet", "MobileNet");
    has(Activation::Hardtanh, "reinforcement-learning", "强化学习");
    has(Activation::Relu, "CNN", "CNN");
    has(Activation::LeakyRelu, "GAN", "生成对抗网络");
    has(Activation::Prelu, "ImageNet", "ImageNet");
    has(Activation::Elu, "Noisy", "噪声");
    has(Activation::Selu, "LeCun", "LeCun");
    has(Activation::Relu6, "MobileNet", "MobileNet");
    has(Activation::Gelu, "BERT", "BERT");
    has(Activation::Silu, "EfficientNet", "EfficientNet");
    has(Activation::Mish, "YOLOv4", "YOLOv4");
    has(Activation::Softplus, "variance", "方差");
    has(Activation::Hardswish, "MobileNetV3", "MobileNetV3");
}

#[test]
fn the_number_reader_respects_the_printed_precision() {
    let text = "[−0.16997…, ∞): minimum ≈ −0.16997 at x ≈ −0.7518";
    assert!(mentions(text, -0.169_971_2));
    assert!(mentions(text, -0.751_79));
    assert!(!mentions(text, -0.169_98));
    assert!(!mentions(text, 0.169_971_2));
    assert!(!mentions(text, -0.7525));
    assert_eq!(numbers("(−1.7581, 6]"), vec![(-1.7581, 4), (6.0, 0)]);
}

#[test]
fn agrees_with_the_math_modules_own_claims() {
    use activation_explorer::math::Params;
    let p = Params::default();
    for e in entries() {
        let a = e.activation;
        assert_eq!(e.monotonic, a.is_monotonic(&p), "{a}");
        // The quadrature splits at least wherever f′ jumps.
        for k in a.kinks(&p) {
            assert!(kinks(a).contains(&k), "{a}: kink {k} missing");
        }
    }
}
