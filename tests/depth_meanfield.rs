//! The depth lab's mean-field theory (`activation_explorer::depth`) against
//! - the mpmath table `tests/data/depth_reference.csv` (made by `scripts/gen_depth_reference.py`:
//!   25+ digits, every value computed twice by rules of different sizes), at 1e−9 relative, for
//!   every activation: E[f(√q z)²], E[f′(√q z)²], E[f(√q z)], q*, χ₁, the c-map and 1 − c-map
//!   near c = 1, through the direct functions and through the tabulated paths (the layer curves
//!   and the phase diagram);
//! - closed forms from the literature (ReLU's arc-cosine kernel, SELU's fixed point, the ReLU
//!   gains, tanh's critical point);
//! - properties (proptest): c-map(1) = 1, monotone in c, q-map monotone in q, χ₁ > 0, no NaN.
//!
//! `cargo test --test depth_meanfield -- --nocapture` prints the worst error per quantity.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::f64::consts::PI;

use activation_explorer::catalog::calculate_gain;
use activation_explorer::depth::{MeanField, PhaseDiagram, critical_line, critical_sigma_w2, gain};
use activation_explorer::math::{Activation, Param, Params};
use proptest::prelude::*;

const TABLE: &str = include_str!("data/depth_reference.csv");
/// The accuracy the depth lab promises for Gaussian expectations.
const REL: f64 = 1e-9;

#[derive(Clone, Debug)]
struct Row {
    activation: Activation,
    quantity: String,
    sigma_w2: f64,
    sigma_b2: f64,
    arg: f64,
    /// `None` for "none" (no fixed point).
    value: Option<f64>,
}

fn num(s: &str) -> f64 {
    s.parse()
        .unwrap_or_else(|e| panic!("bad number {s:?} in the table: {e}"))
}

fn rows() -> Vec<Row> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id,"))
        .map(|line| {
            let c: Vec<&str> = line.split(',').collect();
            assert_eq!(c.len(), 6, "bad row {line}");
            let opt = |s: &str| if s.is_empty() { f64::NAN } else { num(s) };
            Row {
                activation: c[0].parse().expect("known id"),
                quantity: c[1].to_string(),
                sigma_w2: opt(c[2]),
                sigma_b2: opt(c[3]),
                arg: opt(c[4]),
                value: (c[5] != "none").then(|| num(c[5])),
            }
        })
        .collect()
}

/// |got − want| ≤ REL·max(|want|, floor): relative, except for values that are 0 by symmetry
/// (the mean of an odd f), which are compared with the scale `floor` of the quantity.
fn rel_err(got: f64, want: f64, floor: f64) -> f64 {
    (got - want).abs() / want.abs().max(floor)
}

/// Collects the worst error per label and fails at the end with every offender listed.
#[derive(Default)]
struct Report {
    worst: BTreeMap<String, (f64, String)>,
    failures: Vec<String>,
}

impl Report {
    fn check(&mut self, label: &str, what: String, got: f64, want: f64, floor: f64, tol: f64) {
        let e = rel_err(got, want, floor);
        let entry = self
            .worst
            .entry(label.to_string())
            .or_insert((0.0, String::new()));
        if e > entry.0 || e.is_nan() {
            *entry = (e, what.clone());
        }
        if e > tol || e.is_nan() {
            self.failures.push(format!(
                "{label} {what}: got {got:.17e}, want {want:.17e} (rel err {e:.2e} > {tol:.0e})"
            ));
        }
    }

    fn finish(self) {
        for (label, (e, what)) in &self.worst {
            println!("{label:28} worst relative error {e:.2e}  ({what})");
        }
        assert!(self.failures.is_empty(), "{}", self.failures.join("\n"));
    }
}

/// The (σ_w², σ_b²) settings of the generator, in its order: q* and χ₁ at all three, the c-map at
/// the first two, c = 0.999 and the decorrelation near 1 at the first.
const SETTINGS: [(f64, f64); 3] = [(1.5, 0.05), (0.8, 0.3), (2.5, 0.1)];

