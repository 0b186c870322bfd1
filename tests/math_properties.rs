//! Property tests of the activations: output ranges, monotonicity, derivatives against
//! central differences, no NaN for any non-NaN input (arbitrary f64 bit patterns), NaN in →
//! NaN out, id parsing, parameter validation and PyTorch's conventions at the kinks.
//! Native only: proptest's random source does not build for wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::math::{
    Activation, GeluApproximate, ParamError, Params, SELU_ALPHA, SELU_SCALE,
};
use proptest::prelude::*;

use Activation::*;

/// Any f64 at all, from its bits: NaNs, infinities, subnormals, ±0 included.
fn any_bits() -> impl Strategy<Value = f64> {
    any::<u64>().prop_map(f64::from_bits)
}

/// Any non-NaN f64.
fn any_number() -> impl Strategy<Value = f64> {
    any_bits().prop_filter("not NaN", |x| !x.is_nan())
}

/// Mostly moderate inputs, where the interesting shapes are, with the extremes mixed in.
fn input() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -50.0..50.0f64,
        1 => -1e6..1e6f64,
        1 => any_number(),
    ]
}

/// A finite f64 of any magnitude.
fn any_finite() -> impl Strategy<Value = f64> {
    any_bits().prop_filter("finite", |x| x.is_finite())
}

/// Valid parameters, from ordinary slider values to extreme magnitudes.
fn valid_params() -> impl Strategy<Value = Params> {
    let beta = prop_oneof![0.05..20.0f64, any_finite().prop_map(f64::abs)]
        .prop_filter("beta > 0", |b| *b > 0.0);
    let bounds = prop_oneof![(-6.0..6.0f64, -6.0..6.0f64), (any_finite(), any_finite())]
        .prop_filter("min < max", |(a, b)| a != b)
        .prop_map(|(a, b)| (a.min(b), a.max(b)));
    (
        prop_oneof![0.0..1.0f64, any_finite()],
        prop_oneof![-1.0..1.0f64, any_finite()],
        prop_oneof![0.0..3.0f64, any_finite()],
        bounds,
        beta,
        prop::option::of(prop_oneof![-30.0..30.0f64, any_finite()]),
        prop::bool::ANY,
    )
        .prop_map(|(s, w, a, (lo, hi), beta, threshold, tanh)| Params {
            negative_slope: s,
            weight: w,
            alpha: a,
            min_val: lo,
            max_val: hi,
            beta,
            threshold,
            approximate: if tanh {
                GeluApproximate::Tanh
            } else {
                GeluApproximate::None
            },
        })
        .prop_filter("valid", |p| p.validate().is_ok())
}

/// Slider-range parameters (no threshold), for the shape properties.
fn slider_params() -> impl Strategy<Value = Params> {
    (
        0.0..1.0f64,
        0.0..1.0f64,
        0.0..3.0f64,
        -6.0..5.9f64,
        0.05..6.0f64,
        0.1..10.0f64,
    )
        .prop_map(|(s, w, a, lo, width, beta)| Params {
            negative_slope: s,
            weight: w,
            alpha: a,
            min_val: lo,
            max_val: lo + width,
            beta,
            ..Params::default()
        })
}

/// The exact minima of the non-monotonic smooth functions (the catalogue quotes them),
/// rounded down in the last digit, so `f(x) ≥ MIN` must hold everywhere.
const GELU_MIN: f64 = -0.16998; // −0.169971 at x ≈ −0.75179
/// The tanh form dips slightly lower than the exact GELU: −0.170041 at x ≈ −0.75246.
const GELU_TANH_MIN: f64 = -0.17005;
const SILU_MIN: f64 = -0.27847; // −0.278465 at x ≈ −1.27846
const MISH_MIN: f64 = -0.30885; // −0.308843 at x ≈ −1.19243

