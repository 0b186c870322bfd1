//! The application shell: header, navigation, notices, the current view; and the URL sync.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::lang::Lang;
use crate::state::{AppState, Theme, View, parse_query, to_query};

use super::context::{AppCtx, tr};
use super::lazy_view::LazyView;
use super::strings as s;
use super::views::{Gallery, GuideView};

/// The whole app, reading and writing its state in the page's URL.
#[component]
pub fn App() -> impl IntoView {
    let search = window().location().search().unwrap_or_default();
    let (state, notices) = parse_query(&search);
    let ctx = AppCtx::new(state, notices, false);
    provide_context(ctx);
    sync_url(ctx);
    sync_document(ctx);
    if ctx.state.with_untracked(|s| s.embed) {
        report_height();
    } else {
        // The other views' code, loaded while the reader looks at the first one.
        super::ready::after_ready(super::lazy_view::prefetch_when_idle);
    }
    view! { <Shell/> }
}

/// In an iframe embed: tells the parent page the content's height whenever it changes, so the
/// documented snippet can size the frame (`{type: "activation-explorer:height", height}`).
fn report_height() {
    let Some(doc) = window().document() else {
        return;
    };
    let Some(root) = doc.document_element() else {
        return;
    };
    let post = Closure::<dyn FnMut()>::new(post_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = doc.body() {
            observer.observe(&body);
        }
        // The page lives as long as the observer: both are kept for the page's lifetime.
        std::mem::forget(observer);
    }
    post.forget();
    // The parent may start listening after our first report: answer when it asks.
    let _ = window_event_listener(ev::message, |ev| {
        let asked = js_sys::Reflect::get(&ev.data(), &"type".into())
            .ok()
            .and_then(|t| t.as_string())
            .is_some_and(|t| t == "activation-explorer:measure");
        if asked {
            post_height();
        }
    });
}

/// Posts the document's height to the parent window (iframe embeds only).
fn post_height() {
    let w = window();
    let Some(el) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"activation-explorer:height".into());
    let _ = js_sys::Reflect::set(
        &msg,
        &"height".into(),
        &f64::from(el.scroll_height()).into(),
    );
    let _ = parent.post_message(&msg, "*");
}

/// A widget: the same views, configured by attributes, never touching the page's URL. Its
/// context comes from [`AppCtx::for_widget`], so the embedding code can update its state when
/// the element's attributes change.
#[component]
pub fn Widget(
    /// The widget's state and notices.
    ctx: AppCtx,
) -> impl IntoView {
    provide_context(ctx);
    view! { <Shell/> }
}

/// State → URL (push for navigation-like changes, replace for continuous ones), URL → state on
/// Back/Forward.
///
/// The writes run just after the current task (`history.pushState` costs about 1.5 ms in
/// Chromium, and the charts of a new view should not wait for it). Each write is computed
/// against the URL the earlier pending writes will leave (`expected`), and is dropped if the URL
/// moved in between (Back/Forward): a stale write must never cut off the forward history.
fn sync_url(ctx: AppCtx) {
    let expected = StoredValue::new(None::<String>);
    let current_search = || window().location().search().unwrap_or_default();
    Effect::new(move |prev: Option<AppState>| {
        let st = ctx.state.get();
        let q = to_query(&st);
        let want = if q.is_empty() {
            String::new()
        } else {
            format!("?{q}")
        };
        let base = expected.get_value().unwrap_or_else(current_search);
        if base == want {
            return st;
        }
        let push = prev.as_ref().is_some_and(|p| {
            p.view != st.view
                || p.answers != st.answers
                || p.fns != st.fns
                || p.no_fns != st.no_fns
                || p.gated != st.gated
                || p.set != st.set
                || p.lang != st.lang
                || p.lab.init != st.lab.init
        });
        expected.set_value(Some(want.clone()));
        set_timeout(
            move || {
                // If Back/Forward moved the URL since, the state follows it, not this write.
                if current_search() == base {
                    let loc = window().location();
                    let url = if want.is_empty() {
                        loc.pathname().unwrap_or_else(|_| "/".into())
                    } else {
                        want.clone()
                    };
                    if let Ok(h) = window().history() {
                        let _ = if push {
                            h.push_state_with_url(&JsValue::NULL, "", Some(&url))
                        } else {
                            h.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                        };
                    }
                }
                if expected.try_get_value().flatten().as_ref() == Some(&want) {
                    expected.try_set_value(None);
                }
            },
            std::time::Duration::ZERO,
        );
        st
    });
    let handle = window_event_listener(ev::popstate, move |_| {
        // Pending writes belong to the state being left.
        expected.set_value(None);
        let (st, notices) = parse_query(&current_search());
        ctx.state.set(st);
        ctx.notices.set(notices);
    });
    on_cleanup(move || handle.remove());
}

/// Keeps `<html lang>` and the title in step with the language (the app owns its page).
fn sync_document(ctx: AppCtx) {
    Effect::new(move |_| {
        let lang = ctx.lang();
        if let Some(doc) = window().document() {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", if lang == Lang::Zh { "zh-CN" } else { "en" });
            }
            doc.set_title(s::APP_NAME.get(lang));
        }
    });
}