#[test]
fn the_table_covers_every_activation() {
    let rows = rows();
    let with_rows: Vec<Activation> = Activation::ALL
        .into_iter()
        .filter(|&a| rows.iter().any(|r| r.activation == a))
        .collect();
    let missing: Vec<&str> = Activation::ALL
        .iter()
        .filter(|a| !with_rows.contains(a))
        .map(|a| a.id())
        .collect();
    assert!(
        missing.is_empty(),
        "the mpmath table has no rows for {} (run scripts/gen_depth_reference.py with their ids)",
        missing.join(", ")
    );
    let count = |a: Activation, q: &str, w: Option<(f64, f64)>| {
        rows.iter()
            .filter(|r| r.activation == a && r.quantity == q)
            .filter(|r| w.is_none_or(|(w, b)| r.sigma_w2 == w && r.sigma_b2 == b))
            .count()
    };
    for a in Activation::ALL {
        // Every activation has these: five q each.
        for q in ["m2", "d2", "m1"] {
            assert_eq!(count(a, q, None), 5, "{}: {q} rows", a.id());
        }
        for (i, &(w, b)) in SETTINGS.iter().enumerate() {
            let qs: Vec<&Row> = rows
                .iter()
                .filter(|r| r.activation == a && r.quantity == "q_star")
                .filter(|r| r.sigma_w2 == w && r.sigma_b2 == b)
                .collect();
            assert_eq!(qs.len(), 1, "{} ({w}, {b}): q_star rows", a.id());
            // Without a fixed point the generator writes nothing else for the setting.
            let fixed = usize::from(qs[0].value.is_some());
            let s = Some((w, b));
            let (c_maps, decors) = match i {
                0 => (5, 1),
                1 => (4, 0),
                _ => (0, 0),
            };
            assert_eq!(count(a, "chi1", s), fixed, "{} ({w}, {b}): chi1", a.id());
            assert_eq!(
                count(a, "c_map", s),
                fixed * c_maps,
                "{} ({w}, {b}): c_map",
                a.id()
            );
            assert_eq!(
                count(a, "decor", s),
                fixed * decors,
                "{} ({w}, {b}): decor",
                a.id()
            );
        }
    }
    // Both outcomes of q* are covered: a fixed point, and divergence.
    assert!(
        rows.iter()
            .any(|r| r.quantity == "q_star" && r.value.is_none())
    );
    assert!(
        rows.iter()
            .any(|r| r.quantity == "q_star" && r.value.is_some())
    );
    assert!(rows.iter().any(|r| r.quantity == "decor"));
}

