//! The app's charts as pure functions returning a [`ChartSpec`]: a gallery card, a group
//! panel, the overlay, the detail chart and GELU's erf − tanh difference. Colours, dash styles
//! and names follow the seed's script ([`seed_style`]).

use crate::catalog::{Category, seed_style};
use crate::lang::{Lang, Text, t};
use crate::math::{Activation, GeluApproximate, Params};

use super::spec::{ChartSpec, CurveSource, CurveSpec, LegendPos, LineStyle, Theme, YRange};

/// The x-axis label.
pub const AXIS_X: Text = t("x", "x");
/// The y-axis label of a chart of values.
pub const AXIS_Y: Text = t("f(x)", "f(x)");
/// The y-axis label of a chart of values and derivatives.
pub const AXIS_Y_DERIV: Text = t("f(x) and f′(x)", "f(x) 与 f′(x)");
/// The y-axis label of GELU's difference chart.
pub const AXIS_Y_DIFF: Text = t("erf − tanh", "erf − tanh 差值");
/// The overlay's title when it shows every activation of the seed.
pub const TITLE_ALL: Text = t("All activation functions", "全部激活函数");
/// The overlay's title for a chosen subset.
pub const TITLE_SELECTED: Text = t("Selected activation functions", "所选激活函数");
/// The title of GELU's difference chart.
pub const TITLE_GELU_DIFF: Text = t(
    "GELU: exact (erf) minus tanh approximation",
    "GELU：精确（erf）形式减去 tanh 近似",
);

/// The title of a group panel.
pub const fn group_title(c: Category) -> Text {
    match c {
        Category::Saturating => t("Saturating", "饱和型"),
        Category::ReluFamily => t("ReLU family", "ReLU 家族"),
        Category::Smooth => t("Smooth", "平滑型"),
    }
}

/// A one-line note for a gallery card (drawn in a box at the plot's lower left, like the
/// seed's cards).
pub const fn card_note(a: Activation) -> Text {
    match a {
        Activation::Sigmoid => t(
            "range (0, 1); gradient fades in the tails",
            "值域 (0, 1)；两端梯度消失",
        ),
        Activation::Tanh => t("range (−1, 1), centred on zero", "值域 (−1, 1)，以零为中心"),
        Activation::Hardsigmoid => t(
            "straight-line stand-in for Sigmoid",
            "Sigmoid 的分段线性近似",
        ),
        Activation::Hardtanh => t("Tanh cut into straight pieces", "Tanh 的分段线性近似"),
        Activation::Softsign => t(
            "Tanh-like, tails reach ±1 slowly",
            "形似 Tanh，尾部趋近 ±1 更慢",
        ),
        Activation::Relu => t("zero below 0, identity above", "负半轴为 0，正半轴恒等"),
        Activation::LeakyRelu => t(
            "small slope below 0 keeps units alive",
            "负半轴小斜率，避免神经元死亡",
        ),
        Activation::Prelu => t("the negative slope is learned", "负半轴斜率可学习"),
        Activation::Elu => t(
            "smooth exponential floor, mean near 0",
            "负半轴指数饱和，均值接近 0",
        ),
        Activation::Selu => t(
            "self-normalising; pair with LeCun init",
            "自归一化，配合 LeCun 初始化",
        ),
        Activation::Relu6 => t(
            "ReLU capped at 6 (MobileNet)",
            "上限为 6 的 ReLU（MobileNet）",
        ),
        Activation::Gelu => t(
            "x·Φ(x); the Transformer default",
            "x·Φ(x)，Transformer 常用",
        ),
        Activation::GeluTanh => t("tanh approximation of GELU", "GELU 的 tanh 近似"),
        Activation::Silu => t("x·σ(x): smooth, self-gated", "x·σ(x)：平滑的自门控"),
        Activation::Mish => t(
            "x·tanh(softplus(x)) (YOLOv4)",
            "x·tanh(softplus(x))（YOLOv4）",
        ),
        Activation::Softplus => t("smooth ReLU: ln(1 + eˣ)", "平滑版 ReLU：ln(1 + eˣ)"),
        Activation::Hardswish => t(
            "piecewise Swish (MobileNetV3)",
            "Swish 的分段近似（MobileNetV3）",
        ),
    }
}

