//! The facts of an activation at the parameters shown: statistics, minimum, range, gain and the
//! PyTorch code follow the sliders. Each returns the catalogue's own text or value when the
//! activation's parameters are at their defaults.

use super::stats::{normal_expectation, stats};
use super::{Gain, Stats, details, entry, minimum};
use crate::lang::Lang;
use crate::math::{Activation, GeluApproximate, Param, Params};

/// Whether every parameter `a` reads is at its default.
pub fn at_defaults(a: Activation, p: &Params) -> bool {
    p.only_for(a) == Params::default()
}

/// The activation whose catalogue entry describes `a` at `p`: GELU with `approximate='tanh'`
/// is GELU's tanh form.
pub fn described(a: Activation, p: &Params) -> Activation {
    if a == Activation::Gelu && p.approximate == GeluApproximate::Tanh {
        Activation::GeluTanh
    } else {
        a
    }
}

/// E[f(z)], E[f(z)²], Var[f(z)] and E[f′(z)²] for z ~ N(0, 1) at the parameters `p`
/// (by the catalogue's quadrature, split at the kinks of f at `p`).
pub fn stats_at(a: Activation, p: &Params) -> Stats {
    let a = described(a, p);
    if at_defaults(a, p) {
        return stats(a);
    }
    let kinks = a.kinks(p);
    let mean = normal_expectation(|z| a.eval_with(z, p), &kinks);
    let second_moment = normal_expectation(|z| a.eval_with(z, p).powi(2), &kinks);
    let variance = normal_expectation(|z| (a.eval_with(z, p) - mean).powi(2), &kinks);
    let mean_sq_derivative = normal_expectation(|z| a.derivative_with(z, p).powi(2), &kinks);
    Stats {
        mean,
        second_moment,
        variance,
        mean_sq_derivative,
    }
}

/// A computed statistic for display: 0 when it is zero within the quadrature's error (about
/// 1e-15 of `scale`, the size of the quantities summed); SELU's E[f(z)] comes out as 5.5e-17.
pub fn shown_stat(v: f64, scale: f64) -> f64 {
    if v.abs() <= 1e-12 * scale.abs().max(1.0) {
        0.0
    } else {
        v
    }
}

/// The global minimum (x, f(x)) at `p`, for the functions that have one. SiLU/Swish with β
/// is silu(βx)/β, so its minimum is SiLU's scaled by 1/β.
pub fn minimum_at(a: Activation, p: &Params) -> Option<(f64, f64)> {
    let a = described(a, p);
    if a == Activation::Silu {
        let beta = p[Param::Beta];
        return minimum(a).map(|(x, y)| (x / beta, y / beta));
    }
    minimum(a)
}

/// A number in a range text: a minus sign U+2212, no trailing zeros.
fn num(v: f64) -> String {
    let v = v + 0.0;
    if v < 0.0 {
        format!("−{}", -v)
    } else {
        format!("{v}")
    }
}

/// The output range at `p`, as text in `lang`: the catalogue's text at the defaults, computed
/// for the parameters the sliders move, and otherwise the catalogue's text marked as holding at
/// the default parameters.
pub fn range_at(a: Activation, p: &Params, lang: Lang) -> String {
    let d = described(a, p);
    let text = entry(d).range.get(lang);
    if at_defaults(d, p) {
        return text.to_string();
    }
    let inf = match lang {
        Lang::En => "∞",
        Lang::Zh => "+∞",
    };
    let slope_range = |s: f64| {
        if s > 0.0 {
            format!("(−∞, {inf})")
        } else {
            format!("[0, {inf})")
        }
    };
    match d {
        Activation::LeakyRelu => slope_range(p[Param::NegativeSlope]),
        Activation::Prelu => slope_range(p[Param::Weight]),
        Activation::Elu if p[Param::Alpha] > 0.0 => format!("({}, {inf})", num(-p[Param::Alpha])),
        Activation::Elu => format!("[0, {inf})"),
        Activation::Hardtanh => format!("[{}, {}]", num(p[Param::MinVal]), num(p[Param::MaxVal])),
        Activation::Softplus => format!("(0, {inf})"),
        Activation::Silu => {
            let (x, y) = minimum_at(d, p).expect("SiLU has a minimum");
            match lang {
                Lang::En => format!(
                    "[{}, ∞): minimum ≈ {} at x ≈ {}",
                    num(y),
                    num(round5(y)),
                    num(round5(x))
                ),
                Lang::Zh => format!(
                    "[{}, +∞)：最小值 ≈ {}，位于 x ≈ {}",
                    num(y),
                    num(round5(y)),
                    num(round5(x))
                ),
            }
        }
        _ => match lang {
            Lang::En => format!("{text} (at the default parameters)"),
            Lang::Zh => format!("{text}（默认参数下）"),
        },
    }
}

fn round5(v: f64) -> f64 {
    (v * 1e5).round() / 1e5
}

/// `torch.nn.init.calculate_gain` for `a` at `p`: a slope-dependent gain (`leaky_relu`'s) takes
/// the activation's current slope.
pub fn gain_at(a: Activation, p: &Params) -> Option<Gain> {
    let d = described(a, p);
    let g = details(d).init.gain?;
    let slope = d
        .params()
        .iter()
        .find(|q| matches!(q, Param::NegativeSlope | Param::Weight));
    Some(match (g.param, slope) {
        (Some(_), Some(&q)) => Gain {
            param: Some(p[q]),
            ..g
        },
        _ => g,
    })
}

/// A Python float literal (`0.01`, `1.0`, `-2.5`, `1e-7`).
fn py(v: f64) -> String {
    crate::number::float_literal(v)
}

/// Fills a PyTorch template (`@key@` where a parameter's value goes) with Python literals of
/// the values of `p`; a parameter that is off in the app (Softplus' threshold) takes PyTorch's
/// own default.
fn fill_code(template: &str, p: &Params) -> String {
    let mut out = template.to_string();
    for q in Param::ALL {
        let marker = format!("@{}@", q.key());
        if out.contains(&marker) {
            let v = p[q];
            let v = if v.is_finite() {
                v
            } else {
                q.info().torch_default.unwrap_or(v)
            };
            out = out.replace(&marker, &py(v));
        }
    }
    out
}

/// The PyTorch module (`None` where PyTorch has none) and functional call of `a` at `p`
/// (`F` = `torch.nn.functional`), with the values shown: the catalogue's templates filled in.
/// GELU with `approximate='tanh'` is its tanh form's; SiLU with β ≠ 1 (Swish) has no module
/// in PyTorch and is written as an expression; Softplus' threshold, off in the app, is
/// PyTorch's 20.0.
pub fn pytorch_at(a: Activation, p: &Params) -> (Option<String>, String) {
    let d = described(a, p);
    if d == Activation::Silu && !p.is_default(Param::Beta) {
        return (
            None,
            format!("x * torch.sigmoid({} * x)", py(p[Param::Beta])),
        );
    }
    let api = entry(d).pytorch;
    (
        api.module.map(|m| fill_code(m, p)),
        fill_code(api.functional, p),
    )
}
