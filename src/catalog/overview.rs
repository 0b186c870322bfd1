//! The overview table's rows as one HTML string (the table view sets it as the `<tbody>`'s
//! `innerHTML`: a few dozen rows of static facts need no reactive node per cell).

use crate::html::escape_html;
use crate::lang::{Lang, Text, t};
use crate::math::{Activation, GatedUnit, Params};

use super::{Category, Collection, entries, gated_entry};

/// The output range of every gated unit over the (a, b) plane.
pub const GATED_RANGE: Text = t(
    "(−∞, ∞) over the (a, b) plane",
    "在 (a, b) 平面上为 (−∞, +∞)",
);

/// The texts of the table that come from the page: the badge, the seven column names (the
/// header row's, shown above each cell in the narrow layout) and the titles of the three
/// groups of rows (the seed's set, the added activations, the gated units).
#[derive(Clone, Copy, Debug)]
pub struct OverviewLabels<'a> {
    /// The "recommended" badge.
    pub recommended: &'a str,
    /// The column names.
    pub columns: [&'a str; 7],
    /// The group titles.
    pub groups: [&'a str; 3],
}

/// One row before it is written.
struct Row {
    id: &'static str,
    category: Category,
    seed: bool,
    shown: bool,
    recommended: bool,
    name: &'static str,
    href: String,
    api: String,
    formula: String,
    cells: [&'static str; 5],
}

/// The `<tr>` rows of the overview table in `lang`, in three groups, each after a header row
/// (`tr.ae-group-row`, `data-group` = `seed`, `added`, `gated`): the seed's set
/// ([`Activation::SEED_SET`], rows marked `data-seed="true"`), the activations added beyond it,
/// and the gated units. A row per function with its name (a link, `a.ae-detail-link` with
/// `data-activation`: to its detail view, or to the gated view for a gated unit), the
/// recommended badge and `data-recommended="true"` / class `ae-recommended` where
/// `is_recommended`, its PyTorch module (or expression), f as MathML, and output range, traits,
/// pros, cons and uses. Each `<td>` carries its column's name as `data-label`. Rows outside
/// `category` or `set`, and activations outside `only` when it is not empty (a docs page's table
/// of a few functions: then the gated units are hidden too), are `hidden`, and so is a group's
/// header when all its rows are. Every
/// text is escaped; the MathML is the catalogue's own markup.
pub fn overview_rows_html(
    lang: Lang,
    category: Option<Category>,
    set: Collection,
    only: &[Activation],
    is_recommended: impl Fn(Activation) -> bool,
    labels: &OverviewLabels,
) -> String {
    let in_category = |c: Category| category.is_none_or(|f| f == c);
    let activation_row = |e: &'static super::Entry| {
        let a = e.activation;
        Row {
            id: a.id(),
            category: e.category(),
            seed: a.in_seed_set(),
            shown: in_category(e.category())
                && set.contains(a)
                && (only.is_empty() || only.contains(&a)),
            recommended: is_recommended(a),
            name: e.name.get(lang),
            href: format!("?view=detail&amp;fn={}", a.id()),
            api: {
                let (module, functional) = super::pytorch_at(a, &Params::default());
                module.unwrap_or(functional)
            },
            formula: super::formula(a, &Params::default()),
            cells: [e.range, e.traits, e.pros, e.cons, e.uses].map(|x| x.get(lang)),
        }
    };
    let gated_row = |u: GatedUnit| {
        let e = gated_entry(u);
        Row {
            id: u.id(),
            category: Category::Gated,
            seed: false,
            shown: in_category(Category::Gated) && set.contains_gated(u) && only.is_empty(),
            recommended: false,
            name: e.name.get(lang),
            href: format!("?view=gated&amp;fn={}", u.id()),
            api: e.pytorch.to_string(),
            formula: e.formula.to_string(),
            cells: [GATED_RANGE, e.traits, e.pros, e.cons, e.uses].map(|x| x.get(lang)),
        }
    };
    let groups: [Vec<Row>; 3] = [
        entries()
            .filter(|e| e.activation.in_seed_set())
            .map(activation_row)
            .collect(),
        entries()
            .filter(|e| !e.activation.in_seed_set())
            .map(activation_row)
            .collect(),
        GatedUnit::ALL.into_iter().map(gated_row).collect(),
    ];
    let label = |i: usize| escape_html(labels.columns[i]);
    let mut out = String::with_capacity(96 * 1024);
    for ((rows, title), group) in groups
        .iter()
        .zip(labels.groups)
        .zip(["seed", "added", "gated"])
    {
        let hidden = |shown: bool| if shown { "" } else { " hidden" };
        out.push_str(&format!(
            "<tr class=\"ae-group-row\" data-group=\"{group}\"{}><th colspan=\"7\" scope=\"rowgroup\">{}</th></tr>",
            hidden(rows.iter().any(|r| r.shown)),
            escape_html(title)
        ));
        for r in rows {
            let rec = r.recommended;
            out.push_str(&format!(
                "<tr data-activation=\"{id}\" data-category=\"{cat}\"{seed}{rec_attr}{class}{hidden}>",
                id = r.id,
                cat = r.category.id(),
                seed = if r.seed { " data-seed=\"true\"" } else { "" },
                rec_attr = if rec {
                    " data-recommended=\"true\""
                } else {
                    ""
                },
                class = if rec { " class=\"ae-recommended\"" } else { "" },
                hidden = hidden(r.shown),
            ));
            out.push_str(&format!(
                "<th scope=\"row\"><a class=\"ae-detail-link\" href=\"{href}\" data-activation=\"{id}\">{name}</a>",
                href = r.href,
                id = r.id,
                name = escape_html(r.name),
            ));
            if rec {
                out.push_str(&format!(
                    "<span class=\"ae-badge\">★ {}</span>",
                    escape_html(labels.recommended)
                ));
            }
            out.push_str(&format!(
                "<code class=\"ae-api\">{}</code></th><td class=\"ae-formula\" data-label=\"{}\">{}</td>",
                escape_html(&r.api),
                label(1),
                r.formula
            ));
            for (i, text) in r.cells.into_iter().enumerate() {
                out.push_str(&format!(
                    "<td data-label=\"{}\">{}</td>",
                    label(i + 2),
                    escape_html(text)
                ));
            }
            out.push_str("</tr>");
        }
    }
    out
}
