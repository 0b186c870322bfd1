//! The catalogue's data: one [`Entry`] per activation, in [`Activation::ALL`] order.

use super::mathml as m;
use super::{Bound, Details, Entry, Gain, Init, PyTorchApi};
use crate::lang::t;
use crate::math::{Activation, SELU_ALPHA, SELU_SCALE};

/// SELU's λ·α: the magnitude of its lower bound.
const SELU_LAMBDA_ALPHA: f64 = SELU_SCALE * SELU_ALPHA;

const fn api(module: &'static str, functional: &'static str) -> PyTorchApi {
    PyTorchApi {
        module: Some(module),
        functional,
    }
}

/// A function PyTorch lacks, written as a PyTorch expression.
const fn expr(functional: &'static str) -> PyTorchApi {
    PyTorchApi {
        module: None,
        functional,
    }
}

const fn gain(nonlinearity: &'static str, param: Option<f64>) -> Option<Gain> {
    Some(Gain {
        nonlinearity,
        param,
    })
}

/// The entries, in [`Activation::ALL`] order.
pub(super) static ENTRIES: [Entry; 27] = [
    Entry {
        activation: Activation::Sigmoid,
        name: t("Sigmoid", "Sigmoid"),
        range: t("(0, 1)", "(0, 1)"),
        bounds: (Bound::Open(0.0), Bound::Open(1.0)),
        monotonic: true,
        smooth: true,
        pytorch: api("nn.Sigmoid()", "torch.sigmoid(x)"),
        seed_row: Some(1),
        models: &[],
    },
    Entry {
        activation: Activation::Tanh,
        name: t("Tanh", "Tanh"),
        range: t("(−1, 1)", "(−1, 1)"),
        bounds: (Bound::Open(-1.0), Bound::Open(1.0)),
        monotonic: true,
        smooth: true,
        pytorch: api("nn.Tanh()", "torch.tanh(x)"),
        seed_row: Some(2),
        models: &[],
    },
    Entry {
        activation: Activation::Hardsigmoid,
        name: t("Hard Sigmoid", "Hard Sigmoid"),
        range: t("[0, 1]", "[0, 1]"),
        bounds: (Bound::Closed(0.0), Bound::Closed(1.0)),
        monotonic: true,
        smooth: false,
        pytorch: api("nn.Hardsigmoid()", "F.hardsigmoid(x)"),
        seed_row: Some(3),
        models: &[],
    },
    Entry {
        activation: Activation::Hardtanh,
        name: t("Hard Tanh", "Hard Tanh"),
        range: t("[−1, 1]", "[−1, 1]"),
        bounds: (Bound::Closed(-1.0), Bound::Closed(1.0)),
        monotonic: true,
        smooth: false,
        pytorch: api(
            "nn.Hardtanh(min_val=@min_val@, max_val=@max_val@)",
            "F.hardtanh(x, min_val=@min_val@, max_val=@max_val@)",
        ),
        seed_row: Some(4),
        models: &[],
    },
    Entry {
        activation: Activation::Softsign,
        name: t("Softsign", "Softsign"),
        range: t("(−1, 1)", "(−1, 1)"),
        bounds: (Bound::Open(-1.0), Bound::Open(1.0)),
        monotonic: true,
        smooth: true,
        pytorch: api("nn.Softsign()", "F.softsign(x)"),
        seed_row: Some(5),
        models: &[],
    },
    Entry {
        activation: Activation::Relu,
        name: t("ReLU", "ReLU"),
        range: t("[0, ∞)", "[0, +∞)"),
        bounds: (Bound::Closed(0.0), Bound::Unbounded),
        monotonic: true,
        smooth: false,
        pytorch: api("nn.ReLU()", "F.relu(x)"),
        seed_row: Some(6),
        models: &["T5", "OPT"],
    },
    Entry {
        activation: Activation::LeakyRelu,
        name: t("Leaky ReLU", "Leaky ReLU"),
        range: t("(−∞, ∞)", "(−∞, +∞)"),
        bounds: (Bound::Unbounded, Bound::Unbounded),
        monotonic: true,
        smooth: false,
        pytorch: api(
            "nn.LeakyReLU(negative_slope=@negative_slope@)",
            "F.leaky_relu(x, negative_slope=@negative_slope@)",
        ),
        seed_row: Some(7),
        models: &[],
    },
    Entry {
        activation: Activation::Prelu,
        name: t("PReLU", "PReLU"),
        range: t(
            "(−∞, ∞) for a slope a > 0 (a = 0.25 initially)",
            "(−∞, +∞)（斜率 a > 0 时；初始 a = 0.25）",
        ),
        bounds: (Bound::Unbounded, Bound::Unbounded),
        monotonic: true,
        smooth: false,
        pytorch: api(
            "nn.PReLU(num_parameters=1, init=@weight@)",
            "F.prelu(x, torch.tensor([@weight@]))",
        ),
        seed_row: Some(8),
        models: &[],
    },
    Entry {
        activation: Activation::Elu,
        name: t("ELU", "ELU"),
        range: t(
            "(−α, ∞) = (−1, ∞) for α = 1",
            "(−α, +∞)，α = 1 时为 (−1, +∞)",
        ),
        bounds: (Bound::Open(-1.0), Bound::Unbounded),
        monotonic: true,
        smooth: true,
        pytorch: api("nn.ELU(alpha=@alpha@)", "F.elu(x, alpha=@alpha@)"),
        seed_row: Some(9),
        models: &[],
    },
    Entry {
        activation: Activation::Selu,
        name: t("SELU", "SELU"),
        range: t("(−λα, ∞) ≈ (−1.7581, ∞)", "(−λα, +∞) ≈ (−1.7581, +∞)"),
        bounds: (Bound::Open(-SELU_LAMBDA_ALPHA), Bound::Unbounded),
        monotonic: true,
        smooth: false,
        pytorch: api("nn.SELU()", "F.selu(x)"),
        seed_row: Some(10),
        models: &[],
    },
    Entry {
        activation: Activation::Relu6,
        name: t("ReLU6", "ReLU6"),
        range: t("[0, 6]", "[0, 6]"),
        bounds: (Bound::Closed(0.0), Bound::Closed(6.0)),
        monotonic: true,
        smooth: false,
        pytorch: api("nn.ReLU6()", "F.relu6(x)"),
        seed_row: Some(11),
        models: &[],
    },
    Entry {
        activation: Activation::Gelu,
        name: t("GELU", "GELU"),
        range: t(
            "[−0.16997…, ∞): minimum ≈ −0.16997 at x ≈ −0.7518",
            "[−0.16997…, +∞)：最小值 ≈ −0.16997，位于 x ≈ −0.7518",
        ),
        bounds: (Bound::Minimum, Bound::Unbounded),
        monotonic: false,
        smooth: true,
        pytorch: api("nn.GELU()", "F.gelu(x)"),
        seed_row: Some(12),
        models: &["RoBERTa", "ViT", "Whisper"],
    },
    Entry {
        activation: Activation::GeluTanh,
        name: t("GELU (tanh approximation)", "GELU（tanh 近似）"),
        range: t(
            "[−0.17004…, ∞): minimum ≈ −0.17004 at x ≈ −0.7525",
            "[−0.17004…, +∞)：最小值 ≈ −0.17004，位于 x ≈ −0.7525",
        ),
        bounds: (Bound::Minimum, Bound::Unbounded),
        monotonic: false,
        smooth: true,
        pytorch: api(
            "nn.GELU(approximate='tanh')",
            "F.gelu(x, approximate='tanh')",
        ),
        seed_row: None,
        models: &["GPT-2", "Gemma (GeGLU)", "T5 v1.1 (GeGLU)"],
    },
    Entry {
        activation: Activation::Silu,
        name: t("Swish / SiLU", "Swish / SiLU"),
        range: t(
            "[−0.27846…, ∞): minimum ≈ −0.27846 at x ≈ −1.2785 (exactly −W(1/e) at \
             x = −1 − W(1/e), W the Lambert W function)",
            "[−0.27846…, +∞)：最小值 ≈ −0.27846，位于 x ≈ −1.2785（精确值为 −W(1/e)，位于 \
             x = −1 − W(1/e)，W 为朗伯 W 函数）",
        ),
        bounds: (Bound::Minimum, Bound::Unbounded),
        monotonic: false,
        smooth: true,
        pytorch: api("nn.SiLU()", "F.silu(x)"),
        seed_row: Some(13),
        models: &["LLaMA (SwiGLU)", "Mistral (SwiGLU)", "Qwen (SwiGLU)"],
    },
    Entry {
        activation: Activation::Mish,
        name: t("Mish", "Mish"),
        range: t(
            "[−0.30884…, ∞): minimum ≈ −0.30884 at x ≈ −1.1924",
            "[−0.30884…, +∞)：最小值 ≈ −0.30884，位于 x ≈ −1.1924",
        ),
        bounds: (Bound::Minimum, Bound::Unbounded),
        monotonic: false,
        smooth: true,
        pytorch: api("nn.Mish()", "F.mish(x)"),
        seed_row: Some(14),
        models: &[],
    },
    Entry {
        activation: Activation::Softplus,
        name: t("Softplus", "Softplus"),
        range: t("(0, ∞)", "(0, +∞)"),
        bounds: (Bound::Open(0.0), Bound::Unbounded),
        monotonic: true,
        smooth: true,
        pytorch: api(
            "nn.Softplus(beta=@beta@, threshold=@softplus_threshold@)",
            "F.softplus(x, beta=@beta@, threshold=@softplus_threshold@)",
        ),
        seed_row: Some(15),
        models: &["Mamba (Δ)"],
    },
    Entry {
        activation: Activation::Hardswish,
        name: t("Hard Swish", "Hard Swish"),
        range: t(
            "[−0.375, ∞): minimum −3/8 = −0.375 at x = −1.5",
            "[−0.375, +∞)：最小值 −3/8 = −0.375，位于 x = −1.5",
        ),
        bounds: (Bound::Minimum, Bound::Unbounded),
        monotonic: false,
        smooth: false,
        pytorch: api("nn.Hardswish()", "F.hardswish(x)"),
        seed_row: Some(16),
        models: &[],
    },
    Entry {
        activation: Activation::Celu,
        name: t("CELU", "CELU"),
        range: t("(−1, ∞), in general (−α, ∞)", "(−1, +∞)，一般为 (−α, +∞)"),
        bounds: (Bound::Open(-1.0), Bound::Unbounded),
        monotonic: true,
        smooth: true,
        pytorch: api("nn.CELU(alpha=@alpha@)", "F.celu(x, alpha=@alpha@)"),
        seed_row: None,
        models: &[],
    },
    Entry {
        activation: Activation::Rrelu,
        name: t("RReLU", "RReLU"),
        range: t("(−∞, ∞)", "(−∞, +∞)"),
        bounds: (Bound::Unbounded, Bound::Unbounded),
        monotonic: true,
        smooth: false,
        pytorch: api(
            "nn.RReLU(lower=@lower@, upper=@upper@)",
            "F.rrelu(x, lower=@lower@, upper=@upper@, training=False)",
        ),
        seed_row: None,
        models: &[],
    },
    Entry {
        activation: Activation::Logsigmoid,
        name: t("LogSigmoid", "LogSigmoid"),
        range: t("(−∞, 0)", "(−∞, 0)"),
        bounds: (Bound::Unbounded, Bound::Open(0.0)),
        monotonic: true,
        smooth: true,
        pytorch: api("nn.LogSigmoid()", "F.logsigmoid(x)"),
        seed_row: None,
        models: &[],
    },
    Entry {
        activation: Activation::Hardshrink,
        name: t("Hardshrink", "Hardshrink"),
        range: t(
            "(−∞, −0.5) ∪ {0} ∪ (0.5, ∞); in general (−∞, −λ) ∪ {0} ∪ (λ, ∞)",
            "(−∞, −0.5) ∪ {0} ∪ (0.5, +∞)；一般为 (−∞, −λ) ∪ {0} ∪ (λ, +∞)",
        ),
        bounds: (Bound::Unbounded, Bound::Unbounded),
        monotonic: true,
        smooth: false,
        pytorch: api(
            "nn.Hardshrink(lambd=@lambd@)",
            "F.hardshrink(x, lambd=@lambd@)",
        ),
        seed_row: None,
        models: &[],
    },
    Entry {
        activation: Activation::Softshrink,
        name: t("Softshrink", "Softshrink"),
        range: t("(−∞, ∞)", "(−∞, +∞)"),
        bounds: (Bound::Unbounded, Bound::Unbounded),
        monotonic: true,
        smooth: false,
        pytorch: api(
            "nn.Softshrink(lambd=@lambd@)",
            "F.softshrink(x, lambd=@lambd@)",
        ),
        seed_row: None,
        models: &[],
    },
    Entry {
        activation: Activation::Tanhshrink,
        name: t("Tanhshrink", "Tanhshrink"),
        range: t("(−∞, ∞)", "(−∞, +∞)"),
        bounds: (Bound::Unbounded, Bound::Unbounded),
        monotonic: true,
        smooth: true,
        pytorch: api("nn.Tanhshrink()", "F.tanhshrink(x)"),
        seed_row: None,
        models: &[],
    },
    Entry {
        activation: Activation::Threshold,
        name: t("Threshold", "Threshold"),
        range: t(
            "[0, ∞) at threshold = value = 0; in general {value} ∪ (threshold, ∞)",
            "[0, +∞)（threshold = value = 0 时）；一般为 {value} ∪ (threshold, +∞)",
        ),
        bounds: (Bound::Closed(0.0), Bound::Unbounded),
        monotonic: true,
        smooth: false,
        pytorch: api(
            "nn.Threshold(threshold=@threshold@, value=@value@)",
            "F.threshold(x, threshold=@threshold@, value=@value@)",
        ),
        seed_row: None,
        models: &[],
    },
    Entry {
        activation: Activation::SquaredRelu,
        name: t("Squared ReLU", "Squared ReLU"),
        range: t("[0, ∞)", "[0, +∞)"),
        bounds: (Bound::Closed(0.0), Bound::Unbounded),
        monotonic: true,
        smooth: true,
        pytorch: expr("torch.square(F.relu(x))"),
        seed_row: None,
        models: &["Primer", "Nemotron-4"],
    },
    Entry {
        activation: Activation::QuickGelu,
        name: t("QuickGELU", "QuickGELU"),
        range: t(
            "[−0.16361…, ∞): minimum ≈ −0.16361 at x ≈ −0.7512",
            "[−0.16361…, +∞)：最小值 ≈ −0.16361，位于 x ≈ −0.7512",
        ),
        bounds: (Bound::Minimum, Bound::Unbounded),
        monotonic: false,
        smooth: true,
        pytorch: expr("x * torch.sigmoid(1.702 * x)"),
        seed_row: None,
        models: &["CLIP"],
    },
    Entry {
        activation: Activation::Snake,
        name: t("Snake", "Snake"),
        range: t("(−∞, ∞)", "(−∞, +∞)"),
        bounds: (Bound::Unbounded, Bound::Unbounded),
        monotonic: true,
        smooth: true,
        pytorch: expr("x + torch.sin(@snake_alpha@ * x) ** 2 / @snake_alpha@"),
        seed_row: None,
        models: &["BigVGAN", "DAC"],
    },
];

