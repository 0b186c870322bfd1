//! The app's charts as pure functions returning a [`ChartSpec`]: a gallery card, a group
//! panel, the overlay, the detail chart and GELU's erf − tanh difference. Colours, dash styles
//! and names follow the seed's script ([`seed_style`]).

use crate::catalog::{Category, seed_style};
use crate::lang::{Text, t};
use crate::math::{Activation, GatedUnit, GeluApproximate, Param, Params};

use super::DEFAULT_X_RANGE;
use super::heatmap::Heatmap;
use super::spec::{ChartOpts, ChartSpec, CurveSource, CurveSpec, LegendPos, LineStyle, YRange};

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
        Category::Shrinkage | Category::Periodic | Category::Gated => {
            crate::catalog::category_name(c)
        }
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
        Activation::Celu => t("ELU made C¹ for every α", "对任意 α 都一阶连续的 ELU"),
        Activation::Rrelu => t(
            "random slope in training (band), mean in eval",
            "训练时斜率随机（阴影），推理取均值",
        ),
        Activation::Logsigmoid => t("ln σ(x) = −softplus(−x)", "ln σ(x)：翻转的 softplus"),
        Activation::Hardshrink => t("0 on [−λ, λ], x outside", "[−λ, λ] 上为 0，其外为 x"),
        Activation::Softshrink => t("moves x towards 0 by λ", "把 x 向零移动 λ"),
        Activation::Tanhshrink => t("x − tanh x: flat near 0", "x − tanh x：零附近平坦"),
        Activation::Threshold => t(
            "x above the threshold, else value",
            "高于阈值取 x，否则取 value",
        ),
        Activation::SquaredRelu => t("relu(x)² (Primer)", "relu(x)²（Primer）"),
        Activation::QuickGelu => t("x·σ(1.702x) (CLIP)", "x·σ(1.702x)（CLIP）"),
        Activation::Snake => t("x + sin²(αx)/α (BigVGAN)", "x + sin²(αx)/α（BigVGAN）"),
    }
}