fn check_range(a: Activation, x: f64, y: f64, p: &Params) -> Result<(), TestCaseError> {
    let ok = match a {
        Sigmoid | Hardsigmoid => (0.0..=1.0).contains(&y),
        Tanh | Softsign => (-1.0..=1.0).contains(&y),
        Hardtanh => (p.min_val..=p.max_val).contains(&y),
        Relu => y >= 0.0,
        Relu6 => (0.0..=6.0).contains(&y),
        LeakyRelu | Prelu => true,
        Elu => p.alpha < 0.0 || y >= -p.alpha,
        Selu => y >= -SELU_SCALE * SELU_ALPHA,
        Gelu if p.approximate == GeluApproximate::None => y >= GELU_MIN && y <= x.max(0.0),
        Gelu | GeluTanh => y >= GELU_TANH_MIN && y <= x.max(0.0),
        Silu => y >= SILU_MIN / p.beta && y <= x.max(0.0),
        Mish => y >= MISH_MIN && y <= x.max(0.0),
        Softplus => y >= 0.0 && (p.threshold.is_some() || y >= x),
        Hardswish => y >= -0.375 && y <= x.max(0.0),
    };
    prop_assert!(ok, "{}({x:e}) = {y:e} is outside its range", a.id());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn only_for_keeps_every_parameter_the_function_reads(x in input(), p in valid_params()) {
        for a in Activation::ALL {
            let q = p.only_for(a);
            prop_assert_eq!(a.eval_with(x, &p).to_bits(), a.eval_with(x, &q).to_bits(), "{} at {:e}", a.id(), x);
            prop_assert_eq!(a.derivative_with(x, &p).to_bits(), a.derivative_with(x, &q).to_bits(), "{}' at {:e}", a.id(), x);
            // Whatever it drops is back at the default.
            prop_assert_eq!(q.only_for(a), q);
            prop_assert_eq!(Params::default().only_for(a), Params::default());
        }
    }

    #[test]
    fn no_nan_for_any_non_nan_input(x in any_number(), p in valid_params()) {
        for a in Activation::ALL {
            let y = a.eval_with(x, &p);
            let d = a.derivative_with(x, &p);
            prop_assert!(!y.is_nan(), "{}({x:e}) = NaN with {p:?}", a.id());
            prop_assert!(!d.is_nan(), "{}'({x:e}) = NaN with {p:?}", a.id());
            prop_assert!(!a.eval(x).is_nan() && !a.derivative(x).is_nan(), "{} at {x:e}", a.id());
        }
    }

    #[test]
    fn nan_in_gives_nan_out(bits in any::<u64>(), p in valid_params()) {
        // Every NaN bit pattern: exponent all ones, nonzero mantissa, either sign.
        let nan = f64::from_bits((bits | 0x7ff0_0000_0000_0000) | 1);
        prop_assert!(nan.is_nan());
        for a in Activation::ALL {
            prop_assert!(a.eval_with(nan, &p).is_nan(), "{}", a.id());
            prop_assert!(a.derivative_with(nan, &p).is_nan(), "{}'", a.id());
        }
    }

    #[test]
    fn outputs_stay_in_their_range_at_the_defaults(x in input()) {
        let p = Params::default();
        for a in Activation::ALL {
            check_range(a, x, a.eval(x), &p)?;
        }
    }

    #[test]
    fn outputs_stay_in_their_range_with_slider_params(x in input(), p in slider_params()) {
        for a in Activation::ALL {
            check_range(a, x, a.eval_with(x, &p), &p)?;
        }
    }

    #[test]
    fn open_ranges_hold_where_f64_can_tell(x in -15.0..15.0f64) {
        // Strictly inside (0, 1) / (−1, 1) until rounding reaches the asymptote.
        prop_assert!(Sigmoid.eval(x) > 0.0 && Sigmoid.eval(x) < 1.0);
        prop_assert!(Tanh.eval(x) > -1.0 && Tanh.eval(x) < 1.0);
        prop_assert!(Softsign.eval(x * 1e13) > -1.0 && Softsign.eval(x * 1e13) < 1.0);
        prop_assert!(Softplus.eval(x) > 0.0);
        prop_assert!(Sigmoid.derivative(x) > 0.0 && Tanh.derivative(x) > 0.0);
    }

    #[test]
    fn monotonic_functions_never_decrease(a in input(), b in input(), p in slider_params()) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        for act in Activation::ALL {
            if act.is_monotonic(&p) {
                let (ylo, yhi) = (act.eval_with(lo, &p), act.eval_with(hi, &p));
                prop_assert!(ylo <= yhi, "{}: f({lo:e}) = {ylo:e} > f({hi:e}) = {yhi:e}",
                    act.id());
                prop_assert!(act.derivative_with(lo, &p) >= 0.0, "{}'({lo:e}) < 0", act.id());
            }
        }
    }

    #[test]
    fn derivative_matches_a_central_difference(x in -20.0..20.0f64, p in slider_params()) {
        let h = 1e-5 * x.abs().max(1.0);
        for a in Activation::ALL {
            if a.kinks(&p).iter().any(|k| (x - k).abs() < 4.0 * h) {
                continue;
            }
            let num = (a.eval_with(x + h, &p) - a.eval_with(x - h, &p)) / (2.0 * h);
            let d = a.derivative_with(x, &p);
            let scale = 1.0 + d.abs() + a.eval_with(x, &p).abs();
            prop_assert!((num - d).abs() <= 1e-6 * scale,
                "{}'({x}) = {d:e}, central difference {num:e} ({p:?})", a.id());
        }
    }

    #[test]
    fn gelu_with_approximate_tanh_is_gelu_tanh(x in any_number()) {
        let p = Params { approximate: GeluApproximate::Tanh, ..Params::default() };
        prop_assert_eq!(Gelu.eval_with(x, &p).to_bits(), GeluTanh.eval(x).to_bits());
        prop_assert_eq!(Gelu.derivative_with(x, &p).to_bits(), GeluTanh.derivative(x).to_bits());
    }

    #[test]
    fn symmetries_hold(x in -700.0..700.0f64) {
        // σ(x) + σ(−x) = 1; tanh and softsign are odd; x·s(x) − (−x)·s(−x) = x for the
        // self-gated functions whose gate satisfies s(x) + s(−x) = 1.
        prop_assert!((Sigmoid.eval(x) + Sigmoid.eval(-x) - 1.0).abs() <= 2.0 * f64::EPSILON);
        prop_assert_eq!(Tanh.eval(-x), -Tanh.eval(x));
        prop_assert_eq!(Softsign.eval(-x), -Softsign.eval(x));
        for a in [Gelu, GeluTanh, Silu] {
            let diff = a.eval(x) - a.eval(-x);
            prop_assert!((diff - x).abs() <= 4.0 * f64::EPSILON * x.abs().max(1e-300),
                "{}: f(x) − f(−x) = {diff:e} at x = {x:e}", a.id());
        }
        // softplus(x) − softplus(−x) = x.
        let d = Softplus.eval(x) - Softplus.eval(-x);
        prop_assert!((d - x).abs() <= 4.0 * f64::EPSILON * x.abs().max(1.0));
    }

    #[test]
    fn invalid_params_are_rejected_with_the_field_named(
        field in 0usize..7, bad in prop_oneof![Just(f64::NAN), Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            any::<u64>().prop_map(|b| f64::from_bits(b | 0x7ff0_0000_0000_0001))]
    ) {
        let mut p = Params::default();
        let name = match field {
            0 => { p.negative_slope = bad; "negative_slope" }
            1 => { p.weight = bad; "weight" }
            2 => { p.alpha = bad; "alpha" }
            3 => { p.min_val = bad; "min_val" }
            4 => { p.max_val = bad; "max_val" }
            5 => { p.beta = bad; "beta" }
            _ => { p.threshold = Some(bad); "threshold" }
        };
        let err = p.validate().unwrap_err();
        prop_assert_eq!(&err, &ParamError::NotFinite(name));
        prop_assert!(err.to_string().contains(name), "{}", err);
    }

    #[test]
    fn beta_must_be_positive(beta in prop_oneof![Just(0.0), Just(-0.0), -1e300..0.0f64]) {
        let p = Params { beta, ..Params::default() };
        prop_assert_eq!(p.validate(), Err(ParamError::NotPositive("beta")));
    }

    #[test]
    fn hardtanh_bounds_must_be_ordered(a in any_finite(), b in any_finite()) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        // min_val ≥ max_val is refused, equal bounds included.
        let p = Params { min_val: hi, max_val: lo, ..Params::default() };
        prop_assert_eq!(p.validate(), Err(ParamError::EmptyRange));
        let q = Params { min_val: lo, max_val: lo, ..Params::default() };
        prop_assert_eq!(q.validate(), Err(ParamError::EmptyRange));
        if lo < hi {
            let ok = Params { min_val: lo, max_val: hi, ..Params::default() };
            prop_assert_eq!(ok.validate(), Ok(()));
        }
    }

    #[test]
    fn unknown_ids_are_refused_with_the_known_ones_listed(s in "\\PC{0,20}") {
        let known = Activation::ALL.iter().any(|a| a.id() == s);
        match s.parse::<Activation>() {
            Ok(a) => prop_assert!(known && a.id() == s),
            Err(e) => {
                prop_assert!(!known);
                let msg = e.to_string();
                for a in Activation::ALL {
                    prop_assert!(msg.contains(a.id()), "{} missing from {}", a.id(), msg);
                }
            }
        }
    }
}

