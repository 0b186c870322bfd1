//! The seed's selection decision tree (section 5), as data.
//!
//! The tree is a chain: each question's "Yes" ends the walk at its outcome, "No" moves on to the
//! next question; when every answer is "No" the walk ends at [`DEFAULT_OUTCOME`].

use crate::lang::{Text, t};
use crate::math::{Activation, GatedUnit};

/// One yes/no question of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Question {
    /// A stable id (`binary_output`, `rnn_generative`, …), usable as a DOM id or test hook.
    pub id: &'static str,
    /// The question itself.
    pub text: Text,
    /// One or two sentences saying what the question means and when to answer "Yes".
    pub help: Text,
    /// Where a "Yes" to this question leads.
    pub yes: &'static Outcome,
}

/// A leaf of the tree: what to use, why, and what to watch out for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// A stable id (`sigmoid`, `mobile`, `default`, …).
    pub id: &'static str,
    /// A short heading for the result ("Sigmoid", "ReLU (CNN) or GELU (Transformer)").
    pub title: Text,
    /// The recommended activations, in the seed's order of mention.
    pub recommended: &'static [Activation],
    /// Close alternatives worth marking alongside (e.g. GELU's tanh form next to GELU).
    pub also: &'static [Activation],
    /// Why the seed recommends them.
    pub reason: Text,
    /// What goes with the choice: initialisation, loss, cost, regularisation.
    pub caveats: Text,
    /// A note beyond the seed's guide (not a new outcome), with the gated units it names
    /// (linked to the gated view): what recent large language models use.
    pub note: Option<(Text, &'static [GatedUnit])>,
}

/// The note of the outcomes that recommend GELU for Transformers: recent large language models
/// gate their feed-forward blocks.
const LLM_NOTE: (Text, &[GatedUnit]) = (
    t(
        "Beyond the guide: most recent large language models put a gated unit in their \
         feed-forward blocks instead of a plain GELU layer: SwiGLU (LLaMA, PaLM, Mistral, Qwen) \
         or GeGLU (Gemma, T5 v1.1).",
        "指南之外：近年多数大语言模型的前馈层不再用单纯的 GELU，而是门控单元：SwiGLU（LLaMA、PaLM、\
         Mistral、Qwen）或 GeGLU（Gemma、T5 v1.1）。",
    ),
    &[GatedUnit::Swiglu, GatedUnit::Geglu],
);

/// The outcome of question 1: a binary-classification output layer.
pub const OUTCOME_SIGMOID: Outcome = Outcome {
    id: "sigmoid",
    title: t("Sigmoid", "Sigmoid"),
    recommended: &[Activation::Sigmoid],
    also: &[],
    reason: t(
        "Sigmoid squashes any score into (0, 1), so the single output unit reads directly as the \
         probability of the positive class.",
        "Sigmoid 把任意实数压缩到 (0, 1) 区间，单个输出单元的值可以直接解读为正类的概率。",
    ),
    caveats: t(
        "Pair it with binary cross-entropy (in PyTorch, prefer BCEWithLogitsLoss on the raw score, \
         which applies the sigmoid in a numerically stable way). Keep it out of deep hidden layers: \
         its gradient vanishes at both ends and its output is not zero-centred.",
        "需要与二元交叉熵损失配合使用（在 PyTorch 中更推荐对原始分数使用 BCEWithLogitsLoss，\
         它以数值稳定的方式内置了 sigmoid）。不要把它用在深层网络的隐藏层：两端梯度趋近于零，\
         且输出不以零为中心。",
    ),
    note: None,
};

/// The outcome of question 2: a hidden layer of an RNN or a generative model.
pub const OUTCOME_TANH: Outcome = Outcome {
    id: "tanh",
    title: t("Tanh", "Tanh"),
    recommended: &[Activation::Tanh],
    also: &[],
    reason: t(
        "Tanh is zero-centred with outputs in (-1, 1) and a steeper slope than sigmoid near zero, \
         which keeps recurrent states and intermediate features of generative models balanced \
         and able to take negative values.",
        "Tanh 以零为中心，输出位于 (-1, 1)，在零附近比 Sigmoid 更陡，能让循环网络的状态以及\
         生成模型的中间特征保持平衡，并且可以取负值。",
    ),
    caveats: t(
        "Initialise the weights with Xavier (Glorot) initialisation. Tanh still saturates at both \
         ends, so gradients can vanish in deep stacks. This advice is for recurrent cells and \
         older generative models: Transformer- and diffusion-based generators (GPT-style models, \
         Stable Diffusion's U-Net and DiT) use GELU or SiLU in their hidden layers.",
        "权重请使用 Xavier（Glorot）初始化。Tanh 两端仍会饱和，在很深的网络中梯度依然可能消失。\
         这条建议针对循环单元和较早的生成模型：基于 Transformer 或扩散模型的生成模型（GPT 类模型、\
         Stable Diffusion 的 U-Net 与 DiT）在隐藏层中使用 GELU 或 SiLU。",
    ),
    note: None,
};