/// The display name of `a` with its parameters, each under its table symbol: "Leaky ReLU
/// (α=0.01)" and "PReLU (a=0.25)" always (the seed's labels show their slopes), other
/// parameters only when they differ from the default ("ELU (α=0.5)", "Swish (β=2)",
/// "Hardshrink (λ=1)"); "GELU (tanh)" for GELU's tanh form. No commas (CSV-safe).
pub fn curve_name(a: Activation, p: &Params) -> String {
    if a == Activation::Gelu && p.approximate == GeluApproximate::Tanh {
        return seed_style(Activation::GeluTanh).label.to_string();
    }
    let always = matches!(a, Activation::LeakyRelu | Activation::Prelu);
    let shown: Vec<String> = a
        .params()
        .iter()
        .filter(|&&q| always || !p.is_default(q))
        .map(|&q| format!("{}={}", q.info().symbol, p[q]))
        .collect();
    let base = match a {
        Activation::Silu if !p.is_default(Param::Beta) => "Swish",
        _ => seed_style(a).label,
    };
    if shown.is_empty() {
        base.to_string()
    } else {
        format!("{base} ({})", shown.join("; "))
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

fn base_spec(title: String, o: &ChartOpts) -> ChartSpec {
    ChartSpec {
        title,
        x_label: AXIS_X.get(o.lang).to_string(),
        y_label: if o.deriv { AXIS_Y_DERIV } else { AXIS_Y }
            .get(o.lang)
            .to_string(),
        x_range: o.x_range,
        y_range: YRange::Seed,
        curves: Vec::new(),
        legend: None,
        note: None,
        probe: None,
        band: None,
        heatmap: None,
        scale: 1.0,
        theme: o.theme,
    }
}

/// The legend texts of RReLU's band edges.
pub const RRELU_LOWER: Text = t("training, lower·x", "训练时 lower·x");
/// See [`RRELU_LOWER`].
pub const RRELU_UPPER: Text = t("training, upper·x", "训练时 upper·x");

/// For RReLU: the two edges of its band of training-mode slopes, lower·x and upper·x on x ≤ 0
/// (thin, dotted, in RReLU's colour), and the band between them; a legend. Other activations
/// are left as they are.
fn add_rrelu_band(spec: &mut ChartSpec, a: Activation, o: &ChartOpts) {
    if a != Activation::Rrelu {
        return;
    }
    let first = spec.curves.len();
    for (param, label) in [(Param::Lower, RRELU_LOWER), (Param::Upper, RRELU_UPPER)] {
        let slope = o.params[param];
        spec.curves.push(CurveSpec {
            label: label.get(o.lang).to_string(),
            name: format!("RReLU {}·x", param.key()),
            color: seed_style(a).color,
            style: LineStyle::Dotted,
            width: 1.2,
            source: CurveSource::HalfLine { slope },
        });
    }
    spec.band = Some((first, first + 1));
    spec.legend = Some(LegendPos::Auto);
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
    if x_range == DEFAULT_X_RANGE {
        YRange::Fixed(-3.0, 7.0)
    } else {
        YRange::Seed
    }
}

/// One card of the gallery (the seed's 4×4 grid): f solid in the seed's colour, f′ dashed when
/// `deriv` (then a legend "f(x)", "f′(x)"), the seed's automatic y-range, the card's note.
/// GELU follows `approximate` (erf or tanh form).
pub fn gallery_card(a: Activation, o: &ChartOpts) -> ChartSpec {
    let p = &o.params;
    let mut spec = base_spec(curve_name(a, p), o);
    let note_of = if a == Activation::Gelu && p.approximate == GeluApproximate::Tanh {
        Activation::GeluTanh
    } else {
        a
    };
    spec.note = Some(card_note(note_of).get(o.lang).to_string());
    spec.curves
        .push(function_curve(a, p, false, false, 2.25, "f(x)".into()));
    if o.deriv {
        spec.curves
            .push(function_curve(a, p, true, false, 2.25, "f′(x)".into()));
        spec.legend = Some(LegendPos::Auto);
    }
    add_rrelu_band(&mut spec, a, o);
    spec
}

/// One panel of the seed's grouped figure: the category's seed activations (5 / 6 / 5; GELU
/// as `approximate` says) with the seed's solid/dashed styles and a legend; y fixed to the
/// seed's (−3, 7) on the seed's x-range.
pub fn group_panel(category: Category, o: &ChartOpts) -> ChartSpec {
    let set: Vec<Activation> = category.seed_members().collect();
    let mut spec = base_spec(group_title(category).get(o.lang).to_string(), o);
    add_named(&mut spec, &set, &o.params, o.deriv, 2.0);
    spec.y_range = shared_y_range(o.x_range);
    spec.legend = Some(LegendPos::Auto);
    spec
}

/// All activations of `set` on one chart (the seed's overlay when `set` is
/// [`Activation::SEED`]), each in its seed colour and style, with a legend.
pub fn overlay(set: &[Activation], o: &ChartOpts) -> ChartSpec {
    let title = if set == Activation::SEED.as_slice() || set == Activation::ALL.as_slice() {
        TITLE_ALL
    } else {
        TITLE_SELECTED
    };
    let mut spec = base_spec(title.get(o.lang).to_string(), o);
    add_named(&mut spec, set, &o.params, o.deriv, 1.8);
    spec.y_range = shared_y_range(o.x_range);
    spec.legend = (spec.curves.len() > 1).then_some(LegendPos::Auto);
    spec
}

/// The large chart of one activation: f, and f′ when `deriv`. For GELU (either form) both the
/// exact erf form (solid) and the tanh form (dashed) are drawn, with a legend.
pub fn detail(a: Activation, o: &ChartOpts) -> ChartSpec {
    let p = &o.params;
    if matches!(a, Activation::Gelu | Activation::GeluTanh) {
        let exact = p.with_approximate(GeluApproximate::None);
        let mut spec = base_spec("GELU".into(), o);
        add_named(&mut spec, &[Activation::Gelu], &exact, o.deriv, 2.5);
        add_named(&mut spec, &[Activation::GeluTanh], &exact, o.deriv, 2.5);
        spec.legend = Some(LegendPos::Auto);
        return spec;
    }
    let mut spec = base_spec(curve_name(a, p), o);
    spec.curves
        .push(function_curve(a, p, false, false, 2.5, "f(x)".into()));
    if o.deriv {
        spec.curves
            .push(function_curve(a, p, true, false, 2.5, "f′(x)".into()));
        spec.legend = Some(LegendPos::Auto);
    }
    add_rrelu_band(&mut spec, a, o);
    spec
}

/// The caption of a gated unit's colour scale and the title of its heat map: `a·σ(b)`.
pub fn gated_label(u: GatedUnit) -> String {
    let g = match u {
        GatedUnit::Glu => "σ(b)",
        GatedUnit::Reglu => "relu(b)",
        GatedUnit::Geglu => "GELU(b)",
        GatedUnit::Swiglu => "SiLU(b)",
    };
    format!("a·{g}")
}

/// The heat map's title.
pub const TITLE_HEATMAP: Text = t("output f(a, b)", "输出 f(a, b)");
/// The gate chart's title.
pub const TITLE_GATE: Text = t("the gate g(b)", "门 g(b)");

/// The heat map of `u` over a (x-axis) and b (y-axis), both on the options' x-range, with
/// `cells` cells along a. Derivatives are not drawn.
pub fn gated_heatmap(u: GatedUnit, o: &ChartOpts, cells: usize) -> ChartSpec {
    let label = gated_label(u);
    let mut spec = base_spec(
        format!(
            "{}: {} = {label}",
            crate::catalog::gated_entry(u).name.get(o.lang),
            TITLE_HEATMAP.get(o.lang)
        ),
        o,
    );
    spec.x_label = "a".into();
    spec.y_label = "b".into();
    spec.y_range = YRange::Fixed(o.x_range.0, o.x_range.1);
    spec.heatmap = Some(Heatmap {
        unit: u,
        cells,
        label,
    });
    spec
}

/// The gate g(b) of `u` (and g′ when derivatives are on), at its PyTorch defaults, on the
/// options' x-range.
pub fn gate_curve(u: GatedUnit, o: &ChartOpts) -> ChartSpec {
    let g = u.gate();
    let p = Params::default();
    let mut spec = base_spec(
        format!(
            "{}: {}",
            crate::catalog::gated_entry(u).name.get(o.lang),
            TITLE_GATE.get(o.lang)
        ),
        o,
    );
    spec.x_label = "b".into();
    spec.y_label = if o.deriv { "g(b), g′(b)" } else { "g(b)" }.into();
    spec.curves
        .push(function_curve(g, &p, false, false, 2.5, "g(b)".into()));
    if o.deriv {
        spec.curves
            .push(function_curve(g, &p, true, false, 2.5, "g′(b)".into()));
        spec.legend = Some(LegendPos::Auto);
    }
    spec
}

/// GELU's exact (erf) form minus its tanh approximation over the x-range (at most about
/// 4.7e-4 in size), with a tight automatic y-range so the difference is visible. Derivatives
/// are not drawn.
pub fn gelu_difference(o: &ChartOpts) -> ChartSpec {
    let o = ChartOpts {
        deriv: false,
        ..o.clone()
    };
    let mut spec = base_spec(TITLE_GELU_DIFF.get(o.lang).to_string(), &o);
    spec.y_label = AXIS_Y_DIFF.get(o.lang).to_string();
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
