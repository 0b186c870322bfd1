//! The detail chart's gestures as a pure state machine: pointer (mouse, pen, touch), wheel and
//! key events in, probe and x-range changes out. No browser or Leptos type appears here: the
//! component turns each DOM event into an [`Event`], calls [`Gesture::handle`] with what the
//! chart shows at that moment (a [`Frame`]) and applies the [`Action`]s it gets back.
//!
//! | input | effect |
//! |---|---|
//! | a pointer moving, no drag | probe the x under it (when inside the x-range) |
//! | the first pointer pressed | probe there (a tap: a finger gives no hover), start a drag |
//! | that pointer moved more than [`DRAG_THRESHOLD_CSS`] from where it was pressed, a button held | pan: the x under the pointer at the press stays under it |
//! | a second pointer pressed | pinch: the x-range at that moment scales by (start distance / distance) around the x under the two pointers' start centre |
//! | Ctrl/⌘ + wheel (a trackpad pinch arrives so) | zoom by `exp(clamp(0.002·Δy, ±0.5))` around the pointer; the browser's page zoom is prevented |
//! | a plain wheel | nothing: the page scrolls, a chart never traps it |
//! | ← / → | move the probe (or the middle, with no probe) by 1 % of the range, kept inside it |
//! | Home / End | probe the range's ends |
//! | `+` `=` / `-` `_` | zoom in ×0.8 / out ×1.25 around the probe (or the middle) |
//!
//! A zoom or pan whose result [`crate::chart::validate_x_range`] refuses (|x| ≤ 1e6, a width ≥ 1e-6) is not
//! made: no [`Action::SetRange`].
//!
//! ```
//! use activation_explorer::chart::PlotGeometry;
//! use activation_explorer::gesture::{Action, Event, Frame, Gesture, Pointer, PointerMap};
//!
//! // A plot 500 CSS px wide starting 50 CSS px from the canvas' left edge, drawn at
//! // 2 drawing pixels per CSS pixel, showing x from −6 to 6.
//! let plot = PlotGeometry {
//!     plot_left: 100.0,
//!     plot_top: 20.0,
//!     plot_width: 1000.0,
//!     plot_height: 600.0,
//!     x_range: (-6.0, 6.0),
//!     y_range: (-1.0, 1.0),
//! };
//! let now = Frame {
//!     range: (-6.0, 6.0),
//!     map: Some(PointerMap { plot, px_per_css: 2.0 }),
//!     probe: None,
//! };
//! let mut gesture = Gesture::default();
//! let hover = Pointer { id: 1, css_x: 300.0, buttons: 0 };
//! assert_eq!(gesture.handle(Event::Move(hover), &now), [Action::SetProbe(Some(0.0))]);
//! ```

use crate::chart::PlotGeometry;
pub use crate::chart::{pan, zoom};

/// A pressed pointer pans only once it has moved more than this many CSS pixels from where it
/// was pressed (a tap's jitter probes instead).
pub const DRAG_THRESHOLD_CSS: f64 = 2.0;

/// The zoom factor of the `+` and `=` keys.
pub const KEY_ZOOM_IN: f64 = 0.8;

/// The zoom factor of the `-` and `_` keys (the inverse of [`KEY_ZOOM_IN`]).
pub const KEY_ZOOM_OUT: f64 = 1.25;

/// ← and → move the probe by this fraction of the x-range.
pub const KEY_STEP: f64 = 0.01;

/// Ctrl + wheel zooms by `exp(WHEEL_RATE · deltaY)`, the exponent clamped to ±[`WHEEL_MAX_LOG`].
pub const WHEEL_RATE: f64 = 0.002;

/// The largest |log of the zoom factor| of one wheel event.
pub const WHEEL_MAX_LOG: f64 = 0.5;

/// Where the plot is under the pointer: maps a CSS-pixel offset from the canvas' left edge to x.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointerMap {
    /// The plot area, in drawing-area pixels, and the ranges it shows (as last drawn).
    pub plot: PlotGeometry,
    /// Drawing-area pixels per CSS pixel (in the browser: device pixel ratio × supersampling).
    pub px_per_css: f64,
}

