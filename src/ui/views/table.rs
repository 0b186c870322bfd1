//! The overview table: formula, output range, traits, pros, cons and uses of every activation
//! and gated unit, in three groups (the guide's, the added ones, the gated units).

use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::catalog::{Category, OverviewLabels, category_name, overview_rows_html};
use crate::math::{Activation, GatedUnit};

use super::common::{SetFilter, open_detail, open_gated};
use crate::ui::context::{AppCtx, tr};
use crate::ui::ready;
use crate::ui::strings as s;

/// The table, filterable by category and by set.
#[component]
pub fn TableView() -> impl IntoView {
    ready::mark_ready();
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let filter = RwSignal::new(None::<Category>);
    let set = ctx.select(|s| s.set);
    // The rows are static facts: one HTML string per language, filter and recommendation.
    // `fn` narrows the table to those functions (a docs page can embed a table of a few).
    let only = ctx.select(|s| s.fns.clone());
    let rows = move || {
        let l = lang();
        let (cat, only) = (filter.get(), only.get());
        overview_rows_html(
            l,
            cat,
            set.get(),
            &only,
            |a| ctx.is_recommended(a),
            &OverviewLabels {
                recommended: s::RECOMMENDED.get(l),
                columns: s::COLUMNS.map(|c| c.get(l)),
                groups: s::GROUPS.map(|c| c.get(l)),
            },
        )
    };
    // The rows' links, delegated: open the activation's detail view (or the gated unit's view)
    // in this app.
    let on_rows_click = move |ev: web_sys::MouseEvent| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| {
                el.closest("a.ae-detail-link[data-activation]")
                    .ok()
                    .flatten()
            });
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
            <div class="ae-table-box" role="region" aria-label=tr(s::TABLE_TITLE)>
                <table class="ae-table">
                    <thead>
                        <tr>{s::COLUMNS.iter().map(|c| view! { <th scope="col">{move || c.get(lang())}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody inner_html=rows on:click=on_rows_click></tbody>
                </table>
            </div>
        </section>
    }
}
