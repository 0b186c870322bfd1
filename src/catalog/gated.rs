//! The facts of the gated linear units (two inputs, so not [`crate::math::Activation`]s): names,
//! formulas, what they are, who uses them, how to write them.

use super::mathml as m;
use crate::lang::{Text, t};
use crate::math::GatedUnit;

/// Everything the app shows about one gated unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GatedEntry {
    /// Which unit.
    pub unit: GatedUnit,
    /// Its display name.
    pub name: Text,
    /// f(a, b) as presentation MathML.
    pub formula: &'static str,
    /// ∂f/∂a and ∂f/∂b as presentation MathML.
    pub partials_formula: &'static str,
    /// Its defining traits.
    pub traits: Text,
    /// Advantages.
    pub pros: Text,
    /// Drawbacks.
    pub cons: Text,
    /// Where it is used, naming the model families.
    pub uses: Text,
    /// Well-known models that use it (names, the same in both languages).
    pub models: &'static [&'static str],
    /// Whether PyTorch ships it (`F.glu` only).
    pub pytorch_native: bool,
    /// How to write it in PyTorch, after [`SPLIT_SNIPPET`].
    pub pytorch: &'static str,
    /// JAX / Keras / TensorFlow.
    pub other_frameworks: Text,
}

/// The split every PyTorch snippet of [`GatedEntry::pytorch`] assumes (`F.glu` does the same).
pub const SPLIT_SNIPPET: &str = "a, b = x.chunk(2, dim=-1)";

