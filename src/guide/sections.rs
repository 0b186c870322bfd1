//! The seed's category guide (section 4), with every added function placed in it, and the seed's
//! practical notes ("注意事项"), as bilingual data.

use crate::catalog::{Category, category_name, category_summary};
use crate::lang::{Text, t};
use crate::math::{Activation, GatedUnit};

/// One piece of advice, naming the activations it is about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GuideItem {
    /// The activations the advice refers to, in order of mention.
    pub activations: &'static [Activation],
    /// The gated units it refers to (shown after the activations).
    pub gated: &'static [GatedUnit],
    /// The advice.
    pub text: Text,
}

impl GuideItem {
    /// Whether the item is the seed's own advice (it names an activation of the seed's set),
    /// not one added beyond the guide.
    pub fn from_seed(&self) -> bool {
        self.activations.iter().any(|a| a.in_seed_set())
    }
}

/// The advice for one category (the seed's three, then the added ones).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GuideSection {
    /// The category.
    pub category: Category,
    /// The section heading.
    pub title: Text,
    /// One sentence on what the category's members have in common.
    pub summary: Text,
    /// The advice, one bullet each.
    pub items: &'static [GuideItem],
}

/// One practical note.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Note {
    /// A stable id (`vanishing_gradients`, `cost`, `initialisation`, `learnable_params`,
    /// `bounded_outputs`).
    pub id: &'static str,
    /// A short heading.
    pub title: Text,
    /// The note.
    pub text: Text,
    /// The activations the note names.
    pub activations: &'static [Activation],
}

use Activation as A;

