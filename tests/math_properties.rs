//! Property tests of the activations: output ranges, monotonicity, derivatives against
//! central differences, no NaN for any non-NaN input (arbitrary f64 bit patterns), NaN in →
//! NaN out, id parsing, parameter validation and PyTorch's conventions at the kinks.
//! Native only: proptest's random source does not build for wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::math::{
    Activation, GeluApproximate, Param, ParamError, Params, QUICK_GELU_SCALE, SELU_ALPHA,
    SELU_SCALE,
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
    let slopes = prop_oneof![(0.0..1.0f64, 0.0..1.0f64), (any_finite(), any_finite())]
        .prop_map(|(a, b)| (a.min(b), a.max(b)));
    let snake_alpha = prop_oneof![0.01..5.0f64, any_finite().prop_map(f64::abs)]
        .prop_filter("alpha > 0", |a| *a > 0.0);
    let added = (
        prop_oneof![0.0..3.0f64, any_finite()],
        slopes,
        prop_oneof![-6.0..6.0f64, any_finite()],
        prop_oneof![-6.0..6.0f64, any_finite()],
        snake_alpha,
    );
    (
        (
            prop_oneof![0.0..1.0f64, any_finite()],
            prop_oneof![-1.0..1.0f64, any_finite()],
            prop_oneof![0.0..3.0f64, any_finite()],
            bounds,
            beta,
            prop::option::of(prop_oneof![-30.0..30.0f64, any_finite()]),
            prop::bool::ANY,
        ),
        added,
    )
        .prop_map(
            |((s, w, a, (lo, hi), beta, threshold, tanh), (lambd, (lower, upper), t, v, snake))| {
                Params::default()
                    .with(Param::NegativeSlope, s)
                    .with(Param::Weight, w)
                    .with(Param::Alpha, a)
                    .with(Param::MinVal, lo)
                    .with(Param::MaxVal, hi)
                    .with(Param::Beta, beta)
                    .with(Param::SoftplusThreshold, threshold.unwrap_or(f64::INFINITY))
                    .with(Param::Lambd, lambd)
                    .with(Param::Lower, lower)
                    .with(Param::Upper, upper)
                    .with(Param::Threshold, t)
                    .with(Param::Value, v)
                    .with(Param::SnakeAlpha, snake)
                    .with_approximate(if tanh {
                        GeluApproximate::Tanh
                    } else {
                        GeluApproximate::None
                    })
            },
        )
        .prop_filter("valid", |p| p.validate().is_ok())
}

/// Slider-range parameters (no softplus threshold), for the shape properties.
fn slider_params() -> impl Strategy<Value = Params> {
    (
        (
            0.0..1.0f64,
            0.0..1.0f64,
            0.0..3.0f64,
            -6.0..5.9f64,
            0.05..6.0f64,
            0.1..10.0f64,
        ),
        (
            0.0..3.0f64,
            0.0..1.0f64,
            0.0..1.0f64,
            -6.0..6.0f64,
            -6.0..6.0f64,
            0.1..5.0f64,
        ),
    )
        .prop_map(
            |((s, w, a, lo, width, beta), (lambd, l1, l2, t, v, snake))| {
                Params::default()
                    .with(Param::NegativeSlope, s)
                    .with(Param::Weight, w)
                    .with(Param::Alpha, a)
                    .with(Param::MinVal, lo)
                    .with(Param::MaxVal, lo + width)
                    .with(Param::Beta, beta)
                    .with(Param::Lambd, lambd)
                    .with(Param::Lower, l1.min(l2))
                    .with(Param::Upper, l1.max(l2))
                    .with(Param::Threshold, t)
                    .with(Param::Value, v)
                    .with(Param::SnakeAlpha, snake)
            },
        )
}

/// The exact minima of the non-monotonic smooth functions (the catalogue quotes them),
/// rounded down in the last digit, so `f(x) ≥ MIN` must hold everywhere.
const GELU_MIN: f64 = -0.16998; // −0.169971 at x ≈ −0.75179
/// The tanh form dips slightly lower than the exact GELU: −0.170041 at x ≈ −0.75246.
const GELU_TANH_MIN: f64 = -0.17005;
const SILU_MIN: f64 = -0.27847; // −0.278465 at x ≈ −1.27846
const MISH_MIN: f64 = -0.30885; // −0.308843 at x ≈ −1.19243
const QUICK_GELU_MIN: f64 = -0.16362; // −0.163610 at x ≈ −0.75115