/// The frame around the views: header and navigation (not in embeds), notices, the view.
#[component]
fn Shell() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let bare = ctx.select(|s| s.embed);
    let current_view = ctx.select(|s| s.view);
    view! {
        <div
            class="ae-root"
            data-theme=move || ctx.theme().id()
            lang=move || if lang() == Lang::Zh { "zh-CN" } else { "en" }
            class:ae-bare=move || bare.get()
        >
            <Show when=move || !bare.get()>
                <Header/>
                <Nav/>
            </Show>
            <Show when=move || bare.get() && !matches!(current_view.get(), View::Guide | View::Table)>
                <div class="ae-widget-bar"><DerivToggle/></div>
            </Show>
            <Notices/>
            <main class="ae-main">
                {move || match current_view.get() {
                    View::Guide => view! { <GuideView/> }.into_any(),
                    View::Gallery => view! { <Gallery/> }.into_any(),
                    View::Groups => view! { <LazyView view=View::Groups/> }.into_any(),
                    View::Overlay => view! { <LazyView view=View::Overlay/> }.into_any(),
                    View::Table => view! { <LazyView view=View::Table/> }.into_any(),
                    View::Detail => view! { <LazyView view=View::Detail/> }.into_any(),
                    View::Gated => view! { <LazyView view=View::Gated/> }.into_any(),
                    View::Depth => view! { <LazyView view=View::Depth/> }.into_any(),
                }}
            </main>
            <Show when=move || !bare.get()>
                <footer class="ae-footer">{tr(s::FOOTER)}</footer>
            </Show>
        </div>
    }
}

/// Title, language and theme switches, the derivative toggle, the Embed button.
#[component]
fn Header() -> impl IntoView {
    let ctx = AppCtx::get();
    let lang = move || ctx.lang();
    let embed_open = RwSignal::new(false);
    // When the dialog closes (Close, Escape), focus goes back to the button that opened it.
    let embed_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was_open: Option<bool>| {
        let open = embed_open.get();
        if was_open == Some(true)
            && !open
            && let Some(b) = embed_button.get_untracked()
        {
            let _ = b.focus();
        }
        open
    });
    let toggle_lang = move |_| {
        let next = if ctx.lang() == Lang::Zh {
            Lang::En
        } else {
            Lang::Zh
        };
        ctx.update(|s| s.lang = Some(next));
    };
    let toggle_theme = move |_| {
        let next = if ctx.theme() == Theme::Dark {
            Theme::Light
        } else {
            Theme::Dark
        };
        ctx.update(|s| s.theme = Some(next));
    };
    // On a phone the theme, language and Embed buttons fold into a menu (CSS shows the menu
    // button below 640px only); the derivative toggle stays in view.
    let menu_open = RwSignal::new(false);
    view! {
        <header class="ae-header" class:ae-menu-open=move || menu_open.get()>
            <div class="ae-brand">
                <h1>{tr(s::APP_NAME)}</h1>
                <p class="ae-tagline">{tr(s::TAGLINE)}</p>
            </div>
            <div class="ae-quick">
                <DerivToggle/>
                <button
                    type="button"
                    class="ae-button ae-menu-button"
                    aria-expanded=move || menu_open.get().to_string()
                    aria-controls="ae-tools"
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                    data-testid="menu-button"
                >
                    "☰ " {tr(s::MENU)}
                </button>
            </div>
            <div class="ae-tools" id="ae-tools">
                <button type="button" class="ae-button" on:click=toggle_theme aria-pressed=move || (ctx.theme() == Theme::Dark).to_string()>
                    {move || if ctx.theme() == Theme::Dark { s::THEME_LIGHT.get(lang()) } else { s::THEME_DARK.get(lang()) }}
                </button>
                <button type="button" class="ae-button" on:click=toggle_lang aria-label=tr(s::SWITCH_LANG_LABEL) data-testid="lang-toggle">
                    {tr(s::SWITCH_LANG)}
                </button>
                <button type="button" class="ae-button ae-primary" data-testid="embed-button" node_ref=embed_button on:click=move |_| embed_open.update(|o| *o = !*o) aria-expanded=move || embed_open.get().to_string()>
                    {tr(s::EMBED)}
                </button>
            </div>
            <Show when=move || embed_open.get()>
                <super::embed_dialog::EmbedDialog open=embed_open/>
            </Show>
        </header>
    }
}

/// The "show derivatives" checkbox.
#[component]
pub fn DerivToggle() -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <label class="ae-check">
            <input
                type="checkbox"
                prop:checked=move || ctx.state.with(|s| s.deriv)
                on:change=move |ev| ctx.update(|s| s.deriv = event_target_checked(&ev))
                data-testid="deriv-toggle"
            />
            <span>{tr(s::SHOW_DERIV)}</span>
        </label>
    }
}

/// The views as tabs.
#[component]
fn Nav() -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <nav class="ae-nav" aria-label=tr(s::NAV_LABEL)>
            {View::ALL
                .into_iter()
                .enumerate()
                .map(|(i, v)| {
                    let current = move || ctx.state.with(|s| s.view == v);
                    view! {
                        <a
                            href=format!("?view={}", v.id())
                            class="ae-tab"
                            class:ae-active=current
                            aria-current=move || current().then_some("page")
                            data-view=v.id()
                            on:click=move |ev| {
                                ev.prevent_default();
                                ctx.update(|s| s.view = v);
                            }
                        >
                            {move || s::VIEW_NAMES[i].get(ctx.lang())}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// What was ignored in the URL or attributes: text only (never HTML), dismissible.
#[component]
fn Notices() -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <Show when=move || ctx.notices.with(|n| !n.is_empty())>
            <div class="ae-notices" aria-live="polite" data-testid="notices">
                <p>{tr(s::NOTICES)}</p>
                <ul>
                    {move || {
                        let lang = ctx.lang();
                        ctx.notices.get().into_iter().map(|n| view! { <li>{n.message(lang)}</li> }).collect_view()
                    }}
                </ul>
                <button type="button" class="ae-small" on:click=move |_| ctx.notices.set(Vec::new())>
                    {tr(s::DISMISS)}
                </button>
            </div>
        </Show>
    }
}
