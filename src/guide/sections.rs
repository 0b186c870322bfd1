//! The seed's category guide (section 4) and practical notes ("注意事项"), as bilingual data.

use crate::catalog::Category;
use crate::lang::{Text, t};
use crate::math::Activation;

/// One piece of advice, naming the activations it is about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GuideItem {
    /// The activations the advice refers to, in order of mention.
    pub activations: &'static [Activation],
    /// The advice.
    pub text: Text,
}

/// The advice for one of the seed's three categories.
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
        activations: &[A::Hardsigmoid, A::Hardtanh],
        text: t(
            "Hard Sigmoid and Hard Tanh are their cheap stand-ins, for mobile models or whenever \
             inference has to be fast.",
            "Hard Sigmoid 和 Hard Tanh 是它们的廉价替代品，用于移动端模型或需要快速推理的场合。",
        ),
    },
];

const RELU_FAMILY: [GuideItem; 4] = [
    GuideItem {
        activations: &[A::Relu],
        text: t(
            "ReLU is the default first choice for deep CNNs: simple and efficient.",
            "ReLU 是深度 CNN 的默认首选：简单而高效。",
        ),
    },
    GuideItem {
        activations: &[A::LeakyRelu, A::Prelu],
        text: t(
            "When many neurons have died, switch to Leaky ReLU; with plenty of data, PReLU is \
             worth a try.",
            "发现大量神经元死亡时，改用 Leaky ReLU；数据充足时，可以尝试 PReLU。",
        ),
    },
    GuideItem {
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
        activations: &[A::Relu6],
        text: t(
            "ReLU6 is the one to use for quantised models and mobile deployment.",
            "量化模型和移动端部署推荐使用 ReLU6。",
        ),
    },
];

const SMOOTH: [GuideItem; 5] = [
    GuideItem {
        activations: &[A::Gelu],
        text: t(
            "GELU is the standard in Transformer models and the first choice for NLP tasks.",
            "GELU 是 Transformer 模型的标准配置，NLP 任务的优先选择。",
        ),
    },
    GuideItem {
        activations: &[A::Silu],
        text: t(
            "Swish/SiLU often beats ReLU in large CNNs such as EfficientNet, and PyTorch ships \
             SiLU natively.",
            "在 EfficientNet 等大型 CNN 中，Swish/SiLU 往往优于 ReLU，而且 PyTorch 原生提供 SiLU。",
        ),
    },
    GuideItem {
        activations: &[A::Mish],
        text: t(
            "Mish is worth trying when you want every last bit of accuracy, object detection \
             above all, but it is expensive to compute.",
            "想要榨取最后一点精度时可以尝试 Mish，在目标检测中尤其出色，但计算代价高。",
        ),
    },
    GuideItem {
        activations: &[A::Hardswish],
        text: t(
            "Hard Swish is the practical replacement for Swish on mobile devices.",
            "Hard Swish 是移动端替代 Swish 的实用选择。",
        ),
    },
    GuideItem {
        activations: &[A::Softplus],
        text: t(
            "Softplus serves regression outputs that must be smooth and positive, such as a \
             predicted variance.",
            "Softplus 用于需要平滑且为正的回归输出，例如预测方差。",
        ),
    },
];

const SECTIONS: [GuideSection; 3] = [
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

/// The category guide: one section per category, in the seed's order.
pub fn category_guide() -> &'static [GuideSection] {
    &SECTIONS
}

/// The practical notes, in the seed's order.
pub fn practical_notes() -> &'static [Note] {
    &NOTES
}
