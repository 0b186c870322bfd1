//! The Embed dialog: a script snippet and an iframe snippet for what the user is looking at.

use leptos::prelude::*;

use crate::html::escape_html;
use crate::state::to_query;

use super::context::{AppCtx, tr};
use super::strings as s;

/// The two snippets for the current state, given the app's base URL: the custom element
/// `<activation-explorer view="…" …>` with its loader, and the iframe.
pub fn snippets(base: &str, query: &str) -> (String, String) {
    let mut attrs = String::new();
    let mut view = "guide".to_string();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = js_sys::decode_uri_component(v)
            .map(String::from)
            .unwrap_or_else(|_| v.to_string());
        if k == "view" {
            view = v;
        } else if k != "embed" {
            attrs.push_str(&format!(" {k}=\"{}\"", escape_html(&v)));
        }
    }
    let script = format!(
        "<script type=\"module\" src=\"{base}activation-explorer.js\"></script>\n<activation-explorer view=\"{}\"{attrs}></activation-explorer>",
        escape_html(&view)
    );
    let sep = if query.is_empty() {
        String::new()
    } else {
        format!("&{query}")
    };
    let iframe = format!(
        "<iframe src=\"{base}index.html?embed=1{}\" title=\"Activation Explorer\" width=\"100%\" loading=\"lazy\" data-activation-explorer-frame></iframe>\n<script type=\"module\" src=\"{base}activation-explorer.js\"></script>",
        escape_html(&sep)
    );
    (script, iframe)
}

/// Writes `text` to the clipboard (`navigator.clipboard.writeText`, called through `Reflect`:
/// web-sys lists the Clipboard API as unstable); `done` gets whether it worked. Browsers offer
/// no clipboard outside secure contexts, and may refuse it.
fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};

    let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| c.is_object());
    let promise = clipboard.and_then(|c| {
        js_sys::Reflect::get(&c, &"writeText".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?
            .call1(&c, &text.into())
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    let Some(promise) = promise else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = move |ok: bool| {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            if let Some(f) = done.take() {
                f(ok);
            }
        })
    };
    let (resolved, rejected) = (settle(true), settle(false));
    let _ = promise.then2(&resolved, &rejected);
    // Both must outlive the promise; a copy click leaves these two small closures behind.
    resolved.forget();
    rejected.forget();
}

/// One snippet: its label, the text (read-only) and a Copy button with its outcome.
#[component]
fn Snippet(
    /// The label above the text.
    label: crate::lang::Text,
    /// The snippet.
    #[prop(into)]
    text: Signal<String>,
    /// `data-testid` of the text area.
    testid: &'static str,
) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    let status = NodeRef::<leptos::html::Span>::new();
    let (copied_text, failed_text) = (tr(s::COPIED), tr(s::COPY_FAILED));
    // The outcome goes straight into the status line (it is read once, when it appears).
    let copy = move |_| {
        copy_to_clipboard(&text.get_untracked(), move |ok| {
            if let Some(st) = status.get_untracked() {
                st.set_text_content(Some(if ok { copied_text() } else { failed_text() }));
            }
            if !ok && let Some(a) = area.get_untracked() {
                let _ = a.focus();
                a.select();
            }
        });
    };
    view! {
        <div class="ae-snippet">
            <label class="ae-field ae-block">
                <span>{tr(label)}</span>
                <textarea readonly rows="5" data-testid=testid node_ref=area prop:value=move || text.get()></textarea>
            </label>
            <div class="ae-snippet-actions">
                <button type="button" class="ae-small" on:click=copy data-copy=testid>{tr(s::COPY)}</button>
                <span role="status" class="ae-muted" node_ref=status></span>
            </div>
        </div>
    }
}

/// The dialog body. Escape closes it, like the Close button.
#[component]
pub fn EmbedDialog(
    /// Closes the dialog when set to false.
    open: RwSignal<bool>,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let base = move || {
        let loc = window().location();
        let origin = loc.origin().unwrap_or_default();
        let path = loc.pathname().unwrap_or_default();
        let dir = &path[..path.rfind('/').map(|i| i + 1).unwrap_or(0)];
        format!("{origin}{dir}")
    };
    let snips = Memo::new(move |_| snippets(&base(), &to_query(&ctx.state.get())));
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            open.set(false);
        }
    };
    view! {
        <div class="ae-dialog" role="dialog" aria-modal="false" aria-labelledby="ae-embed-title" data-testid="embed-dialog" on:keydown=on_key>
            <h2 id="ae-embed-title">{tr(s::EMBED_TITLE)}</h2>
            <Snippet label=s::EMBED_SCRIPT text=Signal::derive(move || snips.get().0) testid="embed-script"/>
            <Snippet label=s::EMBED_IFRAME text=Signal::derive(move || snips.get().1) testid="embed-iframe"/>
            <p class="ae-muted ae-embed-hosting" data-testid="embed-hosting">{tr(s::EMBED_HOSTING)}</p>
            <button type="button" class="ae-button" on:click=move |_| open.set(false)>{tr(s::CLOSE)}</button>
        </div>
    }
}