/// The outcome of question 3: a Transformer or an NLP model.
pub const OUTCOME_GELU: Outcome = Outcome {
    id: "gelu",
    title: t("GELU", "GELU"),
    recommended: &[Activation::Gelu],
    also: &[Activation::GeluTanh],
    reason: t(
        "GELU is the standard activation of Transformers (BERT, GPT): it weights each input by \
         how likely it is to be kept, a smooth take on the idea behind dropout.",
        "GELU 是 Transformer（BERT、GPT）的标准激活函数：它按输入被“保留”的概率对输入加权，\
         相当于把 Dropout 的思想做成了平滑的函数。",
    ),
    caveats: t(
        "It costs more than ReLU (an erf, or a tanh and a cube in the approximate form). The exact \
         form and the tanh approximation differ slightly: when loading pretrained weights, use the \
         form the model was trained with.",
        "计算量高于 ReLU（精确形式需要 erf，近似形式需要 tanh 和三次方）。精确形式与 tanh \
         近似形式略有差别：加载预训练权重时，应使用模型训练时所用的那一种。",
    ),
    note: Some(LLM_NOTE),
};

/// The outcome of question 4: deployment on mobile or edge devices.
pub const OUTCOME_MOBILE: Outcome = Outcome {
    id: "mobile",
    title: t(
        "Hard Swish, ReLU6 or Hard Tanh",
        "Hard Swish、ReLU6 或 Hard Tanh",
    ),
    recommended: &[
        Activation::Hardswish,
        Activation::Relu6,
        Activation::Hardtanh,
    ],
    also: &[],
    reason: t(
        "These piecewise-linear functions need no exponential, so they run several times faster \
         on CPUs and mobile chips; ReLU6 and Hard Tanh also bound the output, which suits \
         low-precision and quantised inference. What MobileNets actually use: ReLU6 \
         (MobileNetV1 and V2) and Hard Swish with ReLU (MobileNetV3); Hard Tanh is the \
         guide's addition, found in binarised and other bounded networks rather than in \
         MobileNets.",
        "这些分段线性函数不需要指数运算，在 CPU 和移动端芯片上要快好几倍；ReLU6 和 Hard Tanh \
         还限制了输出范围，适合低精度与量化推理。MobileNet 实际使用的是：ReLU6（MobileNetV1、V2）\
         以及 Hard Swish 配合 ReLU（MobileNetV3）；Hard Tanh 是原指南补充的选项，多见于二值化\
         等输出有界的网络，而非 MobileNet。",
    ),
    caveats: t(
        "They have kinks instead of smooth curves and only approximate their smooth cousins; the \
         gradient is exactly zero in the clipped regions, which can lose information.",
        "它们带有折点而不是平滑曲线，只是对平滑版本的近似；在截断区域梯度恰好为零，\
         可能造成信息损失。",
    ),
    note: None,
};

/// The outcome of question 5: many dead neurons.
pub const OUTCOME_DYING: Outcome = Outcome {
    id: "dying_neurons",
    title: t("Leaky ReLU or ELU", "Leaky ReLU 或 ELU"),
    recommended: &[Activation::LeakyRelu, Activation::Elu],
    also: &[],
    reason: t(
        "Both keep a non-zero gradient for negative inputs, so a unit that has drifted into the \
         negative region can still learn its way back; ELU also pushes the mean output towards \
         zero, and its negative part saturates gently at −α, so large negative inputs (noise) \
         move the output little — the robustness ELU shares with SELU, which is a scaled ELU.",
        "两者在负输入区间都保留了非零梯度，落入负区间的神经元仍能通过学习恢复；ELU 还使输出\
         均值接近零，并且负区间平缓饱和于 −α，很大的负输入（噪声）对输出影响很小——这种稳健性\
         ELU 与 SELU（缩放后的 ELU）共有。",
    ),
    caveats: t(
        "Leaky ReLU's slope (usually 0.01) is a hand-set hyper-parameter. ELU needs an exponential, \
         so it is slower, and its alpha may need tuning. With plenty of data PReLU can learn the \
         slope, but it adds parameters: regularise them.",
        "Leaky ReLU 的负斜率（通常为 0.01）需要手动设定。ELU 含指数运算，速度较慢，\
         其 alpha 可能需要调参。数据充足时可以尝试让 PReLU 学习斜率，但它会增加参数量，\
         需注意正则化。",
    ),
    note: None,
};

