//! Copying text to the clipboard, and a Copy button for a piece of code.

use leptos::prelude::*;

#[cfg(feature = "views")]
use super::context::tr;
#[cfg(feature = "views")]
use super::strings as s;

/// Writes `text` to the clipboard (`navigator.clipboard.writeText`, called through `Reflect`:
/// web-sys lists the Clipboard API as unstable); `done` gets whether it worked. Browsers offer
/// no clipboard outside secure contexts, and may refuse it.
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
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

/// A Copy button for `text`, with its outcome in a status line beside it. Where the browser
/// refuses the clipboard, the code element `select` (if given) is selected so Ctrl+C copies it.
#[cfg(feature = "views")]
#[component]
pub fn CopyButton(
    /// The text copied.
    #[prop(into)]
    text: Signal<String>,
    /// The element holding the text, selected when the clipboard is refused.
    #[prop(optional)]
    select: Option<NodeRef<leptos::html::Code>>,
    /// `data-copy` of the button (for tests).
    testid: &'static str,
) -> impl IntoView {
    let status = NodeRef::<leptos::html::Span>::new();
    let (copied_text, failed_text) = (tr(s::COPIED), tr(s::COPY_FAILED));
    let copy = move |_| {
        copy_to_clipboard(&text.get_untracked(), move |ok| {
            if let Some(st) = status.get_untracked() {
                st.set_text_content(Some(if ok { copied_text() } else { failed_text() }));
            }
            if !ok
                && let Some(code) = select.and_then(|r| r.get_untracked())
                && let Some(sel) = window().get_selection().ok().flatten()
            {
                let _ = sel.select_all_children(&code);
            }
        });
    };
    view! {
        <button type="button" class="ae-small ae-copy" on:click=copy data-copy=testid>{tr(s::COPY)}</button>
        <span role="status" class="ae-muted" node_ref=status></span>
    }
}
