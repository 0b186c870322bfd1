//! One activation in depth: a large chart with f and f′, a probe readout, parameter sliders,
//! zoom and pan, GELU's erf-vs-tanh comparison, and every fact of the catalogue.

use leptos::prelude::*;

use crate::catalog::{
    derivative_formula, described, details, entry, formula, gain_at, minimum_at, pytorch_at,
    range_at, shown_stat, stats_at,
};
use crate::chart::{ChartSpec, detail, export_name, gelu_difference, readout_rows};
use crate::lang::Lang;
use crate::math::{Activation, Param};
use crate::state::{NoticeKind, param_error_message, parse_param};

use super::common::{GeluSwitch, RangeControls, RecommendedBadge};
use super::interactive::{ChartGestures, Readout};
use crate::chart::fmt_num;
use crate::ui::chart_canvas::{CanvasGeometry, ChartFigure};
use crate::ui::clipboard::CopyButton;
use crate::ui::context::{AppCtx, tr};
use crate::ui::strings as s;

/// The activation shown: the first of `fn`, else ReLU.
fn current(ctx: AppCtx) -> Activation {
    ctx.state
        .with(|s| s.fns.first().copied())
        .unwrap_or(Activation::Relu)
}

/// The detail view.
#[component]
pub fn Detail() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let a = Memo::new(move |_| current(ctx));
    let probe = RwSignal::new(None::<f64>);
    let geometry = RwSignal::new(None::<CanvasGeometry>);
    // The y-range fitted to the curves, held steady while a slider is dragged
    // (`ChartSpec::steadied`) and fitted again when it is let go, so what is shown then is what
    // the link shows; the probe is added after, so pointing costs no refit.
    let sliding = RwSignal::new(false);
    let fitted = Memo::new(move |before: Option<&ChartSpec>| {
        let before = before.filter(|_| sliding.get());
        detail(a.get(), &ctx.chart_opts()).steadied(before)
    });
    let spec = Signal::derive(move || {
        let mut spec = fitted.get();
        spec.probe = probe.get();
        spec
    });
    let rows = Signal::derive(move || {
        probe
            .get()
            .map(|x| readout_rows(&[a.get()], &ctx.chart_opts(), x, true))
            .unwrap_or_default()
    });
    let caption = Signal::derive(move || entry(a.get()).name.get(lang()).to_string());
    let file_name = Signal::derive(move || export_name("detail", &[a.get()]));
    view! {
        <section class="ae-detail" data-view="detail" data-activation=move || a.get().id()>
            <div class="ae-detail-head">
                <label class="ae-field">
                    <span>{tr(s::FUNCTION)}</span>
                    <select
                        data-testid="detail-select"
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).parse::<Activation>() {
                                probe.set(None);
                                ctx.update(|s| s.fns = vec![n]);
                            }
                        }
                    >
                        {[&Activation::SEED_SET[..], &Activation::ADDED[..]]
                            .into_iter()
                            .enumerate()
                            .map(|(i, group)| view! {
                                <optgroup label=move || s::GROUPS[i].get(lang())>
                                    {group
                                        .iter()
                                        .map(|&x| view! { <option value=x.id() selected=move || a.get() == x>{move || entry(x).name.get(lang())}</option> })
                                        .collect_view()}
                                </optgroup>
                            })
                            .collect_view()}
                    </select>
                </label>
                <h2>{move || entry(a.get()).name.get(lang())}</h2>
                {move || view! { <RecommendedBadge a=a.get()/> }}
            </div>
            <div class="ae-detail-grid">
                <div class="ae-detail-chart">
                    <ChartGestures probe=probe geometry=geometry>
                        <ChartFigure spec=spec caption=caption file_name=file_name class="ae-big" geometry=geometry.write_only() focusable=true/>
                    </ChartGestures>
                    <Readout probe=probe rows=rows/>
                    <RangeControls/>
                </div>
                <div class="ae-detail-side">
                    <ParamControls a=a sliding=sliding/>
                    <Facts a=a/>
                </div>
            </div>
            {move || matches!(a.get(), Activation::Gelu | Activation::GeluTanh).then(|| view! { <GeluCompare/> })}
        </section>
    }
}

