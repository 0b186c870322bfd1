//! The Embed dialog: a script snippet and an iframe snippet for what the user is looking at.

use leptos::prelude::*;

use crate::chart::escape_html;
use crate::state::to_query;

use super::context::{AppCtx, tr};
use super::strings as s;

/// The two snippets for the current state, given the app's base URL.
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
            attrs.push_str(&format!(" data-{k}=\"{}\"", escape_html(&v)));
        }
    }
    let script = format!(
        "<script type=\"module\" src=\"{base}activation-explorer.js\"></script>\n<div data-activation-explorer=\"{view}\"{attrs}></div>"
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

/// The dialog body.
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
    let snips = move || snippets(&base(), &to_query(&ctx.state.get()));
    view! {
        <div class="ae-dialog" role="dialog" aria-modal="false" aria-labelledby="ae-embed-title" data-testid="embed-dialog">
            <h2 id="ae-embed-title">{tr(s::EMBED_TITLE)}</h2>
            <label class="ae-field ae-block">
                <span>{tr(s::EMBED_SCRIPT)}</span>
                <textarea readonly rows="3" data-testid="embed-script" prop:value=move || snips().0></textarea>
            </label>
            <label class="ae-field ae-block">
                <span>{tr(s::EMBED_IFRAME)}</span>
                <textarea readonly rows="3" data-testid="embed-iframe" prop:value=move || snips().1></textarea>
            </label>
            <button type="button" class="ae-button" on:click=move |_| open.set(false)>{tr(s::CLOSE)}</button>
        </div>
    }
}
