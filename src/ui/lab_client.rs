//! The page's end of the lab worker: one `Worker` per page, started when the first lab view
//! (or widget) opens and ended when the last one closes, shared through channels.
//!
//! The worker's files sit next to the lab's own glue (`ae-views.js`, beside `ae-core.js`): `ae-lab_loader.js`
//! (`embed/ae-lab_loader.js`: `importScripts` of `ae-lab.js`, then its wasm). Same origin: `new
//! Worker(<that URL>)`, which a `worker-src 'self'` (or `script-src 'self'`) policy allows.
//! When the app's files come from another origin (a docs site embedding a CDN copy), browsers
//! refuse a cross-origin worker script, so the worker starts from a tiny `blob:` script that
//! imports the same files by absolute URL (that needs `worker-src blob:` and CORS on the
//! files, like the app's own wasm).
//!
//! Requests wait in a queue until the worker says it is ready (a message sent before its wasm
//! has started would be lost).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::protocol::{Request, Response, decode_responses, encode_requests};

use super::module_url::sibling_url;

/// What a channel's owner is told.
pub enum LabEvent {
    /// Responses for this channel, in order.
    Responses(Vec<Response>),
    /// The worker could not start or failed (the reason, for the console and the view).
    Broken(String),
}

type Handler = Rc<dyn Fn(LabEvent)>;