static GATED: [GatedEntry; 4] = [
    GatedEntry {
        unit: GatedUnit::Glu,
        name: t("GLU", "GLU"),
        formula: m::GLU,
        partials_formula: m::GLU_D,
        traits: t(
            "The input is split in half along the last dimension into a and b, and a passes \
             through a sigmoid gate of b (Dauphin et al. 2017). The output has half the width of \
             the input.",
            "输入沿最后一维对半分成 a 与 b，a 经过由 b 控制的 sigmoid 门（Dauphin 等，2017）。\
             输出宽度是输入的一半。",
        ),
        pros: t(
            "The linear path a keeps gradients flowing (∂f/∂a = σ(b)), while the gate learns \
             which features to let through.",
            "线性通路 a 保证梯度畅通（∂f/∂a = σ(b)），门则学习放行哪些特征。",
        ),
        cons: t(
            "A layer needs twice the projections for the same output width; the sigmoid gate \
             saturates.",
            "同样的输出宽度需要两倍的投影；sigmoid 门会饱和。",
        ),
        uses: t(
            "Gated convolutional language models; the convolution module of Conformer speech \
             encoders.",
            "门控卷积语言模型；Conformer 语音编码器的卷积模块。",
        ),
        models: &["Conformer"],
        pytorch_native: true,
        pytorch: "nn.GLU(dim=-1) · F.glu(x, dim=-1)",
        other_frameworks: t(
            "jax.nn.glu(x, axis=-1) and keras.activations.glu(x, axis=-1) split the same way.",
            "jax.nn.glu(x, axis=-1) 与 keras.activations.glu(x, axis=-1) 的切分方式相同。",
        ),
    },
    GatedEntry {
        unit: GatedUnit::Reglu,
        name: t("ReGLU", "ReGLU"),
        formula: m::REGLU,
        partials_formula: m::REGLU_D,
        traits: t(
            "GLU with a ReLU gate (Shazeer 2020): a passes where b > 0 and is cut where b ≤ 0.",
            "门为 ReLU 的 GLU（Shazeer，2020）：b > 0 处放行 a，b ≤ 0 处截断。",
        ),
        pros: t(
            "The cheapest gate; in Shazeer's Transformer experiments it beat the plain ReLU \
             feed-forward layer.",
            "最便宜的门；在 Shazeer 的 Transformer 实验中优于普通 ReLU 前馈层。",
        ),
        cons: t(
            "Half of the (a, b) plane is dead: no gradient to a or b where b ≤ 0.",
            "(a, b) 平面有一半是“死”的：b ≤ 0 处 a 与 b 都没有梯度。",
        ),
        uses: t(
            "Transformer feed-forward layers in experiments; rarer in released models than \
             SwiGLU and GeGLU.",
            "实验中的 Transformer 前馈层；在已发布的模型中不如 SwiGLU 与 GeGLU 常见。",
        ),
        models: &[],
        pytorch_native: false,
        pytorch: "a * F.relu(b)",
        other_frameworks: t(
            "No framework ships it: a * jax.nn.relu(b), a * keras.ops.relu(b).",
            "各框架都没有内置：a * jax.nn.relu(b)、a * keras.ops.relu(b)。",
        ),
    },
    GatedEntry {
        unit: GatedUnit::Geglu,
        name: t("GeGLU", "GeGLU"),
        formula: m::GEGLU,
        partials_formula: m::GEGLU_D,
        traits: t(
            "GLU with a GELU gate (Shazeer 2020). Drawn here with the exact GELU; T5 v1.1 and \
             Gemma use its tanh form.",
            "门为 GELU 的 GLU（Shazeer，2020）。此处用精确 GELU 绘制；T5 v1.1 与 Gemma 使用其 \
             tanh 近似。",
        ),
        pros: t(
            "Among the best variants in Shazeer's comparison; a smooth gate that lets a little \
             gradient through for negative b.",
            "在 Shazeer 的对比中名列前茅；门是平滑的，b 为负时仍有少量梯度。",
        ),
        cons: t(
            "Costs a GELU on top of the doubled projection; erf and tanh forms differ slightly, \
             so use the one the weights were trained with.",
            "在双倍投影之外还要算 GELU；erf 与 tanh 两种形式略有差异，应使用权重训练时所用的那种。",
        ),
        uses: t(
            "Feed-forward blocks of T5 v1.1, mT5 and Gemma.",
            "T5 v1.1、mT5 与 Gemma 的前馈层。",
        ),
        models: &["T5 v1.1", "Gemma"],
        pytorch_native: false,
        pytorch: "a * F.gelu(b, approximate='tanh')",
        other_frameworks: t(
            "No framework ships it: a * jax.nn.gelu(b) (JAX's default is the tanh form).",
            "各框架都没有内置：a * jax.nn.gelu(b)（JAX 默认即 tanh 形式）。",
        ),
    },
    GatedEntry {
        unit: GatedUnit::Swiglu,
        name: t("SwiGLU", "SwiGLU"),
        formula: m::SWIGLU,
        partials_formula: m::SWIGLU_D,
        traits: t(
            "GLU with a Swish/SiLU gate (Shazeer 2020). In a Transformer block: \
             FFN(x) = W₂(SiLU(W₁x) ⊙ W₃x), with the hidden width cut to about ⅔ of 4d so the \
             parameter count stays that of the plain block.",
            "门为 Swish/SiLU 的 GLU（Shazeer，2020）。在 Transformer 块中：\
             FFN(x) = W₂(SiLU(W₁x) ⊙ W₃x)，隐藏宽度缩小到 4d 的约 ⅔，使参数量与普通前馈层相同。",
        ),
        pros: t(
            "The feed-forward default of today's open large language models: better quality per \
             parameter than ReLU or GELU layers.",
            "当今开源大语言模型前馈层的默认选择：每个参数带来的效果优于 ReLU 或 GELU 前馈层。",
        ),
        cons: t(
            "Three weight matrices instead of two, and a sigmoid; no closed-form initialisation \
             gain.",
            "需要三个权重矩阵而不是两个，还要算 sigmoid；没有现成的初始化增益公式。",
        ),
        uses: t(
            "PaLM, LLaMA 1–3, Mistral, Qwen, DeepSeek: the feed-forward block of most recent large \
             language models.",
            "PaLM、LLaMA 1–3、Mistral、Qwen、DeepSeek：近年多数大语言模型的前馈层。",
        ),
        models: &["PaLM", "LLaMA", "Mistral", "Qwen"],
        pytorch_native: false,
        pytorch: "a * F.silu(b)",
        other_frameworks: t(
            "No framework ships it: a * jax.nn.silu(b), a * keras.ops.silu(b).",
            "各框架都没有内置：a * jax.nn.silu(b)、a * keras.ops.silu(b)。",
        ),
    },
];

/// The catalogue entry of the gated unit `u`.
pub fn gated_entry(u: GatedUnit) -> &'static GatedEntry {
    GATED
        .iter()
        .find(|e| e.unit == u)
        .expect("every gated unit has an entry")
}
