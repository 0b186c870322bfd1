//! The facts of each activation in English and Chinese: names, formulas (MathML), ranges,
//! traits, pros, cons, uses, APIs, initialisation, computed statistics.
//!
//! Every text is a [`Text`], so a missing translation does not compile. Numbers that can be
//! computed from the functions (moments under a normal input, minima) are computed, in [`stats`]
//! and [`minimum`], never typed in.
//!
//! ```
//! use activation_explorer::catalog::{entry, stats};
//! use activation_explorer::lang::Lang;
//! use activation_explorer::math::Activation;
//!
//! let e = entry(Activation::Relu);
//! assert_eq!(e.pytorch.module, Some("nn.ReLU()"));
//! assert!(e.details().init.gain.unwrap().value() > 1.41);
//! assert!((stats(Activation::Relu).second_moment - 0.5).abs() < 1e-12);
//! println!("{}", e.details().pros.get(Lang::Zh));
//! ```

mod at_params;
mod collection;
mod compare;
mod cost;
mod entries;
mod gated;
mod mathml;
mod overview;
mod seed;
mod stats;

pub use at_params::{
    at_defaults, described, gain_at, minimum_at, pytorch_at, range_at, shown_stat, stats_at,
};
pub use collection::Collection;
pub use compare::{
    Bounded, Centred, Column, Comparison, Direction, End, Sort, Subject, comparison,
    gated_comparison, grid_number, sort_rows,
};
pub use cost::{Special, gated_special_functions, special_functions};
pub use gated::{GatedEntry, SPLIT_SNIPPET, gated_entry};
pub use overview::{
    GATED_RANGE, GRID_COLUMNS, OverviewLabels, OverviewQuery, card_id, overview_rows_html,
};
pub use seed::{Category, SeedStyle, seed_style};

impl Entry {
    /// Its group in the seed.
    pub fn category(&self) -> Category {
        seed_style(self.activation).category
    }
}
pub use stats::{Stats, kinks, minimum, normal_expectation, stats};

use crate::lang::{Text, t};
use crate::math::{Activation, Param, Params};

/// One end of an activation's output range (at PyTorch's default parameters).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    /// No bound: −∞ for the lower end, +∞ for the upper end.
    Unbounded,
    /// Approached but never reached (e.g. 0 and 1 for sigmoid).
    Open(f64),
    /// Reached (e.g. 0 and 6 for ReLU6).
    Closed(f64),
    /// Reached at the global minimum that [`minimum`] computes (GELU, SiLU, Mish, Hard Swish).
    Minimum,
}

/// How PyTorch spells the activation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyTorchApi {
    /// The module, with its defaults written out where they matter, e.g.
    /// `nn.GELU(approximate='tanh')`; `None` where PyTorch has none (Squared ReLU, QuickGELU,
    /// Snake): then [`PyTorchApi::functional`] is the expression to write instead.
    pub module: Option<&'static str>,
    /// The functional form, e.g. `F.gelu(x, approximate='tanh')` (`F` = `torch.nn.functional`),
    /// or the PyTorch expression of a function PyTorch lacks.
    pub functional: &'static str,
}

impl PyTorchApi {
    /// Whether PyTorch has the function itself (a module and a functional form).
    pub const fn native(&self) -> bool {
        self.module.is_some()
    }
}

/// The gain `torch.nn.init.calculate_gain(nonlinearity, param)` returns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gain {
    /// The `nonlinearity` argument, e.g. `"leaky_relu"`.
    pub nonlinearity: &'static str,
    /// The `param` argument (leaky_relu's negative slope), if any.
    pub param: Option<f64>,
}

impl Gain {
    /// The gain's value, computed as PyTorch computes it.
    pub fn value(&self) -> f64 {
        calculate_gain(self.nonlinearity, self.param)
            .expect("every catalogued gain names a nonlinearity PyTorch knows")
    }

