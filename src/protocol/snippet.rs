//! What the lab shows next to its charts without the worker: the PyTorch code of the setup
//! ([`pytorch_snippet`]) and the table of gains ([`gain_rows`]). Pure; the gains are two
//! quadratures per activation (a few milliseconds for all of them).

use crate::catalog::{Gain, gain_at, pytorch_at, stats_at};
use crate::math::{Activation, Params};

use super::message::LabJob;

/// The PyTorch code that builds the network the lab simulates for activation `a`: `depth`
/// `nn.Linear(width, width)` layers, each followed by the activation, initialised as the
/// lab's scheme says. Valid Python (tested with `python3 -m py_compile`).
pub fn pytorch_snippet(job: &LabJob, a: Activation) -> String {
    let (module, functional) = pytorch_at(a, &job.params);
    let mut out = String::from(
        "import math\n\nimport torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n",
    );
    // An activation PyTorch has no module for (Swish with β ≠ 1, Squared ReLU, ...) becomes one.
    let act = match module {
        Some(m) => m,
        None => {
            out.push_str(&format!(
                "class Activation(nn.Module):\n    def forward(self, x):\n        return {functional}\n\n\n"
            ));
            "Activation()".to_string()
        }
    };
    out.push_str(&format!(
        "# {} layers of {} units, as in the depth lab (init: {}).\n",
        job.depth,
        job.width,
        job.init.id()
    ));
    out.push_str("layers = []\n");
    out.push_str(&format!("for _ in range({}):\n", job.depth));
    out.push_str(&format!(
        "    m = nn.Linear({}, {})\n",
        job.width, job.width
    ));
    for line in job.init.pytorch_lines("m") {
        out.push_str("    ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&format!("    layers += [m, {act}]\n"));
    out.push_str("net = nn.Sequential(*layers)\n");
    out
}

/// One row of the gains table.
#[derive(Clone, Debug, PartialEq)]
pub struct GainRow {
    /// The activation.
    pub activation: Activation,
    /// What `torch.nn.init.calculate_gain` gives for it (`None`: PyTorch has no entry).
    pub pytorch: Option<Gain>,
    /// The variance-preserving gain 1/√E[f(z)²], z ~ N(0, 1): the weight gain g with
    /// g²·E[f(z)²] = 1, so the pre-activations keep their variance from layer to layer (at
    /// unit variance).
    pub preserving: f64,
}

/// The gains of every activation at parameters `p`.
pub fn gain_rows(p: &Params) -> Vec<GainRow> {
    Activation::ALL
        .iter()
        .map(|&a| GainRow {
            activation: a,
            pytorch: gain_at(a, p),
            preserving: 1.0 / stats_at(a, p).second_moment.sqrt(),
        })
        .collect()
}

/// A number of the gains table: four decimals at most.
fn gain_text(v: f64) -> String {
    crate::chart::fmt_num((v * 1e4).round() / 1e4)
}

/// The gains table's head and body (the inside of a `<table>`) in `lang`, rows of `chosen`
/// activations marked `ae-lab-chosen`. One string for one `innerHTML`: the table is
/// static text, and building it through the DOM cost more code than it is worth.
pub fn gains_table_html(
    rows: &[GainRow],
    chosen: &[Activation],
    lang: crate::lang::Lang,
) -> String {
    use crate::html::escape_html;
    use crate::lang::t;
    let head = [
        t("Activation", "激活函数"),
        t("calculate_gain", "calculate_gain"),
        t("1/√E[f(z)²]", "1/√E[f(z)²]"),
        t("σw² = gain²", "σw² = 增益²"),
    ];
    let none = t("no entry", "无此项").get(lang);
    let mut out = String::from("<thead><tr>");
    for h in head {
        out.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            escape_html(h.get(lang))
        ));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        let a = r.activation;
        let class = if chosen.contains(&a) {
            " class=\"ae-lab-chosen\""
        } else {
            ""
        };
        let pytorch = match r.pytorch {
            Some(g) => format!(
                "<span title=\"{}\">{}</span>",
                escape_html(&g.call()),
                gain_text(g.value())
            ),
            None => format!("<span class=\"ae-muted\">{}</span>", escape_html(none)),
        };
        out.push_str(&format!(
            "<tr data-activation=\"{}\"{class}><th scope=\"row\">{}</th><td data-gain=\"pytorch\">{pytorch}</td><td data-gain=\"preserving\">{}</td><td>{}</td></tr>",
            a.id(),
            escape_html(crate::catalog::entry(a).name.get(lang)),
            gain_text(r.preserving),
            gain_text(r.preserving * r.preserving),
        ));
    }
    out.push_str("</tbody>");
    out
}
