//! Export of a race's network: PyTorch code for the exact architecture, activation (with its
//! parameters), initialisation, loss and optimiser, and the weights as JSON.
//!
//! JSON layout (written here, no serde in the app):
//! ```text
//! { "format": "activation-explorer/mlp", "version": 1,
//!   "activation": { "id": "leaky_relu", "params": { "negative_slope": 0.01 } },
//!   "sizes": [2, 8, 8, 1], "loss": "bce_with_logits", "dataset": "circle", "step": 500,
//!   "layers": [ { "in_features": 2, "out_features": 8, "activation": "leaky_relu",
//!                 "weight": [[…], …], "bias": […] }, …,
//!               { …, "activation": null, … } ] }
//! ```
//! `weight` is PyTorch's `weight[out][in]`. Numbers are Rust's shortest round-trip decimal
//! form, so parsing them gives back the same doubles; NaN and ±∞ (a diverged run) are `null`.

use std::fmt::Write as _;

use super::config::TrainConfig;
use super::loss::Loss;
use super::optimizer::OptimizerKind;
use crate::catalog::pytorch_at;
use crate::math::{Activation, GeluApproximate, Param};
use crate::nn::init::py_float;
use crate::nn::{Mlp, Nonlinearity};

/// An activation's arguments as PyTorch names them.
struct ActivationArgs {
    /// Numeric arguments, e.g. `[("negative_slope", 0.01)]` (the parameter table's names).
    numeric: Vec<(&'static str, f64)>,
    /// GELU's `approximate='tanh'`.
    gelu_tanh: bool,
    /// Softplus' threshold (`None`: exact, no threshold).
    softplus_threshold: Option<f64>,
}

/// The arguments `nl`'s activation reads, from the parameter table.
fn activation_args(nl: &Nonlinearity) -> ActivationArgs {
    let p = &nl.params;
    let a = nl.activation;
    ActivationArgs {
        numeric: a
            .params()
            .iter()
            .filter(|&&q| q != Param::SoftplusThreshold)
            .map(|&q| (q.info().torch, p[q]))
            .collect(),
        gelu_tanh: a == Activation::GeluTanh
            || (a.reads_approximate() && p.approximate == GeluApproximate::Tanh),
        softplus_threshold: a
            .params()
            .contains(&Param::SoftplusThreshold)
            .then(|| p.softplus_threshold())
            .flatten(),
    }
}

/// The PyTorch module for `nl` in a training script: the catalogue's call at these parameters
/// ([`pytorch_at`]), except where the race's network differs from it: PReLU's slope is fixed
/// (`requires_grad_(False)`), SiLU with β ≠ 1 is the script's own `Swish` class (a module, for
/// `nn.Sequential`), a function PyTorch has no module for is the script's `Lambda` around its
/// expression, and the app's exact softplus is `threshold=float("inf")`.
pub fn pytorch_module(nl: &Nonlinearity) -> String {
    let p = &nl.params;
    match nl.activation {
        Activation::Prelu => format!(
            "nn.PReLU(init={}).requires_grad_(False)",
            py_float(p[Param::Weight])
        ),
        Activation::Silu if !p.is_default(Param::Beta) => {
            format!("Swish(beta={})", py_float(p[Param::Beta]))
        }
        Activation::Softplus => format!(
            "nn.Softplus(beta={}, threshold={})",
            py_float(p[Param::Beta]),
            py_float(p.softplus_threshold().unwrap_or(f64::INFINITY))
        ),
        a => match pytorch_at(a, p) {
            (Some(module), _) => module,
            // No module in PyTorch (Squared ReLU, QuickGELU, Snake): the script's Lambda class.
            (None, expression) => format!("Lambda(lambda x: {expression})"),
        },
    }
}

/// A self-contained Python script for network `run` of `cfg`: imports, the model as an
/// `nn.Sequential` in float64, the initialisation, the loss, the optimiser (L2 on the weights
/// only), `load_weights(model, path)` for the JSON of [`weights_json`] and `train_step(x, y)`.
///
/// # Panics
/// If `run` is not an index of `cfg.activations`.
pub fn pytorch_code(cfg: &TrainConfig, run: usize) -> String {
    let nl = cfg.activations[run];
    let module = pytorch_module(&nl);
    let sizes = cfg.sizes();
    let loss = cfg.loss();
    let opt = &cfg.optimizer;
    let d = &cfg.data;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Activation Explorer, training race: the network trained with {}, in PyTorch.",
        nl.activation.id()
    );
    let _ = writeln!(
        s,
        "# Data: {} ({} samples, noise {}, {} % for training), seed {}; batch size {}.",
        d.kind.id(),
        d.samples,
        py_float(d.noise),
        py_float(d.train_fraction * 100.0),
        cfg.seed,
        cfg.batch
    );
    s.push_str(
        "# The app computes in float64 (hence .double()) with its own random numbers, so the\n\
         # initialisation below starts from other weights than the app's; load_weights() reads\n\
         # the app's exported JSON to get them exactly.\n\
         import json\n\
         import math\n\
         \n\
         import torch\n\
         from torch import nn\n\
         \n",
    );
    if module.starts_with("Lambda(") {
        s.push_str(
            "\n\
             class Lambda(nn.Module):\n\
             \x20   \"\"\"An activation PyTorch has no module for, as a module.\"\"\"\n\
             \n\
             \x20   def __init__(self, f):\n\
             \x20       super().__init__()\n\
             \x20       self.f = f\n\
             \n\
             \x20   def forward(self, x):\n\
             \x20       return self.f(x)\n\
             \n",
        );
    }
    if module.starts_with("Swish(") {
        s.push_str(
            "\n\
             class Swish(nn.Module):\n\
             \x20   \"\"\"x * sigmoid(beta * x): SiLU with a beta (nn.SiLU is beta = 1).\"\"\"\n\
             \n\
             \x20   def __init__(self, beta):\n\
             \x20       super().__init__()\n\
             \x20       self.beta = beta\n\
             \n\
             \x20   def forward(self, x):\n\
             \x20       return x * torch.sigmoid(self.beta * x)\n\
             \n\n",
        );
    }
    let _ = writeln!(s, "BATCH_SIZE = {}", cfg.batch);
    s.push_str("\nmodel = nn.Sequential(\n");
    for l in 0..sizes.len() - 1 {
        let _ = writeln!(s, "    nn.Linear({}, {}),", sizes[l], sizes[l + 1]);
        if l + 2 < sizes.len() {
            let _ = writeln!(s, "    {module},");
        }
    }
    s.push_str(").double()\n\n");
    let _ = writeln!(s, "# Initialisation: {}", cfg.init.id());
    s.push_str(
        "with torch.no_grad():\n    for m in model:\n        if isinstance(m, nn.Linear):\n",
    );
    for line in cfg.init.pytorch_lines("m") {
        let _ = writeln!(s, "            {line}");
    }
    let _ = writeln!(
        s,
        "\n# Loss: {}.",
        match loss {
            Loss::BceWithLogits =>
                "the output is a logit, the labels are 0 and 1; accuracy thresholds the logit at 0",
            Loss::Mse => "mean squared error",
        }
    );
    let _ = writeln!(s, "loss_fn = {}", loss.pytorch());
    s.push_str(
        "\n# Optimiser: L2 (weight_decay) on the weights only, not the biases, as in the app.\n\
         weights = [m.weight for m in model if isinstance(m, nn.Linear)]\n\
         biases = [m.bias for m in model if isinstance(m, nn.Linear)]\n",
    );
    let groups = format!(
        "[{{\"params\": weights, \"weight_decay\": {}}}, {{\"params\": biases, \"weight_decay\": 0.0}}]",
        py_float(opt.l2)
    );
    match opt.kind {
        OptimizerKind::Sgd => {
            let _ = writeln!(
                s,
                "optimizer = torch.optim.SGD(\n    {groups},\n    lr={},\n    momentum={},\n)",
                py_float(opt.learning_rate),
                py_float(opt.momentum)
            );
        }
        OptimizerKind::Adam => {
            let _ = writeln!(
                s,
                "optimizer = torch.optim.Adam(\n    {groups},\n    lr={},\n    betas=(0.9, 0.999),\n    eps=1e-08,\n)",
                py_float(opt.learning_rate)
            );
        }
    }
    s.push_str(
        "\n\n\
         def load_weights(model, path):\n\
         \x20   \"\"\"Loads the app's exported weights (JSON; weight[out][in] as in PyTorch).\"\"\"\n\
         \x20   with open(path) as f:\n\
         \x20       layers = json.load(f)[\"layers\"]\n\
         \x20   linears = [m for m in model if isinstance(m, nn.Linear)]\n\
         \x20   with torch.no_grad():\n\
         \x20       for m, layer in zip(linears, layers):\n\
         \x20           m.weight.copy_(torch.tensor(layer[\"weight\"], dtype=m.weight.dtype))\n\
         \x20           m.bias.copy_(torch.tensor(layer[\"bias\"], dtype=m.bias.dtype))\n\
         \n\n\
         def train_step(x, y):\n\
         \x20   \"\"\"One update on a batch: x of shape (BATCH_SIZE, inputs), y of shape (BATCH_SIZE, 1).\"\"\"\n\
         \x20   optimizer.zero_grad()\n\
         \x20   loss = loss_fn(model(x), y)\n\
         \x20   loss.backward()\n\
         \x20   optimizer.step()\n\
         \x20   return loss.item()\n",
    );
    s
}

