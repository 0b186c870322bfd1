//! The facts follow the parameters: statistics, minimum, range, gain and PyTorch code at the
//! values shown, checked against closed forms and PyTorch's own spelling.
#![cfg(not(target_arch = "wasm32"))]

use std::f64::consts::PI;

use activation_explorer::catalog::{
    calculate_gain, entry, gain_at, minimum, minimum_at, pytorch_at, range_at, shown_stat, stats,
    stats_at,
};
use activation_explorer::lang::Lang;
use activation_explorer::math::{Activation, GeluApproximate, Param, Params};

#[test]
fn at_the_defaults_everything_is_the_catalogues() {
    let d = Params::default();
    for a in Activation::ALL {
        assert_eq!(stats_at(a, &d), stats(a), "{a}");
        assert_eq!(minimum_at(a, &d), minimum(a), "{a}");
        for lang in [Lang::En, Lang::Zh] {
            assert_eq!(range_at(a, &d, lang), entry(a).range.get(lang), "{a}");
        }
        // The catalogue's templates filled with the defaults: no marker left, and the literal
        // numbers of the defaults where a module takes arguments.
        let (m, f) = pytorch_at(a, &d);
        assert!(
            !f.contains('@') && !m.as_deref().unwrap_or("").contains('@'),
            "{a}"
        );
        assert_eq!(m.is_some(), entry(a).pytorch.module.is_some(), "{a}");
        assert_eq!(gain_at(a, &d), entry(a).details().init.gain, "{a}");
    }
}

#[test]
fn leaky_relu_statistics_follow_the_slope() {
    // E[max(z,0)] = 1/√(2π), E[min(z,0)] = −1/√(2π), E[max(z,0)²] = E[min(z,0)²] = 1/2.
    for s in [0.0, 0.29, 1.0, -0.5] {
        let p = Params::default().with(Param::NegativeSlope, s);
        let st = stats_at(Activation::LeakyRelu, &p);
        let mean = (1.0 - s) / (2.0 * PI).sqrt();
        assert!((st.mean - mean).abs() < 1e-13, "{s}: {} vs {mean}", st.mean);
        assert!(
            (st.second_moment - (1.0 + s * s) / 2.0).abs() < 1e-13,
            "{s}"
        );
        assert!((st.variance - ((1.0 + s * s) / 2.0 - mean * mean)).abs() < 1e-13);
        assert!((st.mean_sq_derivative - (1.0 + s * s) / 2.0).abs() < 1e-13);
    }
}

#[test]
fn zero_statistics_show_as_zero() {
    let selu = stats(Activation::Selu);
    assert!(
        selu.mean != 0.0 && selu.mean.abs() < 1e-14,
        "the raw value is noise"
    );
    assert_eq!(shown_stat(selu.mean, selu.second_moment), 0.0);
    assert_eq!(
        shown_stat(1e-9, 1.0),
        1e-9,
        "a small value that is not noise stays"
    );
    assert_eq!(shown_stat(-0.25, 1.0), -0.25);
}

#[test]
fn swish_minimum_scales_with_beta() {
    let (x1, y1) = minimum(Activation::Silu).unwrap();
    let p = Params::default().with(Param::Beta, 2.0);
    let (x, y) = minimum_at(Activation::Silu, &p).unwrap();
    assert_eq!((x, y), (x1 / 2.0, y1 / 2.0));
    assert!(Activation::Silu.derivative_with(x, &p).abs() < 1e-12);
    assert_eq!(Activation::Silu.eval_with(x, &p), y);
    let text = range_at(Activation::Silu, &p, Lang::En);
    assert!(text.contains("−0.13923"), "{text}");
}