struct Client {
    worker: web_sys::Worker,
    ready: bool,
    /// Whether the worker runs SIMD code (`None` until it is ready).
    simd: Option<bool>,
    queue: Vec<Request>,
    handlers: Vec<(u32, Handler)>,
    next_channel: u32,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    /// The blob URL the worker started from, revoked when it ends.
    blob_url: Option<String>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// Starts the worker (see the module doc for the URL).
fn spawn() -> Result<(web_sys::Worker, Option<String>), String> {
    let loader = sibling_url("ae-lab_loader.js").ok_or("no base URL")?;
    let page_origin = window_origin();
    let loader_origin = web_sys::Url::new(&loader).map(|u| u.origin()).ok();
    if loader_origin.is_some() && loader_origin == page_origin {
        return web_sys::Worker::new(&loader)
            .map(|w| (w, None))
            .map_err(|e| format!("{e:?}"));
    }
    let glue = sibling_url("ae-lab.js").ok_or("no base URL")?;
    let wasm = sibling_url("ae-lab_bg.wasm").ok_or("no base URL")?;
    let src = format!("importScripts({glue:?});wasm_bindgen({{module_or_path:{wasm:?}}});");
    let parts = js_sys::Array::of1(&JsValue::from_str(&src));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    web_sys::Worker::new(&url)
        .map(|w| (w, Some(url)))
        .map_err(|e| format!("{e:?}"))
}

fn window_origin() -> Option<String> {
    web_sys::window().and_then(|w| w.location().origin().ok())
}

/// Sends `reqs` as one batch.
fn post(worker: &web_sys::Worker, reqs: &[Request]) {
    if reqs.is_empty() {
        return;
    }
    let array = js_sys::Float64Array::from(encode_requests(reqs).as_slice());
    let transfer = js_sys::Array::of1(&array.buffer());
    let _ = worker.post_message_with_transfer(&array, &transfer);
}

/// Tells every channel's owner `event` (built per channel).
fn tell_all(make: impl Fn() -> LabEvent) {
    let handlers: Vec<Handler> = CLIENT
        .with(|c| {
            c.borrow()
                .as_ref()
                .map(|c| c.handlers.iter().map(|h| h.1.clone()).collect())
        })
        .unwrap_or_default();
    for h in handlers {
        h(make());
    }
}

/// A batch from the worker.
fn on_message(e: web_sys::MessageEvent) {
    let Some(array) = e
        .data()
        .dyn_ref::<js_sys::Float64Array>()
        .map(|a| a.to_vec())
    else {
        return;
    };
    let responses = match decode_responses(&array) {
        Ok(r) => r,
        Err(err) => {
            web_sys::console::warn_1(&format!("lab worker: bad batch: {err}").into());
            return;
        }
    };
    let mut by_channel: Vec<(u32, Vec<Response>)> = Vec::new();
    for r in responses {
        match r.route() {
            None => {
                if let Response::Ready { simd } = r {
                    CLIENT.with(|c| {
                        if let Some(c) = c.borrow_mut().as_mut() {
                            c.ready = true;
                            c.simd = Some(simd);
                            let queued = std::mem::take(&mut c.queue);
                            post(&c.worker, &queued);
                        }
                    });
                }
            }
            Some((ch, _)) => match by_channel.iter_mut().find(|(c, _)| *c == ch) {
                Some((_, v)) => v.push(r),
                None => by_channel.push((ch, vec![r])),
            },
        }
    }
    for (ch, list) in by_channel {
        let handler = CLIENT.with(|c| {
            c.borrow()
                .as_ref()
                .and_then(|c| c.handlers.iter().find(|h| h.0 == ch).map(|h| h.1.clone()))
        });
        if let Some(h) = handler {
            h(LabEvent::Responses(list));
        }
    }
}

/// A channel to the lab worker: requests sent through it are answered to its handler. Dropping
/// it cancels its work; the worker ends when the last channel goes.
pub struct LabChannel {
    channel: u32,
}

impl LabChannel {
    /// Opens a channel, starting the worker if none runs; `handler` gets this channel's
    /// responses (and, if the worker breaks, why).
    pub fn open(handler: impl Fn(LabEvent) + 'static) -> LabChannel {
        let handler: Handler = Rc::new(handler);
        let started = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_none() {
                match spawn() {
                    Ok((worker, blob_url)) => {
                        let on_msg = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(on_message);
                        let on_err =
                            Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
                                e.prevent_default();
                                let msg = js_sys::Reflect::get(&e, &"message".into())
                                    .ok()
                                    .and_then(|m| m.as_string())
                                    .unwrap_or_else(|| "the worker could not start".into());
                                web_sys::console::warn_1(&format!("lab worker: {msg}").into());
                                tell_all(|| LabEvent::Broken(msg.clone()));
                            });
                        worker.set_onmessage(Some(on_msg.as_ref().unchecked_ref()));
                        worker.set_onerror(Some(on_err.as_ref().unchecked_ref()));
                        *c = Some(Client {
                            worker,
                            ready: false,
                            simd: None,
                            queue: Vec::new(),
                            handlers: Vec::new(),
                            next_channel: 1,
                            _on_message: on_msg,
                            _on_error: on_err,
                            blob_url,
                        });
                    }
                    Err(e) => return Err(e),
                }
            }
            let client = c.as_mut().expect("just made");
            let channel = client.next_channel;
            client.next_channel += 1;
            client.handlers.push((channel, handler.clone()));
            Ok(channel)
        });
        match started {
            Ok(channel) => LabChannel { channel },
            Err(e) => {
                web_sys::console::warn_1(&format!("lab worker: {e}").into());
                handler(LabEvent::Broken(e));
                LabChannel { channel: 0 }
            }
        }
    }

    /// The channel's number (the `channel` of its requests).
    pub fn id(&self) -> u32 {
        self.channel
    }

    /// Sends `req` (queued until the worker is ready).
    pub fn send(&self, req: Request) {
        CLIENT.with(|c| {
            if let Some(c) = c.borrow_mut().as_mut() {
                if c.ready {
                    post(&c.worker, &[req]);
                } else {
                    // A queued request of this channel is replaced by the newer one.
                    let ch = self.channel;
                    c.queue.retain(|r| !same_channel(r, ch));
                    c.queue.push(req);
                }
            }
        });
    }

    /// Whether the worker runs SIMD code (`None` until it is ready).
    pub fn simd() -> Option<bool> {
        CLIENT.with(|c| c.borrow().as_ref().and_then(|c| c.simd))
    }
}

fn same_channel(r: &Request, ch: u32) -> bool {
    match r {
        Request::Lab { channel, .. }
        | Request::Bench { channel, .. }
        | Request::Cancel { channel } => *channel == ch,
    }
}

impl Drop for LabChannel {
    fn drop(&mut self) {
        let ch = self.channel;
        CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            let Some(client) = c.as_mut() else { return };
            client.handlers.retain(|h| h.0 != ch);
            if client.handlers.is_empty() {
                client.worker.terminate();
                if let Some(url) = &client.blob_url {
                    let _ = web_sys::Url::revoke_object_url(url);
                }
                *c = None;
            } else if client.ready {
                post(&client.worker, &[Request::Cancel { channel: ch }]);
            } else {
                client.queue.retain(|r| !same_channel(r, ch));
            }
        });
    }
}