#[test]
fn ids_round_trip() {
    for a in Activation::ALL {
        assert_eq!(a.id().parse::<Activation>(), Ok(a));
        assert_eq!(a.to_string(), a.id());
    }
    assert!(
        "ReLU".parse::<Activation>().is_err(),
        "ids are case-sensitive"
    );
    assert!("".parse::<Activation>().is_err());
}

#[test]
fn default_params_are_valid() {
    assert_eq!(Params::default().validate(), Ok(()));
    for a in Activation::ALL {
        for spec in a.params() {
            assert!(
                spec.min <= spec.default && spec.default <= spec.max,
                "{}",
                spec.name
            );
            assert!(spec.step > 0.0, "{}", spec.name);
        }
    }
}

#[test]
fn derivatives_at_kinks_follow_pytorch() {
    // Values from PyTorch's backward formulas (threshold_backward, leaky_relu_backward,
    // elu_backward, hardtanh_backward, hardsigmoid_backward, hardswish_backward,
    // softplus_backward).
    let d = |a: Activation, x: f64| a.derivative(x);
    assert_eq!(d(Relu, 0.0), 0.0);
    assert_eq!(d(LeakyRelu, 0.0), 0.01);
    assert_eq!(d(Prelu, 0.0), 0.25);
    assert_eq!(d(Elu, 0.0), 1.0);
    let half_alpha = Params {
        alpha: 0.5,
        ..Params::default()
    };
    assert_eq!(Elu.derivative_with(0.0, &half_alpha), 0.5);
    assert_eq!(d(Selu, 0.0), SELU_SCALE * SELU_ALPHA);
    assert_eq!(d(Selu, 1.0), SELU_SCALE);
    assert_eq!(
        (d(Relu6, 0.0), d(Relu6, 6.0), d(Relu6, 3.0)),
        (0.0, 0.0, 1.0)
    );
    assert_eq!(
        (d(Hardtanh, -1.0), d(Hardtanh, 1.0), d(Hardtanh, 0.5)),
        (0.0, 0.0, 1.0)
    );
    assert_eq!((d(Hardsigmoid, -3.0), d(Hardsigmoid, 3.0)), (0.0, 0.0));
    assert_eq!(d(Hardsigmoid, 2.999), 1.0 / 6.0);
    assert_eq!((d(Hardswish, -3.0), d(Hardswish, 3.0)), (-0.5, 1.5));
    assert_eq!((d(Hardswish, -3.0001), d(Hardswish, 3.0001)), (0.0, 1.0));
    let thr = Params {
        threshold: Some(20.0),
        ..Params::default()
    };
    assert_eq!(Softplus.eval_with(21.0, &thr), 21.0);
    assert_eq!(Softplus.derivative_with(21.0, &thr), 1.0);
    assert!(
        Softplus.eval(21.0) > 21.0,
        "without a threshold softplus is exact"
    );
}

