//! The overview table's rows as one HTML string (the table view sets it as the `<tbody>`'s
//! `innerHTML`: a few dozen rows of static facts need no reactive node per cell).
//!
//! The table is a compact comparison grid ([`super::compare`]): one row per function, each
//! followed by a hidden row holding the function's full card (formula, range, traits, pros,
//! cons, uses, PyTorch), which the row's expand button reveals.

use crate::html::escape_html;
use crate::lang::{Lang, Text, t};
use crate::math::{Activation, GatedUnit, Params};

use super::compare::{Centred, Comparison, Sort, Subject, comparison, gated_comparison, sort_rows};
use super::{Category, Collection, SPLIT_SNIPPET, entries, entry, gated_entry};

/// The output range of every gated unit over the (a, b) plane.
pub const GATED_RANGE: Text = t(
    "(−∞, ∞) over the (a, b) plane",
    "在 (a, b) 平面上为 (−∞, +∞)",
);

/// What the table shows: the filters and the order.
#[derive(Clone, Copy, Debug, Default)]
pub struct OverviewQuery<'a> {
    /// Only this category (all when `None`).
    pub category: Option<Category>,
    /// Only this set.
    pub set: Collection,
    /// Only these activations when not empty (a docs page's table of a few functions: then
    /// the gated units are hidden too).
    pub only: &'a [Activation],
    /// The order within each group (the catalogue's when `None`).
    pub sort: Option<Sort>,
}