/// Sliders and number inputs for the activation's parameters, redrawn live; `sliding` is true
/// while a slider is being dragged.
#[component]
fn ParamControls(a: Memo<Activation>, sliding: RwSignal<bool>) -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    view! {
        <fieldset class="ae-params" data-testid="params">
            <legend>{tr(s::PARAMETERS)}</legend>
            {move || {
                let params: Vec<Param> = a
                    .get()
                    .params()
                    .iter()
                    .copied()
                    .filter(|p| p.info().slider.is_some())
                    .collect();
                if params.is_empty() && !a.get().reads_approximate() {
                    view! { <p class="ae-muted">{s::NO_PARAMETERS.get(lang())}</p> }.into_any()
                } else {
                    params.into_iter().map(|p| view! { <ParamInput param=p sliding=sliding/> }).collect_view().into_any()
                }
            }}
            {move || a.get().reads_approximate().then(|| view! { <GeluSwitch/> })}
        </fieldset>
    }
}

/// One parameter: a slider and a number field; out-of-range or invalid input is refused with a
/// message and the last good chart stays. The slider's `input` events (a drag, a key) set
/// `sliding`; its `change` (let go, or right after a key) clears it.
#[component]
fn ParamInput(param: Param, sliding: RwSignal<bool>) -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let info = param.info();
    let Some(slider) = info.slider else {
        return ().into_any();
    };
    let error = RwSignal::new(None::<String>);
    let value_memo = ctx.select(move |s| s.params[param]);
    let value = move || value_memo.get();
    let text = RwSignal::new(fmt_num(value()));
    Effect::new(move |_| text.set(fmt_num(value())));
    let try_set = move |raw: String| {
        let v = match parse_param(param, raw.trim()) {
            Ok(v) => v,
            Err(NoticeKind::NotANumber) => {
                error.set(Some(s::BAD_NUMBER.get(lang()).to_string()));
                return;
            }
            Err(_) => {
                error.set(Some(format!(
                    "{} [{}, {}]",
                    s::OUT_OF_RANGE.get(lang()),
                    info.min,
                    info.max
                )));
                return;
            }
        };
        let p = ctx.state.with_untracked(|s| s.params).with(param, v);
        match p.validate() {
            Ok(()) => {
                error.set(None);
                ctx.update(|s| s.params = p);
            }
            Err(e) => {
                let stop = if lang() == Lang::Zh { "。" } else { "." };
                error.set(Some(format!("{}{stop}", param_error_message(&e, lang()))));
            }
        }
    };
    let key = info.key;
    let id = format!("ae-param-{key}");
    let err_id = format!("{id}-err");
    view! {
        <div class="ae-param" data-param=key>
            <label for=id.clone()>
                <code>{info.torch}</code>
                {(info.symbol != info.torch).then(|| view! { " (" <var>{info.symbol}</var> ")" })}
                <span class="ae-muted">" · " {tr(s::DEFAULT)} " " {fmt_num(info.default)}</span>
            </label>
            <input
                type="range"
                min=slider.min
                max=slider.max
                step=slider.step
                prop:value=move || value().to_string()
                on:input=move |ev| {
                    sliding.set(true);
                    try_set(event_target_value(&ev));
                }
                on:change=move |_| sliding.set(false)
                aria-label=info.torch
                data-testid=format!("slider-{key}")
            />
            <input
                type="text"
                id=id
                inputmode="decimal"
                size="8"
                prop:value=text
                on:change=move |ev| try_set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=err_id.clone()
                data-testid=format!("input-{key}")
            />
            <p class="ae-error" id=err_id role="alert" data-testid=format!("error-{key}")>{move || error.get()}</p>
        </div>
    }
    .into_any()
}