    /// The Python call, e.g. `torch.nn.init.calculate_gain('leaky_relu', 0.01)`.
    pub fn call(&self) -> String {
        match self.param {
            Some(p) => format!("torch.nn.init.calculate_gain('{}', {p})", self.nonlinearity),
            None => format!("torch.nn.init.calculate_gain('{}')", self.nonlinearity),
        }
    }
}

/// `torch.nn.init.calculate_gain`: 1 for `linear`, the conv/transpose-conv names and `sigmoid`;
/// 5/3 for `tanh`; √2 for `relu`; √(2 / (1 + slope²)) for `leaky_relu` (slope defaults to 0.01);
/// 3/4 for `selu`; `param` is ignored by the others, as in PyTorch. `None` where PyTorch raises
/// an error (an unknown name, or a non-finite slope).
pub fn calculate_gain(nonlinearity: &str, param: Option<f64>) -> Option<f64> {
    const UNIT: [&str; 8] = [
        "linear",
        "conv1d",
        "conv2d",
        "conv3d",
        "conv_transpose1d",
        "conv_transpose2d",
        "conv_transpose3d",
        "sigmoid",
    ];
    match nonlinearity {
        "leaky_relu" => {
            let slope = param.unwrap_or(0.01);
            slope
                .is_finite()
                .then(|| (2.0 / (1.0 + slope * slope)).sqrt())
        }
        n if UNIT.contains(&n) => Some(1.0),
        "tanh" => Some(5.0 / 3.0),
        "relu" => Some(2f64.sqrt()),
        "selu" => Some(0.75),
        _ => None,
    }
}

/// The weight initialisation an activation pairs with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Init {
    /// The scheme (He / LeCun / Xavier) and why, in both languages.
    pub scheme: Text,
    /// The gain PyTorch's `calculate_gain` gives for it; `None` where PyTorch has no entry.
    pub gain: Option<Gain>,
}

/// What the app shows about one activation everywhere, the first view included (its prose is
/// in [`Details`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry {
    /// Which activation.
    pub activation: Activation,
    /// Its display name.
    pub name: Text,
    /// The exact output range as text, with the minimum and where it is reached if there is one.
    pub range: Text,
    /// The output range as data: (lower end, upper end).
    pub bounds: (Bound, Bound),
    /// Non-decreasing over all of ℝ.
    pub monotonic: bool,
    /// Continuously differentiable everywhere (f′ has no jump).
    pub smooth: bool,
    /// How PyTorch spells it.
    pub pytorch: PyTorchApi,
    /// Its row number (1–16) in the seed's overview table; `None` for GELU's tanh form and the
    /// additions.
    pub seed_row: Option<u8>,
    /// Well-known large models that use it (names, the same in both languages); empty for
    /// most. It puts the activation in [`Collection::Models`].
    pub models: &'static [&'static str],
}

/// The prose and formulas of one activation: what the table, the detail view and the lab show.
/// A static of its own, apart from [`Entry`], so that a wasm that never asks for it (the first
/// view's: the guide and the gallery) does not carry its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Details {
    /// Which activation.
    pub activation: Activation,
    /// f(x) as a presentation MathML template (`<math display="block">…</math>`) with `@key@`
    /// where a parameter's value goes: see [`formula`].
    pub formula: &'static str,
    /// f′(x) as a MathML template, following PyTorch's backward at kinks: see
    /// [`derivative_formula`].
    pub derivative_formula: &'static str,
    /// Its defining traits.
    pub traits: Text,
    /// Advantages.
    pub pros: Text,
    /// Drawbacks.
    pub cons: Text,
    /// Where to use it.
    pub uses: Text,
    /// Where JAX, Keras or TensorFlow define the same name differently (or the same).
    pub other_frameworks: Text,
    /// The initialisation it pairs with.
    pub init: Init,
    /// Where the seed's table is wrong or ambiguous about it, and what is right.
    pub seed_correction: Option<Text>,
}

/// The catalogue entry of `a`.
pub fn entry(a: Activation) -> &'static Entry {
    entries::ENTRIES
        .iter()
        .find(|e| e.activation == a)
        .expect("every activation has an entry")
}