impl PointerMap {
    /// The x under a CSS-pixel offset from the canvas' left edge (not clamped to the plot).
    pub fn x_at_css(&self, css_x: f64) -> f64 {
        self.plot.x_at(css_x * self.px_per_css)
    }

    /// The plot area's width in CSS pixels.
    pub fn plot_width_css(&self) -> f64 {
        self.plot.plot_width / self.px_per_css
    }
}

/// What the chart shows when an event arrives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The x-range of the app state.
    pub range: (f64, f64),
    /// Where the chart was last drawn (`None` before its first draw: pointer and wheel events
    /// then do nothing).
    pub map: Option<PointerMap>,
    /// The probe's x, if there is one.
    pub probe: Option<f64>,
}

/// A pointer event's data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointer {
    /// The pointer's id (`PointerEvent.pointerId`).
    pub id: i32,
    /// The CSS-pixel offset from the canvas' left edge (`offsetX`).
    pub css_x: f64,
    /// The buttons held (`MouseEvent.buttons`; a touching finger or pen counts as one).
    pub buttons: u16,
}

/// A wheel event's data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wheel {
    /// The CSS-pixel offset from the canvas' left edge (`offsetX`).
    pub css_x: f64,
    /// The vertical scroll amount (`deltaY`; negative: away from the user, zooms in).
    pub delta_y: f64,
    /// Whether Ctrl was held (also set by a trackpad pinch).
    pub ctrl: bool,
    /// Whether ⌘ (Meta) was held.
    pub meta: bool,
}

/// An input to the machine.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Event<'a> {
    /// `pointerdown`.
    Down(Pointer),
    /// `pointermove`.
    Move(Pointer),
    /// `pointerup` or `pointercancel` of the pointer with this id.
    Up(i32),
    /// `pointerleave`: a drag in progress ends (the pointers stay known).
    Leave,
    /// `wheel`.
    Wheel(Wheel),
    /// `keydown`, with `KeyboardEvent.key`.
    Key(&'a str),
}

/// What the component must do, in order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Capture the pointer with this id on the event's target (its moves keep coming while it
    /// is pressed, even outside the chart).
    CapturePointer(i32),
    /// Set the probe.
    SetProbe(Option<f64>),
    /// Set the app state's x-range (always an allowed one).
    SetRange((f64, f64)),
    /// Call `preventDefault()` on the event (no page zoom, no scrolling by the key).
    PreventDefault,
}

/// A drag in progress: where it started.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Drag {
    start_css: f64,
    start_range: (f64, f64),
}

/// A pinch in progress: the two pointers' distance, the x-range and their centre at its start.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pinch {
    start_distance: f64,
    start_range: (f64, f64),
    centre_css: f64,
}

/// The gesture state of one chart: the pressed pointers, a drag or a pinch in progress.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gesture {
    /// Pressed pointers: (id, last CSS x).
    pointers: Vec<(i32, f64)>,
    drag: Option<Drag>,
    pinch: Option<Pinch>,
}

/// The x under `css_x` when it lies inside `range`.
fn probe_at(map: &PointerMap, css_x: f64, range: (f64, f64)) -> Option<f64> {
    let x = map.x_at_css(css_x);
    (x >= range.0 && x <= range.1).then_some(x)
}

impl Gesture {
    /// Whether a drag (one pressed pointer) is in progress.
    pub fn dragging(&self) -> bool {
        self.drag.is_some()
    }

    /// Whether a pinch (two pressed pointers) is in progress.
    pub fn pinching(&self) -> bool {
        self.pinch.is_some()
    }

    /// Feeds one event; returns what to do, in order (often nothing).
    pub fn handle(&mut self, event: Event<'_>, now: &Frame) -> Vec<Action> {
        match event {
            Event::Down(p) => self.down(p, now),
            Event::Move(p) => self.moved(p, now),
            Event::Up(id) => {
                self.pointers.retain(|(i, _)| *i != id);
                self.drag = None;
                if self.pointers.len() < 2 {
                    self.pinch = None;
                }
                Vec::new()
            }
            Event::Leave => {
                self.drag = None;
                Vec::new()
            }
            Event::Wheel(w) => Self::wheel(w, now),
            Event::Key(key) => Self::key(key, now),
        }
    }

