//! Checks every activation and derivative against the 50+-digit mpmath table
//! `tests/data/math_reference.csv` (made by `scripts/gen_math_reference.py`), with the bound
//! |computed − true| ≤ 2⁻⁴⁶·(|f(x)| + |x·f′(x)|) + 2⁻¹⁰²¹ (f″ in place of f′ for f′).
//!
//! Run with `cargo test --test math_reference -- --nocapture` to see the worst error of each
//! function, in units of the bound and in ulps.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use activation_explorer::math::{Activation, GeluApproximate, Param, Params};

const TABLE: &str = include_str!("data/math_reference.csv");
const REL: f64 = 1.0 / (1u64 << 46) as f64; // 2^-46
const TINY_ABS: f64 = 2.0 * f64::MIN_POSITIVE; // 2^-1021

struct Row {
    id: String,
    params_text: String,
    activation: Activation,
    params: Params,
    x: f64,
    f: f64,
    df: f64,
    d2f: f64,
}

/// Parses a reference value: a decimal number, `inf`/`-inf`, or `tiny`/`-tiny` (a nonzero
/// value far below the smallest subnormal, which is ±0 in f64).
fn value(s: &str) -> f64 {
    match s {
        "tiny" => 0.0,
        "-tiny" => -0.0,
        _ => s
            .parse()
            .unwrap_or_else(|e| panic!("bad number {s:?} in the table: {e}")),
    }
}

fn params(text: &str) -> Params {
    let mut p = Params::default();
    for part in text.split(';').filter(|s| !s.is_empty()) {
        let (k, v) = part.split_once('=').expect("key=value");
        if k == "approximate" {
            p.approximate = v.parse().unwrap_or_else(|_| panic!("bad approximate {v}"));
        } else {
            let param: Param = k
                .parse()
                .unwrap_or_else(|_| panic!("unknown parameter {k}"));
            p.set(param, value(v));
        }
    }
    p.validate().expect("the table's parameters are valid");
    p
}

fn rows() -> Vec<Row> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id,"))
        .map(|line| {
            let c: Vec<&str> = line.split(',').collect();
            assert_eq!(c.len(), 6, "bad row {line}");
            Row {
                id: c[0].to_string(),
                params_text: c[1].to_string(),
                activation: c[0].parse().expect("known id"),
                params: params(c[1]),
                x: value(c[2]),
                f: value(c[3]),
                df: value(c[4]),
                d2f: value(c[5]),
            }
        })
        .collect()
}

/// The allowed error for a value `want` whose derivative is `slope`, at input `x`.
/// Written so that nothing overflows at x = ±f64::MAX.
fn bound(x: f64, want: f64, slope: f64) -> f64 {
    let cond = if x.is_infinite() {
        0.0
    } else {
        (REL * x.abs()) * slope.abs()
    };
    REL * want.abs() + cond + TINY_ABS
}

/// The error of `got` in units of the bound (≤ 1 passes): infinite for NaN and for a mismatch
/// where the wanted or the computed value is infinite.
fn units(r: &Row, got: f64, want: f64, slope: f64) -> f64 {
    if got.is_nan() {
        return f64::INFINITY;
    }
    if want.is_infinite() || got.is_infinite() {
        return if got == want { 0.0 } else { f64::INFINITY };
    }
    (got - want).abs() / bound(r.x, want, slope)
}

/// The error in units of `bound` (≤ 1 passes); infinite wants must match exactly.
fn check(what: &str, r: &Row, got: f64, want: f64, slope: f64) -> f64 {
    let ctx = format!(
        "{what} of {}({}) at x = {:e} ({:?}): got {got:e}, want {want:e}",
        r.id, r.params_text, r.x, r.x
    );
    assert!(!got.is_nan(), "NaN: {ctx}");
    if want.is_infinite() || got.is_infinite() {
        assert_eq!(got, want, "{ctx}");
        return 0.0;
    }
    let err = (got - want).abs();
    let tol = bound(r.x, want, slope);
    let units = err / tol;
    assert!(
        units <= 1.0,
        "{ctx}: error {err:e} > bound {tol:e} ({units:.3} units)"
    );
    units
}

fn ulps(got: f64, want: f64) -> f64 {
    if !want.is_finite() || want.abs() < f64::MIN_POSITIVE {
        return 0.0;
    }
    let ulp = f64::EPSILON * 2f64.powi(want.abs().log2().floor() as i32);
    (got - want).abs() / ulp
}

