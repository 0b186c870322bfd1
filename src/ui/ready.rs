//! The `ae:ready` performance mark: set once, when every chart in view at start-up has drawn
//! (charts out of view at start-up draw right after the first paint, see `ChartCanvas`).

use std::cell::{Cell, RefCell};

thread_local! {
    static PENDING: Cell<u32> = const { Cell::new(0) };
    static MARKED: Cell<bool> = const { Cell::new(false) };
    static AFTER: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` once start-up is over (at once if it is): work that must not compete with the
/// first view.
pub fn after_ready(f: impl FnOnce() + 'static) {
    if is_marked() {
        f();
    } else {
        AFTER.with(|a| a.borrow_mut().push(Box::new(f)));
    }
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

/// Marks `ae:ready` once per page (also used by views without charts): by this wasm, or by the
/// lazily loaded views' when the first view is one of theirs (each wasm counts its own charts;
/// whichever finishes first marks it, the other finds the mark and leaves it).
pub fn mark_ready() {
    if MARKED.with(|m| m.replace(true)) {
        return;
    }
    if let Some(perf) = web_sys::window().and_then(|w| w.performance())
        && perf.get_entries_by_name("ae:ready").length() == 0
    {
        let _ = perf.mark("ae:ready");
    }
    for f in AFTER.with(|a| std::mem::take(&mut *a.borrow_mut())) {
        f();
    }
}
