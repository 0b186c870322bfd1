//! The Web Worker's loop (wasm32 only; bin `ae-lab`, built without the `app` feature): it
//! moves messages between the page and the pure [`crate::protocol::Runner`], nothing more.
//!
//! - A message from the page is a `Float64Array` batch of requests ([`decode_requests`]); each
//!   goes to [`Runner::submit`] (a newer request on a channel replaces the older one).
//! - While there is work, the loop runs slices of about [`SLICE_MS`] and posts each slice's
//!   responses as one batch (the buffer is transferred, not copied). Between slices it yields
//!   to the worker's event loop through a `MessageChannel` (no 4 ms timer clamping), so a new
//!   request is taken within one slice.
//! - It posts [`Response::Ready`] once running: the page queues its requests until then
//!   (messages sent to a worker before its wasm has started would be lost).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::protocol::{Response, Runner, decode_requests, encode_responses};

/// The length of one slice of work, ms: long enough that posting and yielding cost little,
/// short enough that a newer request waits at most this long.
pub const SLICE_MS: f64 = 12.0;

struct Loop {
    scope: web_sys::DedicatedWorkerGlobalScope,
    runner: Runner,
    /// The port that wakes the loop (posted to from its twin).
    wake: web_sys::MessagePort,
    scheduled: bool,
}

/// The worker clock, in ms.
fn now(scope: &web_sys::DedicatedWorkerGlobalScope) -> f64 {
    scope
        .unchecked_ref::<web_sys::WorkerGlobalScope>()
        .performance()
        .map_or(0.0, |p| p.now())
}

/// Posts `msgs` as one batch, transferring its buffer.
fn post(scope: &web_sys::DedicatedWorkerGlobalScope, msgs: &[Response]) {
    if msgs.is_empty() {
        return;
    }
    let batch = encode_responses(msgs);
    let array = js_sys::Float64Array::from(batch.as_slice());
    let transfer = js_sys::Array::of1(&array.buffer());
    let _ = scope.post_message_with_transfer(&array, &transfer);
}

/// Queues a slice after the events already waiting.
fn schedule(l: &mut Loop) {
    if !l.scheduled && !l.runner.is_idle() {
        l.scheduled = true;
        let _ = l.wake.post_message(&JsValue::NULL);
    }
}

/// One slice of work, then yields.
fn slice(l: &Rc<RefCell<Loop>>) {
    let mut l = l.borrow_mut();
    l.scheduled = false;
    let scope = l.scope.clone();
    let mut clock = || now(&scope);
    let out = l.runner.run_slice(&mut clock, SLICE_MS);
    post(&scope, &out);
    schedule(&mut l);
}

/// A batch of requests from the page.
fn receive(l: &Rc<RefCell<Loop>>, data: JsValue) {
    let Some(array) = data.dyn_ref::<js_sys::Float64Array>() else {
        return;
    };
    let mut l = l.borrow_mut();
    match decode_requests(&array.to_vec()) {
        Ok(reqs) => {
            let mut out = Vec::new();
            for r in reqs {
                out.extend(l.runner.submit(r));
            }
            post(&l.scope, &out);
            schedule(&mut l);
        }
        Err(e) => web_sys::console::warn_1(&format!("ae-lab: bad request batch: {e}").into()),
    }
}

/// Starts the worker: installs the message handlers and says it is ready.
pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let l = Rc::new(RefCell::new(Loop {
        scope: scope.clone(),
        runner: Runner::new(),
        wake: channel.port2(),
        scheduled: false,
    }));
    let tick = {
        let l = l.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_: web_sys::MessageEvent| slice(&l))
    };
    channel
        .port1()
        .set_onmessage(Some(tick.as_ref().unchecked_ref()));
    let on_message = {
        let l = l.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            receive(&l, e.data())
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its page wants it: the handlers are never dropped.
    tick.forget();
    on_message.forget();
    post(
        &scope,
        &[Response::Ready {
            simd: cfg!(target_feature = "simd128"),
        }],
    );
}