#[test]
fn every_row_is_within_the_bound() {
    let rows = rows();
    assert!(
        rows.len() > Activation::ALL.len() * 200,
        "table too small: {} rows",
        rows.len()
    );
    // Worst (units of the bound, ulps) of f and f′, per function.
    // Per function: [f units, f ulps, f′ units, f′ ulps, x of the worst f units, of f′ units].
    let mut worst: BTreeMap<&str, [f64; 6]> = BTreeMap::new();
    for r in &rows {
        let got = r.activation.eval_with(r.x, &r.params);
        let gotd = r.activation.derivative_with(r.x, &r.params);
        let u = check("f", r, got, r.f, r.df);
        let ud = check("f'", r, gotd, r.df, r.d2f);
        let w = worst.entry(r.activation.id()).or_insert([0.0; 6]);
        if u > w[0] {
            w[0] = u;
            w[4] = r.x;
        }
        if ulps(got, r.f) > w[1] {
            w[1] = ulps(got, r.f);
        }
        if ud > w[2] {
            w[2] = ud;
            w[5] = r.x;
        }
        w[3] = w[3].max(ulps(gotd, r.df));
    }
    println!("worst error per function: in units of the bound (and where), and in ulps of the");
    println!("true value (large ulps only occur where f or f′ crosses 0: the bound allows them)");
    println!(
        "{:12} {:>10} {:>11} {:>8} {:>10} {:>11} {:>8}",
        "id", "f bound", "at x", "f ulps", "f' bound", "at x", "f' ulps"
    );
    for (id, w) in &worst {
        println!(
            "{id:12} {:>10.2e} {:>11.4e} {:>8.1} {:>10.2e} {:>11.4e} {:>8.1}",
            w[0], w[4], w[1], w[2], w[5], w[3]
        );
    }
}

#[test]
fn the_table_covers_every_function_densely_and_the_extremes() {
    let rows = rows();
    for a in Activation::ALL {
        let mine: Vec<&Row> = rows
            .iter()
            .filter(|r| r.activation == a && r.params_text.is_empty())
            .collect();
        assert!(
            mine.len() >= 200,
            "{}: only {} default rows",
            a.id(),
            mine.len()
        );
        for x in [
            0.0,
            -0.0,
            5e-324,
            -5e-324,
            1e-300,
            -1e300,
            f64::MAX,
            -f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert!(
                mine.iter().any(|r| r.x.to_bits() == x.to_bits()),
                "{}: no row at x = {x:e}",
                a.id()
            );
        }
        for k in a.kinks(&Params::default()) {
            let near = mine.iter().filter(|r| (r.x - k).abs() < 1e-6).count();
            assert!(near >= 5, "{}: only {near} rows near the kink {k}", a.id());
        }
    }
    // Non-default parameters are covered too.
    assert!(rows.iter().any(|r| r.params.softplus_threshold().is_some()));
    assert!(
        rows.iter()
            .any(|r| r.params.approximate == GeluApproximate::Tanh && r.id == "gelu")
    );
}

#[test]
fn the_bound_can_fail() {
    // The checker must reject a value that is off by more than the bound.
    let r = Row {
        id: "sigmoid".into(),
        params_text: String::new(),
        activation: Activation::Sigmoid,
        params: Params::default(),
        x: 0.0,
        f: 0.5,
        df: 0.25,
        d2f: 0.0,
    };
    let wrong = 0.5 + 1e-13;
    let caught = std::panic::catch_unwind(|| check("f", &r, wrong, r.f, r.df));
    assert!(caught.is_err(), "an error of 1e-13 at f = 0.5 must fail");
}

/// The naive forms that the kernels avoid must fail this test's bound somewhere in the table
/// (so the test can fail, and each stable form is needed): x − tanh(x) near 0 for Tanhshrink,
/// ln(σ(x)) far left for LogSigmoid, α(e^(x/α) − 1) near 0 for CELU, 1 + sin(2αx) at Snake's
/// flat points.
#[test]
fn naive_forms_fail_the_bound() {
    type Naive = fn(f64, &Params) -> (f64, f64);
    let cases: [(&str, Naive); 4] = [
        ("tanhshrink", |x, _| (x - x.tanh(), x.tanh() * x.tanh())),
        ("logsigmoid", |x, _| {
            let s = 1.0 / (1.0 + (-x).exp());
            (s.ln(), 1.0 - s)
        }),
        ("celu", |x, p| {
            let a = p[Param::Alpha];
            if x > 0.0 {
                (x, 1.0)
            } else {
                (a * ((x / a).exp() - 1.0), (x / a).exp())
            }
        }),
        ("snake", |x, p| {
            let a = p[Param::SnakeAlpha];
            (x + (a * x).sin().powi(2) / a, 1.0 + (2.0 * a * x).sin())
        }),
    ];
    let rows = rows();
    for (id, naive) in cases {
        let worst = rows
            .iter()
            .filter(|r| r.id == id)
            .map(|r| {
                let (f, d) = naive(r.x, &r.params);
                units(r, f, r.f, r.df).max(units(r, d, r.df, r.d2f))
            })
            .fold(0.0, f64::max);
        assert!(
            worst > 1.0,
            "the naive {id} passes (worst {worst:.3} units): the test cannot tell"
        );
        // The app's own forms pass on the same rows.
        for r in rows.iter().filter(|r| r.id == id) {
            let got = r.activation.eval_with(r.x, &r.params);
            assert!(units(r, got, r.f, r.df) <= 1.0, "{id} at {:e}", r.x);
        }
    }
}