fn check_range(a: Activation, x: f64, y: f64, p: &Params) -> Result<(), TestCaseError> {
    let ok = match a {
        Sigmoid | Hardsigmoid => (0.0..=1.0).contains(&y),
        Tanh | Softsign => (-1.0..=1.0).contains(&y),
        Hardtanh => (p[Param::MinVal]..=p[Param::MaxVal]).contains(&y),
        Relu => y >= 0.0,
        Relu6 => (0.0..=6.0).contains(&y),
        LeakyRelu | Prelu => true,
        Elu => p[Param::Alpha] < 0.0 || y >= -p[Param::Alpha],
        Selu => y >= -SELU_SCALE * SELU_ALPHA,
        Gelu if p.approximate == GeluApproximate::None => y >= GELU_MIN && y <= x.max(0.0),
        Gelu | GeluTanh => y >= GELU_TANH_MIN && y <= x.max(0.0),
        Silu => y >= SILU_MIN / p[Param::Beta] && y <= x.max(0.0),
        Mish => y >= MISH_MIN && y <= x.max(0.0),
        Softplus => y >= 0.0 && (p.softplus_threshold().is_some() || y >= x),
        Hardswish => y >= -0.375 && y <= x.max(0.0),
        Celu => p[Param::Alpha] < 0.0 || y >= -p[Param::Alpha],
        Rrelu => true,
        Logsigmoid => y <= 0.0 && y <= x,
        Hardshrink => y == 0.0 || y == x,
        Softshrink | Tanhshrink => y == 0.0 || (y.signum() == x.signum() && y.abs() <= x.abs()),
        Threshold => y == p[Param::Value] || (y == x && x > p[Param::Threshold]),
        SquaredRelu => y >= 0.0,
        QuickGelu => y >= QUICK_GELU_MIN && y <= x.max(0.0),
        Snake => {
            let a = p[Param::SnakeAlpha];
            y >= x && y <= x + 1.0 / a
        }
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
        let p = Params::default().with_approximate(GeluApproximate::Tanh);
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
        // softplus(x) − softplus(−x) = x, and so for logsigmoid = −softplus(−x).
        let d = Softplus.eval(x) - Softplus.eval(-x);
        prop_assert!((d - x).abs() <= 4.0 * f64::EPSILON * x.abs().max(1.0));
        let d = Logsigmoid.eval(x) - Logsigmoid.eval(-x);
        prop_assert!((d - x).abs() <= 4.0 * f64::EPSILON * x.abs().max(1.0));
        // QuickGELU is Swish with β = 1.702: the same identity.
        let d = QuickGelu.eval(x) - QuickGelu.eval(-x);
        prop_assert!((d - x).abs() <= 4.0 * f64::EPSILON * x.abs().max(1e-300));
        prop_assert_eq!(QuickGelu.eval(x), Silu.eval_with(x, &Params::default().with(Param::Beta, QUICK_GELU_SCALE)));
        // The shrink functions are odd.
        for a in [Hardshrink, Softshrink, Tanhshrink] {
            prop_assert_eq!(a.eval(-x), -a.eval(x), "{} is odd", a.id());
        }
    }

    #[test]
    fn invalid_params_are_rejected_with_the_field_named(
        field in 0usize..Param::COUNT, bad in prop_oneof![Just(f64::NAN), Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            any::<u64>().prop_map(|b| f64::from_bits(b | 0x7ff0_0000_0000_0001))]
    ) {
        let param = Param::ALL[field];
        // +∞ is softplus' threshold's "off", its default: valid.
        prop_assume!(!(param == Param::SoftplusThreshold && bad == f64::INFINITY));
        let p = Params::default().with(param, bad);
        let err = p.validate().unwrap_err();
        prop_assert_eq!(&err, &ParamError::NotFinite(param));
        prop_assert!(err.to_string().contains(param.key()), "{}", err);
    }

    #[test]
    fn beta_and_snake_alpha_must_be_positive(v in prop_oneof![Just(0.0), Just(-0.0), -1e300..0.0f64]) {
        for q in [Param::Beta, Param::SnakeAlpha] {
            let p = Params::default().with(q, v);
            prop_assert_eq!(p.validate(), Err(ParamError::NotPositive(q)));
        }
    }

    #[test]
    fn rrelu_bounds_may_be_equal_but_not_reversed(a in any_finite(), b in any_finite()) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let slopes = |l, u| Params::default().with(Param::Lower, l).with(Param::Upper, u);
        prop_assert_eq!(slopes(lo, lo).validate(), Ok(()), "lower = upper is PyTorch's own check");
        if lo < hi {
            prop_assert_eq!(slopes(hi, lo).validate(), Err(ParamError::NotOrdered(Param::ORDERED[1])));
        }
    }

    #[test]
    fn hardtanh_bounds_must_be_ordered(a in any_finite(), b in any_finite()) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        // min_val ≥ max_val is refused, equal bounds included.
        let bounds = |lo, hi| Params::default().with(Param::MinVal, lo).with(Param::MaxVal, hi);
        let refused = Err(ParamError::NotOrdered(Param::ORDERED[0]));
        prop_assert_eq!((Param::ORDERED[0].lo, Param::ORDERED[0].hi), (Param::MinVal, Param::MaxVal));
        prop_assert_eq!(bounds(hi, lo).validate(), refused);
        prop_assert_eq!(bounds(lo, lo).validate(), refused);
        if lo < hi {
            let ok = bounds(lo, hi);
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
    for p in Param::ALL {
        let info = p.info();
        assert!(p.admits(info.default), "{p}: default admitted");
        if let Some(s) = info.slider {
            assert!(
                s.min <= info.default && info.default <= s.max,
                "{p}: default on its slider"
            );
            assert!(s.step > 0.0, "{p}: step");
            // Every slider value is accepted from a URL.
            assert!(
                p.within_limits(s.min) && p.within_limits(s.max),
                "{p}: slider within limits"
            );
        } else {
            assert!(
                !info.default.is_finite() || p.within_limits(info.default),
                "{p}"
            );
        }
        assert_eq!(p.key().parse::<Param>(), Ok(p), "{p}: key round trip");
        let users: Vec<_> = Activation::ALL
            .iter()
            .filter(|a| a.params().contains(&p))
            .collect();
        assert!(!users.is_empty(), "{p} is read by some activation");
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
    let half_alpha = Params::default().with(Param::Alpha, 0.5);
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
    let thr = Params::default().with(Param::SoftplusThreshold, 20.0);
    assert_eq!(Softplus.eval_with(21.0, &thr), 21.0);
    assert_eq!(Softplus.derivative_with(21.0, &thr), 1.0);
    assert!(
        Softplus.eval(21.0) > 21.0,
        "without a threshold softplus is exact"
    );
    // celu: elu_backward with input scale 1/α: x <= 0 ? e^(x/α) : 1, so 1 at 0.
    assert_eq!(
        (d(Celu, 0.0), d(Celu, -0.0), d(Celu, 1e-300)),
        (1.0, 1.0, 1.0)
    );
    assert_eq!(d(Celu, -1.0), (-1.0f64).exp());
    // rrelu in evaluation mode: leaky_relu_backward with slope (lower + upper)/2 = 11/48.
    assert_eq!(d(Rrelu, 0.0), 11.0 / 48.0);
    assert_eq!(Rrelu.eval(-48.0), -11.0);
    // hardshrink_backward / softshrink_backward: 0 on the closed [−λ, λ].
    for a in [Hardshrink, Softshrink] {
        assert_eq!(
            (d(a, -0.5), d(a, 0.5), d(a, 0.0)),
            (0.0, 0.0, 0.0),
            "{}",
            a.id()
        );
        let beyond = 0.5f64.next_up();
        assert_eq!((d(a, beyond), d(a, -beyond)), (1.0, 1.0), "{}", a.id());
    }
    assert_eq!(
        (Hardshrink.eval(0.5), Hardshrink.eval(0.5f64.next_up())),
        (0.0, 0.5f64.next_up())
    );
    assert_eq!(
        (Softshrink.eval(0.75), Softshrink.eval(-0.75)),
        (0.25, -0.25)
    );
    // threshold_backward: x <= threshold ? 0 : 1.
    let thr = Params::default()
        .with(Param::Threshold, 1.0)
        .with(Param::Value, -2.0);
    assert_eq!(Threshold.derivative_with(1.0, &thr), 0.0);
    assert_eq!(Threshold.derivative_with(1.0f64.next_up(), &thr), 1.0);
    assert_eq!(
        (
            Threshold.eval_with(1.0, &thr),
            Threshold.eval_with(1.5, &thr)
        ),
        (-2.0, 1.5)
    );
    // At its defaults 0 and 0, threshold is ReLU, derivative included.
    for x in [-1.0, -0.0, 0.0, 1e-300, 2.0] {
        assert_eq!(Threshold.eval(x), Relu.eval(x));
        assert_eq!(Threshold.derivative(x), Relu.derivative(x));
    }
    // squared_relu: 2·relu(x), continuous at 0.
    assert_eq!((d(SquaredRelu, 0.0), d(SquaredRelu, 3.0)), (0.0, 6.0));
}

#[test]
fn kinks_are_where_the_derivative_jumps() {
    let p = Params::default();
    for a in Activation::ALL {
        let ks = a.kinks(&p);
        assert!(ks.windows(2).all(|w| w[0] < w[1]), "{}: unsorted", a.id());
        for &k in &ks {
            let (l, r) = (a.derivative(k - 1e-9), a.derivative(k + 1e-9));
            // ELU with α = 1, Softsign, CELU and Squared ReLU are C¹ (their f″ jumps); every
            // other kink has a jump in f′.
            if !matches!(a, Elu | Softsign | Celu | SquaredRelu) {
                assert!((l - r).abs() > 1e-3, "{} at {k}: f′ {l} vs {r}", a.id());
            }
        }
    }
    for a in [
        Sigmoid, Tanh, Gelu, GeluTanh, Silu, Mish, Softplus, Logsigmoid, Tanhshrink, QuickGelu,
        Snake,
    ] {
        assert!(a.kinks(&p).is_empty(), "{} is smooth", a.id());
    }
    for a in [Celu, SquaredRelu, Softsign] {
        let (l, r) = (a.derivative(-1e-9), a.derivative(1e-9));
        assert!((l - r).abs() < 1e-8, "{} is C¹ at 0", a.id());
    }
    // Softsign's f″ jumps from 2 to −2 at 0 (f′ is continuous there): quadrature splits there.
    assert_eq!(Softsign.kinks(&p), vec![0.0]);
    let d2 = |x: f64| (Softsign.derivative(x + 1e-6) - Softsign.derivative(x - 1e-6)) / 2e-6;
    assert!(d2(1e-3) < -1.9 && d2(-1e-3) > 1.9);
    let wide = Params::default().with(Param::Lambd, 2.0);
    assert_eq!(Hardshrink.kinks(&wide), vec![-2.0, 2.0]);
    assert_eq!(Softshrink.kinks(&wide.with(Param::Lambd, 0.0)), vec![0.0]);
    let t = Params::default().with(Param::Threshold, -1.5);
    assert_eq!(Threshold.kinks(&t), vec![-1.5]);
    let ht = Params::default()
        .with(Param::MinVal, -2.0)
        .with(Param::MaxVal, 3.5);
    assert_eq!(Hardtanh.kinks(&ht), vec![-2.0, 3.5]);
    let thr = Params::default()
        .with(Param::Beta, 2.0)
        .with(Param::SoftplusThreshold, 20.0);
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
    let negative = Params::default()
        .with(Param::NegativeSlope, -0.1)
        .with(Param::Weight, -0.1)
        .with(Param::Alpha, -1.0);
    assert!(!LeakyRelu.is_monotonic(&negative) && LeakyRelu.eval_with(-2.0, &negative) > 0.0);
    assert!(!Prelu.is_monotonic(&negative) && !Elu.is_monotonic(&negative));
    let thr = Params::default().with(Param::SoftplusThreshold, 5.0);
    assert!(!Softplus.is_monotonic(&thr));
    assert!(Softplus.eval_with(5.0, &thr) > Softplus.eval_with(5.000001, &thr));
    // threshold drops where value > threshold.
    let up = Params::default().with(Param::Value, 1.0);
    assert!(!Threshold.is_monotonic(&up));
    assert!(Threshold.eval_with(0.0, &up) > Threshold.eval_with(0.5, &up));
    assert!(Rrelu.is_monotonic(&p) && Snake.is_monotonic(&p) && Hardshrink.is_monotonic(&p));
}

#[test]
fn jumps_are_where_f_is_discontinuous() {
    let p = Params::default();
    for a in Activation::ALL {
        for k in a.kinks(&p) {
            let (l, r) = (a.eval(k - 1e-9), a.eval(k + 1e-9));
            assert_eq!(
                a.jumps(&p),
                (l - r).abs() > 1e-6,
                "{} at {k}: {l} vs {r}",
                a.id()
            );
        }
    }
    assert!(Hardshrink.jumps(&p) && !Softshrink.jumps(&p) && !Threshold.jumps(&p));
    assert!(Threshold.jumps(&p.with(Param::Value, -1.0)));
}

#[test]
fn snake_is_monotonic_and_exact_near_its_flat_points() {
    // f′ = 1 + sin(2αx) touches 0 at αx = −π/4 + kπ; written as (sin u + cos u)² it keeps
    // its digits there, where 1 + sin(2u) would cancel to (nearly) nothing.
    let x = -std::f64::consts::FRAC_PI_4;
    let d = Snake.derivative(x);
    assert!((0.0..1e-30).contains(&d), "snake′(−π/4) = {d:e}");
    for i in 0..=2000 {
        let x = -10.0 + i as f64 * 0.01;
        assert!(
            Snake.eval(x + 0.01) >= Snake.eval(x),
            "snake decreases at {x}"
        );
    }
    // α → 0⁺: Snake tends to x (the term is about αx²).
    let tiny = Params::default().with(Param::SnakeAlpha, 1e-300);
    assert_eq!(Snake.eval_with(3.0, &tiny), 3.0);
    assert_eq!(Snake.eval_with(1e-200, &tiny), 1e-200);
    // Huge inputs: the periodic term is below an ulp of x.
    assert_eq!(Snake.eval(1e300), 1e300);
    assert_eq!(
        (Snake.eval(f64::INFINITY), Snake.derivative(f64::INFINITY)),
        (f64::INFINITY, 1.0)
    );
}

#[test]
fn tanhshrink_is_exact_near_zero() {
    // x − tanh x ≈ x³/3 − 2x⁵/15: the subtraction x − tanh(x) would keep few or none of these
    // digits.
    for x in [1e-5f64, 1e-3, 0.1, 0.39] {
        let series = x * x * x / 3.0 - 2.0 * x.powi(5) / 15.0 + 17.0 * x.powi(7) / 315.0;
        let got = Tanhshrink.eval(x);
        let rel = ((got - series) / series).abs();
        // The truncated series itself is off by about 62x⁹/2835 relative to x³/3.
        assert!(
            rel < 1e-15 + 0.07 * x.powi(6),
            "x = {x}: {got:e} vs {series:e}"
        );
        assert_eq!(Tanhshrink.eval(-x), -got, "odd");
    }
    assert_eq!(
        Tanhshrink.eval(1e-200),
        0.0 + 1e-200 * 1e-200 * 1e-200 / 3.0
    );
}

#[test]
fn limits_at_infinity_are_the_true_limits() {
    let inf = f64::INFINITY;
    let cases: [(Activation, f64, f64); 27] = [
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
        (Celu, inf, -1.0),
        (Rrelu, inf, -inf),
        (Logsigmoid, 0.0, -inf),
        (Hardshrink, inf, -inf),
        (Softshrink, inf, -inf),
        (Tanhshrink, inf, -inf),
        (Threshold, inf, 0.0),
        (SquaredRelu, inf, 0.0),
        (QuickGelu, inf, 0.0),
        (Snake, inf, -inf),
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

/// `Params::get`/`set` address every parameter of the table, and only that one.
#[test]
fn params_get_and_set_by_param() {
    for (i, &param) in Param::ALL.iter().enumerate() {
        let v = 0.5 + i as f64;
        let p = Params::default().with(param, v);
        assert_eq!(p.get(param), v, "{param} reads back");
        // Every other parameter is untouched.
        for other in Param::ALL.into_iter().filter(|o| *o != param) {
            assert_eq!(
                p[other],
                Params::default()[other],
                "{other} after setting {param}"
            );
        }
    }
    let p = Params::default();
    assert_eq!(
        p.softplus_threshold(),
        None,
        "softplus' threshold is off by default"
    );
    for param in Param::ALL {
        assert!(p.is_default(param));
        assert_eq!(p[param], param.info().default, "{param} default");
    }
}