#[test]
fn kinks_are_where_the_derivative_jumps() {
    let p = Params::default();
    for a in Activation::ALL {
        let ks = a.kinks(&p);
        assert!(ks.windows(2).all(|w| w[0] < w[1]), "{}: unsorted", a.id());
        for &k in &ks {
            let (l, r) = (a.derivative(k - 1e-9), a.derivative(k + 1e-9));
            // ELU with α = 1 and Softsign are C¹ (their f″ jumps), every other kink has a jump
            // in f′.
            if a != Elu && a != Softsign {
                assert!((l - r).abs() > 1e-3, "{} at {k}: f′ {l} vs {r}", a.id());
            }
        }
    }
    for a in [Sigmoid, Tanh, Gelu, GeluTanh, Silu, Mish, Softplus] {
        assert!(a.kinks(&p).is_empty(), "{} is smooth", a.id());
    }
    // Softsign's f″ jumps from 2 to −2 at 0 (f′ is continuous there).
    assert_eq!(Softsign.kinks(&p), vec![0.0]);
    let d2 = |x: f64| (Softsign.derivative(x + 1e-6) - Softsign.derivative(x - 1e-6)) / 2e-6;
    assert!(d2(1e-3) < -1.9 && d2(-1e-3) > 1.9);
    let ht = Params {
        min_val: -2.0,
        max_val: 3.5,
        ..Params::default()
    };
    assert_eq!(Hardtanh.kinks(&ht), vec![-2.0, 3.5]);
    let thr = Params {
        beta: 2.0,
        threshold: Some(20.0),
        ..Params::default()
    };
    assert_eq!(Softplus.kinks(&thr), vec![10.0]);
}

