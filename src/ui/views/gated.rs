//! The gated units' view: a chooser (GLU, ReGLU, GeGLU, SwiGLU), the heat map of f(a, b) =
//! a·g(b) with its colour scale, the gate g(b) beside it, and the facts.

use leptos::prelude::*;

use crate::catalog::{SPLIT_SNIPPET, gated_entry};
use crate::chart::views::gated_label;
use crate::chart::{gate_curve, gated_heatmap};
use crate::lang::Lang;
use crate::math::GatedUnit;

use crate::ui::chart_canvas::ChartFigure;
use crate::ui::context::{AppCtx, tr};
use crate::ui::strings as s;

/// Heat map cells along a (the b axis gets as many as keep them square).
const CELLS: usize = 72;

/// The gated view.
#[component]
pub fn GatedView() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let unit = ctx.select(|s| s.gated_unit());
    let heatmap = Signal::derive(move || gated_heatmap(unit.get(), &ctx.chart_opts(), CELLS));
    let gate = Signal::derive(move || gate_curve(unit.get(), &ctx.chart_opts()));
    let heatmap_caption = Signal::derive(move || {
        let sep = if lang() == Lang::Zh { "：" } else { ": " };
        format!(
            "f(a, b) = {}{sep}{}",
            gated_label(unit.get()),
            s::HEATMAP_CAPTION.get(lang())
        )
    });
    let gate_caption = Signal::derive(move || {
        let g = unit.get().gate();
        crate::catalog::entry(g).name.get(lang()).to_string()
    });
    view! {
        <section class="ae-gated" data-view="gated" data-activation=move || unit.get().id()>
            <div class="ae-detail-head">
                <div class="ae-segmented" role="group" aria-label=tr(s::GATED_UNIT) data-testid="gated-units">
                    {GatedUnit::ALL
                        .into_iter()
                        .map(|u| view! {
                            <button type="button" class="ae-small" aria-pressed=move || (unit.get() == u).to_string() on:click=move |_| ctx.update(|st| st.gated = Some(u)) data-unit=u.id()>
                                {move || gated_entry(u).name.get(lang())}
                            </button>
                        })
                        .collect_view()}
                </div>
                <h2>{move || gated_entry(unit.get()).name.get(lang())}</h2>
            </div>
            <p class="ae-muted">{tr(s::GATED_INTRO)}</p>
            <div class="ae-gated-charts">
                <div class="ae-gated-heatmap" data-activation=move || unit.get().id()>
                    <ChartFigure spec=heatmap caption=heatmap_caption file_name=Signal::derive(move || format!("{}-heatmap", unit.get().id())) class="ae-big"/>
                </div>
                <div class="ae-gated-gate" data-activation=move || unit.get().id() data-gate=move || unit.get().gate().id()>
                    <ChartFigure spec=gate caption=gate_caption file_name=Signal::derive(move || format!("{}-gate", unit.get().id()))/>
                </div>
            </div>
            <GatedFacts unit=unit/>
        </section>
    }
}

/// Every fact of the catalogue for the gated unit.
#[component]
fn GatedFacts(unit: Memo<GatedUnit>) -> impl IntoView {
    let ctx = AppCtx::get();
    move || {
        let u = unit.get();
        let e = gated_entry(u);
        let l = ctx.lang();
        view! {
            <dl class="ae-facts ae-gated-facts" data-activation=u.id()>
                <dt>"f(a, b)"</dt>
                <dd class="ae-formula" inner_html=e.formula></dd>
                <dt>{s::PARTIALS.get(l)}</dt>
                <dd class="ae-formula" inner_html=e.partials_formula></dd>
                <dt>{s::COLUMNS[3].get(l)}</dt>
                <dd>{e.traits.get(l)}</dd>
                <dt>{s::COLUMNS[4].get(l)}</dt>
                <dd>{e.pros.get(l)}</dd>
                <dt>{s::COLUMNS[5].get(l)}</dt>
                <dd>{e.cons.get(l)}</dd>
                <dt>{s::COLUMNS[6].get(l)}</dt>
                <dd>{e.uses.get(l)}</dd>
                {(!e.models.is_empty()).then(|| view! { <dt>{s::USED_IN.get(l)}</dt><dd>{e.models.join(if l == Lang::Zh { "、" } else { ", " })}</dd> })}
                <dt>{s::PYTORCH.get(l)}</dt>
                <dd>
                    {(!e.pytorch_native).then(|| view! { {s::NOT_IN_PYTORCH.get(l)} " " })}
                    <code>{SPLIT_SNIPPET}</code> "; " <code>{e.pytorch}</code>
                </dd>
                <dt>{s::OTHER_FRAMEWORKS.get(l)}</dt>
                <dd>{e.other_frameworks.get(l)}</dd>
            </dl>
        }
    }
}