/// The texts of the table that come from the page.
#[derive(Clone, Copy, Debug)]
pub struct OverviewLabels<'a> {
    /// The "recommended" badge.
    pub recommended: &'a str,
    /// The card's headings: formula, output range, traits, pros, cons, where to use, PyTorch.
    pub card: [&'a str; 7],
    /// The group titles.
    pub groups: [&'a str; 3],
    /// Yes and no (the screen-reader text of ✓ and ✗), and "does not apply" (—).
    pub yes_no_na: [&'a str; 3],
    /// The bounded column's words, in [`super::Bounded::ALL`] order.
    pub bounded: [&'a str; 4],
    /// The expand button's accessible name, before the function's name ("More about ").
    pub more: &'a str,
}

/// The grid's number of columns (the cards span them all).
pub const GRID_COLUMNS: usize = 8;

/// The `id` of the row holding the card of the function `id` (the expand button's
/// `aria-controls`).
pub fn card_id(id: &str) -> String {
    format!("ae-card-{id}")
}

/// The `<tr>` rows of the overview table in `lang`, in three groups, each after a header row
/// (`tr.ae-group-row`, `data-group` = `seed`, `added`, `gated`): the seed's set
/// ([`Activation::SEED_SET`], rows marked `data-seed="true"`), the activations added beyond it,
/// and the gated units; within each group in the catalogue's order, or sorted by
/// `query.sort` ([`sort_rows`]: rows never leave their group).
///
/// A function's row (`tr[data-activation]`) holds, in the grid's columns ([`GRID_COLUMNS`],
/// each `td` with its [`super::Column`] id as `data-col`): a row header with the expand button
/// (`button.ae-expand`, `aria-expanded`, `aria-controls` = [`card_id`]), the name (a link,
/// `a.ae-detail-link` with `data-activation`: to its detail view, or to the gated view for a
/// gated unit) and the recommended badge where `is_recommended` (the row then has
/// `data-recommended="true"` and class `ae-recommended`); the output range in brief, bounded,
/// monotonic, smooth (✓/✗/— with yes/no/n.a. for screen readers), E[f(z)] with ✓ when it is
/// zero, the cost (the number of special functions and their names) and the PyTorch call.
/// Then its card row (`tr.ae-card-row`, `data-card` = the id), hidden unless `is_expanded(id)`:
/// f as MathML, the full output range, traits, pros, cons, uses, and the PyTorch module and
/// functional form (a gated unit's split and expression).
///
/// Rows outside `query`'s category, set or `only` are `hidden` (and their cards), and so is a
/// group's header when all its rows are. Every text is escaped; the MathML is the catalogue's
/// own markup; the rows are well-formed XML as well as HTML (no bare attributes, no void
/// elements), so a test can read them with an XML parser.
pub fn overview_rows_html(
    lang: Lang,
    query: &OverviewQuery,
    is_recommended: impl Fn(Activation) -> bool,
    is_expanded: impl Fn(&str) -> bool,
    labels: &OverviewLabels,
) -> String {
    let in_category = |c: Category| query.category.is_none_or(|f| f == c);
    let shown = |s: Subject| match s {
        Subject::Activation(a) => {
            in_category(entry(a).category())
                && query.set.contains(a)
                && (query.only.is_empty() || query.only.contains(&a))
        }
        Subject::Gated(u) => {
            in_category(Category::Gated) && query.set.contains_gated(u) && query.only.is_empty()
        }
    };
    let mut groups: [Vec<Comparison>; 3] = [
        entries()
            .filter(|e| e.activation.in_seed_set())
            .map(|e| comparison(e.activation))
            .collect(),
        entries()
            .filter(|e| !e.activation.in_seed_set())
            .map(|e| comparison(e.activation))
            .collect(),
        GatedUnit::ALL.into_iter().map(gated_comparison).collect(),
    ];
    if let Some(sort) = query.sort {
        for g in &mut groups {
            sort_rows(g, sort, lang);
        }
    }
    // `hidden=""` rather than a bare `hidden`: the same to HTML, and the rows stay XML.
    let hidden = |shown: bool| if shown { "" } else { " hidden=\"\"" };
    let mut out = String::with_capacity(128 * 1024);
    for ((rows, title), group) in groups
        .iter()
        .zip(labels.groups)
        .zip(["seed", "added", "gated"])
    {
        out.push_str(&format!(
            "<tr class=\"ae-group-row\" data-group=\"{group}\"{}><th colspan=\"{GRID_COLUMNS}\" scope=\"rowgroup\"><span>{}</span></th></tr>",
            hidden(rows.iter().any(|r| shown(r.subject))),
            escape_html(title)
        ));
        for r in rows {
            let visible = shown(r.subject);
            let rec = match r.subject {
                Subject::Activation(a) => is_recommended(a),
                Subject::Gated(_) => false,
            };
            let expanded = is_expanded(r.subject.id());
            push_row(&mut out, r, lang, labels, rec, expanded, hidden(visible));
            push_card(
                &mut out,
                r.subject,
                lang,
                labels,
                hidden(visible && expanded),
            );
        }
    }
    out
}

/// A function's grid row.
fn push_row(
    out: &mut String,
    r: &Comparison,
    lang: Lang,
    labels: &OverviewLabels,
    rec: bool,
    expanded: bool,
    hidden: &str,
) {
    let id = r.subject.id();
    let (category, seed, href) = match r.subject {
        Subject::Activation(a) => (
            entry(a).category(),
            a.in_seed_set(),
            format!("?view=detail&amp;fn={id}"),
        ),
        Subject::Gated(_) => (Category::Gated, false, format!("?view=gated&amp;fn={id}")),
    };
    let name = escape_html(r.name.get(lang));
    out.push_str(&format!(
        "<tr data-activation=\"{id}\" data-category=\"{cat}\"{seed}{rec_attr}{class}{hidden}>",
        cat = category.id(),
        seed = if seed { " data-seed=\"true\"" } else { "" },
        rec_attr = if rec {
            " data-recommended=\"true\""
        } else {
            ""
        },
        class = if rec { " class=\"ae-recommended\"" } else { "" },
    ));
    out.push_str(&format!(
        "<th scope=\"row\"><button type=\"button\" class=\"ae-expand\" aria-expanded=\"{expanded}\" aria-controls=\"{card}\" aria-label=\"{more}{name}\"></button><a class=\"ae-detail-link\" href=\"{href}\" data-activation=\"{id}\">{name}</a>",
        card = card_id(id),
        more = escape_html(labels.more),
    ));
    if rec {
        out.push_str(&format!(
            "<span class=\"ae-badge\">★ {}</span>",
            escape_html(labels.recommended)
        ));
    }
    out.push_str("</th>");
    let cell = |out: &mut String, col: &str, body: &str| {
        out.push_str(&format!("<td data-col=\"{col}\">{body}</td>"));
    };
    let [yes, no, na] = labels.yes_no_na.map(escape_html);
    let mark = |v: Option<bool>| match v {
        Some(true) => {
            format!("<span aria-hidden=\"true\">✓</span><span class=\"ae-sr-only\">{yes}</span>")
        }
        Some(false) => {
            format!("<span aria-hidden=\"true\">✗</span><span class=\"ae-sr-only\">{no}</span>")
        }
        None => {
            format!("<span aria-hidden=\"true\">—</span><span class=\"ae-sr-only\">{na}</span>")
        }
    };
    cell(out, "range", &escape_html(&r.range_text(lang)));
    let bounded = super::Bounded::ALL
        .iter()
        .position(|&b| b == r.bounded())
        .unwrap_or(0);
    cell(out, "bounded", &escape_html(labels.bounded[bounded]));
    cell(out, "monotonic", &mark(r.monotonic));
    cell(out, "smooth", &mark(Some(r.smooth)));
    let mean = super::grid_number(r.mean);
    cell(
        out,
        "zero_centred",
        &match r.centred() {
            Centred::Zero => format!("{mean} {}", mark(Some(true))),
            Centred::Off => mean,
        },
    );
    // The function names are code (the same in both languages).
    let names: Vec<String> = r
        .cost
        .iter()
        .map(|s| format!("<code>{}</code>", s.name()))
        .collect();
    cell(
        out,
        "cost",
        &if names.is_empty() {
            "0".to_string()
        } else {
            format!(
                "{} <span class=\"ae-muted\">{}</span>",
                names.len(),
                names.join(", ")
            )
        },
    );
    cell(
        out,
        "pytorch",
        &format!(
            "<code class=\"ae-api\">{}</code>",
            break_points(&escape_html(&r.pytorch))
        ),
    );
    out.push_str("</tr>");
}

/// Escaped code with a line-break opportunity (`<wbr/>`, XML as well as HTML) after each `(`
/// and `,`: a long call such as `nn.LeakyReLU(negative_slope=0.01)` wraps there, not
/// mid-name, when the grid is narrow.
fn break_points(code: &str) -> String {
    code.replace('(', "(<wbr/>").replace(',', ",<wbr/>")
}

/// A function's card row: everything the table's cards showed, under the card's headings.
fn push_card(out: &mut String, s: Subject, lang: Lang, labels: &OverviewLabels, hidden: &str) {
    let (formula, prose, code) = match s {
        Subject::Activation(a) => {
            let (e, d) = (entry(a), super::details(a));
            let (module, functional) = super::pytorch_at(a, &Params::default());
            let code = match module {
                Some(m) => format!(
                    "<code>{}</code> · <code>{}</code>",
                    escape_html(&m),
                    escape_html(&functional)
                ),
                None => format!("<code>{}</code>", escape_html(&functional)),
            };
            (
                super::formula(a, &Params::default()),
                [e.range, d.traits, d.pros, d.cons, d.uses],
                code,
            )
        }
        Subject::Gated(u) => {
            let e = gated_entry(u);
            (
                e.formula.to_string(),
                [GATED_RANGE, e.traits, e.pros, e.cons, e.uses],
                format!(
                    "<code>{}</code> <code>{}</code>",
                    escape_html(SPLIT_SNIPPET),
                    escape_html(e.pytorch)
                ),
            )
        }
    };
    let id = s.id();
    let label = |i: usize| escape_html(labels.card[i]);
    out.push_str(&format!(
        "<tr class=\"ae-card-row\" id=\"{card}\" data-card=\"{id}\"{hidden}><td colspan=\"{GRID_COLUMNS}\"><dl class=\"ae-fn-card\"><div class=\"ae-card-formula\"><dt>{}</dt><dd class=\"ae-formula\">{formula}</dd></div>",
        label(0),
        card = card_id(id),
    ));
    for (i, text) in prose.into_iter().enumerate() {
        out.push_str(&format!(
            "<div><dt>{}</dt><dd>{}</dd></div>",
            label(i + 1),
            escape_html(text.get(lang))
        ));
    }
    out.push_str(&format!(
        "<div><dt>{}</dt><dd>{code}</dd></div></dl></td></tr>",
        label(6)
    ));
}