impl Entry {
    /// This activation's prose and formulas ([`details`]).
    pub fn details(&self) -> &'static Details {
        details(self.activation)
    }
}

/// The prose and formulas of `a`.
pub fn details(a: Activation) -> &'static Details {
    entries::DETAILS
        .iter()
        .find(|d| d.activation == a)
        .expect("every activation has its details")
}

/// A parameter's value as a formula shows it: the shortest decimal that reads back as `v` when
/// it has at most 8 characters (0.125, 1e-5), else 6 significant digits (1/3 → 0.333333), so a
/// formula stays narrow; a minus sign U+2212 for negative values.
pub fn formula_number(v: f64) -> String {
    let v = v + 0.0;
    let short = format!("{}", v.abs());
    let text = if short.len() <= 8 {
        short
    } else {
        let digits = (5 - v.abs().log10().floor() as i32).clamp(0, 12) as usize;
        let s = format!("{:.*}", digits, v.abs());
        let s = if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        };
        if s.len() <= 8 {
            s
        } else {
            format!("{:.5e}", v.abs())
        }
    };
    if v < 0.0 { format!("−{text}") } else { text }
}

/// Fills a formula template with the values of `p` ([`formula_number`]).
fn fill(template: &str, p: &Params) -> String {
    let mut out = template.to_string();
    for q in Param::ALL {
        let marker = format!("@{}@", q.key());
        if out.contains(&marker) {
            let text = formula_number(p[q]);
            out = out.replace(&marker, &text);
        }
    }
    out
}

/// f(x) of `a` as presentation MathML, with the values of `p` in place of its parameters.
pub fn formula(a: Activation, p: &Params) -> String {
    fill(details(a).formula, p)
}

/// f′(x) of `a` as presentation MathML, with the values of `p` in place of its parameters.
pub fn derivative_formula(a: Activation, p: &Params) -> String {
    fill(details(a).derivative_formula, p)
}

/// All entries, in [`Activation::ALL`] order.
pub fn entries() -> impl Iterator<Item = &'static Entry> {
    Activation::ALL.into_iter().map(entry)
}

/// The display name of a category.
pub const fn category_name(c: Category) -> Text {
    match c {
        Category::Saturating => t("Saturating", "饱和型"),
        Category::ReluFamily => t("ReLU family", "ReLU 及其变体"),
        Category::Smooth => t("Smooth and self-gated", "现代平滑 / 自门控"),
        Category::Shrinkage => t("Shrinkage", "收缩型"),
        Category::Periodic => t("Periodic", "周期型"),
        Category::Gated => t("Gated linear units", "门控线性单元"),
    }
}