/// The x-range of the seed's figures, (−6, 6).
pub const SEED_X_RANGE: (f64, f64) = (-6.0, 6.0);

/// The display name of `a` with its parameters, in the seed's style: "Leaky ReLU (a=0.01)",
/// "PReLU (a=0.25)", "ELU" (or "ELU (α=0.5)"), "GELU" / "GELU (tanh)". No commas (CSV-safe).
pub fn curve_name(a: Activation, p: &Params) -> String {
    let base = seed_style(a).label;
    match a {
        Activation::LeakyRelu => format!("Leaky ReLU (a={})", p.negative_slope),
        Activation::Prelu => format!("PReLU (a={})", p.weight),
        Activation::Elu if p.alpha != 1.0 => format!("ELU (α={})", p.alpha),
        Activation::Hardtanh if (p.min_val, p.max_val) != (-1.0, 1.0) => {
            format!("Hard Tanh ({}…{})", p.min_val, p.max_val)
        }
        Activation::Silu if p.beta != 1.0 => format!("Swish (β={})", p.beta),
        Activation::Softplus if p.beta != 1.0 => format!("Softplus (β={})", p.beta),
        Activation::Gelu if p.approximate == GeluApproximate::Tanh => {
            seed_style(Activation::GeluTanh).label.to_string()
        }
        _ => base.to_string(),
    }
}

/// The curve of f (or f′ when `derivative`) of `a`; `dashed` is f's style. f′ is drawn in the
/// same colour, dashed (dotted when f itself is dashed), a little thinner.
fn function_curve(
    a: Activation,
    p: &Params,
    derivative: bool,
    dashed: bool,
    width: f64,
    label: String,
) -> CurveSpec {
    let style = match (derivative, dashed) {
        (false, false) => LineStyle::Solid,
        (false, true) | (true, false) => LineStyle::Dashed,
        (true, true) => LineStyle::Dotted,
    };
    CurveSpec {
        label,
        name: curve_name(a, p),
        color: seed_style(a).color,
        style,
        width: if derivative { width * 0.8 } else { width },
        source: CurveSource::Function {
            activation: a,
            params: p.only_for(a),
            derivative,
        },
    }
}

fn base_spec(
    title: String,
    x_range: (f64, f64),
    deriv: bool,
    lang: Lang,
    theme: Theme,
) -> ChartSpec {
    ChartSpec {
        title,
        x_label: AXIS_X.get(lang).to_string(),
        y_label: if deriv { AXIS_Y_DERIV } else { AXIS_Y }
            .get(lang)
            .to_string(),
        x_range,
        y_range: YRange::Seed,
        curves: Vec::new(),
        legend: None,
        note: None,
        probe: None,
        scale: 1.0,
        theme,
    }
}

/// Adds f (and f′ when `deriv`) of each activation, labelled with its name, in the seed's
/// styles of the grouped figures.
fn add_named(spec: &mut ChartSpec, set: &[Activation], p: &Params, deriv: bool, width: f64) {
    for &a in set {
        let dashed = seed_style(a).dashed;
        let name = curve_name(a, p);
        spec.curves
            .push(function_curve(a, p, false, dashed, width, name.clone()));
        if deriv {
            spec.curves.push(function_curve(
                a,
                p,
                true,
                dashed,
                width,
                format!("{name} f′"),
            ));
        }
    }
}

/// The seed's fixed (−3, 7) on its own x-range, the seed's automatic range elsewhere.
fn shared_y_range(x_range: (f64, f64)) -> YRange {
    if x_range == SEED_X_RANGE {
        YRange::Fixed(-3.0, 7.0)
    } else {
        YRange::Seed
    }
}

/// One card of the gallery (the seed's 4×4 grid): f solid in the seed's colour, f′ dashed when
/// `deriv` (then a legend "f(x)", "f′(x)"), the seed's automatic y-range, the card's note.
/// GELU follows `p.approximate` (erf or tanh form).
pub fn gallery_card(
    a: Activation,
    p: &Params,
    x_range: (f64, f64),
    deriv: bool,
    lang: Lang,
    theme: Theme,
) -> ChartSpec {
    let mut spec = base_spec(curve_name(a, p), x_range, deriv, lang, theme);
    let note_of = if a == Activation::Gelu && p.approximate == GeluApproximate::Tanh {
        Activation::GeluTanh
    } else {
        a
    };
    spec.note = Some(card_note(note_of).get(lang).to_string());
    spec.curves
        .push(function_curve(a, p, false, false, 2.25, "f(x)".into()));
    if deriv {
        spec.curves
            .push(function_curve(a, p, true, false, 2.25, "f′(x)".into()));
        spec.legend = Some(LegendPos::Auto);
    }
    spec
}

