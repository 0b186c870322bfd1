//! The gallery: the seed's 4×4 grid, one card per activation with its note.

use leptos::prelude::*;

use crate::catalog::entry;
use crate::chart::views::card_note;
use crate::chart::{export_name, gallery_card};
use crate::math::{Activation, GeluApproximate};

use super::common::{DetailLink, GeluSwitch, RecommendedBadge, recommended_attr};
use crate::ui::chart_canvas::ChartFigure;
use crate::ui::context::AppCtx;

/// The 16 cards of the seed's grid.
#[component]
pub fn Gallery() -> impl IntoView {
    view! {
        <section class="ae-gallery" data-view="gallery">
            {Activation::SEED.into_iter().map(|a| view! { <Card a=a/> }).collect_view()}
        </section>
    }
}

/// One card: the chart, the note, the recommended badge, a link to the detail view.
#[component]
fn Card(a: Activation) -> impl IntoView {
    let ctx = AppCtx::get();
    let spec = Signal::derive(move || {
        let mut spec = gallery_card(a, &ctx.chart_opts());
        spec.note = None; // the note is the caption, in HTML
        spec
    });
    let caption = Signal::derive(move || {
        let st = ctx.state.get();
        let shown = if a == Activation::Gelu && st.params.approximate == GeluApproximate::Tanh {
            Activation::GeluTanh
        } else {
            a
        };
        card_note(shown).get(ctx.lang()).to_string()
    });
    let rec = move || ctx.is_recommended(a);
    view! {
        <article class="ae-card" class:ae-recommended=rec data-activation=a.id() data-recommended=recommended_attr(ctx, a)>
            <header class="ae-card-head">
                <h2>{move || entry(a).name.get(ctx.lang())}</h2>
                <RecommendedBadge a=a/>
            </header>
            <ChartFigure spec=spec caption=caption file_name=export_name("gallery", &[a])/>
            {(a == Activation::Gelu).then(|| view! { <GeluSwitch/> })}
            <DetailLink a=a/>
        </article>
    }
}