#[test]
fn non_monotonic_claims_are_true() {
    let p = Params::default();
    for a in Activation::ALL {
        if !a.is_monotonic(&p) {
            // Find a decrease on a fine grid over [−6, 1].
            let ys: Vec<f64> = (0..=700).map(|i| a.eval(-6.0 + i as f64 * 0.01)).collect();
            assert!(
                ys.windows(2).any(|w| w[1] < w[0]),
                "{} claimed non-monotonic but never decreases",
                a.id()
            );
        }
    }
    let negative = Params {
        negative_slope: -0.1,
        weight: -0.1,
        alpha: -1.0,
        ..Params::default()
    };
    assert!(!LeakyRelu.is_monotonic(&negative) && LeakyRelu.eval_with(-2.0, &negative) > 0.0);
    assert!(!Prelu.is_monotonic(&negative) && !Elu.is_monotonic(&negative));
    let thr = Params {
        threshold: Some(5.0),
        ..Params::default()
    };
    assert!(!Softplus.is_monotonic(&thr));
    assert!(Softplus.eval_with(5.0, &thr) > Softplus.eval_with(5.000001, &thr));
}

#[test]
fn limits_at_infinity_are_the_true_limits() {
    let inf = f64::INFINITY;
    let cases: [(Activation, f64, f64); 17] = [
        (Sigmoid, 1.0, 0.0),
        (Tanh, 1.0, -1.0),
        (Hardsigmoid, 1.0, 0.0),
        (Hardtanh, 1.0, -1.0),
        (Softsign, 1.0, -1.0),
        (Relu, inf, 0.0),
        (LeakyRelu, inf, -inf),
        (Prelu, inf, -inf),
        (Elu, inf, -1.0),
        (Selu, inf, -SELU_SCALE * SELU_ALPHA),
        (Relu6, 6.0, 0.0),
        (Gelu, inf, 0.0),
        (GeluTanh, inf, 0.0),
        (Silu, inf, 0.0),
        (Mish, inf, 0.0),
        (Softplus, inf, 0.0),
        (Hardswish, inf, 0.0),
    ];
    for (a, up, down) in cases {
        assert_eq!(a.eval(inf), up, "{}(+inf)", a.id());
        let got = a.eval(-inf);
        assert!(
            got == down || (got - down).abs() <= 2.0 * f64::EPSILON * down.abs(),
            "{}(−inf) = {got}, want {down}",
            a.id()
        );
    }
}

/// `Params::get`/`set` address every tunable parameter by its PyTorch name, and only those.
#[test]
fn params_get_and_set_by_name() {
    let names = [
        "negative_slope",
        "weight",
        "alpha",
        "min_val",
        "max_val",
        "beta",
        "threshold",
    ];
    for (i, name) in names.iter().enumerate() {
        let mut p = Params::default();
        let v = 0.5 + i as f64;
        assert!(p.set(name, v), "{name} is settable");
        assert_eq!(p.get(name), Some(v), "{name} reads back");
        // Every other parameter is untouched.
        for other in names.iter().filter(|o| *o != name) {
            assert_eq!(
                p.get(other),
                Params::default().get(other),
                "{other} after setting {name}"
            );
        }
    }
    let mut p = Params::default();
    assert!(!p.set("nope", 1.0));
    assert_eq!(p, Params::default());
    assert_eq!(p.get("nope"), None);
    assert_eq!(p.get("threshold"), None, "threshold is off by default");
    for a in activation_explorer::math::Activation::ALL {
        for spec in a.params() {
            assert_eq!(
                p.get(spec.name),
                Some(spec.default),
                "{} default of {a}",
                spec.name
            );
        }
    }
}