/// One panel of the seed's grouped figure: the category's seed activations (5 / 6 / 5; GELU
/// as `p.approximate` says) with the seed's solid/dashed styles and a legend; y fixed to the
/// seed's (−3, 7) on the seed's x-range.
pub fn group_panel(
    category: Category,
    p: &Params,
    x_range: (f64, f64),
    deriv: bool,
    lang: Lang,
    theme: Theme,
) -> ChartSpec {
    let set: Vec<Activation> = Activation::SEED
        .into_iter()
        .filter(|a| seed_style(*a).category == category)
        .collect();
    let mut spec = base_spec(
        group_title(category).get(lang).to_string(),
        x_range,
        deriv,
        lang,
        theme,
    );
    add_named(&mut spec, &set, p, deriv, 2.0);
    spec.y_range = shared_y_range(x_range);
    spec.legend = Some(LegendPos::Auto);
    spec
}

/// All activations of `set` on one chart (the seed's overlay when `set` is
/// [`Activation::SEED`]), each in its seed colour and style, with a legend.
pub fn overlay(
    set: &[Activation],
    p: &Params,
    x_range: (f64, f64),
    deriv: bool,
    lang: Lang,
    theme: Theme,
) -> ChartSpec {
    let title = if set == Activation::SEED.as_slice() || set == Activation::ALL.as_slice() {
        TITLE_ALL
    } else {
        TITLE_SELECTED
    };
    let mut spec = base_spec(title.get(lang).to_string(), x_range, deriv, lang, theme);
    add_named(&mut spec, set, p, deriv, 1.8);
    spec.y_range = shared_y_range(x_range);
    spec.legend = (spec.curves.len() > 1).then_some(LegendPos::Auto);
    spec
}

/// The large chart of one activation: f, and f′ when `deriv`. For GELU (either form) both the
/// exact erf form (solid) and the tanh form (dashed) are drawn, with a legend.
pub fn detail(
    a: Activation,
    p: &Params,
    x_range: (f64, f64),
    deriv: bool,
    lang: Lang,
    theme: Theme,
) -> ChartSpec {
    if matches!(a, Activation::Gelu | Activation::GeluTanh) {
        let exact = Params {
            approximate: GeluApproximate::None,
            ..*p
        };
        let mut spec = base_spec("GELU".into(), x_range, deriv, lang, theme);
        add_named(&mut spec, &[Activation::Gelu], &exact, deriv, 2.5);
        add_named(&mut spec, &[Activation::GeluTanh], &exact, deriv, 2.5);
        spec.legend = Some(LegendPos::Auto);
        return spec;
    }
    let mut spec = base_spec(curve_name(a, p), x_range, deriv, lang, theme);
    spec.curves
        .push(function_curve(a, p, false, false, 2.5, "f(x)".into()));
    if deriv {
        spec.curves
            .push(function_curve(a, p, true, false, 2.5, "f′(x)".into()));
        spec.legend = Some(LegendPos::Auto);
    }
    spec
}

/// GELU's exact (erf) form minus its tanh approximation over `x_range` (at most about
/// 4.7e-4 in size), with a tight automatic y-range so the difference is visible.
pub fn gelu_difference(x_range: (f64, f64), lang: Lang, theme: Theme) -> ChartSpec {
    let mut spec = base_spec(
        TITLE_GELU_DIFF.get(lang).to_string(),
        x_range,
        false,
        lang,
        theme,
    );
    spec.y_label = AXIS_Y_DIFF.get(lang).to_string();
    spec.y_range = YRange::Tight;
    spec.curves.push(CurveSpec {
        label: "erf − tanh".into(),
        name: "GELU erf - tanh".into(),
        color: seed_style(Activation::Gelu).color,
        style: LineStyle::Solid,
        width: 2.0,
        source: CurveSource::GeluDifference,
    });
    spec
}