/// What a category is and when to reach for its members (the seed's selection guide for the
/// seed's three; the added categories' own summaries, also used by the category guide).
pub const fn category_summary(c: Category) -> Text {
    match c {
        Category::Saturating => t(
            "Squashing curves with a bounded output. Sigmoid, Tanh and Softsign suit probability-like \
             or symmetric outputs and shallow networks; their gradients vanish in the flat tails, so \
             keep them out of the hidden layers of deep networks. Hard Sigmoid and Hard Tanh are their \
             piecewise-linear stand-ins when inference must be fast (mobile, embedded). Bounded outputs \
             make good final layers but limit what hidden features can express.",
            "输出有界的“压缩”曲线。Sigmoid、Tanh、Softsign 适合需要概率式或对称输出的场合以及浅层网络；\
             它们在两端平坦区梯度消失，因此不要用在深层网络的隐藏层。Hard Sigmoid 与 Hard Tanh 是它们的\
             分段线性替身，用于需要快速推理的场合（移动端、嵌入式）。有界输出适合做最后一层，\
             但会限制隐藏特征的表达能力。",
        ),
        Category::ReluFamily => t(
            "Identity for positive inputs, something cheap for negative ones. ReLU is the simple, fast \
             default for deep CNNs. If many units die (stay at zero), switch to Leaky ReLU, or try \
             PReLU when data is plentiful. SELU (with LeCun initialisation) when you want \
             self-normalisation; ELU for moderately deep networks. Robustness to noise comes from \
             the negative part that saturates (at −α), which ELU and SELU share. ReLU6 for \
             quantised or mobile deployment. The family usually pairs with He initialisation.",
            "正区间恒等、负区间做简单处理。ReLU 简单高效，是深度 CNN 的默认首选。若大量神经元“死亡”\
             （输出恒为零），改用 Leaky ReLU；数据充足时可尝试 PReLU。需要自归一化时选 SELU\
             （须配合 LeCun 初始化）；ELU 适合中等深度的网络。抗噪声能力来自负区间的饱和（趋于 −α），\
             这是 ELU 与 SELU 共有的。量化模型或移动端部署推荐 ReLU6。这一族通常配合 He 初始化。",
        ),
        Category::Smooth => t(
            "Smooth curves, most of them self-gated (x times a gate of x), with a small negative dip. \
             GELU is the standard in Transformers and the first choice for NLP. SiLU/Swish often beats \
             ReLU in large CNNs such as EfficientNet and is built into PyTorch. Mish is worth a try when \
             accuracy is all that counts, notably in object detection, at a higher compute cost. Hard \
             Swish is the practical mobile replacement for Swish. Softplus gives a smooth, strictly \
             positive output, e.g. for predicting a variance.",
            "光滑曲线，多数为自门控形式（x 乘以一个关于 x 的门），在负区间有一个小的下凹。GELU 是 \
             Transformer 的标配，NLP 任务优先选择。SiLU/Swish 在大型 CNN（如 EfficientNet）中常优于 \
             ReLU，且 PyTorch 原生支持。追求极致精度时可尝试 Mish，尤其在目标检测中表现突出，但计算\
             代价较高。Hard Swish 是移动端替代 Swish 的实用选择。Softplus 输出光滑且严格为正，\
             适合如预测方差的回归任务。",
        ),
        Category::Shrinkage => t(
            "Functions that pull small inputs to zero or towards it: Hardshrink zeroes [−λ, λ] \
             (hard thresholding), Softshrink also moves everything else λ closer to zero (soft \
             thresholding, the L1 proximal step of ISTA and LASSO), Tanhshrink is a smooth version \
             that is nearly flat around 0. They serve sparse coding and denoising more than hidden \
             layers.",
            "把小输入压到零或拉向零的函数：Hardshrink 把 [−λ, λ] 置零（硬阈值），Softshrink 还把其余值\
             向零移动 λ（软阈值，即 ISTA 与 LASSO 中 L1 的近端步骤），Tanhshrink 是其平滑版本，\
             在 0 附近几乎平坦。它们更多用于稀疏编码与去噪，而不是隐藏层。",
        ),
        Category::Periodic => t(
            "Identity plus a periodic ripple: Snake, x + sin²(αx)/α, lets a network learn and \
             extrapolate periodic signals, which ReLU and tanh networks cannot; BigVGAN and other \
             audio models use it.",
            "恒等映射加上周期性波动：Snake，即 x + sin²(αx)/α，让网络能够学习并外推周期信号，\
             而 ReLU 与 tanh 网络做不到；BigVGAN 等音频模型使用它。",
        ),
        Category::Gated => t(
            "Two inputs a and b (two projections of the same vector) and a gate: a·g(b). The \
             feed-forward blocks of most recent large language models use one: SwiGLU (LLaMA, \
             PaLM, Mistral, Qwen) or GeGLU (Gemma, T5 v1.1).",
            "两个输入 a 与 b（同一向量的两个投影）加一个门：a·g(b)。近年多数大语言模型的前馈层都用\
             其中之一：SwiGLU（LLaMA、PaLM、Mistral、Qwen）或 GeGLU（Gemma、T5 v1.1）。",
        ),
    }
}
