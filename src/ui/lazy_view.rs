//! The page's end of the views whose code is not in the first view's wasm (the depth lab): their
//! own wasm (`ae-views.js` + `ae-views_bg.wasm`, bin `ae-views`, [`super::views_entry`] when
//! built with the `views` feature), fetched the first time such a view opens and then kept for
//! the page's lifetime (a module is imported once, however many widgets show it).
//!
//! The view mounts into this component's box as a second Leptos app with its own copy of the
//! state, kept in step through the query string ([`to_query`] / [`parse_query`], which round
//! trip every state): each side sends the other its state when it changes, and a side ignores a
//! state equal to its own, so the exchange stops after one round.
//!
//! A wasm built with the views too (`--all-features`, as the wasm-bindgen tests are) shows them
//! inline instead ([`inline`]).

#[cfg(feature = "views")]
pub use inline::{LazyView, prefetch_when_idle};
#[cfg(not(feature = "views"))]
pub use loaded::{LazyView, prefetch_when_idle};

/// The views compiled into this wasm: shown directly.
#[cfg(feature = "views")]
mod inline {
    use leptos::prelude::*;

    use crate::state::View;

    /// `view`, drawn by this wasm.
    #[component]
    pub fn LazyView(
        /// Which view.
        view: View,
    ) -> impl IntoView {
        crate::ui::views_entry::view_of(view)
    }

    /// Nothing to load.
    pub fn prefetch_when_idle() {}
}

/// The views of the other wasm: loaded, then mounted.
#[cfg(not(feature = "views"))]
mod loaded {
    use std::cell::RefCell;

    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    use crate::state::{View, parse_query, to_query};
    use crate::ui::context::{AppCtx, tr};
    use crate::ui::module_url::sibling_url;
    use crate::ui::strings as s;

    #[wasm_bindgen(inline_js = "export function importModule(url) { return import(url); }")]
    extern "C" {
        /// `import(url)`: an ES module, loaded once per page by the browser.
        #[wasm_bindgen(js_name = importModule)]
        fn import_module(url: &str) -> js_sys::Promise;
    }

    thread_local! {
        /// The views' module once initialised (a promise of it, shared by every lazy view of the
        /// page); cleared when loading failed, so that a retry fetches again.
        static MODULE: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    }

    /// Loads and initialises the views' module once: its glue, then its wasm. A failed load is not
    /// kept: the next call fetches again.
    fn views_module() -> js_sys::Promise {
        MODULE.with(|m| {
            m.borrow_mut()
                .get_or_insert_with(|| {
                    wasm_bindgen_futures::future_to_promise(async {
                        let loaded = load_views().await;
                        if loaded.is_err() {
                            MODULE.with(|m| {
                                if let Ok(mut m) = m.try_borrow_mut() {
                                    m.take();
                                }
                            });
                        }
                        loaded
                    })
                })
                .clone()
        })
    }

    /// Imports the views' glue module and starts its wasm; the module.
    async fn load_views() -> Result<JsValue, JsValue> {
        let glue = sibling_url("ae-views.js").ok_or("no base URL")?;
        let wasm = sibling_url("ae-views_bg.wasm").ok_or("no base URL")?;
        let module = JsFuture::from(import_module(&glue)).await?;
        let init: js_sys::Function =
            js_sys::Reflect::get(&module, &"default".into())?.dyn_into()?;
        let args = js_sys::Object::new();
        js_sys::Reflect::set(&args, &"module_or_path".into(), &wasm.into())?;
        let started: js_sys::Promise = init.call1(&JsValue::NULL, &args)?.dyn_into()?;
        JsFuture::from(started).await?;
        Ok(module)
    }

