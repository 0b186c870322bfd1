//! Pieces shared by the views: the links to a detail view and to the gated view, the
//! recommended badge, a curve's swatch, GELU's form switch, the set filter, and the interactive
//! chart's parts that the detail view and the overlay both use: the gestures (pointer, wheel,
//! keys), the probe readout and the x-range controls.

use leptos::prelude::*;

use crate::catalog::{Collection, gated_entry};
use crate::chart::looks::swatch_mask;
use crate::chart::{CurveLook, DEFAULT_X_RANGE, ReadoutRow, fmt_num, pan, validate_x_range, zoom};
use crate::gesture::{Action, Event, Frame, Gesture, Pointer, Wheel};
use crate::guide::{LabLink, lab_links};
use crate::math::{Activation, GatedUnit, GeluApproximate};
use crate::number::parse_f64;
use crate::state::View;
use crate::state::lab::open_lab_link;
use crate::state::to_query;

use crate::ui::chart_canvas::CanvasGeometry;
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

/// A curve's swatch beside its name: a short bar in the colour the chart draws it with on the
/// current theme, cut into the same dash pattern ([`crate::chart::looks`] is the one home of
/// both); an empty outline when `look` is `None` (a function not drawn).
#[component]
pub fn Swatch(
    /// How the curve is drawn, if it is.
    #[prop(into)]
    look: Signal<Option<CurveLook>>,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let color = move || {
        look.get().map(|l| {
            let (r, g, b) = l.shown_color(&ctx.chart_opts().theme);
            format!("rgb({r}, {g}, {b})")
        })
    };
    let mask = move || look.get().and_then(|l| swatch_mask(l.style));
    view! {
        <span
            class="ae-swatch"
            class:ae-swatch-off=move || look.get().is_none()
            style:background-color=color
            style:mask-image=mask
            data-style=move || look.get().map(|l| l.style.id())
            aria-hidden="true"
        ></span>
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

/// The gestures of an interactive chart around `children` (its `ChartFigure`): pointer
/// (mouse, pen, touch), wheel and key events go to the pure machine of [`crate::gesture`],
/// whose actions set the probe and the app's x-range.
#[component]
pub fn ChartGestures(
    /// The probe's x, set by pointing, tapping and the arrow keys.
    probe: RwSignal<Option<f64>>,
    /// Where the chart was last drawn (written by its `ChartFigure`).
    geometry: RwSignal<Option<CanvasGeometry>>,
    /// The chart.
    children: Children,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let gestures = StoredValue::new(Gesture::default());
    let handle = move |input: Event<'_>, ev: &web_sys::Event| {
        let now = Frame {
            range: ctx.state.with(|s| s.x_range),
            map: geometry.get_untracked().map(|g| g.pointer_map()),
            probe: probe.get_untracked(),
        };
        let actions = gestures
            .try_update_value(|g| g.handle(input, &now))
            .unwrap_or_default();
        for action in actions {
            match action {
                Action::CapturePointer(id) => {
                    if let Some(t) = ev
                        .target()
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                    {
                        let _ = t.set_pointer_capture(id);
                    }
                }
                Action::SetProbe(p) => probe.set(p),
                Action::SetRange(r) => ctx.update(|s| s.x_range = r),
                Action::PreventDefault => ev.prevent_default(),
            }
        }
    };
    let pointer = |ev: &web_sys::PointerEvent| Pointer {
        id: ev.pointer_id(),
        css_x: f64::from(ev.offset_x()),
        buttons: ev.buttons(),
    };
    let on_down = move |ev: web_sys::PointerEvent| handle(Event::Down(pointer(&ev)), &ev);
    let on_move = move |ev: web_sys::PointerEvent| handle(Event::Move(pointer(&ev)), &ev);
    let on_up = move |ev: web_sys::PointerEvent| handle(Event::Up(ev.pointer_id()), &ev);
    let on_leave = move |ev: web_sys::PointerEvent| handle(Event::Leave, &ev);
    let on_wheel = move |ev: web_sys::WheelEvent| {
        let wheel = Wheel {
            css_x: f64::from(ev.offset_x()),
            delta_y: ev.delta_y(),
            ctrl: ev.ctrl_key(),
            meta: ev.meta_key(),
        };
        handle(Event::Wheel(wheel), &ev);
    };
    let on_key = move |ev: web_sys::KeyboardEvent| handle(Event::Key(&ev.key()), &ev);
    view! {
        <div
            class="ae-interactive"
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:pointerleave=on_leave
            on:wheel=on_wheel
            on:keydown=on_key
        >
            {children()}
        </div>
        <p class="ae-muted ae-hint ae-for-fine">{tr(s::PROBE_HINT)}</p>
        <p class="ae-muted ae-hint ae-for-touch">{tr(s::PROBE_HINT_TOUCH)}</p>
    }
}

/// The values at the probe, computed with the math (not read off pixels): x, then a row per
/// function with f(x) (and f′(x) when the row has it), each number also in a `data-` attribute
/// at full precision. With `named`, each row starts with the function's swatch and name.
#[component]
pub fn Readout(
    /// The probe's x.
    #[prop(into)]
    probe: Signal<Option<f64>>,
    /// The rows at the probe (empty while there is none).
    #[prop(into)]
    rows: Signal<Vec<ReadoutRow>>,
    /// Whether rows show which function they are (several functions).
    #[prop(optional)]
    named: bool,
) -> impl IntoView {
    let row = move |r: ReadoutRow| {
        let look = r.look;
        view! {
            <span class="ae-readout-row" data-activation=r.activation.id() data-f=r.f.map(|v| v.to_string()) data-d=r.d.map(|v| v.to_string())>
                {named.then(|| view! { <Swatch look=Some(look)/> <span class="ae-readout-name">{r.name.clone()}</span> })}
                <span class="ae-readout-values">
                    <span>"f(x) = " {r.f.map_or("—".to_string(), fmt_num)}</span>
                    {r.d.map(|d| view! { <span>"f′(x) = " {fmt_num(d)}</span> })}
                </span>
            </span>
        }
    };
    view! {
        <output class="ae-readout" class:ae-readout-named=named data-testid="readout" aria-live="polite">
            {move || match probe.get() {
                Some(x) => view! {
                    <span class="ae-readout-head"><span>{tr(s::READOUT)} ": "</span><span data-x=x.to_string()>"x = " {fmt_num(x)}</span></span>
                    {rows.get().into_iter().map(row).collect_view()}
                }.into_any(),
                None => view! { <span class="ae-readout-head"><span>{tr(s::READOUT)} ": "</span><span>"—"</span></span> }.into_any(),
            }}
        </output>
    }
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
