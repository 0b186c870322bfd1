//! The `ae:ready` performance mark: set once, when every chart in view at start-up has drawn
//! (charts out of view at start-up draw right after the first paint, see `ChartCanvas`).

use std::cell::Cell;

thread_local! {
    static PENDING: Cell<u32> = const { Cell::new(0) };
    static MARKED: Cell<bool> = const { Cell::new(false) };
}

/// A chart was created and will draw soon.
pub fn chart_created() {
    PENDING.with(|p| p.set(p.get() + 1));
}

/// Whether start-up is over (`ae:ready` is marked).
pub fn is_marked() -> bool {
    MARKED.with(Cell::get)
}

/// A chart created at start-up drew for the first time, or was found out of view (it draws
/// after the first paint); marks `ae:ready` when none is pending.
pub fn chart_drawn() {
    let left = PENDING.with(|p| {
        let v = p.get().saturating_sub(1);
        p.set(v);
        v
    });
    if left == 0 {
        mark_ready();
    }
}

/// Never marks `ae:ready` in this wasm (the lazily loaded views': the page marks it).
#[cfg(feature = "views")]
pub fn never_mark() {
    MARKED.with(|m| m.set(true));
}

/// Marks `ae:ready` once (also used by views without charts).
pub fn mark_ready() {
    if MARKED.with(|m| m.replace(true)) {
        return;
    }
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("ae:ready");
    }
}
