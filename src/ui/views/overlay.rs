//! The overlay: every activation, or any subset the user picks, on one chart, with the detail
//! view's zoom, x-range controls and a readout of every chosen function at the probe; the
//! chooser lists the guide's set and the added activations apart.

use leptos::prelude::*;

use crate::catalog::{Category, entry};
use crate::chart::views::{AXIS_Y, AXIS_Y_DERIV, group_title};
use crate::chart::{export_name, look_in, overlay, readout_rows};
use crate::math::Activation;

use super::common::{RangeControls, recommended_attr};
use super::interactive::{ChartGestures, Readout, Swatch};
use crate::ui::chart_canvas::{CanvasGeometry, ChartFigure};
use crate::ui::context::{AppCtx, tr};
use crate::ui::strings as s;

/// The chosen set, in the order it was chosen: the state's `fn`, none after None
/// (`fn=none`), or the seed's 16 when nothing was chosen.
fn chosen(ctx: AppCtx) -> Vec<Activation> {
    ctx.state.with(|s| {
        if !s.fns.is_empty() {
            s.fns.clone()
        } else if s.no_fns {
            Vec::new()
        } else {
            Activation::SEED.to_vec()
        }
    })
}

/// The categories offered as quick sets: the seed's three and the shrinkage functions (Snake
/// alone is its category; the gated units are not curves of x).
const QUICK_CATEGORIES: [Category; 4] = [
    Category::Saturating,
    Category::ReluFamily,
    Category::Smooth,
    Category::Shrinkage,
];

/// The quick set of category `c`: the seed's members of the seed's categories (as the groups
/// view shows them), every member of the others.
fn quick_set(c: Category) -> Vec<Activation> {
    if Category::SEED.contains(&c) {
        c.seed_members().collect()
    } else {
        c.members().collect()
    }
}

/// Shows `set` (in its order): the seed's 16 are the default (no `fn`), none is `fn=none`.
fn choose(ctx: AppCtx, set: Vec<Activation>) {
    ctx.update(|s| {
        s.no_fns = set.is_empty();
        s.fns = if set == Activation::SEED {
            Vec::new()
        } else {
            set
        };
    });
}

