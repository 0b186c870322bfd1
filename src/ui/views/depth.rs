//! The depth lab: settings, the per-layer charts of a simulated random network (with the
//! mean-field lines), the phase diagram, the gains, the PyTorch code and the cost bars.
//! Everything heavy runs in the worker ([`crate::ui::lab_client`]); this view sends the
//! request the state describes ([`protocol::lab_job`]) and draws what comes back
//! ([`LabResults`]), at most about seven times a second while it arrives.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::catalog::entry;
use crate::chart::lab::{BarChart, BarRow, HeatChart, LabKind, LayerChart, LayerSeries, Metric};
use crate::chart::looks::look_in;
use crate::chart::{LabChart, fmt_num};
use crate::lang::Lang;
use crate::math::Activation;
use crate::nn::InitScheme;
use crate::protocol::{
    self, BenchResults, JobError, LabJob, LabResults, MAX_LAB_FNS, Request, Response, gain_rows,
    gains_table_html, pytorch_snippet,
};
use crate::state::lab::{BATCH, DEPTH, SB2_RANGE, SW2_RANGE, WIDTH};

use super::interactive::Swatch;
use crate::ui::clipboard::CopyButton;
use crate::ui::context::{AppCtx, tr};
use crate::ui::lab_client::{LabChannel, LabEvent};
use crate::ui::lab_figure::LabFigure;
use crate::ui::strings as s;

/// The widths and batches offered (any value in range comes from a URL).
const WIDTHS: [usize; 7] = [16, 32, 64, 128, 256, 512, 1024];
const BATCHES: [usize; 7] = [16, 32, 64, 128, 256, 512, 1024];
/// The least time between two redraws while results stream in, ms.
const REDRAW_MS: u64 = 150;

/// Collects responses and hands them to the view in batches (one redraw per batch).
struct Inbox {
    pending: Vec<Response>,
    scheduled: bool,
}