/// A JSON number: the shortest round-trip form, `null` for NaN and ±∞.
fn json_num(x: f64) -> String {
    if x.is_finite() {
        crate::number::float_literal(x)
    } else {
        "null".into()
    }
}

/// `net`'s weights as JSON (layout in the module doc), for network `run` of `cfg` at `step`.
///
/// # Panics
/// If `run` is not an index of `cfg.activations`.
pub fn weights_json(cfg: &TrainConfig, run: usize, net: &Mlp, step: u64) -> String {
    let nl = cfg.activations[run];
    let args = activation_args(&nl);
    let id = nl.activation.id();
    let mut s = String::new();
    s.push_str("{\"format\":\"activation-explorer/mlp\",\"version\":1,");
    let _ = write!(s, "\"activation\":{{\"id\":\"{id}\",\"params\":{{");
    let mut first = true;
    let mut field = |s: &mut String, name: &str, value: String| {
        if !first {
            s.push(',');
        }
        first = false;
        let _ = write!(s, "\"{name}\":{value}");
    };
    for &(name, v) in &args.numeric {
        field(&mut s, name, json_num(v));
    }
    if nl.activation == Activation::Gelu {
        let a = if args.gelu_tanh { "tanh" } else { "none" };
        field(&mut s, "approximate", format!("\"{a}\""));
    }
    if nl.activation == Activation::Softplus {
        field(
            &mut s,
            "threshold",
            args.softplus_threshold.map_or("null".into(), json_num),
        );
    }
    s.push_str("}},");
    let sizes: Vec<String> = net.sizes().iter().map(usize::to_string).collect();
    let _ = write!(
        s,
        "\"sizes\":[{}],\"loss\":\"{}\",\"dataset\":\"{}\",\"step\":{step},\"layers\":[",
        sizes.join(","),
        cfg.loss().id(),
        cfg.data.kind.id()
    );
    for (l, d) in net.layers().iter().enumerate() {
        if l > 0 {
            s.push(',');
        }
        let act = match &d.nonlinearity {
            Some(f) => format!("\"{}\"", f.activation.id()),
            None => "null".into(),
        };
        let _ = write!(
            s,
            "{{\"in_features\":{},\"out_features\":{},\"activation\":{act},\"weight\":[",
            d.fan_in, d.fan_out
        );
        for o in 0..d.fan_out {
            if o > 0 {
                s.push(',');
            }
            s.push('[');
            for i in 0..d.fan_in {
                if i > 0 {
                    s.push(',');
                }
                s.push_str(&json_num(d.weight(o, i)));
            }
            s.push(']');
        }
        s.push_str("],\"bias\":[");
        for (o, &b) in d.b.iter().enumerate() {
            if o > 0 {
                s.push(',');
            }
            s.push_str(&json_num(b));
        }
        s.push_str("]}");
    }
    s.push_str("]}");
    s
}
