//! The overview table's rows as one HTML string (the table view sets it as the `<tbody>`'s
//! `innerHTML`: sixteen rows of static facts need no reactive node per cell).

use crate::html::escape_html;
use crate::lang::Lang;
use crate::math::{Activation, Params};

use super::entries;

/// The `<tr>` rows of the overview table in `lang`: a row per activation with its name (a link
/// to its detail view, `a.ae-detail-link[data-activation]`), the badge `recommended_label` and
/// `data-recommended="true"` / class `ae-recommended` where `is_recommended`, its PyTorch
/// module, f(x) as MathML, and output range, traits, pros, cons and uses. Each `<td>` carries
/// its column's name from `columns` (the header row's seven) as `data-label`, which the narrow
/// layout shows above the cell. Rows where `shown` is false are `hidden`. Every text is escaped;
/// the MathML is the catalogue's own markup.
pub fn overview_rows_html(
    lang: Lang,
    shown: impl Fn(Activation) -> bool,
    is_recommended: impl Fn(Activation) -> bool,
    recommended_label: &str,
    columns: &[&str; 7],
) -> String {
    let label = |i: usize| escape_html(columns[i]);
    let mut out = String::with_capacity(48 * 1024);
    for e in entries() {
        let a = e.activation;
        let rec = is_recommended(a);
        out.push_str(&format!(
            "<tr data-activation=\"{id}\" data-category=\"{cat}\"{rec_attr}{class}{hidden}>",
            id = a.id(),
            cat = e.category().id(),
            rec_attr = if rec {
                " data-recommended=\"true\""
            } else {
                ""
            },
            class = if rec { " class=\"ae-recommended\"" } else { "" },
            hidden = if shown(a) { "" } else { " hidden" },
        ));
        out.push_str(&format!(
            "<th scope=\"row\"><a class=\"ae-detail-link\" href=\"?view=detail&amp;fn={id}\" data-activation=\"{id}\">{name}</a>",
            id = a.id(),
            name = escape_html(e.name.get(lang)),
        ));
        if rec {
            out.push_str(&format!(
                "<span class=\"ae-badge\">★ {}</span>",
                escape_html(recommended_label)
            ));
        }
        out.push_str(&format!(
            "<code class=\"ae-api\">{}</code></th><td class=\"ae-formula\" data-label=\"{}\">{}</td>",
            escape_html(e.pytorch.module),
            label(1),
            super::formula(a, &Params::default())
        ));
        for (i, text) in [e.range, e.traits, e.pros, e.cons, e.uses]
            .into_iter()
            .enumerate()
        {
            out.push_str(&format!(
                "<td data-label=\"{}\">{}</td>",
                label(i + 2),
                escape_html(text.get(lang))
            ));
        }
        out.push_str("</tr>");
    }
    out
}