const SATURATING: [GuideItem; 2] = [
    GuideItem {
        gated: &[],
        activations: &[A::Sigmoid, A::Tanh, A::Softsign],
        text: t(
            "Sigmoid, Tanh and Softsign fit shallow networks that need a probability-like or a \
             symmetric output. Their gradients vanish badly, so avoid them in the hidden layers \
             of deep networks.",
            "Sigmoid、Tanh 和 Softsign 适合需要概率式输出或对称输出的浅层网络。\
             它们的梯度消失问题严重，不建议用在深层网络的隐藏层。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Hardsigmoid, A::Hardtanh],
        text: t(
            "Hard Sigmoid and Hard Tanh are their cheap stand-ins, for mobile models or whenever \
             inference has to be fast.",
            "Hard Sigmoid 和 Hard Tanh 是它们的廉价替代品，用于移动端模型或需要快速推理的场合。",
        ),
    },
];

const RELU_FAMILY: [GuideItem; 7] = [
    GuideItem {
        gated: &[],
        activations: &[A::Relu],
        text: t(
            "ReLU is the default first choice for deep CNNs: simple and efficient.",
            "ReLU 是深度 CNN 的默认首选：简单而高效。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::LeakyRelu, A::Prelu],
        text: t(
            "When many neurons have died, switch to Leaky ReLU; with plenty of data, PReLU is \
             worth a try.",
            "发现大量神经元死亡时，改用 Leaky ReLU；数据充足时，可以尝试 PReLU。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Elu, A::Selu],
        text: t(
            "Pick SELU when you need self-normalisation (it requires LeCun initialisation); ELU \
             suits networks of moderate depth. The guide credits SELU with robustness to noise: it \
             comes from the negative part saturating at −α, which ELU has too (SELU is a scaled \
             ELU).",
            "需要自归一化时选择 SELU（必须配合 LeCun 初始化）；ELU 适合中等深度的网络。原指南把\
             抗噪声能力归于 SELU：它来自负区间在 −α 处的饱和，ELU 同样具备（SELU 就是缩放后的 ELU）。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Relu6],
        text: t(
            "ReLU6 is the one to use for quantised models and mobile deployment.",
            "量化模型和移动端部署推荐使用 ReLU6。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Celu, A::Rrelu],
        text: t(
            "CELU is ELU with a continuous derivative for every α; RReLU \
             randomises Leaky ReLU's slope in training, a regulariser for small datasets.",
            "CELU 是对任意 α 导数都连续的 ELU；RReLU 在训练时随机化 Leaky ReLU 的斜率，\
             是适合小数据集的正则化手段。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Threshold],
        text: t(
            "Threshold generalises ReLU to any cut-off and floor (both must be \
             given in PyTorch; at 0 and 0 it is ReLU).",
            "Threshold 把 ReLU 推广到任意截断点和下限（PyTorch 中两者都必须给出；取 0 和 0 \
             时即 ReLU）。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::SquaredRelu],
        text: t(
            "Squared ReLU (Primer, Nemotron-4) speeds up language-model \
             training; watch its quadratic growth.",
            "Squared ReLU（Primer、Nemotron-4）能加快语言模型训练；注意它按平方增长。",
        ),
    },
];

const SMOOTH: [GuideItem; 7] = [
    GuideItem {
        gated: &[],
        activations: &[A::Gelu],
        text: t(
            "GELU is the standard in Transformer models and the first choice for NLP tasks.",
            "GELU 是 Transformer 模型的标准配置，NLP 任务的优先选择。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Silu],
        text: t(
            "Swish/SiLU often beats ReLU in large CNNs such as EfficientNet, and PyTorch ships \
             SiLU natively.",
            "在 EfficientNet 等大型 CNN 中，Swish/SiLU 往往优于 ReLU，而且 PyTorch 原生提供 SiLU。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Mish],
        text: t(
            "Mish is worth trying when you want every last bit of accuracy, object detection \
             above all, but it is expensive to compute.",
            "想要榨取最后一点精度时可以尝试 Mish，在目标检测中尤其出色，但计算代价高。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Hardswish],
        text: t(
            "Hard Swish is the practical replacement for Swish on mobile devices.",
            "Hard Swish 是移动端替代 Swish 的实用选择。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Softplus],
        text: t(
            "Softplus serves regression outputs that must be smooth and positive, such as a \
             predicted variance.",
            "Softplus 用于需要平滑且为正的回归输出，例如预测方差。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::QuickGelu],
        text: t(
            "QuickGELU, x·σ(1.702x), is what CLIP was trained with; keep it \
             when loading CLIP weights.",
            "QuickGELU，即 x·σ(1.702x)，是 CLIP 训练时所用的函数；加载 CLIP 权重时请保留它。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Logsigmoid],
        text: t(
            "LogSigmoid belongs in losses (log-likelihoods, preference losses), \
             where it is the stable form of log(sigmoid(x)).",
            "LogSigmoid 用于损失函数（对数似然、偏好损失），它是 log(sigmoid(x)) 的稳定写法。",
        ),
    },
];

const SHRINKAGE: [GuideItem; 2] = [
    GuideItem {
        gated: &[],
        activations: &[A::Softshrink, A::Hardshrink],
        text: t(
            "Softshrink (soft thresholding) for unrolled sparse solvers such as LISTA; \
             Hardshrink when large values must pass unbiased.",
            "展开式稀疏求解器（如 LISTA）用 Softshrink（软阈值）；需要大值无偏通过时用 Hardshrink。",
        ),
    },
    GuideItem {
        gated: &[],
        activations: &[A::Tanhshrink],
        text: t(
            "Tanhshrink is the smooth, parameter-free variant; small inputs get almost no \
             gradient.",
            "Tanhshrink 是平滑、无参数的变体；小输入几乎没有梯度。",
        ),
    },
];

const PERIODIC: [GuideItem; 1] = [GuideItem {
    gated: &[],
    activations: &[A::Snake],
    text: t(
        "Snake for audio waveforms and other periodic signals (BigVGAN, DAC), with α learned \
         per channel.",
        "处理音频波形等周期信号时用 Snake（BigVGAN、DAC），α 按通道学习。",
    ),
}];

const GATED: [GuideItem; 2] = [
    GuideItem {
        activations: &[],
        gated: &[GatedUnit::Swiglu, GatedUnit::Geglu],
        text: t(
            "For the feed-forward block of a Transformer language model, SwiGLU (LLaMA, PaLM, \
             Mistral, Qwen) or GeGLU (Gemma, T5 v1.1), with the hidden width cut to about ⅔ to \
             keep the parameter count.",
            "Transformer 语言模型的前馈层用 SwiGLU（LLaMA、PaLM、Mistral、Qwen）或 GeGLU（Gemma、\
             T5 v1.1），并把隐藏宽度缩小到约 ⅔ 以保持参数量不变。",
        ),
    },
    GuideItem {
        activations: &[],
        gated: &[GatedUnit::Glu, GatedUnit::Reglu],
        text: t(
            "GLU (in PyTorch as F.glu) for gated convolutions, e.g. Conformer's convolution \
             module; ReGLU is the cheapest gate.",
            "门控卷积用 GLU（PyTorch 中为 F.glu），如 Conformer 的卷积模块；ReGLU 是最便宜的门。",
        ),
    },
];

const SECTIONS: [GuideSection; 6] = [
    GuideSection {
        category: Category::Saturating,
        title: t("Saturating activations", "饱和型激活函数"),
        summary: t(
            "Bounded S-shaped curves whose slope tends to zero at both ends.",
            "有界的 S 形曲线，两端的斜率趋近于零。",
        ),
        items: &SATURATING,
    },
    GuideSection {
        category: Category::ReluFamily,
        title: t("ReLU and its variants", "ReLU 及其变体"),
        summary: t(
            "Identity for positive inputs; they differ in what they do with negative ones.",
            "正输入时保持原值；它们的区别在于如何处理负输入。",
        ),
        items: &RELU_FAMILY,
    },
    GuideSection {
        category: Category::Smooth,
        title: t(
            "Modern smooth and self-gated activations",
            "现代平滑 / 自门控激活函数",
        ),
        summary: t(
            "Smooth curves, mostly of the form x times a gate between 0 and 1.",
            "平滑曲线，大多形如 x 乘以一个介于 0 和 1 之间的门控值。",
        ),
        items: &SMOOTH,
    },
    GuideSection {
        category: Category::Shrinkage,
        title: category_name(Category::Shrinkage),
        summary: category_summary(Category::Shrinkage),
        items: &SHRINKAGE,
    },
    GuideSection {
        category: Category::Periodic,
        title: category_name(Category::Periodic),
        summary: category_summary(Category::Periodic),
        items: &PERIODIC,
    },
    GuideSection {
        category: Category::Gated,
        title: category_name(Category::Gated),
        summary: category_summary(Category::Gated),
        items: &GATED,
    },
];

const NOTES: [Note; 5] = [
    Note {
        id: "vanishing_gradients",
        title: t("Vanishing gradients", "梯度消失"),
        text: t(
            "Do not use Sigmoid or Tanh as the hidden activation of a deep network: their slopes \
             shrink towards zero away from the origin, and the gradient fades layer after layer.",
            "不要在深层网络的隐藏层使用 Sigmoid 或 Tanh：远离原点时它们的斜率趋近于零，\
             梯度会一层层衰减下去。",
        ),
        activations: &[A::Sigmoid, A::Tanh],
    },
    Note {
        id: "cost",
        title: t("Computational cost", "计算效率"),
        text: t(
            "The Hard functions (Hard Swish and the like) avoid exponentials and run several \
             times faster than their exponential counterparts on CPUs and mobile devices.",
            "Hard 系列函数（Hard Swish 等）不含指数运算，在 CPU 和移动端上比对应的指数版本快好几倍。",
        ),
        activations: &[A::Hardswish, A::Hardsigmoid, A::Hardtanh],
    },
    Note {
        id: "initialisation",
        title: t("Matching the initialisation", "初始化匹配"),
        text: t(
            "Match the weight initialisation to the activation: LeCun normal for SELU, He \
             (Kaiming) for the ReLU family, Xavier (Glorot) for Tanh.",
            "权重初始化要与激活函数匹配：SELU 配 LeCun 正态初始化，ReLU 族配 He（Kaiming）初始化，\
             Tanh 配 Xavier（Glorot）初始化。",
        ),
        activations: &[A::Selu, A::Relu, A::LeakyRelu, A::Prelu, A::Tanh],
    },
    Note {
        id: "learnable_params",
        title: t("Learnable parameters", "可学习参数"),
        text: t(
            "PReLU learns its negative slope, which adds parameters (one per channel or per \
             layer): keep an eye on regularisation.",
            "PReLU 会学习自己的负斜率，从而增加参数量（每个通道或每层一个），需要注意正则化。",
        ),
        activations: &[A::Prelu],
    },
    Note {
        id: "bounded_outputs",
        title: t("Bounded outputs", "输出范围"),
        text: t(
            "Activations with a bounded output, such as Sigmoid and Tanh, make good final layers, \
             but inside the network the bound limits what the features can express.",
            "Sigmoid、Tanh 等输出有界的激活函数适合作为最终层，但用在网络内部时，\
             有界的输出会限制特征的表达能力。",
        ),
        activations: &[A::Sigmoid, A::Tanh],
    },
];

/// The category guide: one section per category, the seed's three first.
pub fn category_guide() -> &'static [GuideSection] {
    &SECTIONS
}

/// The practical notes, in the seed's order.
pub fn practical_notes() -> &'static [Note] {
    &NOTES
}