#[test]
fn ranges_follow_the_parameters() {
    let d = Params::default();
    let r = |a, p: Params| range_at(a, &p, Lang::En);
    assert_eq!(
        r(Activation::Elu, d.with(Param::Alpha, 2.0)),
        "(−2, ∞)",
        "not the default's (−1, ∞)"
    );
    assert_eq!(r(Activation::Elu, d.with(Param::Alpha, 0.0)), "[0, ∞)");
    assert_eq!(
        r(
            Activation::Hardtanh,
            d.with(Param::MinVal, -2.0).with(Param::MaxVal, 0.5)
        ),
        "[−2, 0.5]"
    );
    assert_eq!(
        r(Activation::LeakyRelu, d.with(Param::NegativeSlope, 0.0)),
        "[0, ∞)"
    );
    assert_eq!(
        r(Activation::LeakyRelu, d.with(Param::NegativeSlope, 0.29)),
        "(−∞, ∞)"
    );
    assert_eq!(
        range_at(Activation::Prelu, &d.with(Param::Weight, 0.0), Lang::Zh),
        "[0, +∞)"
    );
    // GELU's tanh form is described by its own entry.
    let tanh = d.with_approximate(GeluApproximate::Tanh);
    assert_eq!(
        range_at(Activation::Gelu, &tanh, Lang::En),
        entry(Activation::GeluTanh).range.en
    );
}

#[test]
fn gain_and_code_follow_the_slope() {
    let p = Params::default().with(Param::NegativeSlope, 0.29);
    let g = gain_at(Activation::LeakyRelu, &p).unwrap();
    assert_eq!(g.call(), "torch.nn.init.calculate_gain('leaky_relu', 0.29)");
    assert_eq!(g.value(), calculate_gain("leaky_relu", Some(0.29)).unwrap());
    assert_eq!(
        pytorch_at(Activation::LeakyRelu, &p),
        (
            Some("nn.LeakyReLU(negative_slope=0.29)".to_string()),
            "F.leaky_relu(x, negative_slope=0.29)".to_string()
        )
    );
    let tanh = Params::default().with_approximate(GeluApproximate::Tanh);
    assert_eq!(
        pytorch_at(Activation::Gelu, &tanh).0.as_deref(),
        Some("nn.GELU(approximate='tanh')")
    );
    let swish = Params::default().with(Param::Beta, 1.5);
    assert_eq!(
        pytorch_at(Activation::Silu, &swish),
        (None, "x * torch.sigmoid(1.5 * x)".to_string())
    );
    let sp = Params::default()
        .with(Param::Beta, 2.0)
        .with(Param::SoftplusThreshold, 15.0);
    assert_eq!(
        pytorch_at(Activation::Softplus, &sp).0.as_deref(),
        Some("nn.Softplus(beta=2.0, threshold=15.0)")
    );
    let ht = Params::default().with(Param::MinVal, -2.0);
    assert_eq!(
        pytorch_at(Activation::Hardtanh, &ht).1,
        "F.hardtanh(x, min_val=-2.0, max_val=1.0)"
    );
}

/// Every generated line is valid Python (checked with python3's own parser when it is there).
#[test]
fn generated_code_is_valid_python() {
    let Ok(out) = std::process::Command::new("python3")
        .arg("--version")
        .output()
    else {
        eprintln!("python3 not found: syntax check skipped");
        return;
    };
    assert!(out.status.success());
    let d = Params::default();
    let variants = [
        d,
        d.with(Param::NegativeSlope, 0.29)
            .with(Param::Weight, 1e-7)
            .with(Param::Alpha, 2.5)
            .with(Param::MinVal, -3.0)
            .with(Param::Beta, 3.0)
            .with(Param::SoftplusThreshold, 5.0)
            .with(Param::Lambd, 0.75)
            .with(Param::SnakeAlpha, 2.0),
        d.with_approximate(GeluApproximate::Tanh),
    ];
    let mut program = String::from(
        "import torch\nfrom torch import nn\nimport torch.nn.functional as F\nx = None\n",
    );
    for p in variants {
        for a in Activation::ALL {
            let (m, f) = pytorch_at(a, &p);
            if let Some(m) = m {
                program.push_str(&format!("_ = lambda: {m}\n"));
            }
            program.push_str(&format!("_ = lambda: {f}\n"));
        }
    }
    let status = std::process::Command::new("python3")
        .args(["-c", "import ast, sys; ast.parse(sys.stdin.read())"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(program.as_bytes())?;
            c.wait()
        })
        .expect("python3 runs");
    assert!(status.success(), "not valid Python:\n{program}");
}