    fn down(&mut self, p: Pointer, now: &Frame) -> Vec<Action> {
        match self.pointers.iter_mut().find(|(i, _)| *i == p.id) {
            Some(known) => known.1 = p.css_x,
            None => self.pointers.push((p.id, p.css_x)),
        }
        let mut out = vec![Action::CapturePointer(p.id)];
        match self.pointers[..] {
            [_] => {
                self.drag = Some(Drag {
                    start_css: p.css_x,
                    start_range: now.range,
                });
                if let Some(x) = now.map.and_then(|m| probe_at(&m, p.css_x, now.range)) {
                    out.push(Action::SetProbe(Some(x)));
                }
            }
            [(_, a), (_, b)] => {
                self.drag = None;
                self.pinch = Some(Pinch {
                    start_distance: (a - b).abs().max(1.0),
                    start_range: now.range,
                    centre_css: (a + b) / 2.0,
                });
            }
            _ => {}
        }
        out
    }

    fn moved(&mut self, p: Pointer, now: &Frame) -> Vec<Action> {
        let Some(map) = now.map else {
            return Vec::new();
        };
        if let Some(known) = self.pointers.iter_mut().find(|(i, _)| *i == p.id) {
            known.1 = p.css_x;
        }
        if let Some(pinch) = self.pinch {
            if let [(_, a), (_, b)] = self.pointers[..] {
                let distance = (a - b).abs().max(1.0);
                let centre = map.x_at_css(pinch.centre_css);
                let factor = pinch.start_distance / distance;
                return zoom(pinch.start_range, centre, factor)
                    .map(Action::SetRange)
                    .into_iter()
                    .collect();
            }
            return Vec::new();
        }
        if let Some(drag) = self.drag
            && p.buttons != 0
            && (p.css_x - drag.start_css).abs() > DRAG_THRESHOLD_CSS
        {
            let r = drag.start_range;
            let x_per_css = (r.1 - r.0) / map.plot_width_css();
            return pan(r, -(p.css_x - drag.start_css) * x_per_css)
                .map(Action::SetRange)
                .into_iter()
                .collect();
        }
        probe_at(&map, p.css_x, now.range)
            .map(|x| Action::SetProbe(Some(x)))
            .into_iter()
            .collect()
    }

    fn wheel(w: Wheel, now: &Frame) -> Vec<Action> {
        if !(w.ctrl || w.meta) {
            return Vec::new();
        }
        let Some(map) = now.map else {
            return Vec::new();
        };
        let centre = map.x_at_css(w.css_x);
        let factor = (w.delta_y * WHEEL_RATE)
            .clamp(-WHEEL_MAX_LOG, WHEEL_MAX_LOG)
            .exp();
        let mut out = vec![Action::PreventDefault];
        out.extend(zoom(now.range, centre, factor).map(Action::SetRange));
        out
    }

    fn key(key: &str, now: &Frame) -> Vec<Action> {
        let r = now.range;
        let step = (r.1 - r.0) * KEY_STEP;
        let p = now.probe.unwrap_or((r.0 + r.1) / 2.0);
        let inside = |x: f64| x.max(r.0).min(r.1);
        let action = match key {
            "ArrowLeft" => Some(Action::SetProbe(Some(inside(p - step)))),
            "ArrowRight" => Some(Action::SetProbe(Some(inside(p + step)))),
            "Home" => Some(Action::SetProbe(Some(r.0))),
            "End" => Some(Action::SetProbe(Some(r.1))),
            "+" | "=" => zoom(r, p, KEY_ZOOM_IN).map(Action::SetRange),
            "-" | "_" => zoom(r, p, KEY_ZOOM_OUT).map(Action::SetRange),
            _ => return Vec::new(),
        };
        let mut out: Vec<Action> = action.into_iter().collect();
        out.push(Action::PreventDefault);
        out
    }
}