/// The lab view.
#[component]
pub fn DepthLab() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let job = Memo::new(move |_| ctx.state.with(protocol::lab_job));
    let results = RwSignal::new(None::<LabResults>);
    let bench = RwSignal::new(None::<BenchResults>);
    let broken = RwSignal::new(None::<String>);

    // Responses arrive in batches from the worker; they are applied at most every REDRAW_MS
    // (and at once when a request is done), so the charts redraw about seven times a second.
    let inbox = Rc::new(RefCell::new(Inbox {
        pending: Vec::new(),
        scheduled: false,
    }));
    let flush = {
        let inbox = inbox.clone();
        move || {
            let list = {
                let mut b = inbox.borrow_mut();
                b.scheduled = false;
                std::mem::take(&mut b.pending)
            };
            if list.is_empty() {
                return;
            }
            let _ = results.try_update(|r| {
                if let Some(r) = r {
                    for x in &list {
                        r.apply(x);
                    }
                }
            });
            let _ = bench.try_update(|b| {
                if let Some(b) = b {
                    for x in &list {
                        b.apply(x);
                    }
                }
            });
        }
    };
    let on_event = {
        let inbox = inbox.clone();
        move |ev: LabEvent| match ev {
            LabEvent::Responses(list) => {
                let finished = list
                    .iter()
                    .any(|r| matches!(r, Response::Done { .. } | Response::Failed { .. }));
                let schedule = {
                    let mut b = inbox.borrow_mut();
                    b.pending.extend(list);
                    !std::mem::replace(&mut b.scheduled, true)
                };
                if finished {
                    flush();
                } else if schedule {
                    let flush = flush.clone();
                    set_timeout(flush, std::time::Duration::from_millis(REDRAW_MS));
                }
            }
            LabEvent::Broken(msg) => {
                let _ = broken.try_set(Some(msg));
            }
        }
    };
    // Two channels: the simulation and the cost measurement do not cancel each other.
    let on_event = Rc::new(on_event);
    let sim_channel = {
        let f = on_event.clone();
        LabChannel::open(move |e| f(e))
    };
    let bench_channel = {
        let f = on_event.clone();
        LabChannel::open(move |e| f(e))
    };
    let (sim_id, bench_id) = (sim_channel.id(), bench_channel.id());
    let channels = StoredValue::new_local(Some((sim_channel, bench_channel)));
    on_cleanup(move || {
        channels.try_update_value(|c| c.take());
    });
    let next_id = StoredValue::new(0u32);
    let new_id = move || {
        let id = next_id.get_value().wrapping_add(1);
        next_id.set_value(id);
        id
    };

    // Every change of the setup sends a new request (the worker drops the older one).
    Effect::new(move |_| {
        let job = job.get();
        let id = new_id();
        results.set(Some(LabResults::new(
            sim_id,
            id,
            &job.activations,
            job.depth,
        )));
        channels.with_value(|c| {
            if let Some((sim, _)) = c {
                sim.send(Request::Lab {
                    channel: sim_id,
                    id,
                    job,
                });
            }
        });
    });
    let measure = move |_| {
        let id = new_id();
        bench.set(Some(BenchResults::new(bench_id, id)));
        channels.with_value(|c| {
            if let Some((_, b)) = c {
                b.send(Request::Bench {
                    channel: bench_id,
                    id,
                    points: 1_000_000,
                    min_ms: 12.0,
                });
            }
        });
    };

    let chart_base = move |kind: LabKind| {
        let opts = ctx.chart_opts();
        LabChart {
            kind,
            lang: opts.lang,
            theme: opts.theme,
            scale: 1.0,
        }
    };
    let name = move |a: Activation| entry(a).name.get(lang()).to_string();
    let ids = move || {
        job.with(|j| {
            j.activations
                .iter()
                .map(|a| a.id())
                .collect::<Vec<_>>()
                .join(",")
        })
    };
    let has_theory = move || {
        results.with(|r| {
            r.as_ref()
                .is_some_and(|r| r.fns.iter().any(|f| f.mean_field.is_some()))
        })
    };

    let layer_figures = Metric::ALL
        .into_iter()
        .map(|metric| {
            let chart = Signal::derive(move || {
                let j = job.get();
                let sw2 = j.init.variance(j.width, j.width).sigma_w2;
                let series = results.with(|r| {
                    r.as_ref()
                        .map(|r| {
                            r.fns
                                .iter()
                                .map(|f| LayerSeries {
                                    activation: f.activation,
                                    name: name(f.activation),
                                    points: f.points(metric),
                                    theory: f.theory(metric, sw2),
                                })
                                .collect()
                        })
                        .unwrap_or_default()
                });
                chart_base(LabKind::Layers(LayerChart {
                    metric,
                    depth: j.depth,
                    series,
                }))
            });
            let caption = Signal::derive(move || {
                let what = if has_theory() {
                    s::LAB_CAPTION
                } else {
                    s::LAB_CAPTION_SIM
                };
                format!("{} — {}", metric.title().get(lang()), what.get(lang()))
            });
            view! {
                <LabFigure chart=chart caption=caption file_name=format!("depth-{}", metric.id()) kind=metric.id() activations=Signal::derive(ids)/>
            }
        })
        .collect_view();

    view! {
        <section class="ae-depth" data-view="depth">
            <h2>{tr(s::LAB_TITLE)}</h2>
            <p class="ae-muted ae-lab-intro">{tr(s::LAB_INTRO)}</p>
            <Controls/>
            <Status job=job results=results broken=broken/>
            <Show when=move || !has_theory() && results.with(|r| r.as_ref().is_some_and(|r| r.done && r.error.is_none()))>
                <p class="ae-muted" data-testid="theory-missing">{tr(s::LAB_NO_THEORY)}</p>
            </Show>
            <h3>{tr(s::LAB_PER_LAYER)}</h3>
            <div class="ae-lab-grid">{layer_figures}</div>
            <TheorySummary results=results/>
            <PhaseSection job=job results=results/>
            <Gains/>
            <Snippet job=job/>
            <section class="ae-lab-cost" data-lab-section="cost">
                <h3>{tr(s::LAB_COST)}</h3>
                <p class="ae-muted">{tr(s::LAB_COST_INTRO)}</p>
                <p class="ae-lab-actions">
                    <button type="button" class="ae-button ae-primary" on:click=measure data-testid="lab-measure" disabled=move || bench.with(|b| b.as_ref().is_some_and(|b| !b.done))>
                        {tr(s::LAB_MEASURE)}
                    </button>
                    <span role="status" class="ae-muted" data-testid="lab-bench-status" data-state=move || bench.with(|b| match b { None => "idle", Some(b) if b.done => "done", Some(_) => "running" })>
                        {move || bench.with(|b| match b {
                            None => String::new(),
                            Some(b) if b.done => s::LAB_MEASURED.get(lang()).to_string(),
                            Some(b) => format!("{} {}/{}", s::LAB_MEASURING.get(lang()), b.rows.len(), Activation::ALL.len()),
                        })}
                    </span>
                </p>
                <Show when=move || bench.with(|b| b.as_ref().is_some_and(|b| !b.rows.is_empty()))>
                    {move || {
                        let chart = Signal::derive(move || {
                            let rows = bench.with(|b| b.as_ref().map(|b| b.ns_per_element()).unwrap_or_default());
                            chart_base(LabKind::Bars(BarChart {
                                rows: rows
                                    .into_iter()
                                    .map(|(a, f_ns, df_ns)| BarRow { activation: a, name: name(a), f_ns, df_ns })
                                    .collect(),
                            }))
                        });
                        let caption = Signal::derive(move || s::LAB_COST.get(lang()).to_string());
                        let all = Activation::ALL.iter().map(|a| a.id()).collect::<Vec<_>>().join(",");
                        view! { <LabFigure chart=chart caption=caption file_name="depth-cost".to_string() class="ae-lab-bars" kind="cost" activations=Signal::derive(move || all.clone())/> }
                    }}
                </Show>
            </section>
        </section>
    }
}

