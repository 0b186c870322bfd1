//! The selection guide: the clickable questionnaire, its result, the category guide and the notes.

use leptos::html::Div;
use leptos::prelude::*;

use crate::catalog::entry;
use crate::guide::{NO, Questionnaire, Step, YES, category_guide, practical_notes};
use crate::math::Activation;
use crate::state::GuidePart;

use super::common::{DetailLink, GatedLink, name_of, open_detail, recommended_attr};
use crate::ui::context::{AppCtx, tr};
use crate::ui::ready;
use crate::ui::strings as s;

/// The questionnaire, then the category guide and the practical notes (the parts `sections`
/// names, all by default).
#[component]
pub fn GuideView() -> impl IntoView {
    ready::mark_ready();
    let ctx = AppCtx::get();
    let shows = move |part: GuidePart| ctx.state.with(|s| s.shows(part));
    view! {
        <section class="ae-guide" data-view="guide">
            <Show when=move || shows(GuidePart::Quiz)><Quiz/></Show>
            <Show when=move || shows(GuidePart::Categories)><CategoryGuide/></Show>
            <Show when=move || shows(GuidePart::Notes)><PracticalNotes/></Show>
        </section>
    }
}

/// One question at a time with Yes/No, the path so far (click a step to go back to it),
/// Back and Start over, and the result in a `role="status"` region.
#[component]
pub fn Quiz() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let answers = ctx.select(|s| s.answers.clone());
    let quiz = move || Questionnaire::from_answers(&answers.get()).unwrap_or_default();
    let focus_target = NodeRef::<Div>::new();
    let set = move |q: Questionnaire| {
        ctx.update(|s| s.answers = q.answers().to_vec());
        // Move focus to the next question or the result.
        request_animation_frame(move || {
            if let Some(el) = focus_target.get_untracked() {
                let _ = el.focus();
            }
        });
    };
    let answer = move |yes: bool| {
        let mut q = quiz();
        if q.answer(yes).is_ok() {
            set(q);
        }
    };
    let back = move |_| {
        let mut q = quiz();
        if q.back() {
            set(q);
        }
    };
    let restart = move |_| set(Questionnaire::new());
    let back_to = move |i: usize| {
        let mut q = quiz();
        q.back_to(i);
        set(q);
    };
    view! {
        <div class="ae-quiz" data-testid="quiz">
            <h2>{tr(s::QUIZ_TITLE)}</h2>
            <p class="ae-muted">{tr(s::QUIZ_INTRO)}</p>
            <Show when=move || !quiz().answers().is_empty()>
                <div class="ae-path">
                    <h3>{tr(s::YOUR_ANSWERS)}</h3>
                    <ol>
                        {move || {
                            quiz()
                                .path()
                                .into_iter()
                                .enumerate()
                                .map(|(i, (q, yes))| {
                                    view! {
                                        <li>
                                            <button type="button" class="ae-link-button" on:click=move |_| back_to(i) data-step=i>
                                                {q.text.get(lang())} " — "
                                                <strong>{if yes { YES.get(lang()) } else { NO.get(lang()) }}</strong>
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ol>
                </div>
            </Show>
            <div class="ae-question-box" tabindex="-1" node_ref=focus_target>
                {move || match quiz().current() {
                    Step::Ask(q, i) => view! {
                        <div class="ae-question" data-question=q.id>
                            <p class="ae-qnum">{format!("{} {} / {}", s::QUESTION.get(lang()), i + 1, crate::guide::QUESTIONS.len())}</p>
                            <p class="ae-qtext" id="ae-qtext">{q.text.get(lang())}</p>
                            <p class="ae-muted">{q.help.get(lang())}</p>
                            <div class="ae-answers">
                                <button type="button" class="ae-button ae-primary" on:click=move |_| answer(true) data-answer="yes">{YES.get(lang())}</button>
                                <button type="button" class="ae-button" on:click=move |_| answer(false) data-answer="no">{NO.get(lang())}</button>
                            </div>
                        </div>
                    }
                    .into_any(),
                    Step::Done(o) => view! {
                        <div class="ae-result" data-outcome=o.id>
                            <h3>{s::RESULT.get(lang())} {if lang() == crate::lang::Lang::Zh { "：" } else { ": " }} {o.title.get(lang())}</h3>
                            <ul class="ae-rec-list">
                                {o.recommended
                                    .iter()
                                    .map(|a| view! { <li data-activation=a.id()><strong>{name_of(ctx, *a)}</strong> " " <DetailLink a=*a/></li> })
                                    .collect_view()}
                            </ul>
                            {(!o.also.is_empty()).then(|| view! {
                                <p>{s::ALSO.get(lang())} ": "
                                    {o.also.iter().map(|a| view! { <span data-activation=a.id()>{name_of(ctx, *a)} " " <DetailLink a=*a/></span> }).collect_view()}
                                </p>
                            })}
                            <h4>{s::WHY.get(lang())}</h4>
                            <p>{o.reason.get(lang())}</p>
                            <h4>{s::CAVEATS.get(lang())}</h4>
                            <p>{o.caveats.get(lang())}</p>
                            {o.note.map(|(text, units)| view! {
                                <p class="ae-note" data-testid="outcome-note">
                                    {text.get(lang())} " "
                                    <span class="ae-chips">{units.iter().map(|u| view! { <GatedLink u=*u/> }).collect_view()}</span>
                                </p>
                            })}
                        </div>
                    }
                    .into_any(),
                }}
            </div>
            // Announced to screen readers; the panel above shows the same to the eye.
            <div role="status" class="ae-status ae-sr-only" data-testid="quiz-status">
                {move || {
                    quiz().outcome().map(|o| {
                        let names: Vec<String> = o.recommended.iter().map(|a| name_of(ctx, *a)).collect();
                        match lang() {
                            crate::lang::Lang::Zh => format!("{}：{}。{}", s::RESULT.get(lang()), names.join("、"), o.reason.get(lang())),
                            crate::lang::Lang::En => format!("{}: {}. {}", s::RESULT.get(lang()), names.join(", "), o.reason.get(lang())),
                        }
                    })
                }}
            </div>
            <div class="ae-quiz-nav">
                <button type="button" class="ae-button" on:click=back disabled=move || quiz().answers().is_empty() data-testid="quiz-back">{tr(s::BACK)}</button>
                <button type="button" class="ae-button" on:click=restart disabled=move || quiz().answers().is_empty() data-testid="quiz-restart">{tr(s::RESTART)}</button>
            </div>
        </div>
    }
}

/// The guide by category, naming the activations (highlighted when recommended).
#[component]
fn CategoryGuide() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    view! {
        <section class="ae-prose">
            <h2>{tr(s::CATEGORY_GUIDE)}</h2>
            {category_guide()
                .iter()
                .map(|sec| view! {
                    <article data-category=sec.category.id()>
                        <h3>{move || sec.title.get(lang())}</h3>
                        <p>{move || sec.summary.get(lang())}</p>
                        <ul>
                            {sec.items.iter().map(|item| view! {
                                <li data-seed=item.from_seed().then_some("true")>
                                    <span class="ae-chips">
                                        {item.activations.iter().map(|a| chip(ctx, *a)).collect_view()}
                                        {item.gated.iter().map(|u| view! { <span class="ae-chip" data-activation=u.id()><GatedLink u=*u/></span> }).collect_view()}
                                    </span>
                                    {(!item.from_seed()).then(|| view! { <span class="ae-tag">{tr(s::ADDED)}</span> " " })}
                                    {move || item.text.get(lang())}
                                </li>
                            }).collect_view()}
                        </ul>
                    </article>
                })
                .collect_view()}
        </section>
    }
}

/// A small named chip for `a`, highlighted when recommended; it opens `a`'s detail view.
fn chip(ctx: AppCtx, a: Activation) -> impl IntoView {
    view! {
        <a
            class="ae-chip"
            href=format!("?view=detail&fn={}", a.id())
            data-activation=a.id()
            data-recommended=recommended_attr(ctx, a)
            class:ae-recommended=move || ctx.is_recommended(a)
            on:click=move |ev| {
                ev.prevent_default();
                open_detail(ctx, a);
            }
        >
            {move || entry(a).name.get(ctx.lang())}
        </a>
    }
}

/// The practical notes (vanishing gradients, cost, initialisation, parameters, ranges).
#[component]
fn PracticalNotes() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    view! {
        <section class="ae-prose" data-testid="notes">
            <h2>{tr(s::PRACTICAL_NOTES)}</h2>
            {practical_notes()
                .iter()
                .map(|n| view! {
                    <article data-note=n.id>
                        <h3>{move || n.title.get(lang())}</h3>
                        <p>{move || n.text.get(lang())}</p>
                        <span class="ae-chips">{n.activations.iter().map(|a| chip(ctx, *a)).collect_view()}</span>
                    </article>
                })
                .collect_view()}
        </section>
    }
}