/// The outcome of question 6: a self-normalising deep MLP.
pub const OUTCOME_SELU: Outcome = Outcome {
    id: "selu",
    title: t(
        "SELU (with LeCun normal initialisation)",
        "SELU（配合 LeCun 正态初始化）",
    ),
    recommended: &[Activation::Selu],
    also: &[],
    reason: t(
        "With its fixed scale (about 1.0507) and alpha (about 1.6733), SELU drives the activations \
         of a deep fully connected network towards zero mean and unit variance by itself, without \
         normalisation layers.",
        "借助固定的缩放系数（约 1.0507）和 alpha（约 1.6733），SELU 能让深层全连接网络的激活值\
         自动趋向均值 0、方差 1，无需归一化层。",
    ),
    caveats: t(
        "Self-normalisation only holds with LeCun normal initialisation and standardised inputs; \
         do not add batch normalisation, and use alpha-dropout instead of ordinary dropout. It is \
         sensitive to the scale of its inputs.",
        "只有配合 LeCun 正态初始化和标准化的输入，自归一化才成立；不要再加批归一化，\
         并用 Alpha Dropout 代替普通 Dropout。它对输入的尺度较敏感。",
    ),
    note: None,
};

/// The outcome of question 7: the best accuracy with compute to spare.
pub const OUTCOME_ACCURACY: Outcome = Outcome {
    id: "accuracy",
    title: t("Mish or Swish (SiLU)", "Mish 或 Swish（SiLU）"),
    recommended: &[Activation::Mish, Activation::Silu],
    also: &[],
    reason: t(
        "These smooth, self-gated functions are unbounded above and bounded below (minimum \
         about −0.309 for Mish, −0.278 for SiLU, with f′ → 0 as x → −∞), keep a small gradient \
         for moderately negative inputs and often beat ReLU in deep CNNs: Swish/SiLU in \
         EfficientNet, Mish in object detectors such as YOLOv4.",
        "这类平滑的自门控函数上无界、下有界（Mish 的最小值约为 −0.309，SiLU 约为 −0.278，\
         且 x → −∞ 时 f′ → 0），对不太大的负输入仍保留小梯度，在深层 CNN 中常常优于 ReLU：\
         EfficientNet 使用 Swish/SiLU，YOLOv4 等目标检测模型使用 Mish。",
    ),
    caveats: t(
        "They cost more than ReLU: SiLU needs a sigmoid, and Mish (tanh of a softplus) is the most \
         expensive of all. SiLU is built into PyTorch (nn.SiLU).",
        "计算量大于 ReLU：SiLU 需要一次 sigmoid，而 Mish（softplus 再取 tanh）是所有函数中\
         最昂贵的。PyTorch 原生提供 SiLU（nn.SiLU）。",
    ),
    note: None,
};

/// The outcome when every answer is "No".
pub const DEFAULT_OUTCOME: Outcome = Outcome {
    id: "default",
    title: t("ReLU", "ReLU"),
    recommended: &[Activation::Relu],
    also: &[],
    reason: t(
        "Without a special need, use the default: ReLU for the hidden layers of a CNN or a fully \
         connected network (cheap, sparse, and it eases vanishing gradients). The guide's default \
         also names GELU, for Transformers; you answered No to that question.",
        "没有特殊需求时就用默认选择：CNN 或全连接网络的隐藏层用 ReLU（计算便宜、激活稀疏、\
         缓解梯度消失）。原指南的默认选项还提到 Transformer 用 GELU；你对那个问题回答了“否”。",
    ),
    caveats: t(
        "Initialise ReLU networks with He (Kaiming) initialisation. If many ReLU units stop \
         activating (dying ReLU), switch to Leaky ReLU or ELU.",
        "ReLU 网络请使用 He（Kaiming）初始化。如果大量 ReLU 神经元不再激活（神经元死亡），\
         改用 Leaky ReLU 或 ELU。",
    ),
    note: Some(LLM_NOTE),
};

/// Every outcome: the seven "Yes" leaves in question order, then the default.
pub const OUTCOMES: [&Outcome; 8] = [
    &OUTCOME_SIGMOID,
    &OUTCOME_TANH,
    &OUTCOME_GELU,
    &OUTCOME_MOBILE,
    &OUTCOME_DYING,
    &OUTCOME_SELU,
    &OUTCOME_ACCURACY,
    &DEFAULT_OUTCOME,
];

