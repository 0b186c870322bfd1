//! The gallery: the seed's 4×4 grid, then a second section with the activations added beyond
//! it, one card per activation with its note; a filter by set (the guide's, PyTorch's, large
//! models', all).

use leptos::prelude::*;

use crate::catalog::entry;
use crate::chart::gallery_card;
use crate::chart::views::card_note;
use crate::math::{Activation, GatedUnit, GeluApproximate};

use super::common::{
    DetailLink, GeluSwitch, RecommendedBadge, SetFilter, open_gated, recommended_attr,
};
use crate::ui::chart_canvas::ChartFigure;
use crate::ui::context::{AppCtx, tr};
use crate::ui::strings as s;

/// The two sections of cards, each under its title, filtered by the state's `set`.
#[component]
pub fn Gallery() -> impl IntoView {
    let ctx = AppCtx::get();
    let set = ctx.select(|s| s.set);
    let shown = move |group: &'static [Activation]| {
        move || {
            let c = set.get();
            group
                .iter()
                .copied()
                .filter(|a| c.contains(*a))
                .collect::<Vec<_>>()
        }
    };
    let section = move |i: usize, group: &'static [Activation]| {
        let cards = Memo::new(move |_| shown(group)());
        view! {
            <section class="ae-gallery-section" data-group=["seed", "added"][i] hidden=move || cards.with(Vec::is_empty)>
                <h2>{tr(s::GROUPS[i])}</h2>
                {(i == 1).then(|| view! {
                    <p class="ae-muted">
                        <a href="?view=gated" on:click=move |ev| { ev.prevent_default(); open_gated(ctx, GatedUnit::Swiglu); }>{tr(s::SEE_GATED)}</a>
                    </p>
                })}
                <div class="ae-gallery">
                    <For each=move || cards.get() key=|a| *a let:a>
                        <Card a=a/>
                    </For>
                </div>
            </section>
        }
    };
    view! {
        <section class="ae-gallery-view" data-view="gallery">
            <SetFilter/>
            {section(0, &Activation::SEED)}
            {section(1, &Activation::ADDED)}
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
        <article class="ae-card" class:ae-recommended=rec data-activation=a.id() data-seed=a.in_seed_set().then_some("true") data-recommended=recommended_attr(ctx, a)>
            <header class="ae-card-head">
                <h3>{move || entry(a).name.get(ctx.lang())}</h3>
                <RecommendedBadge a=a/>
            </header>
            <ChartFigure spec=spec caption=caption file_name=a.id().to_string()/>
            {(a == Activation::Gelu).then(|| view! { <GeluSwitch/> })}
            <DetailLink a=a/>
        </article>
    }
}
