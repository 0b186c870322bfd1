//! The parts of the interactive charts (swatches, gestures, the probe's readout), shared by the
//! lazily loaded views (overlay, detail, groups, depth lab): not in the first view's wasm.

use leptos::prelude::*;

use crate::chart::looks::swatch_mask;
use crate::chart::{CurveLook, ReadoutRow, fmt_num};
use crate::gesture::{Action, Event, Frame, Gesture, Pointer, Wheel};

use crate::ui::chart_canvas::CanvasGeometry;
use crate::ui::context::{AppCtx, tr};
use crate::ui::strings as s;

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
