//! The overview table: a compact comparison grid of every activation and gated unit in three
//! groups (the guide's, the added ones, the gated units), sortable by each column, with each
//! function's full card (formula, range, traits, pros, cons, uses, PyTorch) one click away.

use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::catalog::{
    Category, Column, OverviewLabels, OverviewQuery, Sort, category_name, overview_rows_html,
};
use crate::math::{Activation, GatedUnit};

use super::common::{SetFilter, open_detail, open_gated};
use crate::ui::context::{AppCtx, tr};
use crate::ui::ready;
use crate::ui::strings as s;

/// The table, filterable by category and by set, sortable by column.
///
/// The order lives here, not in the URL: like the category filter it is a way of looking at
/// the same rows, it starts from the catalogue's order on every visit, and a docs page that
/// embeds the table needs no attribute for it. The open cards live here too (kept across a
/// sort, a filter or a language change).
#[component]
pub fn TableView() -> impl IntoView {
    ready::mark_ready();
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let filter = RwSignal::new(None::<Category>);
    let sort = RwSignal::new(None::<Sort>);
    // The ids of the open cards: the rows below set them in the DOM directly (a click must not
    // rebuild the rows and lose the focus), and read them when they are rebuilt.
    let open = StoredValue::new(Vec::<String>::new());
    let set = ctx.select(|s| s.set);
    // The rows are static facts: one HTML string per language, filter, order and
    // recommendation. `fn` narrows the table to those functions (a docs page can embed a
    // table of a few).
    let only = ctx.select(|s| s.fns.clone());
    let rows = move || {
        let l = lang();
        let only = only.get();
        let query = OverviewQuery {
            category: filter.get(),
            set: set.get(),
            only: &only,
            sort: sort.get(),
        };
        overview_rows_html(
            l,
            &query,
            |a| ctx.is_recommended(a),
            |id| open.with_value(|v| v.iter().any(|o| o == id)),
            &OverviewLabels {
                recommended: s::RECOMMENDED.get(l),
                card: [
                    s::COLUMNS[1].get(l),
                    s::COLUMNS[2].get(l),
                    s::COLUMNS[3].get(l),
                    s::COLUMNS[4].get(l),
                    s::COLUMNS[5].get(l),
                    s::COLUMNS[6].get(l),
                    s::PYTORCH.get(l),
                ],
                groups: s::GROUPS.map(|c| c.get(l)),
                yes_no_na: s::YES_NO_NA.map(|c| c.get(l)),
                bounded: s::BOUNDED.map(|c| c.get(l)),
                more: s::MORE_ABOUT.get(l),
            },
        )
    };
    // The rows' clicks, delegated: an expand button shows or hides its card; a name opens the
    // activation's detail view (or the gated unit's view) in this app.
    let on_rows_click = move |ev: web_sys::MouseEvent| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if let Some(button) = target.closest("button.ae-expand").ok().flatten() {
            toggle_card(&button, open);
            return;
        }
        let link = target
            .closest("a.ae-detail-link[data-activation]")
            .ok()
            .flatten();
        let Some(id) = link.and_then(|l| l.get_attribute("data-activation")) else {
            return;
        };
        if let Ok(a) = id.parse::<Activation>() {
            ev.prevent_default();
            open_detail(ctx, a);
        } else if let Ok(u) = id.parse::<GatedUnit>() {
            ev.prevent_default();
            open_gated(ctx, u);
        }
    };
    view! {
        <section class="ae-table-view" data-view="table">
            <h2>{tr(s::TABLE_TITLE)}</h2>
            <SetFilter/>
            <div class="ae-segmented" role="group" aria-label=tr(s::FILTER)>
                <span class="ae-muted">{tr(s::FILTER)}</span>
                <button type="button" class="ae-small" aria-pressed=move || filter.get().is_none().to_string() on:click=move |_| filter.set(None) data-filter="all">
                    {tr(s::ALL)}
                </button>
                {Category::ALL
                    .into_iter()
                    .map(|c| view! {
                        <button type="button" class="ae-small" aria-pressed=move || (filter.get() == Some(c)).to_string() on:click=move |_| filter.set(Some(c)) data-filter=c.id()>
                            {move || category_name(c).get(lang())}
                        </button>
                    })
                    .collect_view()}
            </div>
            <div class="ae-table-box" role="region" aria-label=tr(s::TABLE_TITLE) tabindex="0">
                <table class="ae-table">
                    <thead>
                        <tr>
                            {Column::ALL
                                .into_iter()
                                .zip(s::GRID_COLUMNS)
                                .map(|(c, label)| view! {
                                    <th scope="col" data-col=c.id() aria-sort=move || sort.get().filter(|s| s.column == c).map(Sort::aria)>
                                        <button type="button" class="ae-sort" data-sort=c.id() on:click=move |_| sort.update(|s| *s = Some(Sort::after_click(*s, c)))>
                                            {move || label.get(lang())}
                                        </button>
                                    </th>
                                })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody inner_html=rows on:click=on_rows_click></tbody>
                </table>
            </div>
            <p class="ae-muted ae-grid-note">{tr(s::GRID_NOTE)}</p>
        </section>
    }
}

/// Shows or hides the card of an expand button's row (the row right after it), and records it.
fn toggle_card(button: &web_sys::Element, open: StoredValue<Vec<String>>) {
    let now_open = button.get_attribute("aria-expanded").as_deref() != Some("true");
    let _ = button.set_attribute("aria-expanded", if now_open { "true" } else { "false" });
    let row = button.closest("tr").ok().flatten();
    let Some(card) = row.as_ref().and_then(|r| r.next_element_sibling()) else {
        return;
    };
    let _ = card.toggle_attribute_with_force("hidden", !now_open);
    let Some(id) = card.get_attribute("data-card") else {
        return;
    };
    open.update_value(|v| {
        v.retain(|o| *o != id);
        if now_open {
            v.push(id);
        }
    });
}