/// The seven questions, in the seed's order.
pub const QUESTIONS: [Question; 7] = [
    Question {
        id: "binary_output",
        text: t(
            "Is this the output layer of a binary classifier?",
            "这是二分类任务的输出层吗？",
        ),
        help: t(
            "Answer Yes if the layer produces the final score of a yes/no decision (spam or not, \
             cat or not). Not your case? A multi-class output (one of several classes) takes \
             softmax, which PyTorch's CrossEntropyLoss applies to the raw scores itself, so the \
             layer has no activation; a regression output usually has none either.",
            "如果这一层输出的是“是/否”判断的最终分数（是否垃圾邮件、是否为猫等），请选“是”。\
             不是这种情况？多分类输出（从多个类别中选一个）用 softmax，而 PyTorch 的 \
             CrossEntropyLoss 会自行对原始分数做 softmax，所以该层不加激活函数；回归输出通常也不加。",
        ),
        yes: &OUTCOME_SIGMOID,
    },
    Question {
        id: "rnn_generative",
        text: t(
            "Is it a hidden layer of an RNN or a generative model?",
            "这是 RNN 或生成模型的隐藏层吗？",
        ),
        help: t(
            "This means the hidden state of a recurrent network (the cell output of an LSTM or \
             GRU, whose gates keep their sigmoids) and the intermediate layers of older generative \
             models (GAN generators, VAEs), which need zero-centred features that can be \
             negative. Transformer- and diffusion-based generative models use GELU or SiLU \
             instead.",
            "这里指循环网络的隐藏状态（LSTM、GRU 单元的输出；其门控仍使用 sigmoid），以及较早的\
             生成模型（GAN 的生成器、VAE）的中间层，它们需要以零为中心、可以取负值的特征。\
             基于 Transformer 或扩散模型的生成模型则改用 GELU 或 SiLU。",
        ),
        yes: &OUTCOME_TANH,
    },
    Question {
        id: "transformer_nlp",
        text: t(
            "Is it a Transformer or a natural-language-processing model?",
            "这是 Transformer 或自然语言处理模型吗？",
        ),
        help: t(
            "For example a BERT- or GPT-style model, or any attention-based network for text.",
            "例如 BERT、GPT 一类的模型，或任何处理文本的注意力网络。",
        ),
        yes: &OUTCOME_GELU,
    },
    Question {
        id: "mobile_edge",
        text: t(
            "Will the model be deployed on mobile or edge devices?",
            "模型要部署到移动端或边缘设备上吗？",
        ),
        help: t(
            "Phones, microcontrollers and other low-power hardware, where inference speed and \
             quantisation matter more than the last bit of accuracy.",
            "手机、微控制器等低功耗硬件：推理速度和量化比最后一点精度更重要。",
        ),
        yes: &OUTCOME_MOBILE,
    },
    Question {
        id: "dying_neurons",
        text: t(
            "Are you seeing dying neurons?",
            "是否遇到了神经元死亡问题？",
        ),
        help: t(
            "Many ReLU units output zero for every input and their gradients stay at zero, so \
             they never recover. How to tell: count, per layer, the units whose output is zero \
             for a whole batch (in PyTorch a forward hook computing (out <= 0).all(0).float().mean()); \
             a share that grows during training, often after a too-high learning rate, means \
             dying units. The depth lab shows the dead share per layer of a random network.",
            "大量 ReLU 神经元对所有输入都输出零，梯度一直为零，再也无法恢复。如何判断：逐层统计在整个\
             批次上输出都为零的神经元所占比例（在 PyTorch 中可用前向钩子计算 \
             (out <= 0).all(0).float().mean()）；若该比例在训练中不断上升（常见于学习率过高之后），\
             就说明出现了神经元死亡。深度实验室会逐层显示随机网络中“死亡”神经元的比例。",
        ),
        yes: &OUTCOME_DYING,
    },
    Question {
        id: "self_normalizing",
        text: t(
            "Do you want a deep MLP to normalise itself?",
            "是否希望深层 MLP 实现自归一化？",
        ),
        help: t(
            "A deep stack of fully connected layers whose activations should keep zero mean and \
             unit variance without batch normalisation.",
            "由全连接层堆叠而成的深层网络，希望激活值在不使用批归一化的情况下保持均值 0、方差 1。",
        ),
        yes: &OUTCOME_SELU,
    },
    Question {
        id: "max_accuracy",
        text: t(
            "Are you chasing the best accuracy, with compute to spare?",
            "是否追求最高精度，并且算力充足？",
        ),
        help: t(
            "Answer Yes if a small accuracy gain is worth a noticeably slower activation.",
            "如果为了一点精度提升可以接受明显更慢的激活函数，请选“是”。",
        ),
        yes: &OUTCOME_ACCURACY,
    },
];
