//! The overview table: formula, output range, traits, pros, cons and uses of every activation.

use leptos::prelude::*;

use crate::catalog::{Category, category_name, entries};

use super::common::{DetailLink, RecommendedBadge, recommended_attr};
use crate::ui::context::{AppCtx, tr};
use crate::ui::ready;
use crate::ui::strings as s;

/// The table, filterable by category.
#[component]
pub fn TableView() -> impl IntoView {
    ready::mark_ready();
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let filter = RwSignal::new(None::<Category>);
    view! {
        <section class="ae-table-view" data-view="table">
            <h2>{tr(s::TABLE_TITLE)}</h2>
            <div class="ae-segmented" role="group" aria-label=tr(s::FILTER)>
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
            <div class="ae-table-scroll" tabindex="0" role="region" aria-label=tr(s::TABLE_TITLE)>
                <table class="ae-table">
                    <thead>
                        <tr>{s::COLUMNS.iter().map(|c| view! { <th scope="col">{move || c.get(lang())}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {entries()
                            .map(|e| {
                                let a = e.activation;
                                view! {
                                    <tr
                                        data-activation=a.id()
                                        data-category=e.category.id()
                                        data-recommended=recommended_attr(ctx, a)
                                        class:ae-recommended=move || ctx.is_recommended(a)
                                        hidden=move || filter.get().is_some_and(|c| c != e.category)
                                    >
                                        <th scope="row">
                                            <DetailLink a=a text=Signal::derive(move || e.name.get(ctx.lang()).to_string())/>
                                            <RecommendedBadge a=a/>
                                            <code class="ae-api">{e.pytorch.module}</code>
                                        </th>
                                        <td class="ae-formula" inner_html=e.formula></td>
                                        <td>{move || e.range.get(lang())}</td>
                                        <td>{move || e.traits.get(lang())}</td>
                                        <td>{move || e.pros.get(lang())}</td>
                                        <td>{move || e.cons.get(lang())}</td>
                                        <td>{move || e.uses.get(lang())}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
