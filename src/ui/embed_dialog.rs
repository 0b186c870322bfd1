//! The Embed dialog: a script snippet and an iframe snippet for what the user is looking at.

use leptos::prelude::*;

use crate::state::embed_snippets;

use super::clipboard::copy_to_clipboard;
use super::context::{AppCtx, tr};
use super::strings as s;

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
    let snips = Memo::new(move |_| ctx.state.with(|st| embed_snippets(&base(), st)));
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
