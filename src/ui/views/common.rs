//! Pieces shared by the views: the links to a detail view, to the gated view and to the depth
//! lab, the recommended badge, GELU's form switch, the set filter and the x-range controls.
//! (The interactive charts' parts are in `interactive`, with the views that use them.)

use leptos::prelude::*;

use crate::catalog::{Collection, gated_entry};
use crate::chart::{DEFAULT_X_RANGE, fmt_num, pan, validate_x_range, zoom};
use crate::guide::{LabLink, lab_links};
use crate::math::{Activation, GatedUnit, GeluApproximate};
use crate::number::parse_f64;
use crate::state::View;
use crate::state::lab::open_lab_link;
use crate::state::to_query;

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

/// Opens the depth lab on `link`'s setup; when the link names a section, scrolls it into view
/// once the lab is drawn (looked up in the same document or shadow root as `from`).
pub fn open_lab(ctx: AppCtx, link: &'static LabLink, from: Option<web_sys::Node>) {
    ctx.update(|st| *st = open_lab_link(st, link));
    if let Some(section) = link.section {
        let root = from.map(|n| n.get_root_node());
        request_animation_frame(move || {
            request_animation_frame(move || {
                use wasm_bindgen::JsCast;
                let selector = format!("[data-lab-section=\"{section}\"]");
                let found = root.as_ref().and_then(|r| {
                    if let Some(d) = r.dyn_ref::<web_sys::Document>() {
                        d.query_selector(&selector).ok().flatten()
                    } else {
                        r.dyn_ref::<web_sys::DocumentFragment>()
                            .and_then(|f| f.query_selector(&selector).ok().flatten())
                    }
                });
                if let Some(el) = found {
                    el.scroll_into_view();
                }
            })
        });
    }
}

/// The guide's links to the depth lab for a note or outcome `id` (none for most).
#[component]
pub fn LabLinks(
    /// The note's or outcome's id.
    id: &'static str,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let links = lab_links(id);
    (!links.is_empty()).then(|| {
        view! {
            <p class="ae-lab-links" data-lab-links=id>
                {links
                    .iter()
                    .map(|link| {
                        let fns = link.fns.iter().map(|a| a.id()).collect::<Vec<_>>().join(",");
                        let href = move || ctx.state.with(|st| format!("?{}", to_query(&open_lab_link(st, link))));
                        view! {
                            <a
                                class="ae-lab-link"
                                href=href
                                data-lab-link=fns
                                data-init=link.init.id()
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    let node = ev
                                        .target()
                                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok());
                                    open_lab(ctx, link, node);
                                }
                            >
                                {move || link.label.get(ctx.lang())}
                            </a>
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}

/// Typed bounds, zoom and pan buttons, reset; refused input gets a message next to it. They
/// set the app's x-range, which every chart shares.
#[component]
pub fn RangeControls() -> impl IntoView {
    let ctx = AppCtx::get();
    let range_memo = ctx.select(|s| s.x_range);
    let range = move || range_memo.get();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    Effect::new(move |_| {
        let r = range();
        from.set(fmt_num(r.0));
        to.set(fmt_num(r.1));
    });
    let apply = move || {
        let a = parse_f64(from.get_untracked().trim());
        let b = parse_f64(to.get_untracked().trim());
        match (a, b) {
            (Some(a), Some(b)) if validate_x_range(a, b).is_ok() => {
                error.set(false);
                ctx.update(|s| {
                    s.x_range = (
                        if a == 0.0 { 0.0 } else { a },
                        if b == 0.0 { 0.0 } else { b },
                    )
                });
            }
            _ => error.set(true),
        }
    };
    let step = move |f: &dyn Fn((f64, f64)) -> Option<(f64, f64)>| {
        if let Some(r) = f(range()) {
            error.set(false);
            ctx.update(|s| s.x_range = r);
        }
    };
    view! {
        <form class="ae-range" on:submit=move |ev| { ev.prevent_default(); apply(); } data-testid="range-form">
            <fieldset>
                <legend>{tr(s::X_RANGE)}</legend>
                <label class="ae-field">
                    <span>{tr(s::FROM)}</span>
                    <input type="text" inputmode="decimal" size="9" prop:value=from on:input=move |ev| from.set(event_target_value(&ev)) aria-invalid=move || error.get().to_string() data-testid="x-from"/>
                </label>
                <label class="ae-field">
                    <span>{tr(s::TO)}</span>
                    <input type="text" inputmode="decimal" size="9" prop:value=to on:input=move |ev| to.set(event_target_value(&ev)) aria-invalid=move || error.get().to_string() data-testid="x-to"/>
                </label>
                <button type="submit" class="ae-button">{tr(s::APPLY)}</button>
                <span class="ae-buttons">
                    <button type="button" class="ae-small" on:click=move |_| step(&|r| zoom(r, (r.0 + r.1) / 2.0, 0.5)) data-testid="zoom-in">{tr(s::ZOOM_IN)}</button>
                    <button type="button" class="ae-small" on:click=move |_| step(&|r| zoom(r, (r.0 + r.1) / 2.0, 2.0)) data-testid="zoom-out">{tr(s::ZOOM_OUT)}</button>
                    <button type="button" class="ae-small" on:click=move |_| step(&|r| pan(r, -(r.1 - r.0) / 4.0))>{tr(s::PAN_LEFT)}</button>
                    <button type="button" class="ae-small" on:click=move |_| step(&|r| pan(r, (r.1 - r.0) / 4.0))>{tr(s::PAN_RIGHT)}</button>
                    <button type="button" class="ae-small" on:click=move |_| step(&|_| Some(DEFAULT_X_RANGE)) data-testid="zoom-reset">{tr(s::RESET)}</button>
                </span>
                <Show when=move || error.get()>
                    <p class="ae-error" role="alert" data-testid="range-error">{tr(s::BAD_RANGE)}</p>
                </Show>
            </fieldset>
        </form>
    }
}
