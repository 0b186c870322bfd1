//! The overlay: every activation, or any subset the user picks, on one chart; the chooser lists
//! the guide's set and the added activations apart.

use leptos::prelude::*;

use crate::catalog::entry;
use crate::chart::overlay;
use crate::chart::views::{AXIS_Y, AXIS_Y_DERIV};
use crate::math::Activation;

use super::common::{Swatch, recommended_attr};
use crate::ui::chart_canvas::ChartFigure;
use crate::ui::context::{AppCtx, tr};
use crate::ui::strings as s;

/// The chosen set: the state's `fn`, or the seed's 16 when none is chosen.
fn chosen(ctx: AppCtx) -> Vec<Activation> {
    let fns = ctx.state.with(|s| s.fns.clone());
    if fns.is_empty() {
        Activation::SEED.to_vec()
    } else {
        fns
    }
}

/// The chart and the chooser (which doubles as an HTML legend).
#[component]
pub fn Overlay() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let spec = Signal::derive(move || overlay(&chosen(ctx), &ctx.chart_opts()));
    let toggle = move |a: Activation, on: bool| {
        let mut set = chosen(ctx);
        if on && !set.contains(&a) {
            set.push(a);
            set.sort_by_key(|x| Activation::ALL.iter().position(|y| y == x));
        } else if !on && set.len() > 1 {
            set.retain(|x| *x != a);
        }
        ctx.update(|s| {
            s.fns = if set == Activation::SEED {
                Vec::new()
            } else {
                set
            }
        });
    };
    // What the chart holds, said under it: "12 of 17 functions, f(x)" (the y-axis label's text).
    let caption = Signal::derive(move || {
        let (shown, all) = (chosen(ctx).len(), Activation::ALL.len());
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
    view! {
        <section class="ae-overlay" data-view="overlay">
            <ChartFigure spec=spec caption=caption file_name="overlay".to_string() class="ae-big"/>
            <fieldset class="ae-chooser">
                <legend>{tr(s::CHOOSE)}</legend>
                <div class="ae-chooser-actions">
                    <button type="button" class="ae-small" on:click=move |_| ctx.update(|s| s.fns = Activation::ALL.to_vec()) data-testid="overlay-all">{tr(s::SELECT_ALL)}</button>
                    <button type="button" class="ae-small" on:click=move |_| ctx.update(|s| s.fns = Vec::new())>{tr(s::RESET)}</button>
                </div>
                {[&Activation::SEED_SET[..], &Activation::ADDED[..]]
                    .into_iter()
                    .enumerate()
                    .map(|(i, group)| view! {
                        <h3 class="ae-chooser-group">{tr(s::GROUPS[i])}</h3>
                        <ul class="ae-legend" data-group=["seed", "added"][i]>
                            {group
                                .iter()
                                .map(|&a| {
                                    let checked = move || chosen(ctx).contains(&a);
                                    view! {
                                        <li data-activation=a.id() data-recommended=recommended_attr(ctx, a) class:ae-recommended=move || ctx.is_recommended(a)>
                                            <label class="ae-check">
                                                <input
                                                    type="checkbox"
                                                    prop:checked=checked
                                                    disabled=move || checked() && chosen(ctx).len() == 1
                                                    on:change=move |ev| toggle(a, event_target_checked(&ev))
                                                />
                                                <Swatch a=a/>
                                                <span>{move || entry(a).name.get(lang())}</span>
                                                {move || ctx.is_recommended(a).then(|| view! { <span class="ae-badge">"★ " {s::RECOMMENDED.get(lang())}</span> })}
                                            </label>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    })
                    .collect_view()}
            </fieldset>
        </section>
    }
}
