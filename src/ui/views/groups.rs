//! The seed's grouped comparison: saturating, ReLU family, smooth.

use leptos::prelude::*;

use crate::catalog::{Category, category_summary};
use crate::chart::views::group_title;
use crate::chart::{CurveLook, group_panel};

use super::common::{DetailLink, recommended_attr};
use super::interactive::Swatch;
use crate::ui::chart_canvas::ChartFigure;
use crate::ui::context::AppCtx;

/// Three panels, one per category, with the seed's line styles.
#[component]
pub fn Groups() -> impl IntoView {
    view! {
        <section class="ae-groups" data-view="groups">
            {Category::SEED.into_iter().map(|c| view! { <Panel c=c/> }).collect_view()}
        </section>
    }
}

/// One category panel and its members (highlighted when recommended).
#[component]
fn Panel(c: Category) -> impl IntoView {
    let ctx = AppCtx::get();
    // Fitted to the panel's curves (once per change, not on every redraw).
    let spec = Memo::new(move |_| group_panel(c, &ctx.chart_opts()).steadied(None));
    let any_rec = move || c.seed_members().any(|a| ctx.is_recommended(a));
    view! {
        <article class="ae-panel" data-category=c.id() class:ae-recommended=any_rec data-recommended=move || any_rec().then_some("true")>
            <h2>{move || group_title(c).get(ctx.lang())}</h2>
            <ChartFigure spec=spec caption=Signal::derive(move || category_summary(c).get(ctx.lang()).to_string()) file_name=format!("groups-{}", c.id())/>
            <ul class="ae-members">
                {c.seed_members()
                    .map(|a| {
                        view! {
                            <li data-activation=a.id() data-recommended=recommended_attr(ctx, a) class:ae-recommended=move || ctx.is_recommended(a)>
                                <Swatch look=Some(CurveLook::seed(a))/>
                                <DetailLink a=a text=Signal::derive(move || crate::catalog::entry(a).name.get(ctx.lang()).to_string())/>
                                {move || ctx.is_recommended(a).then(|| view! { <span class="ae-badge">"★"</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </article>
    }
}