    /// On the app's own page, once the first view is ready and the browser is idle: loads the
    /// views' module, so that the first switch to one of its views does not wait for it.
    pub fn prefetch_when_idle() {
        let load = Closure::once_into_js(|| {
            let _ = views_module();
        });
        let w = window();
        // (Safari has no requestIdleCallback: a second later instead.)
        if w.request_idle_callback(load.unchecked_ref()).is_err() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(load.unchecked_ref(), 1000);
        }
    }

    /// A readable reason from a rejected load.
    fn reason(e: &JsValue) -> String {
        e.as_string()
            .or_else(|| {
                js_sys::Reflect::get(e, &"message".into())
                    .ok()
                    .and_then(|m| m.as_string())
            })
            .unwrap_or_else(|| "unknown error".into())
    }

    /// What the box shows.
    #[derive(Clone, PartialEq)]
    enum Phase {
        Loading,
        Failed(String),
        Mounted,
    }

    /// The mounted view: its handle (`setQuery`, `unmount`) and the callback it reports through.
    struct Mounted {
        handle: JsValue,
        _on_change: Closure<dyn Fn(String)>,
    }

    impl Mounted {
        fn call(&self, method: &str, arg: Option<&JsValue>) {
            let f = js_sys::Reflect::get(&self.handle, &method.into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            if let Some(f) = f {
                let _ = match arg {
                    Some(a) => f.call1(&self.handle, a),
                    None => f.call0(&self.handle),
                };
            }
        }
    }

    /// A view whose code loads when it first opens: a status line while it loads (or why it did
    /// not, with a retry), then the view itself.
    #[component]
    pub fn LazyView(
        /// Which view (the views' wasm knows how to mount it).
        view: View,
    ) -> impl IntoView {
        let ctx = AppCtx::get();
        let host = NodeRef::<leptos::html::Div>::new();
        let phase = RwSignal::new(Phase::Loading);
        let attempt = RwSignal::new(0u32);
        let mounted = StoredValue::new_local(None::<Mounted>);

        Effect::new(move |_| {
            attempt.track();
            let Some(el) = host.get() else { return };
            phase.set(Phase::Loading);
            let promise = views_module();
            spawn_local(async move {
                let module = match JsFuture::from(promise).await {
                    Ok(m) => m,
                    Err(e) => {
                        web_sys::console::warn_1(&format!("ae-views: {}", reason(&e)).into());
                        let _ = phase.try_set(Phase::Failed(reason(&e)));
                        return;
                    }
                };
                // The view may have closed while its code loaded.
                let Some(query) = ctx.state.try_with_untracked(to_query) else {
                    return;
                };
                let on_change = Closure::<dyn Fn(String)>::new(move |q: String| {
                    let (st, _) = parse_query(&q);
                    if ctx.state.try_with_untracked(|cur| *cur != st) == Some(true) {
                        ctx.state.set(st);
                    }
                });
                let mount = js_sys::Reflect::get(&module, &"mountView".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                let Some(mount) = mount else {
                    let _ = phase.try_set(Phase::Failed("mountView missing".into()));
                    return;
                };
                let args = js_sys::Array::of5(
                    &el.clone().into(),
                    &view.id().into(),
                    &query.into(),
                    &ctx.widget.into(),
                    on_change.as_ref(),
                );
                match mount.apply(&JsValue::NULL, &args) {
                    Ok(handle) => {
                        let _ = mounted.try_set_value(Some(Mounted {
                            handle,
                            _on_change: on_change,
                        }));
                        let _ = phase.try_set(Phase::Mounted);
                    }
                    Err(e) => {
                        let _ = phase.try_set(Phase::Failed(reason(&e)));
                    }
                }
            });
        });

        // This app's state → the view's (after it mounted).
        Effect::new(move |_| {
            let q = ctx.state.with(to_query);
            if phase.get() == Phase::Mounted {
                mounted.try_with_value(|m| {
                    if let Some(m) = m {
                        m.call("setQuery", Some(&q.into()));
                    }
                });
            }
        });

        on_cleanup(move || {
            if let Some(Some(m)) = mounted.try_update_value(Option::take) {
                m.call("unmount", None);
            }
        });

        let lang = move || ctx.lang();
        view! {
            <Show when=move || phase.get() != Phase::Mounted>
                <p class="ae-lazy-status" role="status" data-testid="lazy-status"
                    data-state=move || if matches!(phase.get(), Phase::Failed(_)) { "failed" } else { "loading" }>
                    {move || match phase.get() {
                        Phase::Failed(why) => format!("{} {why}", s::LAZY_FAILED.get(lang())),
                        _ => s::LAZY_LOADING.get(lang()).to_string(),
                    }}
                    <Show when=move || matches!(phase.get(), Phase::Failed(_))>
                        " "
                        <button type="button" class="ae-button ae-small" on:click=move |_| attempt.update(|a| *a += 1)>
                            {tr(s::LAZY_RETRY)}
                        </button>
                    </Show>
                </p>
            </Show>
            <div class="ae-lazy-view" data-lazy-view=view.id() node_ref=host></div>
        }
    }
}