#[test]
fn agrees_with_mpmath() {
    let p = Params::default();
    let mut rep = Report::default();
    let mut rows = rows();
    // Group by activation so each interpolation table is built once.
    rows.sort_by_key(|r| r.activation);
    for r in &rows {
        let a = r.activation;
        let id = a.id();
        let unit = MeanField::new(a, &p, 1.0, 0.0);
        let mf = MeanField::new(a, &p, r.sigma_w2, r.sigma_b2);
        let what = format!("{id} w={} b={} arg={}", r.sigma_w2, r.sigma_b2, r.arg);
        match r.quantity.as_str() {
            "m2" => {
                let want = r.value.unwrap();
                rep.check("E[f²] (q-map)", what, unit.q_map(r.arg), want, 0.0, REL);
            }
            "d2" => {
                let want = r.value.unwrap();
                rep.check(
                    "E[f′²] (chi1_at)",
                    what,
                    unit.chi1_at(r.arg),
                    want,
                    0.0,
                    REL,
                );
            }
            "m1" => {
                // The post-activation mean of the layer curves (tabulated f); 0 for odd f.
                let want = r.value.unwrap();
                let got = unit.trajectory(r.arg, 1.0, 0)[0].post_mean;
                let scale = unit.q_map(r.arg).sqrt();
                rep.check("E[f] (trajectory)", what, got, want, scale, REL);
            }
            "q_star" => {
                let got = mf.q_star();
                match (got, r.value) {
                    (Some(g), Some(w)) => {
                        rep.check("q*", what.clone(), g, w, 0.0, REL);
                        let one = PhaseDiagram::new(
                            a,
                            &p,
                            (r.sigma_w2, r.sigma_w2),
                            (r.sigma_b2, r.sigma_b2),
                            1,
                            1,
                        );
                        let t = one.q_star[0].expect("the phase diagram finds q* too");
                        rep.check("q* (phase diagram)", what, t, w, 0.0, REL);
                    }
                    (None, None) => {}
                    (g, w) => rep
                        .failures
                        .push(format!("q* {what}: got {g:?}, want {w:?}")),
                }
            }
            "chi1" => {
                let want = r.value.unwrap();
                rep.check("χ₁", what.clone(), mf.chi1().unwrap(), want, 0.0, REL);
                let one = PhaseDiagram::new(
                    a,
                    &p,
                    (r.sigma_w2, r.sigma_w2),
                    (r.sigma_b2, r.sigma_b2),
                    1,
                    1,
                );
                rep.check(
                    "χ₁ (phase diagram)",
                    what,
                    one.chi1_at(0, 0).unwrap(),
                    want,
                    0.0,
                    REL,
                );
            }
            "c_map" => {
                let want = r.value.unwrap();
                rep.check(
                    "c-map",
                    what.clone(),
                    mf.c_map(r.arg).unwrap(),
                    want,
                    0.0,
                    REL,
                );
                // One layer of the curves from (q*, c): the tabulated path.
                let q = mf.q_star().unwrap();
                let l = mf.trajectory(q, r.arg, 1);
                rep.check("c-map (trajectory)", what, l[1].c, want, 0.0, REL);
            }
            "decor" => {
                let want = r.value.unwrap();
                let got = mf.decorrelation_map(r.arg).unwrap();
                rep.check("1 − c-map near 1", what.clone(), got, want, 0.0, REL);
                let q = mf.q_star().unwrap();
                let l = mf.trajectory(q, 1.0 - r.arg, 1);
                rep.check(
                    "1 − c-map (trajectory)",
                    what,
                    l[1].one_minus_c,
                    want,
                    0.0,
                    1e-8,
                );
            }
            other => panic!("unknown quantity {other}"),
        }
    }
    rep.finish();
}