/// Every fact of the catalogue for the activation.
#[component]
fn Facts(a: Memo<Activation>) -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    // The parameters this activation reads: the facts rebuild only when one of those changes.
    let params = Memo::new(move |_| ctx.state.with(|s| s.params.only_for(a.get())));
    move || {
        let shown = a.get();
        let p = params.get();
        // GELU with approximate='tanh' is described by the tanh form's entry.
        let a = described(shown, &p);
        let (e, d) = (entry(a), details(a));
        let st = stats_at(a, &p);
        let l = lang();
        let min = minimum_at(a, &p).map(|(x, y)| format!("f({}) = {}", fmt_num(x), fmt_num(y)));
        let (module, functional) = pytorch_at(a, &p);
        let code = NodeRef::<leptos::html::Code>::new();
        // Copy the module where PyTorch has one, else the functional call.
        let copied = module.clone().unwrap_or_else(|| functional.clone());
        let scale = st.second_moment;
        view! {
            <dl class="ae-facts" data-activation=shown.id()>
                <dt>"f(x)"</dt>
                <dd class="ae-formula" inner_html=formula(shown, &p)></dd>
                <dt>{s::DERIVATIVE.get(l)}</dt>
                <dd class="ae-formula" inner_html=derivative_formula(shown, &p)></dd>
                <dt>{s::COLUMNS[2].get(l)}</dt>
                <dd data-testid="fact-range">{range_at(a, &p, l)}</dd>
                {min.map(|m| view! { <dt>{s::MINIMUM.get(l)}</dt><dd data-testid="fact-minimum">{m}</dd> })}
                <dt>{s::COLUMNS[3].get(l)}</dt>
                <dd>{d.traits.get(l)}</dd>
                <dt>{s::COLUMNS[4].get(l)}</dt>
                <dd>{d.pros.get(l)}</dd>
                <dt>{s::COLUMNS[5].get(l)}</dt>
                <dd>{d.cons.get(l)}</dd>
                <dt>{s::COLUMNS[6].get(l)}</dt>
                <dd>{d.uses.get(l)}</dd>
                <dt>{s::PYTORCH.get(l)}</dt>
                <dd class="ae-code-line">
                    {match module {
                        Some(m) => view! { <code node_ref=code data-testid="pytorch-module">{m}</code> " · " }.into_any(),
                        None => view! { {s::NOT_IN_PYTORCH.get(l)} " " }.into_any(),
                    }}
                    <code data-testid="pytorch-functional">{functional}</code>
                    " " <CopyButton text=Signal::derive(move || copied.clone()) select=code testid="pytorch"/>
                </dd>
                {(!e.models.is_empty()).then(|| view! { <dt>{s::USED_IN.get(l)}</dt><dd>{e.models.join(if l == Lang::Zh { "、" } else { ", " })}</dd> })}
                <dt>{s::OTHER_FRAMEWORKS.get(l)}</dt>
                <dd>{d.other_frameworks.get(l)}</dd>
                <dt>{s::INIT.get(l)}</dt>
                <dd data-testid="fact-init">
                    {d.init.scheme.get(l)}
                    {gain_at(a, &p).map(|g| view! { <br/><code>{g.call()}</code> " = " {fmt_num(g.value())} })}
                </dd>
                <dt>{s::STATS.get(l)}</dt>
                <dd data-testid="fact-stats">
                    "E[f(z)] = " {fmt_num(shown_stat(st.mean, scale))} ", Var[f(z)] = " {fmt_num(shown_stat(st.variance, scale))}
                    ", E[f′(z)²] = " {fmt_num(shown_stat(st.mean_sq_derivative, scale))}
                </dd>
                {d.seed_correction.map(|c| view! { <dt>{s::CORRECTION.get(l)}</dt><dd>{c.get(l)}</dd> })}
            </dl>
        }
    }
}

/// GELU: the erf − tanh difference on its own chart.
#[component]
fn GeluCompare() -> impl IntoView {
    let ctx = AppCtx::get();
    let spec = Signal::derive(move || gelu_difference(&ctx.chart_opts()));
    let title = tr(s::GELU_COMPARE);
    let caption = Signal::derive(move || title().to_string());
    view! {
        <div class="ae-gelu-compare" data-activation="gelu_tanh">
            <ChartFigure spec=spec caption=caption file_name=format!("{}-erf-minus-tanh", export_name("detail", &[Activation::Gelu]))/>
        </div>
    }
}