/// The entries' prose and formulas, in [`Activation::ALL`] order (see [`Details`]).
pub(super) static DETAILS: [Details; 27] = [
    Details {
        activation: Activation::Sigmoid,
        formula: m::SIGMOID,
        derivative_formula: m::SIGMOID_D,
        traits: t(
            "The logistic S-curve. Not zero-centred: σ(0) = 1/2. Point-symmetric about (0, 1/2), \
             σ(−x) = 1 − σ(x). Its slope is largest at x = 0, and only 1/4 there.",
            "逻辑 S 型曲线。非零中心：σ(0) = 1/2。关于点 (0, 1/2) 中心对称，σ(−x) = 1 − σ(x)。\
             斜率在 x = 0 处最大，也只有 1/4。",
        ),
        pros: t(
            "The output reads directly as a probability. Smooth and differentiable everywhere, and \
             the derivative comes cheaply from the value itself: σ·(1 − σ).",
            "输出可直接解释为概率。处处光滑可导，导数可由函数值直接求得：σ·(1 − σ)。",
        ),
        cons: t(
            "Saturates: the gradient is close to zero at both ends and at most 1/4 even at the \
             centre, so a stack of sigmoids shrinks gradients layer after layer. Outputs are all \
             positive (not zero-centred), which makes the next layer's weight updates zig-zag. \
             Needs an exponential, costlier than piecewise-linear functions.",
            "梯度饱和：两端梯度趋近于零，即使在中心也最多 1/4，多层叠加后梯度逐层衰减。输出恒为正\
             （非零中心），使下一层权重的更新呈“之”字形。需要计算指数，开销比分段线性函数大。",
        ),
        uses: t(
            "The output layer of binary classification, paired with cross-entropy (in PyTorch feed \
             the raw logits to nn.BCEWithLogitsLoss, which is numerically safer than a sigmoid \
             followed by nn.BCELoss); multi-label outputs; the gates of LSTM and GRU cells. Avoid it \
             in the hidden layers of deep networks.",
            "二分类输出层，配合交叉熵使用（PyTorch 中把未经 sigmoid 的 logits 直接交给 \
             nn.BCEWithLogitsLoss，数值上比先 sigmoid 再 nn.BCELoss 更稳定）；多标签输出；LSTM、GRU \
             的门控。避免在深层网络的隐藏层中使用。",
        ),
        other_frameworks: t(
            "The same function everywhere: jax.nn.sigmoid, keras.activations.sigmoid, \
             tf.math.sigmoid. PyTorch also accepts F.sigmoid(x).",
            "各框架定义一致：jax.nn.sigmoid、keras.activations.sigmoid、tf.math.sigmoid。PyTorch \
             也可写作 F.sigmoid(x)。",
        ),
        init: Init {
            scheme: t(
                "Xavier (Glorot) initialisation, derived for symmetric saturating units; PyTorch's \
                 gain for sigmoid is 1.",
                "Xavier（Glorot）初始化，它是针对对称的饱和型单元推导的；PyTorch 中 sigmoid 的增益为 1。",
            ),
            gain: gain("sigmoid", None),
        },
        seed_correction: Some(t(
            "The guide says sigmoid RNN gates were replaced by tanh. In fact the gates of LSTM and GRU \
             are still sigmoids; tanh replaced sigmoid as the hidden (candidate) activation.",
            "原文称 RNN 门控中的 sigmoid 已被 tanh 取代。实际上 LSTM、GRU 的门控至今仍是 sigmoid；\
             被 tanh 取代的是隐藏状态（候选值）的激活。",
        )),
    },
    Details {
        activation: Activation::Tanh,
        formula: m::TANH,
        derivative_formula: m::TANH_D,
        traits: t(
            "A zero-centred S-curve. Odd: tanh(−x) = −tanh(x). A rescaled sigmoid: \
             tanh(x) = 2σ(2x) − 1. Slope 1 at the origin.",
            "零中心的 S 型曲线。奇函数：tanh(−x) = −tanh(x)。是缩放平移后的 sigmoid：\
             tanh(x) = 2σ(2x) − 1。原点处斜率为 1。",
        ),
        pros: t(
            "Zero-centred outputs make gradient updates better behaved; its gradient is steeper than \
             sigmoid's (up to 1 instead of 1/4).",
            "输出零中心，梯度更新更平稳；梯度比 sigmoid 更陡（最大为 1，而不是 1/4）。",
        ),
        cons: t(
            "Still saturates at both ends, so gradients vanish in deep stacks; needs exponentials, \
             a little more costly than ReLU-like functions. A bounded output suits a final layer \
             but limits what hidden features can express.",
            "两端仍然饱和，深层叠加时梯度消失；需要计算指数，比 ReLU 类函数稍复杂。有界输出适合做\
             最后一层，但会限制隐藏特征的表达能力。",
        ),
        uses: t(
            "Hidden layers of RNNs (the candidate state and output of LSTM/GRU); intermediate layers \
             of generative models; feature maps that need negative values; outputs bounded in \
             [−1, 1], such as image pixels scaled to that range at a GAN generator's output.",
            "RNN 隐藏层（LSTM/GRU 的候选状态与输出）；生成模型的中间层；需要负值的特征映射；\
             需要限制在 [−1, 1] 的输出，例如 GAN 生成器输出缩放到该区间的像素。",
        ),
        other_frameworks: t(
            "Identical in jax.nn.tanh (jnp.tanh), keras.activations.tanh and tf.math.tanh.",
            "jax.nn.tanh（jnp.tanh）、keras.activations.tanh、tf.math.tanh 的定义完全相同。",
        ),
        init: Init {
            scheme: t(
                "Xavier (Glorot) initialisation; PyTorch's gain for tanh is 5/3.",
                "Xavier（Glorot）初始化；PyTorch 中 tanh 的增益为 5/3。",
            ),
            gain: gain("tanh", None),
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Hardsigmoid,
        formula: m::HARDSIGMOID,
        derivative_formula: m::HARDSIGMOID_D,
        traits: t(
            "A piecewise-linear stand-in for sigmoid: the line x/6 + 1/2 through (0, 1/2), clipped \
             to 0 for x ≤ −3 and to 1 for x ≥ 3.",
            "sigmoid 的分段线性替身：过点 (0, 1/2) 的直线 x/6 + 1/2，在 x ≤ −3 时截为 0，\
             x ≥ 3 时截为 1。",
        ),
        pros: t(
            "Very cheap: a multiply-add and a clamp, no exponential; several times faster than \
             sigmoid on CPUs and mobile chips, and friendly to integer (quantised) arithmetic.",
            "计算极快：一次乘加和一次截断，没有指数运算；在 CPU 和移动芯片上比 sigmoid 快数倍，\
             也适合整数（量化）运算。",
        ),
        cons: t(
            "Not smooth: its derivative is a step (1/6 inside (−3, 3), 0 outside), so the gradient \
             is exactly zero once saturated. A coarse approximation: its slope at 0 is 1/6 where \
             sigmoid's is 1/4.",
            "不光滑：导数是分段常数（在 (−3, 3) 内为 1/6，外部为 0），一旦饱和梯度恰好为零。\
             近似精度较低：在 0 处斜率为 1/6，而 sigmoid 为 1/4。",
        ),
        uses: t(
            "Mobile and embedded deployment where inference must be fast and a rough approximation \
             is fine, e.g. the squeeze-and-excitation gates of MobileNetV3.",
            "移动端、嵌入式部署，需要快速推理且对精度要求不高的场合，例如 MobileNetV3 中\
             squeeze-and-excitation 模块的门控。",
        ),
        other_frameworks: t(
            "Definitions differ. PyTorch, jax.nn.hard_sigmoid and Keras 3 use relu6(x + 3)/6 \
             (slope 1/6, flat beyond ±3). Keras 2 / tf.keras defined hard_sigmoid as \
             clip(0.2x + 0.5, 0, 1) (slope 1/5, flat beyond ±2.5), so a model ported from old Keras \
             gives different outputs.",
            "各框架定义不同。PyTorch、jax.nn.hard_sigmoid 和 Keras 3 使用 relu6(x + 3)/6\
             （斜率 1/6，在 ±3 之外为常数）。Keras 2 / tf.keras 的 hard_sigmoid 是 \
             clip(0.2x + 0.5, 0, 1)（斜率 1/5，在 ±2.5 之外为常数），从旧版 Keras 移植的模型\
             输出会不同。",
        ),
        init: Init {
            scheme: t(
                "Treat it like sigmoid: Xavier (Glorot). PyTorch's calculate_gain has no entry for it.",
                "按 sigmoid 处理：Xavier（Glorot）初始化。PyTorch 的 calculate_gain 没有对应条目。",
            ),
            gain: None,
        },
        seed_correction: Some(t(
            "The guide gives the range as (0, 1). The hard version reaches both ends (0 for x ≤ −3, \
             1 for x ≥ 3), so its range is closed: [0, 1].",
            "原文给出的输出范围是 (0, 1)。Hard Sigmoid 能取到两端（x ≤ −3 时为 0，x ≥ 3 时为 1），\
             所以范围是闭区间 [0, 1]。",
        )),
    },
    Details {
        activation: Activation::Hardtanh,
        formula: m::HARDTANH,
        derivative_formula: m::HARDTANH_D,
        traits: t(
            "Piecewise-linear clipping: the identity on [−1, 1], constant outside. The bounds are \
             tunable (min_val, max_val).",
            "分段线性截断：在 [−1, 1] 上为恒等映射，区间外为常数。上下界可调（min_val、max_val）。",
        ),
        pros: t(
            "As simple as it gets. No soft saturation: inside [−1, 1] the gradient is exactly 1 and \
             never shrinks.",
            "计算极简。没有“软”饱和：在 [−1, 1] 内梯度恒为 1，不会衰减。",
        ),
        cons: t(
            "The gradient jumps from 1 to 0 at the clip points and is exactly 0 beyond them, so \
             units pushed outside the bounds stop learning (vanishing gradients during training).",
            "梯度在截断点处从 1 突变为 0，截断区内恰好为 0，被推出边界的单元停止学习\
             （训练时可能梯度消失）。",
        ),
        uses: t(
            "Keeping features in a fixed range; some reinforcement-learning policy networks \
             (bounded actions); lightweight models on mobile and edge devices. Binarised networks use its derivative as the \
             straight-through gradient of the sign function.",
            "把特征约束在固定范围内；某些强化学习策略网络（有界动作）；移动端与边缘设备上的轻量级模型。二值化网络用它的\
             导数作为符号函数的直通（straight-through）梯度。",
        ),
        other_frameworks: t(
            "jax.nn.hard_tanh is fixed to [−1, 1] (no bound arguments). In PyTorch, nn.ReLU6 is \
             literally Hardtanh(0, 6).",
            "jax.nn.hard_tanh 固定为 [−1, 1]（没有上下界参数）。在 PyTorch 中，nn.ReLU6 就是 \
             Hardtanh(0, 6)。",
        ),
        init: Init {
            scheme: t(
                "Xavier (Glorot), as for tanh. PyTorch's calculate_gain has no entry for hardtanh.",
                "与 tanh 相同，用 Xavier（Glorot）初始化。PyTorch 的 calculate_gain 没有 hardtanh 条目。",
            ),
            gain: None,
        },
        seed_correction: Some(t(
            "The guide calls it free of saturation while noting a zero gradient where it clips. \
             Precisely: no soft saturation inside [−1, 1] (slope exactly 1), hard saturation \
             (slope exactly 0) outside.",
            "原文说它“无饱和区”，又说截断区梯度为 0。准确地说：在 [−1, 1] 内没有软饱和（斜率恰为 1），\
             区间外是硬饱和（斜率恰为 0）。",
        )),
    },
    Details {
        activation: Activation::Softsign,
        formula: m::SOFTSIGN,
        derivative_formula: m::SOFTSIGN_D,
        traits: t(
            "Tanh-like and odd, but it approaches ±1 polynomially (like 1 − 1/|x|) rather than \
             exponentially. Slope 1 at the origin.",
            "形状类似 tanh，也是奇函数，但以多项式速度（约 1 − 1/|x|）而非指数速度趋近 ±1。\
             原点处斜率为 1。",
        ),
        pros: t(
            "Gentler tails than tanh: its gradient 1/(1 + |x|)² decays like 1/x², not exponentially, \
             so it saturates more slowly. No exponential to compute.",
            "尾部比 tanh 更平缓：梯度 1/(1 + |x|)² 按 1/x² 衰减而不是指数衰减，饱和得更慢。\
             无需计算指数。",
        ),
        cons: t(
            "Still saturates; a division is slower than a clamp; rarely used, so there are few \
             tuned recipes.",
            "仍然存在饱和；除法比截断慢；很少使用，现成的调参经验不多。",
        ),
        uses: t(
            "Very deep networks that need steadier gradients than tanh gives (uncommon in \
             practice). Glorot and Bengio (2010) studied it next to tanh and sigmoid in the paper \
             that introduced Xavier initialisation.",
            "需要比 tanh 更稳定梯度的极深网络（实际很少使用）。Glorot 与 Bengio（2010）在提出 Xavier \
             初始化的论文中把它与 tanh、sigmoid 一起做了对比研究。",
        ),
        other_frameworks: t(
            "The same function as jax.nn.soft_sign (note the underscore) and \
             keras.activations.softsign.",
            "与 jax.nn.soft_sign（注意下划线）和 keras.activations.softsign 定义相同。",
        ),
        init: Init {
            scheme: t(
                "Xavier (Glorot). PyTorch's calculate_gain has no entry for softsign.",
                "Xavier（Glorot）初始化。PyTorch 的 calculate_gain 没有 softsign 条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Relu,
        formula: m::RELU,
        derivative_formula: m::RELU_D,
        traits: t(
            "One-sided: passes positive inputs through unchanged and zeroes negative ones. \
             Piecewise linear with a kink at 0.",
            "单侧抑制：正输入原样通过，负输入置零。分段线性，在 0 处有一个拐点。",
        ),
        pros: t(
            "Extremely cheap. Sparse activations (about half the units are zero for a centred \
             input). No saturation for x > 0, which eases vanishing gradients.",
            "计算极快。激活稀疏（输入居中时约一半单元为零）。x > 0 时不饱和，缓解梯度消失。",
        ),
        cons: t(
            "Dying ReLU: a unit whose input stays negative gets a zero gradient and may never \
             recover. Outputs are not zero-centred. Not differentiable at 0 (PyTorch uses 0 there).",
            "神经元“死亡”：输入一直为负的单元梯度为零，可能再也无法恢复。输出非零中心。\
             在 0 处不可导（PyTorch 在该点取 0）。",
        ),
        uses: t(
            "The default first choice for the hidden layers of deep CNNs; fully connected layers.",
            "深度 CNN 隐藏层的默认首选；全连接层。",
        ),
        other_frameworks: t(
            "jax.nn.relu also takes 0 as the derivative at 0. keras.activations.relu takes extra \
             arguments (negative_slope, called alpha in Keras 2, max_value, threshold), so one Keras \
             call can be a Leaky ReLU or a ReLU6.",
            "jax.nn.relu 在 0 处的导数同样取 0。keras.activations.relu 有额外参数（negative_slope，\
             Keras 2 中叫 alpha；max_value；threshold），同一个 Keras 调用可以变成 Leaky ReLU 或 ReLU6。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming) initialisation. ReLU zeroes half of a symmetric input, so \
                 E[relu(z)²] = 1/2 and the weights need variance 2/fan_in (gain √2) to keep the \
                 signal's scale from layer to layer.",
                "He（Kaiming）初始化。ReLU 把对称输入的一半置零，因此 E[relu(z)²] = 1/2，权重方差需取 \
                 2/fan_in（增益 √2）才能让信号尺度逐层保持不变。",
            ),
            gain: gain("relu", None),
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::LeakyRelu,
        formula: m::LEAKY_RELU,
        derivative_formula: m::LEAKY_RELU_D,
        traits: t(
            "ReLU with a small slope α for negative inputs (PyTorch's negative_slope, default 0.01).",
            "负区间保留小斜率 α 的 ReLU（PyTorch 参数 negative_slope，默认 0.01）。",
        ),
        pros: t(
            "No dead units: the gradient is never zero (1 or α). As cheap as ReLU.",
            "避免神经元死亡：梯度始终非零（1 或 α）。计算与 ReLU 一样快。",
        ),
        cons: t(
            "α is set by hand; the response to negative inputs is weak (with 0.01 it is nearly \
             ReLU); outputs are still not zero-centred.",
            "α 需要手动设定；对负输入的响应很弱（α = 0.01 时几乎就是 ReLU）；输出仍非零中心。",
        ),
        uses: t(
            "CNNs where ReLU units die; RNNs; GANs (DCGAN's discriminator uses slope 0.2).",
            "出现 ReLU 死亡问题的 CNN；RNN；生成对抗网络（DCGAN 的判别器使用斜率 0.2）。",
        ),
        other_frameworks: t(
            "Defaults differ: jax.nn.leaky_relu uses 0.01 like PyTorch, but \
             keras.activations.leaky_relu and tf.nn.leaky_relu use 0.2, and the Keras LeakyReLU \
             layer 0.3. Set the slope explicitly when porting a model.",
            "默认值不同：jax.nn.leaky_relu 与 PyTorch 一样用 0.01，但 keras.activations.leaky_relu 和 \
             tf.nn.leaky_relu 用 0.2，Keras 的 LeakyReLU 层用 0.3。移植模型时请显式设置斜率。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming) initialisation with the slope: kaiming_normal_(w, a=0.01, \
                 nonlinearity='leaky_relu'), gain √(2/(1 + α²)). PyTorch's kaiming_* functions \
                 default to a=0, which gives ReLU's √2.",
                "带斜率的 He（Kaiming）初始化：kaiming_normal_(w, a=0.01, nonlinearity='leaky_relu')，\
                 增益 √(2/(1 + α²))。PyTorch 的 kaiming_* 函数默认 a=0，即 ReLU 的 √2。",
            ),
            gain: gain("leaky_relu", Some(0.01)),
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Prelu,
        formula: m::PRELU,
        derivative_formula: m::PRELU_D,
        traits: t(
            "A Leaky ReLU whose negative slope a is learned by backpropagation, one per layer or \
             one per channel; PyTorch starts it at 0.25.",
            "负斜率 a 通过反向传播学习的 Leaky ReLU，每层一个或每通道一个；PyTorch 的初始值为 0.25。",
        ),
        pros: t(
            "The network picks its own negative slope, so in principle it can do at least as well \
             as any fixed α; He et al. (2015) reported gains on ImageNet with it.",
            "网络自行学习负斜率，理论上不逊于任何固定的 α；He 等人（2015）在 ImageNet 上报告了提升。",
        ),
        cons: t(
            "Adds parameters (one per layer or per channel) and can overfit on small data. Mind the \
             regularisation: weight decay pulls a toward 0 (toward ReLU), and PyTorch's docs advise \
             not to apply weight decay to it. A learned a can turn negative or exceed 1, making the \
             function non-monotonic.",
            "增加参数量（每层或每通道一个），数据少时易过拟合。需注意正则化：权重衰减会把 a 拉向 0\
             （退化为 ReLU），PyTorch 文档建议不要对 a 使用权重衰减。学到的 a 可能为负或大于 1，\
             使函数不再单调。",
        ),
        uses: t(
            "Large CNNs trained on plenty of data (e.g. ImageNet classification).",
            "数据充足的大型 CNN（如 ImageNet 分类）。",
        ),
        other_frameworks: t(
            "Keras' PReLU layer starts the slope at 0 (alpha_initializer='zeros'), i.e. as plain \
             ReLU, where PyTorch starts at 0.25; and it learns one slope per element unless \
             shared_axes is set, where PyTorch learns one per layer unless num_parameters equals \
             the channel count.",
            "Keras 的 PReLU 层斜率初始为 0（alpha_initializer='zeros'），即从普通 ReLU 开始，而 \
             PyTorch 从 0.25 开始；并且 Keras 默认每个元素一个斜率（除非设置 shared_axes），PyTorch \
             默认每层一个（除非 num_parameters 等于通道数）。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming) initialisation, introduced in the same paper as PReLU. PyTorch has no \
                 'prelu' gain; calculate_gain('leaky_relu', a) with the slope a is the usual \
                 substitute.",
                "He（Kaiming）初始化，与 PReLU 出自同一篇论文。PyTorch 没有 'prelu' 增益；通常用 \
                 calculate_gain('leaky_relu', a)（a 为斜率）代替。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Elu,
        formula: m::ELU,
        derivative_formula: m::ELU_D,
        traits: t(
            "The identity for x > 0; for x ≤ 0 an exponential α(eˣ − 1) that levels off smoothly \
             toward −α (α = 1 by default).",
            "x > 0 时为恒等；x ≤ 0 时为指数 α(eˣ − 1)，平滑地趋近 −α（默认 α = 1）。",
        ),
        pros: t(
            "Negative outputs pull the mean activation toward zero, which speeds up learning; the \
             saturation for large negative inputs makes it robust to noise; no dead units; with \
             α = 1 its slope is continuous at 0.",
            "负输出把平均激活拉向零，加快学习；负区间饱和，对噪声更鲁棒；没有神经元死亡；\
             α = 1 时在 0 处斜率连续。",
        ),
        cons: t(
            "An exponential for negative inputs, slower than ReLU; α is one more hyperparameter; \
             the mean is closer to zero but not zero.",
            "负区间需要计算指数，比 ReLU 慢；α 需要调参；均值更接近零，但并不为零。",
        ),
        uses: t(
            "Noisy tasks; networks that profit from near-zero-mean activations; moderately deep \
             networks; like Leaky ReLU, a remedy when ReLU units die.",
            "噪声较强的任务；受益于均值接近零的网络；中等深度的网络；与 Leaky ReLU 一样，可用于解决 \
             ReLU 神经元死亡问题。",
        ),
        other_frameworks: t(
            "The same default α = 1 in jax.nn.elu and keras.activations.elu. CELU (nn.CELU, \
             jax.nn.celu), α(e^(x/α) − 1) for x ≤ 0, is the variant whose slope stays continuous \
             for every α.",
            "jax.nn.elu 和 keras.activations.elu 的默认值同样是 α = 1。CELU（nn.CELU、jax.nn.celu）\
             在 x ≤ 0 时为 α(e^(x/α) − 1)，是对任意 α 斜率都连续的变体。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming) initialisation is the usual choice. PyTorch's calculate_gain has no \
                 entry for ELU.",
                "通常使用 He（Kaiming）初始化。PyTorch 的 calculate_gain 没有 ELU 条目。",
            ),
            gain: None,
        },
        seed_correction: Some(t(
            "The guide recommends ELU for networks that need self-normalisation. That property \
             belongs to SELU (ELU scaled with specific constants); ELU itself only moves the mean \
             toward zero.",
            "原文推荐把 ELU 用于“需要自归一化特性的网络”。自归一化是 SELU（用特定常数缩放的 ELU）\
             的性质；ELU 本身只是让均值更接近零。",
        )),
    },
    Details {
        activation: Activation::Selu,
        formula: m::SELU,
        derivative_formula: m::SELU_D,
        traits: t(
            "ELU scaled by λ ≈ 1.0507, with α ≈ 1.6733: constants chosen so that a layer maps \
             zero-mean, unit-variance inputs to zero-mean, unit-variance outputs, a stable fixed \
             point (self-normalising).",
            "用 λ ≈ 1.0507 缩放、α ≈ 1.6733 的 ELU：常数经过选取，使一层把均值 0、方差 1 的输入映射为\
             均值 0、方差 1 的输出，且这是一个稳定不动点（自归一化）。",
        ),
        pros: t(
            "Activations stay normalised (mean 0, variance 1) through many layers without batch \
             normalisation, which makes deep fully connected networks trainable.",
            "无需批归一化，激活在多层中自动保持归一化（均值 0、方差 1），使深层全连接网络可以训练。",
        ),
        cons: t(
            "The guarantee needs LeCun-normal initialisation, standardised inputs and a matching \
             dropout (AlphaDropout); it is sensitive to the input scale and derived for fully \
             connected layers. The slope jumps at 0 (from λα ≈ 1.76 to λ ≈ 1.05).",
            "自归一化的前提是 LeCun 正态初始化、标准化的输入和配套的 dropout（AlphaDropout）；\
             对输入尺度敏感，且只针对全连接层推导。斜率在 0 处跳变（从 λα ≈ 1.76 变为 λ ≈ 1.05）。",
        ),
        uses: t(
            "Self-normalising neural networks (SNN): deep fully connected MLPs, e.g. on tabular data.",
            "全连接“自归一化神经网络”（SNN）：深层 MLP 结构，例如处理表格数据。",
        ),
        other_frameworks: t(
            "The same constants in jax.nn.selu, keras.activations.selu and tf.nn.selu; Keras' docs \
             pair it with the lecun_normal initializer and AlphaDropout.",
            "jax.nn.selu、keras.activations.selu、tf.nn.selu 使用相同的常数；Keras 文档建议配合 \
             lecun_normal 初始化器和 AlphaDropout。",
        ),
        init: Init {
            scheme: t(
                "LeCun normal: weights with variance 1/fan_in (in PyTorch, kaiming_normal_(w, \
                 nonlinearity='linear'), gain 1). PyTorch's calculate_gain('selu') = 3/4 \
                 deliberately gives up the self-normalising fixed point for steadier gradients; its \
                 docs say to use 'linear' for self-normalising networks.",
                "LeCun 正态初始化：权重方差 1/fan_in（PyTorch 中为 kaiming_normal_(w, \
                 nonlinearity='linear')，增益 1）。PyTorch 的 calculate_gain('selu') = 3/4 有意放弃\
                 自归一化不动点以换取更稳定的梯度；其文档说明自归一化网络应使用 'linear'。",
            ),
            gain: gain("selu", None),
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Relu6,
        formula: m::RELU6,
        derivative_formula: m::RELU6_D,
        traits: t(
            "ReLU capped at 6: min(max(0, x), 6).",
            "上限截断为 6 的 ReLU：min(max(0, x), 6)。",
        ),
        pros: t(
            "A bounded output suits low-precision inference (float16, int8 quantisation): a known \
             range maps cleanly onto a fixed-point scale.",
            "输出有界，利于低精度推理（FP16、int8 量化）：已知的取值范围可以直接对应到定点数的缩放。",
        ),
        cons: t(
            "Zero gradient in both flat regions (x < 0 and x > 6), which can lose information; \
             the cap of 6 is a convention, not a tuned value.",
            "两个平坦区（x < 0 与 x > 6）梯度为 0，可能造成信息损失；上限 6 只是约定，并非调优所得。",
        ),
        uses: t(
            "Quantised mobile models (MobileNetV1 and V2); layers that need a bounded, non-negative \
             output.",
            "移动端量化模型（MobileNet V1、V2）；需要有界非负输出的层。",
        ),
        other_frameworks: t(
            "The same in jax.nn.relu6 and keras.activations.relu6 (or Keras relu with \
             max_value=6). PyTorch implements nn.ReLU6 as Hardtanh(0, 6).",
            "jax.nn.relu6、keras.activations.relu6（或 Keras relu 加 max_value=6）定义相同。\
             PyTorch 中 nn.ReLU6 就是 Hardtanh(0, 6)。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming), as for ReLU. PyTorch's calculate_gain has no entry for relu6.",
                "与 ReLU 相同，用 He（Kaiming）初始化。PyTorch 的 calculate_gain 没有 relu6 条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Gelu,
        formula: m::GELU,
        derivative_formula: m::GELU_D,
        traits: t(
            "Weights the input by the probability that a standard normal variable falls below it: \
             x·Φ(x). It is the expected output of a stochastic regulariser that keeps x with \
             probability Φ(x) (an input-dependent dropout), so it blends the ideas of dropout and \
             ReLU. Smooth, with a small dip below zero for negative x.",
            "用标准正态变量小于输入的概率给输入加权：x·Φ(x)。它是一个随机正则器的期望输出：\
             以概率 Φ(x) 保留 x（依赖输入的 dropout），因此融合了 Dropout 与 ReLU 的思想。\
             曲线光滑，负区间有一个小的下凹（低于零）。",
        ),
        pros: t(
            "The standard activation of Transformers (BERT, GPT, ViT); smooth everywhere; passes \
             some gradient for moderately negative inputs.",
            "Transformer（BERT、GPT、ViT）的标准激活；处处光滑；对不太大的负输入仍有梯度。",
        ),
        cons: t(
            "Costlier than ReLU (erf, or tanh and a cube in the approximation). The exact erf form \
             and the tanh form differ by up to about 4.7e−4 (near |x| ≈ 2.7): swapping one for the \
             other breaks exact parity with pretrained weights. Not monotonic.",
            "计算比 ReLU 复杂（需要 erf，近似形式需要 tanh 和三次方）。精确的 erf 形式与 tanh 近似\
             最多相差约 4.7e−4（在 |x| ≈ 2.7 附近）：两者互换会破坏与预训练权重的精确一致。非单调。",
        ),
        uses: t(
            "Transformers (BERT, GPT, ViT) and natural-language processing: the first choice for \
             NLP tasks.",
            "Transformer（BERT、GPT、ViT）与自然语言处理：NLP 任务的首选。",
        ),
        other_frameworks: t(
            "Defaults differ: jax.nn.gelu uses approximate=True (the tanh form) by default, while \
             keras.activations.gelu and tf.nn.gelu default to approximate=False (the exact erf \
             form), as PyTorch does. The original BERT and GPT-2 code used the tanh form.",
            "默认值不同：jax.nn.gelu 默认 approximate=True（tanh 近似），而 keras.activations.gelu \
             和 tf.nn.gelu 默认 approximate=False（精确的 erf 形式），与 PyTorch 一致。原始 BERT 与 \
             GPT-2 代码使用的是 tanh 近似。",
        ),
        init: Init {
            scheme: t(
                "PyTorch's calculate_gain has no GELU entry. He initialisation is a reasonable \
                 default; Transformers usually draw weights from a small fixed-width normal \
                 (BERT: truncated normal, std 0.02).",
                "PyTorch 的 calculate_gain 没有 GELU 条目。He 初始化是合理的默认选择；Transformer 通常\
                 从固定的小标准差正态分布取权重（BERT：截断正态，标准差 0.02）。",
            ),
            gain: None,
        },
        seed_correction: Some(t(
            "The guide's table gives GELU the tanh formula and the range (−∞, ∞). That formula is \
             the tanh approximation (PyTorch's approximate='tanh', the separate gelu_tanh entry \
             here); PyTorch's default GELU is the exact x·Φ(x). And the range is bounded below: \
             the minimum is about −0.17.",
            "原文总览表中 GELU 的公式是 tanh 形式，输出范围写作 (−∞, ∞)。该公式其实是 tanh 近似\
             （PyTorch 的 approximate='tanh'，本应用中单列为 gelu_tanh）；PyTorch 默认的 GELU 是\
             精确的 x·Φ(x)。此外其范围有下界：最小值约为 −0.17。",
        )),
    },
    Details {
        activation: Activation::GeluTanh,
        formula: m::GELU_TANH,
        derivative_formula: m::GELU_TANH_D,
        traits: t(
            "GELU with Φ(x) replaced by ½[1 + tanh(√(2/π)(x + 0.044715x³))]. It stays within about \
             4.7e−4 of the exact GELU, the gap being largest near |x| ≈ 2.7.",
            "把 GELU 中的 Φ(x) 换成 ½[1 + tanh(√(2/π)(x + 0.044715x³))]。与精确 GELU 的差距不超过约 \
             4.7e−4，最大差距出现在 |x| ≈ 2.7 附近。",
        ),
        pros: t(
            "Avoids erf, once slow or missing on some hardware and frameworks; it matches models \
             trained with it (the original BERT, GPT-2).",
            "不需要 erf（erf 曾在部分硬件和框架上较慢或缺失）；与用它训练的模型（原始 BERT、GPT-2）\
             完全一致。",
        ),
        cons: t(
            "An approximation: using it in place of the exact form (or the reverse) slightly changes \
             a pretrained model's outputs. Today erf is usually just as fast, so it mostly survives \
             for compatibility.",
            "只是近似：用它替换精确形式（或反过来）会轻微改变预训练模型的输出。如今 erf 通常同样快，\
             它主要是为了兼容而保留。",
        ),
        uses: t(
            "Loading or reproducing models trained with the tanh form (GPT-2, the original BERT, \
             many JAX models, since jax.nn.gelu defaults to it). It is the curve the guide draws as \
             GELU.",
            "加载或复现用 tanh 形式训练的模型（GPT-2、原始 BERT，以及许多 JAX 模型，因为 jax.nn.gelu \
             默认使用它）。原文画作 GELU 的正是这条曲线。",
        ),
        other_frameworks: t(
            "It is jax.nn.gelu's default (approximate=True); keras.activations.gelu(x, \
             approximate=True) and tf.nn.gelu(x, approximate=True) select it; Hugging Face calls \
             it gelu_new or gelu_pytorch_tanh.",
            "它是 jax.nn.gelu 的默认形式（approximate=True）；keras.activations.gelu(x, \
             approximate=True) 与 tf.nn.gelu(x, approximate=True) 可选用它；Hugging Face 中称为 \
             gelu_new 或 gelu_pytorch_tanh。",
        ),
        init: Init {
            scheme: t(
                "As for GELU: no calculate_gain entry; He initialisation, or the small fixed-width \
                 normal Transformers use.",
                "与 GELU 相同：calculate_gain 没有对应条目；用 He 初始化，或 Transformer 常用的\
                 小标准差正态分布。",
            ),
            gain: None,
        },
        seed_correction: Some(t(
            "The guide's GELU formula is this function, the tanh approximation, not the exact x·Φ(x).",
            "原文给出的 GELU 公式正是这个函数，即 tanh 近似，而不是精确的 x·Φ(x)。",
        )),
    },
    Details {
        activation: Activation::Silu,
        formula: m::SILU,
        derivative_formula: m::SILU_D,
        traits: t(
            "Self-gated: the input times its own sigmoid, x·σ(x). Swish is x·σ(βx); β = 1 is SiLU. \
             Smooth, unbounded above, bounded below, and non-monotonic (a dip for negative x).",
            "自门控：输入乘以它自己的 sigmoid，x·σ(x)。Swish 为 x·σ(βx)，β = 1 时称 SiLU。光滑，\
             上方无界、下方有界，非单调（负区间有下凹）。",
        ),
        pros: t(
            "Smooth; bounded below, so large negative inputs cannot blow up, yet no saturation \
             above; often beats ReLU in deep networks; built into PyTorch as nn.SiLU.",
            "光滑；下方有界，负输入不会发散，上方又不饱和；在深层网络中常优于 ReLU；PyTorch 原生提供 \
             nn.SiLU。",
        ),
        cons: t(
            "Costlier than ReLU (it needs a sigmoid); non-monotonic.",
            "计算量比 ReLU 大（需要 sigmoid）；非单调。",
        ),
        uses: t(
            "Deep CNNs (EfficientNet); tasks that want smooth gradients. The gated feed-forward \
             layers of large language models (SwiGLU, e.g. in LLaMA) are built on it too.",
            "深层 CNN（EfficientNet）；需要平滑梯度的任务。大语言模型中的门控前馈层（SwiGLU，\
             如 LLaMA）也以它为基础。",
        ),
        other_frameworks: t(
            "jax.nn.silu is also jax.nn.swish; Keras has keras.activations.silu (alias swish); \
             tf.nn.silu takes a beta argument (default 1). PyTorch has no β: write \
             x * torch.sigmoid(beta * x).",
            "jax.nn.silu 也叫 jax.nn.swish；Keras 有 keras.activations.silu（别名 swish）；tf.nn.silu \
             带 beta 参数（默认 1）。PyTorch 没有 β 参数：可写作 x * torch.sigmoid(beta * x)。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming) initialisation works well in practice. PyTorch's calculate_gain has \
                 no SiLU entry.",
                "实践中 He（Kaiming）初始化效果良好。PyTorch 的 calculate_gain 没有 SiLU 条目。",
            ),
            gain: None,
        },
        seed_correction: Some(t(
            "The guide gives the range as (−∞, ∞). SiLU is bounded below: its minimum is about \
             −0.278.",
            "原文给出的范围是 (−∞, ∞)。SiLU 有下界：最小值约为 −0.278。",
        )),
    },
    Details {
        activation: Activation::Mish,
        formula: m::MISH,
        derivative_formula: m::MISH_D,
        traits: t(
            "Self-gated like Swish, with tanh(softplus(x)) as the gate: x·tanh(ln(1 + eˣ)). Smooth, \
             unbounded above, bounded below; it decreases for x below about −1.19 and increases \
             above.",
            "与 Swish 一样是自门控，门为 tanh(softplus(x))：x·tanh(ln(1 + eˣ))。光滑，上方无界、\
             下方有界；在 x 小于约 −1.19 时递减，之后递增。",
        ),
        pros: t(
            "Smooth, with a slightly deeper negative dip than Swish; often matches or beats Swish \
             in vision models.",
            "光滑，负区间的下凹比 Swish 略深；在视觉模型中常与 Swish 持平或更好。",
        ),
        cons: t(
            "The most expensive of the common activations (exp, log and tanh); its gains over SiLU \
             are small and depend on the task.",
            "常见激活中计算最复杂的（需要 exp、log 和 tanh）；相对 SiLU 的提升不大且依赖任务。",
        ),
        uses: t(
            "Object detection (the backbone of YOLOv4); image segmentation; when accuracy matters \
             more than compute.",
            "目标检测（YOLOv4 的主干网络）；图像分割；精度比算力更重要的场合。",
        ),
        other_frameworks: t(
            "Keras 3 has keras.activations.mish (TensorFlow Addons had tfa.activations.mish), with \
             the same definition.",
            "Keras 3 提供 keras.activations.mish（TensorFlow Addons 曾有 tfa.activations.mish），\
             定义相同。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming) initialisation, as for the ReLU family. PyTorch's calculate_gain has \
                 no Mish entry.",
                "与 ReLU 族相同，用 He（Kaiming）初始化。PyTorch 的 calculate_gain 没有 Mish 条目。",
            ),
            gain: None,
        },
        seed_correction: Some(t(
            "The guide calls Mish non-monotonic almost everywhere and gives the range (−∞, ∞). In \
             fact it decreases only for x < ≈ −1.19 and increases everywhere after, and it is \
             bounded below at about −0.309. The guide also cites YOLOv5, whose current code uses \
             SiLU.",
            "原文称 Mish “几乎处处非单调”，并给出范围 (−∞, ∞)。实际上它只在 x < ≈ −1.19 时递减，\
             之后处处递增，且有下界，约为 −0.309。原文还提到 YOLOv5，而 YOLOv5 当前代码使用的是 SiLU。",
        )),
    },
    Details {
        activation: Activation::Softplus,
        formula: m::SOFTPLUS,
        derivative_formula: m::SOFTPLUS_D,
        traits: t(
            "A smooth ReLU: (1/β)·ln(1 + e^(βx)). Its derivative is the sigmoid σ(βx); a larger β \
             hugs ReLU more tightly.",
            "平滑版 ReLU：(1/β)·ln(1 + e^(βx))。它的导数就是 sigmoid σ(βx)；β 越大越贴近 ReLU。",
        ),
        pros: t(
            "Smooth everywhere, with no hard kink; the output is strictly positive.",
            "处处光滑，没有硬拐点；输出严格为正。",
        ),
        cons: t(
            "Needs exp and log, costlier than ReLU; the gradient saturates for x ≪ 0. The naive \
             ln(1 + eˣ) overflows beyond x ≈ 709 and needs a stable form. PyTorch returns x itself \
             once βx > threshold (20 by default), off by about 2e−9 just above 20.",
            "需要计算 log 和 exp，比 ReLU 慢；x ≪ 0 时梯度饱和。直接计算 ln(1 + eˣ) 在 x ≈ 709 以上\
             会溢出，需要数值稳定的写法。PyTorch 在 βx > threshold（默认 20）时直接返回 x，\
             在 20 附近误差约 2e−9。",
        ),
        uses: t(
            "Where a differentiable, strictly positive output is needed: predicting a variance or \
             a scale, the rates of probabilistic models.",
            "需要可微且严格为正的输出的场合：预测方差或尺度参数，概率模型中的速率参数。",
        ),
        other_frameworks: t(
            "jax.nn.softplus and keras.activations.softplus have neither β nor a threshold; JAX \
             computes it as logaddexp(x, 0).",
            "jax.nn.softplus 与 keras.activations.softplus 既没有 β 也没有 threshold；JAX 用 \
             logaddexp(x, 0) 计算。",
        ),
        init: Init {
            scheme: t(
                "No calculate_gain entry in PyTorch; He or Xavier initialisation are both used.",
                "PyTorch 的 calculate_gain 没有对应条目；He 与 Xavier 初始化都有人使用。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Hardswish,
        formula: m::HARDSWISH,
        derivative_formula: m::HARDSWISH_D,
        traits: t(
            "A piecewise approximation of Swish: x·relu6(x + 3)/6, that is x times Hard Sigmoid. \
             0 for x ≤ −3, x for x ≥ 3, a parabola in between.",
            "Swish 的分段近似：x·relu6(x + 3)/6，即 x 乘以 Hard Sigmoid。x ≤ −3 时为 0，x ≥ 3 时\
             为 x，中间是一段抛物线。",
        ),
        pros: t(
            "No exponential: several times faster than Swish on CPUs and mobile hardware, and \
             friendly to quantisation.",
            "没有指数运算：在 CPU 和移动端比 Swish 快数倍，且利于量化。",
        ),
        cons: t(
            "Not smooth: the slope jumps at −3 and at 3. It only approximates Swish.",
            "不光滑：斜率在 −3 和 3 处跳变。只是 Swish 的近似，存在近似误差。",
        ),
        uses: t(
            "Mobile CNNs (MobileNetV3); low-power inference; the practical stand-in for Swish on \
             mobile.",
            "移动端 CNN（MobileNetV3）；低功耗推理；移动端替代 Swish 的实用选择。",
        ),
        other_frameworks: t(
            "jax.nn.hard_swish (alias hard_silu) and Keras 3's keras.activations.hard_silu (alias \
             hard_swish) use the same x·relu6(x + 3)/6.",
            "jax.nn.hard_swish（别名 hard_silu）与 Keras 3 的 keras.activations.hard_silu（别名 \
             hard_swish）使用相同的 x·relu6(x + 3)/6。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming) initialisation (torchvision's MobileNetV3 uses it). PyTorch's \
                 calculate_gain has no hardswish entry.",
                "He（Kaiming）初始化（torchvision 的 MobileNetV3 即如此）。PyTorch 的 calculate_gain \
                 没有 hardswish 条目。",
            ),
            gain: None,
        },
        seed_correction: Some(t(
            "The guide gives the range as [0, ∞). Hard Swish dips below zero on (−3, 0), down to \
             −0.375 at x = −1.5.",
            "原文给出的范围是 [0, ∞)。Hard Swish 在 (−3, 0) 上取负值，在 x = −1.5 处达到 −0.375。",
        )),
    },
    Details {
        activation: Activation::Celu,
        formula: m::CELU,
        derivative_formula: m::CELU_D,
        traits: t(
            "ELU with x/α inside the exponential (Barron 2017): its slope at 0 is 1 from both \
             sides for every α, so it is continuously differentiable, which ELU is only at \
             α = 1. At α = 1 the two are the same function.",
            "把 x/α 放进指数的 ELU（Barron，2017）：对任意 α，0 处左右斜率都为 1，因此处处连续可导，\
             而 ELU 只有在 α = 1 时才是。α = 1 时两者完全相同。",
        ),
        pros: t(
            "ELU's benefits (mean output near zero, a smooth negative floor) with no kink in the \
             gradient whatever α is.",
            "具有 ELU 的优点（输出均值接近零、负区间平滑饱和），且无论 α 取何值梯度都没有折点。",
        ),
        cons: t(
            "Needs an exponential; rarely used, so few pretrained models or tuned defaults. \
             α = 0 is refused by PyTorch (division by zero); its limit is ReLU.",
            "需要指数运算；用得少，预训练模型和调好的默认值也少。PyTorch 不接受 α = 0（除以零），\
             其极限是 ReLU。",
        ),
        uses: t(
            "Where ELU fits and you want to tune α without a jump in the derivative.",
            "适合 ELU 的场合，且想调 α 又不希望导数出现跳变时。",
        ),
        other_frameworks: t(
            "jax.nn.celu(x, alpha=1.0) and keras.activations.celu(x, alpha=1.0) are the same; \
             TensorFlow itself has none.",
            "jax.nn.celu(x, alpha=1.0) 与 keras.activations.celu(x, alpha=1.0) 定义相同；\
             TensorFlow 本身没有。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming), as for ELU. PyTorch's calculate_gain has no CELU entry.",
                "与 ELU 相同，用 He（Kaiming）初始化。PyTorch 的 calculate_gain 没有 CELU 条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Rrelu,
        formula: m::RRELU,
        derivative_formula: m::RRELU_D,
        traits: t(
            "Leaky ReLU with a random negative slope (Xu et al. 2015): in training each element \
             draws its slope from U(lower, upper) anew on every forward pass; in evaluation the \
             slope is fixed at (lower + upper)/2 = 11/48 ≈ 0.229. The chart draws that curve and \
             shades the band of training slopes.",
            "负斜率随机的 Leaky ReLU（Xu 等，2015）：训练时每个元素在每次前向传播中都从 \
             U(lower, upper) 重新抽取斜率；推理时斜率固定为 (lower + upper)/2 = 11/48 ≈ 0.229。\
             图中画的是这条曲线，阴影是训练时斜率的范围。",
        ),
        pros: t(
            "The random slope acts as a regulariser; in its paper it reduced overfitting on small \
             image datasets compared with ReLU and Leaky ReLU.",
            "随机斜率起到正则化作用；原论文中它在小型图像数据集上比 ReLU 与 Leaky ReLU 更不易过拟合。",
        ),
        cons: t(
            "Training and evaluation compute different functions; the noise makes runs harder to \
             reproduce; little used today. F.rrelu defaults to training=False, unlike nn.RReLU, \
             which follows the module's mode.",
            "训练与推理计算的函数不同；噪声使结果更难复现；如今很少使用。F.rrelu 默认 \
             training=False，而 nn.RReLU 跟随模块的模式。",
        ),
        uses: t(
            "Small datasets where a leaky ReLU network overfits.",
            "Leaky ReLU 网络容易过拟合的小数据集。",
        ),
        other_frameworks: t(
            "Neither JAX nor Keras has it; TensorFlow Addons (now unmaintained) had \
             tfa.activations.rrelu.",
            "JAX 与 Keras 都没有；TensorFlow Addons（已停止维护）曾提供 tfa.activations.rrelu。",
        ),
        init: Init {
            scheme: t(
                "He (Kaiming) with the Leaky ReLU gain at the mean slope; PyTorch has no rrelu \
                 entry, so pass the slope to the leaky_relu one.",
                "He（Kaiming）初始化，增益取 Leaky ReLU 在平均斜率处的值；PyTorch 没有 rrelu 条目，\
                 可把斜率传给 leaky_relu 条目。",
            ),
            gain: gain("leaky_relu", Some(11.0 / 48.0)),
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Logsigmoid,
        formula: m::LOGSIGMOID,
        derivative_formula: m::LOGSIGMOID_D,
        traits: t(
            "The logarithm of the sigmoid, a softplus mirrored through the origin: \
             −softplus(−x). Concave; close to x for x ≪ 0 and to 0⁻ for x ≫ 0.",
            "sigmoid 的对数，即关于原点翻转的 softplus：−softplus(−x)。上凸；x ≪ 0 时接近 x，\
             x ≫ 0 时从下方趋近 0。",
        ),
        pros: t(
            "A log-probability without the overflow of log(sigmoid(x)), which gives −∞ once \
             sigmoid underflows (x < −745 in double, about −104 in float32); its gradient σ(−x) \
             never vanishes for negative x.",
            "计算对数概率而不会像 log(sigmoid(x)) 那样在 sigmoid 下溢时得到 −∞（双精度 x < −745，\
             单精度约 −104）；其梯度 σ(−x) 在 x 为负时不会消失。",
        ),
        cons: t(
            "Unbounded below and never positive: not a hidden-layer activation.",
            "下方无界且恒不为正：不适合作隐藏层激活。",
        ),
        uses: t(
            "Loss terms with a binary log-likelihood: logistic regression, word2vec's negative \
             sampling, pairwise preference losses such as DPO's −log σ(βΔ).",
            "含二元对数似然的损失项：逻辑回归、word2vec 的负采样、DPO 的 −log σ(βΔ) 等成对偏好损失。",
        ),
        other_frameworks: t(
            "jax.nn.log_sigmoid, keras.activations.log_sigmoid and tf.math.log_sigmoid are the \
             same.",
            "jax.nn.log_sigmoid、keras.activations.log_sigmoid 与 tf.math.log_sigmoid 定义相同。",
        ),
        init: Init {
            scheme: t(
                "It sits in losses, not between weight layers; PyTorch's calculate_gain has no \
                 entry for it.",
                "它用于损失函数而不是权重层之间；PyTorch 的 calculate_gain 没有对应条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Hardshrink,
        formula: m::HARDSHRINK,
        derivative_formula: m::SHRINK_D,
        traits: t(
            "Hard thresholding: 0 on the closed band [−λ, λ], the identity outside it. It jumps \
             by λ at ±λ.",
            "硬阈值：在闭区间 [−λ, λ] 上为 0，区间外为恒等映射。在 ±λ 处跳变 λ。",
        ),
        pros: t(
            "Exact zeros (sparse outputs) while large values pass unchanged, with no bias.",
            "产生精确的零（稀疏输出），同时大的值原样通过，没有偏移。",
        ),
        cons: t(
            "Discontinuous, with zero gradient inside the band: poor for gradient-based \
             training as a hidden activation.",
            "不连续，区间内梯度为零：作为隐藏层激活不利于基于梯度的训练。",
        ),
        uses: t(
            "Sparse coding and signal denoising (hard-thresholding of wavelet coefficients).",
            "稀疏编码与信号去噪（小波系数的硬阈值处理）。",
        ),
        other_frameworks: t(
            "keras.activations.hard_shrink(x, threshold=0.5) is the same; JAX has none; \
             TensorFlow Addons had tfa.activations.hardshrink.",
            "keras.activations.hard_shrink(x, threshold=0.5) 定义相同；JAX 没有；TensorFlow Addons \
             曾提供 tfa.activations.hardshrink。",
        ),
        init: Init {
            scheme: t(
                "No standard scheme; PyTorch's calculate_gain has no entry for it.",
                "没有标准的初始化方案；PyTorch 的 calculate_gain 没有对应条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Softshrink,
        formula: m::SOFTSHRINK,
        derivative_formula: m::SHRINK_D,
        traits: t(
            "Soft thresholding: 0 on [−λ, λ], and everything else moved λ towards zero, so it \
             stays continuous (corners at ±λ). It is the proximal operator of λ|x|.",
            "软阈值：在 [−λ, λ] 上为 0，其余值都向零移动 λ，因此保持连续（在 ±λ 处有折点）。\
             它是 λ|x| 的近端算子。",
        ),
        pros: t(
            "Continuous and sparse: the shrinkage step of L1-regularised solvers (ISTA, LASSO), \
             so unrolled solvers (LISTA) can use it as their activation.",
            "连续且稀疏：它是 L1 正则化求解器（ISTA、LASSO）中的收缩步骤，因此展开式求解器（LISTA）\
             可以把它当作激活函数。",
        ),
        cons: t(
            "Zero gradient inside the band; it biases every large value by λ. PyTorch refuses a \
             negative λ.",
            "区间内梯度为零；所有大的值都被偏移 λ。PyTorch 不接受负的 λ。",
        ),
        uses: t(
            "Sparse coding, unrolled ISTA networks, wavelet denoising.",
            "稀疏编码、展开式 ISTA 网络、小波去噪。",
        ),
        other_frameworks: t(
            "keras.activations.soft_shrink(x, threshold=0.5) is the same; JAX has none; \
             TensorFlow Addons had tfa.activations.softshrink.",
            "keras.activations.soft_shrink(x, threshold=0.5) 定义相同；JAX 没有；TensorFlow Addons \
             曾提供 tfa.activations.softshrink。",
        ),
        init: Init {
            scheme: t(
                "No standard scheme; PyTorch's calculate_gain has no entry for it.",
                "没有标准的初始化方案；PyTorch 的 calculate_gain 没有对应条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Tanhshrink,
        formula: m::TANHSHRINK,
        derivative_formula: m::TANHSHRINK_D,
        traits: t(
            "x − tanh x: nearly flat around 0 (about x³/3), then close to x − 1 or x + 1. Odd and \
             increasing, with slope tanh²x.",
            "x − tanh x：在 0 附近几乎平坦（约为 x³/3），远处接近 x − 1 或 x + 1。奇函数、递增，\
             斜率为 tanh²x。",
        ),
        pros: t(
            "A smooth shrinkage with no parameter to tune.",
            "平滑的收缩函数，没有需要调的参数。",
        ),
        cons: t(
            "Small inputs get almost no gradient (slope ≈ x²). Computed naively, x − tanh(x) \
             loses every digit near 0; here a series is used there.",
            "小输入几乎没有梯度（斜率 ≈ x²）。直接计算 x − tanh(x) 在 0 附近会丢失全部有效数字；\
             本应用在那里改用级数。",
        ),
        uses: t(
            "Rarely a hidden activation; sparse coding and denoising experiments.",
            "很少用作隐藏层激活；稀疏编码与去噪实验。",
        ),
        other_frameworks: t(
            "keras.activations.tanh_shrink is the same; JAX has none; TensorFlow Addons had \
             tfa.activations.tanhshrink.",
            "keras.activations.tanh_shrink 定义相同；JAX 没有；TensorFlow Addons 曾提供 \
             tfa.activations.tanhshrink。",
        ),
        init: Init {
            scheme: t(
                "No standard scheme; PyTorch's calculate_gain has no entry for it.",
                "没有标准的初始化方案；PyTorch 的 calculate_gain 没有对应条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Threshold,
        formula: m::THRESHOLD,
        derivative_formula: m::THRESHOLD_D,
        traits: t(
            "Keeps x above a threshold and replaces everything else by a constant value. PyTorch \
             has no defaults for either argument; this app starts both at 0, which is ReLU.",
            "高于阈值时保留 x，其余一律替换为常数 value。PyTorch 中这两个参数都没有默认值；\
             本应用把两者都设为 0，此时就是 ReLU。",
        ),
        pros: t(
            "Cheap; generalises ReLU to any cut-off and any floor.",
            "计算便宜；把 ReLU 推广到任意截断点和任意下限。",
        ),
        cons: t(
            "It jumps at the threshold unless value = threshold; zero gradient at and below it.",
            "除非 value = threshold，否则在阈值处跳变；在阈值及以下梯度为零。",
        ),
        uses: t(
            "Masking or clipping small activations; a ReLU with a different cut-off.",
            "屏蔽或截断较小的激活值；截断点不同的 ReLU。",
        ),
        other_frameworks: t(
            "keras.activations.threshold(x, threshold, default_value) is the same; Keras' \
             relu(x, threshold=t) also cuts at t but always to 0; JAX has none.",
            "keras.activations.threshold(x, threshold, default_value) 定义相同；Keras 的 \
             relu(x, threshold=t) 也在 t 处截断，但总是截为 0；JAX 没有。",
        ),
        init: Init {
            scheme: t(
                "At 0 and 0 it is ReLU: He (Kaiming). PyTorch's calculate_gain has no threshold \
                 entry.",
                "取 0 和 0 时即 ReLU：用 He（Kaiming）初始化。PyTorch 的 calculate_gain 没有 \
                 threshold 条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::SquaredRelu,
        formula: m::SQUARED_RELU,
        derivative_formula: m::SQUARED_RELU_D,
        traits: t(
            "ReLU squared: 0 for x ≤ 0, x² above. Its slope 2x is continuous at 0, so it is C¹ \
             but not C². Found by the architecture search of Primer (So et al. 2021).",
            "ReLU 的平方：x ≤ 0 时为 0，其上为 x²。斜率 2x 在 0 处连续，因此一阶连续可导但二阶不连续。\
             由 Primer 的架构搜索发现（So 等，2021）。",
        ),
        pros: t(
            "In Primer it cut the compute needed to train a language model to a given quality; \
             it keeps ReLU's exact zeros.",
            "在 Primer 中，它减少了把语言模型训练到同等效果所需的算力；保留了 ReLU 的精确零值。",
        ),
        cons: t(
            "Grows quadratically, so large inputs give very large outputs and gradients; not in \
             PyTorch.",
            "按平方增长，大输入会产生很大的输出与梯度；PyTorch 没有内置。",
        ),
        uses: t(
            "Transformer feed-forward layers (Primer, Nemotron-4).",
            "Transformer 前馈层（Primer、Nemotron-4）。",
        ),
        other_frameworks: t(
            "Hugging Face names it relu2 (ACT2FN['relu2']); JAX and Keras have none: \
             jnp.square(jax.nn.relu(x)).",
            "Hugging Face 称为 relu2（ACT2FN['relu2']）；JAX 与 Keras 都没有：\
             jnp.square(jax.nn.relu(x))。",
        ),
        init: Init {
            scheme: t(
                "Transformers use their usual small fixed-width normal; PyTorch has no gain for it.",
                "Transformer 使用常用的小标准差正态分布；PyTorch 没有对应的增益。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::QuickGelu,
        formula: m::QUICK_GELU,
        derivative_formula: m::QUICK_GELU_D,
        traits: t(
            "GELU's sigmoid approximation from the GELU paper: x·σ(1.702x), that is Swish with \
             β = 1.702. It differs from the exact GELU by up to about 0.020 (near |x| ≈ 2.3).",
            "GELU 论文中的 sigmoid 近似：x·σ(1.702x)，即 β = 1.702 的 Swish。与精确 GELU 最多相差约 \
             0.020（在 |x| ≈ 2.3 附近）。",
        ),
        pros: t(
            "One sigmoid, cheaper than erf; the exact function CLIP was trained with.",
            "只需一次 sigmoid，比 erf 便宜；正是 CLIP 训练时所用的函数。",
        ),
        cons: t(
            "A rougher approximation than the tanh form: loading CLIP weights with nn.GELU \
             instead changes the outputs. Not in PyTorch.",
            "比 tanh 近似更粗糙：用 nn.GELU 加载 CLIP 权重会改变输出。PyTorch 没有内置。",
        ),
        uses: t(
            "OpenAI CLIP and the models built on its encoders.",
            "OpenAI CLIP 以及基于其编码器的模型。",
        ),
        other_frameworks: t(
            "Hugging Face: ACT2FN['quick_gelu']; tf.nn.silu(x, beta=1.702) computes it; JAX and \
             Keras have no name for it.",
            "Hugging Face：ACT2FN['quick_gelu']；可用 tf.nn.silu(x, beta=1.702) 计算；JAX 与 Keras \
             没有对应名称。",
        ),
        init: Init {
            scheme: t(
                "As for GELU: the small fixed-width normal of Transformers; no calculate_gain \
                 entry.",
                "与 GELU 相同：Transformer 常用的小标准差正态分布；calculate_gain 没有对应条目。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
    Details {
        activation: Activation::Snake,
        formula: m::SNAKE,
        derivative_formula: m::SNAKE_D,
        traits: t(
            "The identity plus a ripple of period π/α and height 1/α (Liu Ziyin et al. 2020). \
             Its slope 1 + sin(2αx) stays in [0, 2], so it never decreases.",
            "恒等映射加上周期为 π/α、高度为 1/α 的波动（Liu Ziyin 等，2020）。斜率 1 + sin(2αx) \
             始终在 [0, 2] 内，因此从不递减。",
        ),
        pros: t(
            "A periodic inductive bias: networks with it fit and extrapolate periodic signals \
             such as audio waveforms, where ReLU and tanh networks fail; α can be learned per \
             channel.",
            "带有周期性归纳偏置：用它的网络能拟合并外推音频波形等周期信号，而 ReLU 与 tanh 网络做不到；\
             α 可以按通道学习。",
        ),
        cons: t(
            "Needs a sine; not in PyTorch; dividing by a learned α needs a guard near 0 (BigVGAN \
             adds 1e−9). Of little use for non-periodic data.",
            "需要计算正弦；PyTorch 没有内置；除以可学习的 α 时需要防止其接近 0（BigVGAN 加了 1e−9）。\
             对非周期数据帮助不大。",
        ),
        uses: t(
            "Neural vocoders and audio codecs (BigVGAN, the Descript Audio Codec); periodic time \
             series.",
            "神经声码器与音频编解码器（BigVGAN、Descript Audio Codec）；周期性时间序列。",
        ),
        other_frameworks: t(
            "TensorFlow Addons had tfa.activations.snake; JAX and Keras have none. BigVGAN's \
             Snake module learns α per channel.",
            "TensorFlow Addons 曾提供 tfa.activations.snake；JAX 与 Keras 都没有。BigVGAN 的 Snake \
             模块按通道学习 α。",
        ),
        init: Init {
            scheme: t(
                "No standard scheme; BigVGAN starts α at 1. PyTorch has no gain for it.",
                "没有标准的初始化方案；BigVGAN 把 α 初始化为 1。PyTorch 没有对应的增益。",
            ),
            gain: None,
        },
        seed_correction: None,
    },
];