/// The settings: activations, initialisation (and σw², σb² for custom), depth, width, batch,
/// seed. They write the state (so the URL); the view sends the request.
#[component]
fn Controls() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let chosen = move || ctx.state.with(protocol::lab_fns);
    let toggle = move |a: Activation, on: bool| {
        let mut set = chosen();
        if on && !set.contains(&a) && set.len() < MAX_LAB_FNS {
            set.push(a);
            set.sort_by_key(|x| Activation::ALL.iter().position(|y| y == x));
        } else if !on && set.len() > 1 {
            set.retain(|x| *x != a);
        }
        ctx.update(|s| {
            s.fns = if set == protocol::DEFAULT_LAB_FNS {
                Vec::new()
            } else {
                set
            }
        });
    };
    let init_id = move || ctx.state.with(|s| s.lab.init.id());
    let set_init = move |id: String| {
        if let Ok(scheme) = id.parse::<InitScheme>() {
            ctx.update(|s| s.lab.init = scheme);
        }
    };
    let custom = move || {
        ctx.state.with(|s| match s.lab.init {
            InitScheme::Custom { sigma_w2, sigma_b2 } => Some((sigma_w2, sigma_b2)),
            _ => None,
        })
    };
    let set_custom = move |w: Option<f64>, b: Option<f64>| {
        ctx.update(|s| {
            if let InitScheme::Custom { sigma_w2, sigma_b2 } = &mut s.lab.init {
                if let Some(w) = w.filter(|v| (SW2_RANGE.0..=SW2_RANGE.1).contains(v)) {
                    *sigma_w2 = w;
                }
                if let Some(b) = b.filter(|v| (SB2_RANGE.0..=SB2_RANGE.1).contains(v)) {
                    *sigma_b2 = b;
                }
            }
        })
    };
    let lab = move || ctx.state.with(|s| s.lab);
    let set_depth = move |v: String| {
        if let Ok(d) = v.trim().parse::<usize>() {
            let d = d.clamp(DEPTH.min as usize, DEPTH.max as usize);
            ctx.update(|s| {
                let mut l = s.lab;
                l.depth = d;
                if l.size_ok() {
                    s.lab = l;
                }
            });
        }
    };
    let set_width = move |v: String| {
        if let Ok(w) = v.parse::<usize>() {
            ctx.update(|s| {
                let mut l = s.lab;
                l.width = w.clamp(WIDTH.min as usize, WIDTH.max as usize);
                // A wide network gets fewer layers rather than being refused.
                while !l.size_ok() && l.depth > 1 {
                    l.depth -= 1;
                }
                s.lab = l;
            });
        }
    };
    let set_batch = move |v: String| {
        if let Ok(b) = v.parse::<usize>() {
            ctx.update(|s| s.lab.batch = b.clamp(BATCH.min as usize, BATCH.max as usize));
        }
    };
    let set_seed = move |v: String| {
        if let Ok(n) = v.trim().parse::<u32>() {
            ctx.update(|s| s.lab.seed = u64::from(n));
        }
    };
    let new_seed = move |_| {
        let r = (js_sys::Math::random() * f64::from(u32::MAX)).floor() as u64;
        ctx.update(|s| s.lab.seed = r);
    };
    let too_many = move || ctx.state.with(|s| s.fns.len() > MAX_LAB_FNS);
    // The settings come first (on a phone they stack above the list of 27 activations).
    view! {
        <div class="ae-lab-controls">
            <div class="ae-lab-settings">
                <label class="ae-field ae-block">
                    <span>{tr(s::LAB_INIT)}</span>
                    <select data-testid="lab-init" on:change=move |ev| set_init(event_target_value(&ev)) prop:value=init_id>
                        {InitScheme::IDS
                            .iter()
                            .enumerate()
                            .map(|(i, id)| view! { <option value=*id selected=move || init_id() == *id>{move || s::LAB_INIT_NAMES[i].get(lang())}</option> })
                            .collect_view()}
                    </select>
                </label>
                <p class="ae-muted ae-lab-sigmas" data-testid="lab-sigmas">
                    {move || {
                        let l = lab();
                        let v = l.init.variance(l.width, l.width);
                        format!("σw² = {}, σb² = {}", fmt_num(v.sigma_w2), fmt_num(v.sigma_b2))
                    }}
                </p>
                <Show when=move || custom().is_some()>
                    <label class="ae-param">
                        <span>{move || format!("σw² = {}", fmt_num(custom().map_or(1.0, |c| c.0)))}</span>
                        <input type="range" min=SW2_RANGE.0 max=SW2_RANGE.1 step="0.05" data-testid="lab-sw2"
                            prop:value=move || custom().map_or(1.0, |c| c.0).to_string()
                            on:change=move |ev| set_custom(event_target_value(&ev).parse().ok(), None)/>
                    </label>
                    <label class="ae-param">
                        <span>{move || format!("σb² = {}", fmt_num(custom().map_or(0.0, |c| c.1)))}</span>
                        <input type="range" min=SB2_RANGE.0 max=SB2_RANGE.1 step="0.01" data-testid="lab-sb2"
                            prop:value=move || custom().map_or(0.0, |c| c.1).to_string()
                            on:change=move |ev| set_custom(None, event_target_value(&ev).parse().ok())/>
                    </label>
                </Show>
                <label class="ae-param">
                    <span>{move || format!("{}: {}", s::LAB_DEPTH.get(lang()), lab().depth)}</span>
                    <input type="range" min=DEPTH.min max=DEPTH.max step="1" data-testid="lab-depth"
                        prop:value=move || lab().depth.to_string()
                        on:change=move |ev| set_depth(event_target_value(&ev))/>
                </label>
                <div class="ae-lab-row">
                    <label class="ae-field">
                        <span>{tr(s::LAB_WIDTH)}</span>
                        <select data-testid="lab-width" on:change=move |ev| set_width(event_target_value(&ev)) prop:value=move || lab().width.to_string()>
                            {move || {
                                let w = lab().width;
                                let mut list = WIDTHS.to_vec();
                                if !list.contains(&w) { list.push(w); list.sort(); }
                                list.into_iter().map(|v| view! { <option value=v.to_string() selected=v == w>{v}</option> }).collect_view()
                            }}
                        </select>
                    </label>
                    <label class="ae-field">
                        <span>{tr(s::LAB_BATCH)}</span>
                        <select data-testid="lab-batch" on:change=move |ev| set_batch(event_target_value(&ev)) prop:value=move || lab().batch.to_string()>
                            {move || {
                                let b = lab().batch;
                                let mut list = BATCHES.to_vec();
                                if !list.contains(&b) { list.push(b); list.sort(); }
                                list.into_iter().map(|v| view! { <option value=v.to_string() selected=v == b>{v}</option> }).collect_view()
                            }}
                        </select>
                    </label>
                    <label class="ae-field">
                        <span>{tr(s::LAB_SEED)}</span>
                        <input type="text" inputmode="numeric" size="10" data-testid="lab-seed"
                            prop:value=move || lab().seed.to_string()
                            on:change=move |ev| set_seed(event_target_value(&ev))/>
                    </label>
                    <button type="button" class="ae-small" on:click=new_seed>{tr(s::LAB_NEW_SEED)}</button>
                </div>
            </div>
            <fieldset class="ae-chooser ae-lab-fns">
                <legend>{tr(s::LAB_FNS)}</legend>
                <ul class="ae-legend">
                    {Activation::ALL
                        .into_iter()
                        .map(|a| {
                            let checked = move || chosen().contains(&a);
                            view! {
                                <li data-activation=a.id()>
                                    <label class="ae-check">
                                        <input
                                            type="checkbox"
                                            prop:checked=checked
                                            disabled=move || (checked() && chosen().len() == 1) || (!checked() && chosen().len() >= MAX_LAB_FNS)
                                            on:change=move |ev| toggle(a, event_target_checked(&ev))
                                        />
                                        <Swatch look=Signal::derive(move || look_in(&chosen(), a, &ctx.chart_opts().theme))/>
                                        <span>{move || entry(a).name.get(lang())}</span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <Show when=too_many>
                    <p class="ae-muted">{tr(s::LAB_FIRST_SIX)}</p>
                </Show>
            </fieldset>
        </div>
    }
}

/// The progress, the time the worker took, or why nothing runs.
#[component]
fn Status(
    job: Memo<LabJob>,
    results: RwSignal<Option<LabResults>>,
    broken: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let state = move || {
        if broken.with(Option::is_some) {
            return "broken";
        }
        results.with(|r| match r {
            Some(r) if r.error.is_some() => "error",
            Some(r) if r.done => "done",
            Some(r) if r.progress().0 > 0 => "running",
            _ => "starting",
        })
    };
    let total_ms = move || {
        results.with(|r| {
            r.as_ref()
                .map(|r| r.fns.iter().filter_map(|f| f.sim_ms).sum::<f64>())
                .unwrap_or(0.0)
        })
    };
    let text = move || {
        let l = lang();
        if let Some(msg) = broken.get() {
            return format!("{} {msg}", s::LAB_BROKEN.get(l));
        }
        results.with(|r| {
            let Some(r) = r else {
                return String::new();
            };
            if let Some(e) = &r.error {
                return format!("{} {}", s::LAB_REFUSED.get(l), job_error(e, l));
            }
            let (done, total) = r.progress();
            if r.done {
                let ms = total_ms();
                let simd = match crate::ui::lab_client::LabChannel::simd() {
                    Some(true) => " (SIMD)",
                    _ => "",
                };
                return format!(
                    "{} {} ms{simd}: {} × {} {} × {} × {}.",
                    s::LAB_DONE.get(l),
                    fmt_num((ms * 10.0).round() / 10.0),
                    r.fns.len(),
                    job.with(|j| j.depth),
                    s::LAB_LAYERS.get(l),
                    job.with(|j| j.width),
                    job.with(|j| j.batch),
                );
            }
            if done == 0 {
                return s::LAB_STARTING.get(l).to_string();
            }
            let current = r
                .fns
                .iter()
                .find(|f| f.forward.len() + f.backward.len() < 2 * r.depth)
                .map(|f| entry(f.activation).name.get(l))
                .unwrap_or("");
            format!("{} {current}… {done}/{total}", s::LAB_RUNNING.get(l))
        })
    };
    let percent = move || {
        results.with(|r| {
            r.as_ref().map_or(0.0, |r| {
                let (d, t) = r.progress();
                if t == 0 {
                    100.0
                } else {
                    100.0 * d as f64 / t as f64
                }
            })
        })
    };
    view! {
        <div class="ae-lab-status" data-testid="lab-status" data-state=state data-sim-ms=move || fmt_num(total_ms())>
            <progress max="100" value=move || percent().round().to_string() aria-hidden="true"></progress>
            <span role="status">{text}</span>
        </div>
    }
}

/// A refused request, said in `l`.
fn job_error(e: &JobError, l: Lang) -> String {
    match (e, l) {
        (JobError::Sim(e), Lang::En) => e.to_string(),
        (JobError::Sim(e), Lang::Zh) => format!("参数超出范围（{e}）"),
        (JobError::Activations(n), Lang::En) => format!("{n} activations (1 to {MAX_LAB_FNS})"),
        (JobError::Activations(n), Lang::Zh) => {
            format!("{n} 个激活函数（应为 1 到 {MAX_LAB_FNS} 个）")
        }
        (JobError::Phase, Lang::En) => "bad phase-diagram grid".to_string(),
        (JobError::Phase, Lang::Zh) => "相图网格无效".to_string(),
    }
}

/// The theory's numbers per activation: q*, χ₁ and its phase, the depth scale.
#[component]
fn TheorySummary(results: RwSignal<Option<LabResults>>) -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let rows = move || {
        let l = lang();
        results.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.fns
                        .iter()
                        .filter_map(|f| {
                            let mf = f.mean_field.as_ref()?;
                            let phase = match mf.chi1 {
                                Some(c) if (c - 1.0).abs() < 1e-6 => s::LAB_CRITICAL.get(l),
                                Some(c) if c < 1.0 => crate::chart::lab::ORDERED.get(l),
                                Some(_) => crate::chart::lab::CHAOTIC.get(l),
                                None => "—",
                            };
                            let num = |v: Option<f64>| {
                                v.map_or("—".to_string(), |v| {
                                    if v.is_infinite() {
                                        "∞".into()
                                    } else {
                                        fmt_num((v * 1000.0).round() / 1000.0)
                                    }
                                })
                            };
                            Some((
                                f.activation,
                                format!(
                                    "{}: q* = {}, χ₁ = {} ({phase}); {} = {} {}",
                                    entry(f.activation).name.get(l),
                                    num(mf.q_star),
                                    num(mf.chi1),
                                    s::LAB_DEPTH_SCALE.get(l),
                                    num(mf.depth_scale),
                                    s::LAB_LAYERS.get(l),
                                ),
                            ))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || !rows().is_empty()>
            <ul class="ae-lab-theory" data-testid="lab-theory">
                {move || rows().into_iter().map(|(a, t)| view! { <li data-activation=a.id()><Swatch look=Signal::derive(move || look_in(&ctx.state.with(protocol::lab_fns), a, &ctx.chart_opts().theme))/>" "{t}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

/// The phase diagram of the first activation, with the chosen point.
#[component]
fn PhaseSection(job: Memo<LabJob>, results: RwSignal<Option<LabResults>>) -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let grid = move || results.with(|r| r.as_ref().and_then(|r| r.phase.clone()));
    let chart = Signal::derive(move || {
        let j = job.get();
        let v = j.init.variance(j.width, j.width);
        let g = grid();
        let opts = ctx.chart_opts();
        let (sigma_w2, sigma_b2, chi1, critical, a) = match g {
            Some(g) => (
                g.sigma_w2,
                g.sigma_b2,
                g.chi1,
                g.critical_sigma_w2,
                g.activation,
            ),
            None => (
                Vec::new(),
                Vec::new(),
                Vec::new(),
                Vec::new(),
                j.activations[0],
            ),
        };
        LabChart {
            kind: LabKind::Heat(HeatChart {
                name: entry(a).name.get(opts.lang).to_string(),
                sigma_w2,
                sigma_b2,
                chi1,
                critical,
                point: Some((v.sigma_w2, v.sigma_b2)),
            }),
            lang: opts.lang,
            theme: opts.theme,
            scale: 1.0,
        }
    });
    let caption = Signal::derive(move || s::LAB_PHASE.get(lang()).to_string());
    let first = Signal::derive(move || job.with(|j| j.activations[0].id().to_string()));
    view! {
        <section class="ae-lab-phase" data-lab-section="phase">
            <h3>{tr(s::LAB_PHASE)}</h3>
            <p class="ae-muted">{tr(s::LAB_PHASE_INTRO)}</p>
            <Show when=move || grid().is_some() fallback=move || view! { <p class="ae-muted" data-testid="phase-missing">{tr(s::LAB_NO_THEORY)}</p> }>
                <LabFigure chart=chart caption=caption file_name="depth-phase".to_string() class="ae-lab-heat" kind="phase" activations=first/>
            </Show>
        </section>
    }
}

/// The gains table: PyTorch's `calculate_gain` and the variance-preserving gain.
#[component]
fn Gains() -> impl IntoView {
    let ctx = AppCtx::get();
    // The quadratures run when the parameters change, not on every change of the state; the
    // table's HTML is set only when it changes.
    let params = Memo::new(move |_| ctx.state.with(|s| s.params));
    let rows = Memo::new(move |_| params.with(gain_rows));
    let chosen = Memo::new(move |_| ctx.state.with(protocol::lab_fns));
    let html =
        Memo::new(move |_| chosen.with(|c| rows.with(|r| gains_table_html(r, c, ctx.lang()))));
    view! {
        <section class="ae-lab-gains">
            <h3>{tr(s::LAB_GAINS)}</h3>
            <p class="ae-muted">{tr(s::LAB_GAINS_INTRO)}</p>
            <div class="ae-lab-table-box">
                <table class="ae-lab-table" data-testid="lab-gains" inner_html=html></table>
            </div>
        </section>
    }
}

/// The PyTorch code of the setup (first activation), with a Copy button.
#[component]
fn Snippet(job: Memo<LabJob>) -> impl IntoView {
    let code_ref = NodeRef::<leptos::html::Code>::new();
    let code = Signal::derive(move || job.with(|j| pytorch_snippet(j, j.activations[0])));
    view! {
        <section class="ae-lab-code">
            <h3>{tr(s::LAB_CODE)}</h3>
            <pre class="ae-lab-pre"><code node_ref=code_ref data-testid="lab-snippet">{move || code.get()}</code></pre>
            <CopyButton text=code select=code_ref testid="lab-snippet"/>
        </section>
    }
}