/// The chart, its readout and range controls, and the chooser (which doubles as an HTML legend:
/// each name has the swatch of its curve).
#[component]
pub fn Overlay() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let set = Memo::new(move |_| chosen(ctx));
    let probe = RwSignal::new(None::<f64>);
    let geometry = RwSignal::new(None::<CanvasGeometry>);
    // The y-range fitted once per change of what is drawn (not on every probe move). No
    // slider moves here: it is always the fit, as a link shows it.
    let fitted = Memo::new(move |_| overlay(&set.get(), &ctx.chart_opts()).steadied(None));
    let spec = Signal::derive(move || {
        let mut spec = fitted.get();
        spec.probe = probe.get();
        spec
    });
    let rows = Signal::derive(move || {
        let o = ctx.chart_opts();
        probe
            .get()
            .map(|x| readout_rows(&set.get(), &o, x, o.deriv))
            .unwrap_or_default()
    });
    // A newly ticked function goes last: the palette is assigned in the order of choosing.
    let toggle = move |a: Activation, on: bool| {
        let mut next = set.get_untracked();
        if on && !next.contains(&a) {
            next.push(a);
        } else if !on {
            next.retain(|x| *x != a);
        }
        choose(ctx, next);
    };
    // What the chart holds, said under it: "3 of 17 functions, f(x)" (the y-axis label's text).
    let caption = Signal::derive(move || {
        let (shown, all) = (set.get().len(), Activation::ALL.len());
        let l = lang();
        let what = if ctx.state.with(|s| s.deriv) {
            AXIS_Y_DERIV
        } else {
            AXIS_Y
        }
        .get(l);
        match l {
            crate::lang::Lang::En => format!("{shown} of {all} functions, {what}"),
            crate::lang::Lang::Zh => format!("{all} 个函数中的 {shown} 个，{what}"),
        }
    });
    let file_name = Signal::derive(move || export_name("overlay", &set.get()));
    let has_pick = move || !ctx.recommended().is_empty();
    view! {
        <section class="ae-overlay" data-view="overlay">
            <div class="ae-overlay-grid">
                <div class="ae-overlay-chart">
                    <ChartGestures probe=probe geometry=geometry>
                        <ChartFigure spec=spec caption=caption file_name=file_name class="ae-big" geometry=geometry.write_only() focusable=true/>
                    </ChartGestures>
                    <Readout probe=probe rows=rows named=true/>
                    <RangeControls/>
                </div>
                <fieldset class="ae-chooser">
                    <legend>{tr(s::CHOOSE)}</legend>
                    <div class="ae-chooser-actions">
                        <button type="button" class="ae-small" on:click=move |_| choose(ctx, Activation::ALL.to_vec()) data-testid="overlay-all">{tr(s::SELECT_ALL)}</button>
                        <button type="button" class="ae-small" on:click=move |_| choose(ctx, Vec::new()) data-testid="overlay-none">{tr(s::SELECT_NONE)}</button>
                        <button type="button" class="ae-small" on:click=move |_| choose(ctx, Activation::SEED.to_vec()) data-testid="overlay-reset">{tr(s::RESET)}</button>
                    </div>
                    <div class="ae-chooser-actions ae-quick-sets" role="group" aria-label=tr(s::QUICK_SETS)>
                        <span class="ae-muted">{tr(s::QUICK_SETS)}</span>
                        <button
                            type="button"
                            class="ae-small"
                            disabled=move || !has_pick()
                            title=move || (!has_pick()).then(|| s::GUIDE_PICK_NONE.get(lang()))
                            on:click=move |_| choose(ctx, ctx.recommended())
                            data-testid="overlay-set-guide"
                        >
                            {tr(s::GUIDE_PICK)}
                        </button>
                        {QUICK_CATEGORIES
                            .into_iter()
                            .map(|c| view! {
                                <button type="button" class="ae-small" on:click=move |_| choose(ctx, quick_set(c)) data-testid=format!("overlay-set-{}", c.id())>
                                    {move || group_title(c).get(lang())}
                                </button>
                            })
                            .collect_view()}
                    </div>
                    {[&Activation::SEED_SET[..], &Activation::ADDED[..]]
                        .into_iter()
                        .enumerate()
                        .map(|(i, group)| view! {
                            <h3 class="ae-chooser-group">{tr(s::GROUPS[i])}</h3>
                            <ul class="ae-legend" data-group=["seed", "added"][i]>
                                {group.iter().map(|&a| view! { <ChooserRow a=a set=set toggle=toggle/> }).collect_view()}
                            </ul>
                        })
                        .collect_view()}
                </fieldset>
            </div>
        </section>
    }
}

/// One row of the chooser: the checkbox, the swatch of the curve as the chart draws it (an
/// empty one when it is not drawn), the name, and the badge while recommended.
#[component]
fn ChooserRow(
    /// The activation.
    a: Activation,
    /// The chosen set, in its order.
    set: Memo<Vec<Activation>>,
    /// Ticks (`true`) or unticks `a`.
    toggle: impl Fn(Activation, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let checked = move || set.with(|v| v.contains(&a));
    let look = Signal::derive(move || look_in(&set.get(), a, &ctx.chart_opts().theme));
    view! {
        <li data-activation=a.id() data-recommended=recommended_attr(ctx, a) class:ae-recommended=move || ctx.is_recommended(a)>
            <label class="ae-check">
                <input
                    type="checkbox"
                    prop:checked=checked
                    on:change=move |ev| toggle(a, event_target_checked(&ev))
                />
                <Swatch look=look/>
                <span class="ae-check-name">{move || entry(a).name.get(lang())}</span>
                {move || ctx.is_recommended(a).then(|| view! { <span class="ae-badge">"★ " {s::RECOMMENDED.get(lang())}</span> })}
            </label>
        </li>
    }
}
