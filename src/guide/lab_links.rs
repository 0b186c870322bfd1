//! Links from the guide's notes and outcomes to the depth lab, each opening it on a setup
//! where what the text says can be seen happening (as data: the page builds the link).

use crate::lang::{Text, t};
use crate::math::Activation;
use crate::nn::InitScheme;

/// A setup of the depth lab that illustrates a sentence of the guide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabLink {
    /// The link text.
    pub label: Text,
    /// The activations to compare.
    pub fns: &'static [Activation],
    /// The initialisation.
    pub init: InitScheme,
    /// The number of layers.
    pub depth: usize,
    /// The part of the lab to scroll to (`cost`), if not its top.
    pub section: Option<&'static str>,
}

use Activation as A;

const VANISHING: [LabLink; 1] = [LabLink {
    label: t(
        "See it in the depth lab: sigmoid and tanh against ReLU through 50 layers",
        "在深度实验室中观察：50 层网络中 Sigmoid、Tanh 与 ReLU 的对比",
    ),
    fns: &[A::Sigmoid, A::Tanh, A::Relu],
    init: InitScheme::Xavier,
    depth: 50,
    section: None,
}];

const INITIALISATION: [LabLink; 3] = [
    LabLink {
        label: t(
            "Depth lab: SELU with LeCun",
            "深度实验室：SELU + LeCun 初始化",
        ),
        fns: &[A::Selu],
        init: InitScheme::Lecun,
        depth: 100,
        section: None,
    },
    LabLink {
        label: t("ReLU with He", "ReLU + He 初始化"),
        fns: &[A::Relu],
        init: InitScheme::He,
        depth: 100,
        section: None,
    },
    LabLink {
        label: t("Tanh with Xavier", "Tanh + Xavier 初始化"),
        fns: &[A::Tanh],
        init: InitScheme::Xavier,
        depth: 100,
        section: None,
    },
];

const COST: [LabLink; 1] = [LabLink {
    label: t(
        "Measure every activation's cost on this device in the depth lab",
        "在深度实验室中测量各激活函数在本设备上的开销",
    ),
    fns: &[A::Hardswish, A::Silu],
    init: InitScheme::He,
    depth: 50,
    section: Some("cost"),
}];

const SELU: [LabLink; 1] = [LabLink {
    label: t(
        "See SELU keep mean 0 and variance 1 through 100 layers (depth lab)",
        "观察 SELU 在 100 层中保持均值 0、方差 1（深度实验室）",
    ),
    fns: &[A::Selu],
    init: InitScheme::Lecun,
    depth: 100,
    section: None,
}];

const DYING: [LabLink; 1] = [LabLink {
    label: t(
        "Watch ReLU units die with depth, and Leaky ReLU and ELU not (depth lab)",
        "观察 ReLU 单元随深度死亡，而 Leaky ReLU 与 ELU 不会（深度实验室）",
    ),
    fns: &[A::Relu, A::LeakyRelu, A::Elu],
    init: InitScheme::Pytorch,
    depth: 50,
    section: None,
}];

/// The depth-lab links of a practical note or an outcome of the questionnaire, by its id
/// (`vanishing_gradients`, `initialisation`, `cost`; `selu`, `dying_neurons`); empty for the
/// others.
pub fn lab_links(id: &str) -> &'static [LabLink] {
    match id {
        "vanishing_gradients" => &VANISHING,
        "initialisation" => &INITIALISATION,
        "cost" => &COST,
        "selu" => &SELU,
        "dying_neurons" => &DYING,
        _ => &[],
    }
}
