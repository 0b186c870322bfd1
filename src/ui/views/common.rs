//! Small pieces shared by the views: the links to a detail view and to the gated view, the
//! recommended badge, a curve's colour swatch, GELU's form switch, the set filter.

use leptos::prelude::*;

use crate::catalog::{Collection, gated_entry, seed_style};
use crate::math::{Activation, GatedUnit, GeluApproximate};
use crate::state::View;

use crate::ui::context::{AppCtx, tr};
use crate::ui::strings as s;

/// Switches this app or widget to the detail view of `a`.
pub fn open_detail(ctx: AppCtx, a: Activation) {
    ctx.update(|st| {
        st.view = View::Detail;
        st.fns = vec![a];
    });
}

/// Switches this app or widget to the gated view of `u`.
pub fn open_gated(ctx: AppCtx, u: GatedUnit) {
    ctx.update(|st| {
        st.view = View::Gated;
        st.gated = Some(u);
    });
}

/// A link that opens the gated view of `u` (inside the same app or widget), named after it.
#[component]
pub fn GatedLink(
    /// The gated unit.
    u: GatedUnit,
) -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <a
            class="ae-detail-link"
            href=format!("?view=gated&fn={}", u.id())
            data-activation=u.id()
            on:click=move |ev| {
                ev.prevent_default();
                open_gated(ctx, u);
            }
        >
            {move || gated_entry(u).name.get(ctx.lang())}
        </a>
    }
}

/// The set filter of the gallery and the table (URL key `set`): the guide's set, PyTorch's,
/// large models', all.
#[component]
pub fn SetFilter() -> impl IntoView {
    let ctx = AppCtx::get();
    let current = ctx.select(|s| s.set);
    view! {
        <div class="ae-segmented" role="group" aria-label=tr(s::SET_FILTER) data-testid="set-filter">
            <span class="ae-muted">{tr(s::SET_FILTER)}</span>
            {Collection::ALL
                .into_iter()
                .map(|c| view! {
                    <button type="button" class="ae-small" aria-pressed=move || (current.get() == c).to_string() on:click=move |_| ctx.update(|st| st.set = c) data-set=c.id()>
                        {move || c.name().get(ctx.lang())}
                    </button>
                })
                .collect_view()}
        </div>
    }
}

/// A link that opens the detail view of `a` (inside the same app or widget).
#[component]
pub fn DetailLink(
    /// The activation.
    a: Activation,
    /// The link text; defaults to "Details".
    #[prop(optional, into)]
    text: Option<Signal<String>>,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let label = move || {
        text.map(|t| t.get())
            .unwrap_or_else(|| s::OPEN_DETAIL.get(ctx.lang()).to_string())
    };
    view! {
        <a
            class="ae-detail-link"
            href=format!("?view=detail&fn={}", a.id())
            data-activation=a.id()
            on:click=move |ev| {
                ev.prevent_default();
                open_detail(ctx, a);
            }
        >
            {label}
        </a>
    }
}

/// "★ Recommended", shown while the questionnaire recommends `a`.
#[component]
pub fn RecommendedBadge(
    /// The activation.
    a: Activation,
) -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <Show when=move || ctx.is_recommended(a)>
            <span class="ae-badge">"★ " {tr(s::RECOMMENDED)}</span>
        </Show>
    }
}

/// The `data-recommended` attribute value for `a`: `Some("true")` while recommended.
pub fn recommended_attr(
    ctx: AppCtx,
    a: Activation,
) -> impl Fn() -> Option<&'static str> + Send + Sync + Copy {
    move || ctx.is_recommended(a).then_some("true")
}

/// The display name of `a` in the current language.
pub fn name_of(ctx: AppCtx, a: Activation) -> String {
    crate::catalog::entry(a).name.get(ctx.lang()).to_string()
}

/// A curve's colour (dashed for the seed's dashed curves), beside its name in a list.
#[component]
pub fn Swatch(
    /// The activation.
    a: Activation,
) -> impl IntoView {
    let st = seed_style(a);
    let (r, g, b) = st.color;
    view! {
        <span class="ae-swatch" class:ae-dashed=st.dashed style:background-color=format!("rgb({r},{g},{b})") aria-hidden="true"></span>
    }
}

/// GELU's switch between the exact (erf) and the tanh form.
#[component]
pub fn GeluSwitch() -> impl IntoView {
    let ctx = AppCtx::get();
    let is = move |f: GeluApproximate| ctx.state.with(|s| s.params.approximate == f);
    let set = move |f: GeluApproximate| ctx.update(|s| s.params.approximate = f);
    view! {
        <div class="ae-segmented" role="group" aria-label=tr(s::GELU_FORM)>
            <button type="button" class="ae-small" aria-pressed=move || is(GeluApproximate::None).to_string() on:click=move |_| set(GeluApproximate::None) data-testid="gelu-erf">
                {tr(s::GELU_ERF)}
            </button>
            <button type="button" class="ae-small" aria-pressed=move || is(GeluApproximate::Tanh).to_string() on:click=move |_| set(GeluApproximate::Tanh) data-testid="gelu-tanh">
                {tr(s::GELU_TANH)}
            </button>
        </div>
    }
}