#[test]
fn the_check_can_fail() {
    let mut rep = Report::default();
    rep.check("x", "off by 2e-9".into(), 1.0 + 2e-9, 1.0, 0.0, REL);
    rep.check("x", "NaN".into(), f64::NAN, 1.0, 0.0, REL);
    assert_eq!(rep.failures.len(), 2);
    let mut rep = Report::default();
    rep.check("x", "within".into(), 1.0 + 5e-10, 1.0, 0.0, REL);
    assert!(rep.failures.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Closed forms.

fn close(got: f64, want: f64, tol: f64, what: &str) {
    assert!(
        (got - want).abs() <= tol * want.abs().max(1e-300),
        "{what}: got {got:.17e}, want {want:.17e}"
    );
}

#[test]
fn relu_at_the_he_point() {
    let mf = MeanField::new(Activation::Relu, &Params::default(), 2.0, 0.0);
    // Every q is a fixed point; iterating from 1 stays at 1.
    assert_eq!(mf.q_star(), Some(1.0));
    close(mf.q_map(3.7), 3.7, 1e-14, "q-map(3.7)");
    close(mf.chi1().unwrap(), 1.0, 1e-14, "χ₁");
    // Cho & Saul 2009: c ↦ (√(1 − c²) + (π − arccos c)·c)/π.
    for c in [-1.0, -0.9, -0.5, 0.0, 0.3, 0.7, 0.99, 1.0] {
        let want = ((1.0f64 - c * c).sqrt() + (PI - f64::acos(c)) * c) / PI;
        close(mf.c_map(c).unwrap(), want, 1e-12, &format!("c-map({c})"));
    }
    close(mf.c_map(0.0).unwrap(), 1.0 / PI, 1e-13, "c-map(0) = 1/π");
    assert_eq!(mf.c_map(1.0), Some(1.0));
    assert_eq!(mf.depth_scale(), Some(f64::INFINITY));
    let wc = critical_sigma_w2(Activation::Relu, &Params::default(), 0.0).unwrap();
    close(wc, 2.0, 1e-14, "critical σ_w²");
}

#[test]
fn selu_self_normalises() {
    // Klambauer et al. 2017: with LeCun-normal weights (σ_w² = 1) and no bias, mean 0 and
    // variance 1 are a fixed point: E[selu(z)] = 0 and E[selu(z)²] = 1 for z ~ N(0, 1).
    let p = Params::default();
    let mf = MeanField::new(Activation::Selu, &p, 1.0, 0.0);
    close(mf.q_map(1.0), 1.0, 1e-9, "E[selu(z)²]");
    close(mf.q_star().unwrap(), 1.0, 1e-9, "q*");
    let layers = mf.trajectory(1.0, 0.5, 50);
    for l in &layers {
        assert!(l.post_mean.abs() < 1e-9, "mean {}", l.post_mean);
        close(l.q, 1.0, 1e-8, "q stays 1");
    }
    close(gain(Activation::Selu, &p), 1.0, 1e-9, "gain");
}

#[test]
fn gains_of_the_relu_family() {
    let p = Params::default();
    close(gain(Activation::Relu, &p), 2f64.sqrt(), 1e-14, "relu");
    close(
        gain(Activation::Relu, &p),
        calculate_gain("relu", None).unwrap(),
        1e-14,
        "relu vs calculate_gain",
    );
    for slope in [0.0f64, 0.01, 0.2, 0.5, 1.0] {
        // The one place this file sets a parameter: leaky ReLU's slope.
        let q = Params::default().with(Param::NegativeSlope, slope);
        let want = (2.0 / (1.0 + slope * slope)).sqrt();
        close(
            gain(Activation::LeakyRelu, &q),
            want,
            1e-14,
            &format!("leaky {slope}"),
        );
        close(
            want,
            calculate_gain("leaky_relu", Some(slope)).unwrap(),
            1e-15,
            "calculate_gain agrees",
        );
    }
    // tanh: 1/√E[tanh(z)²] ≈ 1.5925, not PyTorch's rounder 5/3.
    let g = gain(Activation::Tanh, &p);
    assert!((g - 1.5925).abs() < 1e-3 && g < 5.0 / 3.0, "{g}");
}

#[test]
fn critical_lines() {
    let p = Params::default();
    close(
        critical_sigma_w2(Activation::Tanh, &p, 0.0).unwrap(),
        1.0,
        1e-9,
        "tanh at σ_b² = 0",
    );
    // Along tanh's critical line χ₁ = 1, and it rises with σ_b² (Schoenholz et al., Fig. 1).
    let bs = [0.0, 0.05, 0.1, 0.2, 0.3, 0.5];
    let line = critical_line(Activation::Tanh, &p, &bs);
    for (w, &b) in line.iter().zip(&bs) {
        let w = w.expect("tanh has a critical point for every σ_b²");
        let mf = MeanField::new(Activation::Tanh, &p, w, b);
        close(
            mf.chi1().unwrap(),
            1.0,
            1e-9,
            &format!("χ₁ on the line at {b}"),
        );
        // Ordered just left of it, chaotic just right.
        assert!(mf.with_sigmas(w * 0.99, b).chi1().unwrap() < 1.0);
        assert!(mf.with_sigmas(w * 1.01, b).chi1().unwrap() > 1.0);
    }
    let ws: Vec<f64> = line.iter().map(|w| w.unwrap()).collect();
    assert!(ws.windows(2).all(|w| w[0] < w[1]), "{ws:?}");
    // ReLU's line is the single point (2, 0): with a bias q* runs off as χ₁ → 1.
    assert_eq!(critical_sigma_w2(Activation::Relu, &p, 0.1), None);
    assert_eq!(critical_sigma_w2(Activation::Tanh, &p, -1.0), None);
    let leaky = critical_sigma_w2(Activation::LeakyRelu, &p, 0.0).unwrap();
    close(
        leaky,
        2.0 / (1.0 + 0.01f64.powi(2)),
        1e-12,
        "leaky ReLU at σ_b² = 0",
    );
}

#[test]
fn phase_diagram_matches_the_single_cell_answers() {
    let p = Params::default();
    let d = PhaseDiagram::new(Activation::Tanh, &p, (0.0, 4.0), (0.0, 0.5), 9, 5);
    assert_eq!(
        (d.sigma_w2.len(), d.sigma_b2.len(), d.chi1.len()),
        (9, 5, 45)
    );
    assert_eq!((d.sigma_w2[8], d.sigma_b2[4]), (4.0, 0.5));
    for (row, &b) in d.sigma_b2.iter().enumerate() {
        for (col, &w) in d.sigma_w2.iter().enumerate() {
            let mf = MeanField::new(Activation::Tanh, &p, w, b);
            let want = mf.chi1().unwrap();
            let got = d.chi1_at(row, col).unwrap();
            assert!(
                (got - want).abs() <= 1e-10 * want.max(1e-3),
                "({w}, {b}): {got} vs {want}"
            );
        }
        // The row's critical σ_w² separates χ₁ < 1 from χ₁ > 1.
        let wc = d.critical_sigma_w2[row].unwrap();
        for (col, &w) in d.sigma_w2.iter().enumerate() {
            let chi = d.chi1_at(row, col).unwrap();
            if w < wc * 0.999 {
                assert!(chi < 1.0, "({w}, {b}) left of {wc}: χ₁ {chi}");
            } else if w > wc * 1.001 {
                assert!(chi > 1.0, "({w}, {b}) right of {wc}: χ₁ {chi}");
            }
        }
    }
    assert_eq!(d.chi1_at(5, 0), None);
    // ReLU diverges right of σ_w² = 2.
    let r = PhaseDiagram::new(Activation::Relu, &p, (1.0, 3.0), (0.0, 0.2), 5, 2);
    assert!(r.chi1_at(1, 4).is_none() && r.chi1_at(1, 0).is_some());
}

// ---------------------------------------------------------------------------------------------
// Edge cases.

#[test]
fn fixed_points_exist_or_are_none_as_documented() {
    let p = Params::default();
    let mf = |a, w, b| MeanField::new(a, &p, w, b);
    assert_eq!(mf(Activation::Relu, 2.1, 0.0).q_star(), None);
    assert_eq!(mf(Activation::Relu, 2.0, 0.05).q_star(), None);
    assert_eq!(mf(Activation::Relu, 2.0, 0.05).chi1(), None);
    assert_eq!(mf(Activation::Relu, 2.0, 0.05).c_map(0.5), None);
    assert_eq!(mf(Activation::Relu, 2.0, 0.05).depth_scale(), None);
    // Without bias and with σ_w² below 2 the variance dies: q* = 0.
    assert_eq!(mf(Activation::Relu, 1.2, 0.0).q_star(), Some(0.0));
    // tanh at the marginal point: q* → 0 like 1/l, found within 1e−13.
    assert!(mf(Activation::Tanh, 1.0, 0.0).q_star().unwrap() < 1e-13);
    // Bounded functions always have a fixed point, even with huge σ's.
    for a in [
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Hardtanh,
        Activation::Softsign,
        Activation::Relu6,
        Activation::Hardsigmoid,
    ] {
        for (w, b) in [(0.0, 0.0), (5.0, 0.5), (1e6, 1e3)] {
            let q = mf(a, w, b).q_star();
            assert!(
                q.is_some_and(|q| q.is_finite() && q >= b),
                "{a} ({w}, {b}): {q:?}"
            );
        }
    }
}

#[test]
fn trajectory_follows_the_maps() {
    let p = Params::default();
    let mf = MeanField::new(Activation::Gelu, &p, 1.8, 0.1);
    let layers = mf.trajectory(2.0, 0.2, 300);
    assert_eq!(layers.len(), 301);
    assert_eq!(
        (layers[0].q, layers[0].c, layers[0].grad_sq_ratio),
        (2.0, 0.2, 1.0)
    );
    let mut grad = 1.0;
    for w in layers.windows(2) {
        close(w[1].q, mf.q_map(w[0].q), 1e-11, "q-map");
        close(w[0].chi1, mf.chi1_at(w[0].q), 1e-14, "χ₁(q)");
        grad *= w[0].chi1;
        close(w[1].grad_sq_ratio, grad, 1e-13, "product of χ₁");
        assert!((w[1].c + w[1].one_minus_c - 1.0).abs() < 1e-15);
    }
    // Far down the network q = q* and c = c*.
    let last = layers.last().unwrap();
    close(last.q, mf.q_star().unwrap(), 1e-10, "q → q*");
    close(last.c, mf.c_star().unwrap(), 1e-9, "c → c*");
    // Invalid inputs give nothing, and never a panic.
    assert!(mf.trajectory(-1.0, 0.0, 5).is_empty());
    assert!(mf.trajectory(1.0, 1.5, 5).is_empty());
    assert!(
        mf.with_sigmas(f64::NAN, 0.0)
            .trajectory(1.0, 0.0, 5)
            .is_empty()
    );
    // An exploding network stops where q overflows.
    let boom = MeanField::new(Activation::Relu, &p, 1e100, 0.0).trajectory(1.0, 0.5, 10);
    assert!(boom.len() < 11 && boom.iter().all(|l| l.q.is_finite() && !l.c.is_nan()));
}

#[test]
fn the_depth_scale_is_the_rate_the_curves_show() {
    let p = Params::default();
    // Ordered: 1 − c shrinks by e^{−1/ξ_c} per layer once near 1.
    let mf = MeanField::new(Activation::Tanh, &p, 1.5, 0.05);
    let xi = mf.depth_scale().unwrap();
    close(xi, -1.0 / mf.chi1().unwrap().ln(), 1e-12, "ξ_c = −1/ln χ₁");
    let q = mf.q_star().unwrap();
    let l = mf.trajectory(q, 0.5, 400);
    let rate = l[400].one_minus_c / l[399].one_minus_c;
    close(rate, (-1.0 / xi).exp(), 1e-6, "ordered rate");
    // 1 − c keeps its digits where c is within rounding of 1.
    assert!(l[400].one_minus_c > 0.0 && l[400].one_minus_c < 1e-9);
    assert_eq!(l[400].c, 1.0 - l[400].one_minus_c);
    // Chaotic: c − c* shrinks by e^{−1/ξ_c}.
    let mf = MeanField::new(Activation::Tanh, &p, 2.5, 0.1);
    let xi = mf.depth_scale().unwrap();
    let cs = mf.c_star().unwrap();
    assert!(cs > 0.0 && cs < 1.0);
    close(mf.c_map(cs).unwrap(), cs, 1e-12, "c* is fixed");
    let q = mf.q_star().unwrap();
    let l = mf.trajectory(q, 0.99, 200);
    let rate = (l[200].c - cs) / (l[199].c - cs);
    close(rate, (-1.0 / xi).exp(), 1e-5, "chaotic rate");
}

// ---------------------------------------------------------------------------------------------
// Properties.

fn activation() -> impl Strategy<Value = Activation> {
    proptest::sample::select(Activation::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// On the phase diagram's range nothing is NaN: q* is None or ≥ σ_b², χ₁ > 0, the c-map
    /// fixes 1 and stays in [−1, 1].
    #[test]
    fn maps_are_well_behaved(
        a in activation(),
        w in 0.05f64..5.0,
        b in 0.0f64..0.5,
        c in -1.0f64..1.0,
    ) {
        let mf = MeanField::new(a, &Params::default(), w, b);
        if let Some(q) = mf.q_star() {
            prop_assert!(q.is_finite() && q >= b * (1.0 - 1e-12), "q* {q}");
            let chi = mf.chi1().unwrap();
            prop_assert!(chi.is_finite() && chi > 0.0, "χ₁ {chi}");
            prop_assert!((mf.c_map(1.0).unwrap() - 1.0).abs() < 1e-12);
            let v = mf.c_map(c).unwrap();
            prop_assert!((-1.0..=1.0 + 1e-12).contains(&v), "c-map({c}) = {v}");
            let xi = mf.depth_scale().unwrap();
            prop_assert!(xi >= 0.0 && !xi.is_nan(), "ξ {xi}");
        }
    }

    /// The c-map is non-decreasing in c, and the q-map in q.
    #[test]
    fn maps_are_monotone(
        a in activation(),
        w in 0.1f64..3.0,
        b in 0.01f64..0.5,
        c1 in -1.0f64..1.0,
        c2 in -1.0f64..1.0,
        q1 in 0.0f64..20.0,
        q2 in 0.0f64..20.0,
    ) {
        let mf = MeanField::new(a, &Params::default(), w, b);
        let (qa, qb) = (q1.min(q2), q1.max(q2));
        prop_assert!(mf.q_map(qa) <= mf.q_map(qb) * (1.0 + 1e-13), "q-map at {qa}, {qb}");
        if mf.q_star().is_some() {
            let (ca, cb) = (c1.min(c2), c1.max(c2));
            let (ma, mb) = (mf.c_map(ca).unwrap(), mf.c_map(cb).unwrap());
            prop_assert!(ma <= mb + 1e-13, "c-map({ca}) = {ma} > c-map({cb}) = {mb}");
        }
    }

    /// The layer curves never hold NaN, for any valid start, and stop early only where q
    /// overflows (squared ReLU's q-map grows like q²: from q = 8 at σ_w² = 2.6 it passes f64's
    /// range in 8 layers).
    #[test]
    fn trajectories_hold_no_nan(
        a in activation(),
        w in 0.0f64..5.0,
        b in 0.0f64..0.5,
        q0 in 0.0f64..10.0,
        c0 in -1.0f64..1.0,
    ) {
        let mf = MeanField::new(a, &Params::default(), w, b);
        let layers = mf.trajectory(q0, c0, 20);
        let last = layers.last().expect("layer 0");
        prop_assert!(
            layers.len() == 21 || mf.q_map(last.q).is_infinite(),
            "{} layers, the last at q = {}",
            layers.len(),
            last.q
        );
        for l in &layers {
            prop_assert!(l.q.is_finite() && l.q >= 0.0);
            prop_assert!((-1.0..=1.0 + 1e-12).contains(&l.c), "c {}", l.c);
            prop_assert!(!l.one_minus_c.is_nan() && !l.grad_sq_ratio.is_nan() && !l.post_mean.is_nan());
            prop_assert!(l.chi1 >= 0.0 && l.grad_sq_ratio >= 0.0);
        }
    }
}

/// The curves' shortcuts (settled q kept, the c-map interpolated at a settled q, settled layers
/// repeated, closed forms) against the per-layer maps computed afresh at every layer: ordered
/// and chaotic settings, smooth and kinked activations, a c* of 0, a diverging q.
#[test]
fn trajectory_matches_the_per_layer_maps() {
    let p = Params::default();
    let cases = [
        (Activation::Tanh, 2.5, 0.1),
        (Activation::Tanh, 2.0, 0.0),
        (Activation::Hardtanh, 1.5, 0.05),
        (Activation::Elu, 1.5, 0.05),
        (Activation::Selu, 1.0, 0.0),
        (Activation::Softsign, 1.5, 0.05),
        (Activation::Relu6, 2.5, 0.1),
        (Activation::Gelu, 1.8, 0.1),
        (Activation::Hardshrink, 1.5, 0.05),
        (Activation::Relu, 2.5, 0.1),
        (Activation::LeakyRelu, 1.0, 0.0),
    ];
    let mut report = Report::default();
    for (a, w, b) in cases {
        let mf = MeanField::new(a, &p, w, b);
        let layers = mf.trajectory(1.0, 0.5, 150);
        assert_eq!(layers.len(), 151, "{a} ({w}, {b})");
        let mut grad = 1.0;
        for (l, pair) in layers.windows(2).enumerate() {
            let (x, y) = (pair[0], pair[1]);
            let what = format!("{a} ({w}, {b}) layer {l}");
            report.check(
                "curve q-map",
                what.clone(),
                y.q,
                mf.q_map(x.q),
                1e-300,
                1e-9,
            );
            report.check(
                "curve χ₁",
                what.clone(),
                x.chi1,
                mf.chi1_at(x.q),
                1e-300,
                1e-9,
            );
            let (c, d) = mf.correlation_map_at(x.q, x.one_minus_c).unwrap();
            // c is compared relatively down to |c| = 1e−6 (below that the pair quadrature's
            // own rounding, about 1e−16 of E[f²], dominates).
            report.check("curve c-map", what.clone(), y.c, c, 1e-6, 1e-9);
            report.check(
                "curve 1 − c-map",
                what.clone(),
                y.one_minus_c,
                d,
                1e-300,
                1e-9,
            );
            grad *= x.chi1;
            report.check("curve Πχ₁", what, y.grad_sq_ratio, grad, 1e-300, 1e-9);
        }
    }
    report.finish();
}
