//! The depth lab's strings, in both languages (compiled into the lazily loaded views' wasm only).

use crate::lang::{Text, t};

/// The lab's heading.
pub const LAB_TITLE: Text = t(
    "Depth lab: a signal and its gradient through a deep random network",
    "深度实验室：信号与梯度在深层随机网络中的传播",
);
/// What the lab does.
pub const LAB_INTRO: Text = t(
    "A real network is built from random weights and run layer by layer in the background (a Web Worker): a batch of random inputs goes forward, a random gradient comes back. Each dot is a measurement of that network; the line over the dots is the mean-field theory's prediction for an infinitely wide one.",
    "用随机权重构建一个真实的网络，并在后台（Web Worker）逐层运行：一批随机输入向前传播，一个随机梯度向后传回。每个点是对这个网络的一次测量；点上方的曲线是平均场理论对无限宽网络的预测。",
);
/// The activations chooser.
pub const LAB_FNS: Text = t("Activations (up to 6)", "激活函数（最多 6 个）");
/// The initialisation chooser.
pub const LAB_INIT: Text = t("Initialisation", "初始化");
/// The initialisation schemes, by `InitScheme::IDS` order.
pub const LAB_INIT_NAMES: [Text; 6] = [
    t(
        "PyTorch default (nn.Linear: kaiming_uniform, a=√5)",
        "PyTorch 默认（nn.Linear：kaiming_uniform，a=√5）",
    ),
    t(
        "He / Kaiming normal (ReLU gain)",
        "He / Kaiming 正态（ReLU 增益）",
    ),
    t(
        "Xavier / Glorot normal (gain 1)",
        "Xavier / Glorot 正态（增益 1）",
    ),
    t("LeCun normal", "LeCun 正态"),
    t("Orthogonal (gain 1)", "正交（增益 1）"),
    t("Custom σw², σb²", "自定义 σw²、σb²"),
];
/// Depth.
pub const LAB_DEPTH: Text = t("Layers", "层数");
/// Width.
pub const LAB_WIDTH: Text = t("Width", "宽度");
/// Batch.
pub const LAB_BATCH: Text = t("Batch", "批大小");
/// Seed.
pub const LAB_SEED: Text = t("Seed", "随机种子");
/// A new random seed.
pub const LAB_NEW_SEED: Text = t("New seed", "换一个种子");
/// Shown when more than six activations are chosen elsewhere.
pub const LAB_FIRST_SIX: Text = t(
    "The lab simulates the first 6 of the chosen activations.",
    "实验室只模拟所选激活函数中的前 6 个。",
);
/// Status: waiting for the worker.
pub const LAB_STARTING: Text = t("Starting the worker…", "正在启动后台线程……");
/// Status: simulating.
pub const LAB_RUNNING: Text = t("Simulating", "模拟中");
/// Status: done.
pub const LAB_DONE: Text = t("Simulated in the worker in", "后台模拟用时");
/// Status: the worker could not run.
pub const LAB_BROKEN: Text = t(
    "The simulation could not start here (this page cannot run a Web Worker, or the worker's files did not load):",
    "模拟无法在此启动（此页面无法运行 Web Worker，或后台线程的文件未能加载）：",
);
/// Status: the request was refused.
pub const LAB_REFUSED: Text = t("This setup cannot be simulated:", "该设置无法模拟：");
/// The theory is not part of this build.
pub const LAB_NO_THEORY: Text = t(
    "The mean-field theory (the lines, the phase diagram) is not available in this build: the charts show the simulation only.",
    "此版本尚未包含平均场理论（曲线与相图）：图中只显示模拟结果。",
);
/// Heading of the per-layer charts.
pub const LAB_PER_LAYER: Text = t("Layer by layer", "逐层观察");
/// Heading of the phase diagram.
pub const LAB_PHASE: Text = t("Phase diagram: order and chaos", "相图：有序与混沌");
/// What the phase diagram shows.
pub const LAB_PHASE_INTRO: Text = t(
    "χ₁ = σw²·E[f′(z)²] at the variance q* the network settles to is the factor by which the squared gradient grows per layer: below 1 (blue) gradients vanish and inputs become alike, above 1 (red) gradients explode and nearby inputs drift apart. On the critical line χ₁ = 1 information travels deepest.",
    "χ₁ = σw²·E[f′(z)²]（在网络趋于稳定的方差 q* 处取值）是梯度平方每经过一层的放大倍数：小于 1（蓝色）时梯度消失、不同输入趋于相同；大于 1（红色）时梯度爆炸、相近的输入逐渐分离。在临界线 χ₁ = 1 上，信息能传播得最深。",
);
/// Heading of the gains.
pub const LAB_GAINS: Text = t(
    "Gains: PyTorch's and the variance-preserving one",
    "增益：PyTorch 的与保持方差的",
);
/// What the gains table shows.
pub const LAB_GAINS_INTRO: Text = t(
    "torch.nn.init.calculate_gain is a table of conventions; the gain that keeps the pre-activations' variance at 1 from layer to layer is 1/√E[f(z)²] for z ~ N(0, 1). They agree for ReLU (√2) and differ elsewhere: tanh 5/3 against about 1.59, sigmoid 1 against about 1.85, SELU 3/4 where SELU's own authors say to use 1 (LeCun).",
    "torch.nn.init.calculate_gain 是一张约定俗成的表；而让预激活方差逐层保持为 1 的增益是 1/√E[f(z)²]（z ~ N(0, 1)）。两者对 ReLU 一致（√2），其他情况则不同：tanh 为 5/3 对约 1.59，sigmoid 为 1 对约 1.85，SELU 为 3/4，而 SELU 的作者建议用 1（LeCun）。",
);
/// Heading of the PyTorch code.
pub const LAB_CODE: Text = t("This setup in PyTorch", "用 PyTorch 构建该设置");
/// Heading of the cost section.
pub const LAB_COST: Text = t("Cost on this device", "本设备上的计算开销");
/// What the cost measurement does.
pub const LAB_COST_INTRO: Text = t(
    "Times f and f′ of every activation on a million points, in WebAssembly in the worker, on your device (exact double-precision math, as this app computes them; a framework's vectorised kernels differ, the ranking mostly not).",
    "在你的设备上、在后台线程的 WebAssembly 中，对每个激活函数的 f 与 f′ 各计算一百万个点并计时（使用本应用的双精度精确实现；深度学习框架的向量化实现会不同，但排序大体一致）。",
);
/// The button that starts the measurement.
pub const LAB_MEASURE: Text = t("Measure on this device", "在本设备上测量");
/// Measuring.
pub const LAB_MEASURING: Text = t("Measuring…", "测量中……");
/// The measurement is done.
pub const LAB_MEASURED: Text = t("Measured.", "测量完成。");
/// Per-fn theory summary: depth scale.
pub const LAB_DEPTH_SCALE: Text = t("depth scale ξ", "深度尺度 ξ");
/// Per-fn theory summary: layers.
pub const LAB_LAYERS: Text = t("layers", "层");
/// Critical.
pub const LAB_CRITICAL: Text = t("critical", "临界");
/// Caption suffix: what the dots and lines are.
pub const LAB_CAPTION: Text = t(
    "dots: this network; lines: mean-field theory",
    "点：本网络的测量；线：平均场理论",
);
/// Caption of the dots alone (without the theory).
pub const LAB_CAPTION_SIM: Text = t("dots: this network", "点：本网络的测量");
