//! The detail chart's gesture machine (`gesture`): each gesture, fed as the component feeds it,
//! gives the probe and x-range changes the app shows. Expected values are computed here from the
//! plot's layout (below), not with the machine's own mapping.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::chart::PlotGeometry;
use activation_explorer::gesture::{
    Action, Event, Frame, Gesture, Pointer, PointerMap, Wheel, pan, zoom,
};

// The chart of these tests: drawn at 8 drawing pixels per CSS pixel (devicePixelRatio 2 ×
// supersampling 4), the plot starts 50 CSS px from the canvas' left edge and is 500 CSS px
// wide; it shows the x-range it was drawn with.
const PX_PER_CSS: f64 = 8.0;
const PLOT_LEFT_CSS: f64 = 50.0;
const PLOT_WIDTH_CSS: f64 = 500.0;
const DEFAULT: (f64, f64) = (-6.0, 6.0);

/// The x under CSS offset `css` when `range` is drawn (written out: x0 + (css − left) / width ·
/// (x1 − x0)).
fn x_under(css: f64, range: (f64, f64)) -> f64 {
    range.0 + (css - PLOT_LEFT_CSS) / PLOT_WIDTH_CSS * (range.1 - range.0)
}

/// What the chart shows with `range` drawn and `probe`.
fn frame(range: (f64, f64), probe: Option<f64>) -> Frame {
    Frame {
        range,
        map: Some(PointerMap {
            plot: PlotGeometry {
                plot_left: PLOT_LEFT_CSS * PX_PER_CSS,
                plot_top: 160.0,
                plot_width: PLOT_WIDTH_CSS * PX_PER_CSS,
                plot_height: 2400.0,
                x_range: range,
                y_range: (-1.0, 7.0),
            },
            px_per_css: PX_PER_CSS,
        }),
        probe,
    }
}

fn at(id: i32, css_x: f64, buttons: u16) -> Pointer {
    Pointer { id, css_x, buttons }
}

fn ctrl_wheel(css_x: f64, delta_y: f64) -> Wheel {
    Wheel {
        css_x,
        delta_y,
        ctrl: true,
        meta: false,
    }
}

/// The probe set by `actions`, which must be exactly one `SetProbe(Some(_))`.
fn probe_of(actions: &[Action]) -> f64 {
    match actions {
        [Action::SetProbe(Some(x))] => *x,
        other => panic!("expected one probe, got {other:?}"),
    }
}

/// The range set by `actions`, which must hold exactly one `SetRange`.
fn range_of(actions: &[Action]) -> (f64, f64) {
    let ranges: Vec<(f64, f64)> = actions
        .iter()
        .filter_map(|a| match a {
            Action::SetRange(r) => Some(*r),
            _ => None,
        })
        .collect();
    match ranges[..] {
        [r] => r,
        _ => panic!("expected one range, got {actions:?}"),
    }
}

fn assert_close(got: f64, want: f64) {
    assert!(
        (got - want).abs() <= 1e-12 * want.abs().max(1.0),
        "{got} vs {want}"
    );
}

fn assert_range(got: (f64, f64), want: (f64, f64)) {
    assert_close(got.0, want.0);
    assert_close(got.1, want.1);
}

fn has_set_range(actions: &[Action]) -> bool {
    actions.iter().any(|a| matches!(a, Action::SetRange(_)))
}

// ---------------------------------------------------------------------------------------------
// The mapping.

#[test]
fn the_pointer_map_is_the_plot_layout_in_css_pixels() {
    let m = frame(DEFAULT, None).map.unwrap();
    for css in [0.0, 50.0, 123.5, 300.0, 550.0, 700.0] {
        assert_close(m.x_at_css(css), x_under(css, DEFAULT));
    }
    assert_eq!(m.x_at_css(PLOT_LEFT_CSS), -6.0);
    assert_eq!(m.x_at_css(PLOT_LEFT_CSS + PLOT_WIDTH_CSS), 6.0);
    assert_eq!(m.plot_width_css(), PLOT_WIDTH_CSS);
}

// ---------------------------------------------------------------------------------------------
// Pointers.

#[test]
fn hovering_probes_the_x_under_the_pointer_inside_the_range() {
    let mut g = Gesture::default();
    let now = frame(DEFAULT, None);
    for css in [50.0, 175.0, 301.0, 549.5, 550.0] {
        let got = probe_of(&g.handle(Event::Move(at(1, css, 0)), &now));
        assert_close(got, x_under(css, DEFAULT));
    }
    assert_eq!(
        g.handle(Event::Move(at(1, 175.0, 0)), &now),
        [Action::SetProbe(Some(-3.0))]
    );
    // Over the axis labels or the margin right of the plot: outside the range, no probe.
    for css in [10.0, 49.0, 551.0, 640.0] {
        assert_eq!(g.handle(Event::Move(at(1, css, 0)), &now), []);
    }
    // Before the chart is first drawn there is nothing to map to.
    let undrawn = Frame { map: None, ..now };
    assert_eq!(g.handle(Event::Move(at(1, 175.0, 0)), &undrawn), []);
}

#[test]
fn a_tap_probes_and_does_not_pan() {
    let mut g = Gesture::default();
    let now = frame(DEFAULT, None);
    let down = g.handle(Event::Down(at(7, 425.0, 1)), &now);
    assert_eq!(down[0], Action::CapturePointer(7));
    assert_close(probe_of(&down[1..]), x_under(425.0, DEFAULT));
    assert_close(probe_of(&down[1..]), 3.0);
    assert!(g.dragging());
    assert_eq!(g.handle(Event::Up(7), &now), []);
    assert!(!g.dragging());
    // A press outside the plot captures the pointer but probes nothing.
    let down = g.handle(Event::Down(at(8, 20.0, 1)), &now);
    assert_eq!(down, [Action::CapturePointer(8)]);
}

#[test]
fn a_drag_pans_so_the_x_under_the_pointer_stays_under_it() {
    let mut g = Gesture::default();
    let start = frame(DEFAULT, None);
    g.handle(Event::Down(at(1, 300.0, 1)), &start);
    let grabbed = x_under(300.0, DEFAULT);
    // 50 CSS px right: the range moves left by 50 px worth of x (12 / 500 per px).
    let r1 = range_of(&g.handle(Event::Move(at(1, 350.0, 1)), &start));
    assert_range(r1, (-6.0 - 1.2, 6.0 - 1.2));
    assert_close(x_under(350.0, r1), grabbed);
    // The chart redraws with the new range; moving on is measured from the press, not summed.
    let now = frame(r1, None);
    let r2 = range_of(&g.handle(Event::Move(at(1, 180.0, 1)), &now));
    assert_range(r2, (-6.0 + 2.88, 6.0 + 2.88));
    assert_close(x_under(180.0, r2), grabbed);
    // Released: moving again only probes.
    g.handle(Event::Up(1), &frame(r2, None));
    let after = g.handle(Event::Move(at(1, 100.0, 0)), &frame(r2, None));
    assert_close(probe_of(&after), x_under(100.0, r2));
}

#[test]
fn a_jitter_of_two_pixels_or_less_probes_instead_of_panning() {
    let mut g = Gesture::default();
    let now = frame(DEFAULT, None);
    g.handle(Event::Down(at(1, 300.0, 1)), &now);
    for css in [301.0, 302.0, 298.0, 300.0] {
        let got = g.handle(Event::Move(at(1, css, 1)), &now);
        assert_close(probe_of(&got), x_under(css, DEFAULT));
    }
    // Just past the threshold, it pans.
    let r = range_of(&g.handle(Event::Move(at(1, 302.5, 1)), &now));
    assert_range(r, (-6.0 - 0.06, 6.0 - 0.06));
}

#[test]
fn a_move_without_a_button_or_after_leaving_does_not_pan() {
    let mut g = Gesture::default();
    let now = frame(DEFAULT, None);
    g.handle(Event::Down(at(1, 300.0, 1)), &now);
    // No button held (released outside the window): a hover.
    let got = g.handle(Event::Move(at(1, 400.0, 0)), &now);
    assert_close(probe_of(&got), x_under(400.0, DEFAULT));
    // The pointer left the chart: the drag is over.
    g.handle(Event::Leave, &now);
    assert!(!g.dragging());
    let got = g.handle(Event::Move(at(1, 400.0, 1)), &now);
    assert_close(probe_of(&got), x_under(400.0, DEFAULT));
}

#[test]
fn a_pinch_zooms_around_its_centre() {
    let mut g = Gesture::default();
    let now = frame(DEFAULT, None);
    g.handle(Event::Down(at(1, 150.0, 1)), &now);
    let second = g.handle(Event::Down(at(2, 350.0, 1)), &now);
    assert_eq!(second, [Action::CapturePointer(2)]);
    assert!(g.pinching() && !g.dragging());
    let centre = x_under(250.0, DEFAULT); // −1.2
    // Fingers twice as far apart: half the width, the centre's x fixed.
    let r = range_of(&g.handle(Event::Move(at(2, 550.0, 1)), &now));
    assert_range(
        r,
        (
            centre + (-6.0 - centre) * 0.5,
            centre + (6.0 - centre) * 0.5,
        ),
    );
    assert_range(r, (-3.6, 2.4));
    // The chart redraws zoomed; the other finger moves in: measured from the pinch's start.
    let now = frame(r, None);
    let r2 = range_of(&g.handle(Event::Move(at(1, 450.0, 1)), &now));
    // Distance 100 px, half the start's: twice as wide as at the start.
    assert_range(
        r2,
        (
            centre + (-6.0 - centre) * 2.0,
            centre + (6.0 - centre) * 2.0,
        ),
    );
    // One finger lifted: the pinch ends, and the other finger neither pans nor zooms.
    g.handle(Event::Up(1), &now);
    assert!(!g.pinching() && !g.dragging());
    let after = g.handle(Event::Move(at(2, 500.0, 1)), &now);
    assert!(!has_set_range(&after), "{after:?}");
}

#[test]
fn a_third_pointer_changes_nothing_and_a_pinch_waits_for_two() {
    let mut g = Gesture::default();
    let now = frame(DEFAULT, None);
    g.handle(Event::Down(at(1, 150.0, 1)), &now);
    g.handle(Event::Down(at(2, 350.0, 1)), &now);
    assert_eq!(
        g.handle(Event::Down(at(3, 500.0, 1)), &now),
        [Action::CapturePointer(3)]
    );
    assert_eq!(g.handle(Event::Move(at(2, 550.0, 1)), &now), []);
    // Back to two: the pinch that started with 1 and 2 goes on.
    g.handle(Event::Up(3), &now);
    let r = range_of(&g.handle(Event::Move(at(2, 550.0, 1)), &now));
    assert_range(r, (-3.6, 2.4));
}

// ---------------------------------------------------------------------------------------------
// The wheel.

#[test]
fn ctrl_or_meta_wheel_zooms_around_the_pointer() {
    let mut g = Gesture::default();
    let now = frame(DEFAULT, None);
    let centre = x_under(425.0, DEFAULT); // 3
    let got = g.handle(Event::Wheel(ctrl_wheel(425.0, -200.0)), &now);
    assert_eq!(got[0], Action::PreventDefault);
    let f = (-0.4f64).exp();
    assert_range(
        range_of(&got),
        (centre + (-6.0 - centre) * f, centre + (6.0 - centre) * f),
    );
    // ⌘ works as Ctrl; a wheel down zooms out by the inverse.
    let meta = Wheel {
        ctrl: false,
        meta: true,
        ..ctrl_wheel(425.0, 200.0)
    };
    let f = 0.4f64.exp();
    assert_range(
        range_of(&g.handle(Event::Wheel(meta), &now)),
        (centre + (-6.0 - centre) * f, centre + (6.0 - centre) * f),
    );
    // One event zooms by at most e^±0.5.
    for (dy, f) in [(-5000.0, (-0.5f64).exp()), (5000.0, 0.5f64.exp())] {
        assert_range(
            range_of(&g.handle(Event::Wheel(ctrl_wheel(425.0, dy)), &now)),
            (centre + (-6.0 - centre) * f, centre + (6.0 - centre) * f),
        );
    }
}

#[test]
fn a_plain_wheel_is_left_to_the_page() {
    let mut g = Gesture::default();
    let now = frame(DEFAULT, None);
    let plain = Wheel {
        ctrl: false,
        ..ctrl_wheel(425.0, -200.0)
    };
    assert_eq!(
        g.handle(Event::Wheel(plain), &now),
        [],
        "no zoom, no preventDefault"
    );
    // Ctrl + wheel before the first draw: nothing either (the browser may zoom the page).
    let undrawn = Frame { map: None, ..now };
    assert_eq!(
        g.handle(Event::Wheel(ctrl_wheel(425.0, -200.0)), &undrawn),
        []
    );
}

// ---------------------------------------------------------------------------------------------
// Keys.

#[test]
fn arrow_keys_move_the_probe_by_a_hundredth_of_the_range_and_stay_inside_it() {
    let mut g = Gesture::default();
    let key = |g: &mut Gesture, k: &str, probe: Option<f64>| {
        let got = g.handle(Event::Key(k), &frame(DEFAULT, probe));
        assert_eq!(got.last(), Some(&Action::PreventDefault), "{k}");
        probe_of(&got[..got.len() - 1])
    };
    // No probe yet: from the middle.
    assert_close(key(&mut g, "ArrowRight", None), 0.12);
    assert_close(key(&mut g, "ArrowLeft", None), -0.12);
    assert_close(key(&mut g, "ArrowRight", Some(2.0)), 2.12);
    assert_close(key(&mut g, "ArrowLeft", Some(2.0)), 1.88);
    // Clamped at the ends, also from a probe left outside the range by a pan.
    assert_eq!(key(&mut g, "ArrowRight", Some(5.95)), 6.0);
    assert_eq!(key(&mut g, "ArrowLeft", Some(-5.95)), -6.0);
    assert_eq!(key(&mut g, "ArrowLeft", Some(10.0)), 6.0);
    assert_eq!(key(&mut g, "ArrowRight", Some(-10.0)), -6.0);
    assert_eq!(key(&mut g, "Home", Some(2.0)), -6.0);
    assert_eq!(key(&mut g, "End", None), 6.0);
    // Other keys are the page's.
    for k in ["a", "ArrowUp", "Tab", "Enter", " "] {
        assert_eq!(
            g.handle(Event::Key(k), &frame(DEFAULT, Some(1.0))),
            [],
            "{k}"
        );
    }
}

#[test]
fn plus_and_minus_zoom_around_the_probe() {
    let mut g = Gesture::default();
    let p = 2.0;
    let now = frame(DEFAULT, Some(p));
    for k in ["+", "="] {
        let got = g.handle(Event::Key(k), &now);
        assert_eq!(got.last(), Some(&Action::PreventDefault));
        assert_range(range_of(&got), (p + (-6.0 - p) * 0.8, p + (6.0 - p) * 0.8));
    }
    for k in ["-", "_"] {
        let got = g.handle(Event::Key(k), &now);
        assert_range(
            range_of(&got),
            (p + (-6.0 - p) * 1.25, p + (6.0 - p) * 1.25),
        );
    }
    // Without a probe, around the middle.
    let got = g.handle(Event::Key("+"), &frame((0.0, 10.0), None));
    assert_range(range_of(&got), (1.0, 9.0));
}

// ---------------------------------------------------------------------------------------------
// Refusals: a zoom or pan that would leave the allowed ranges (|x| ≤ 1e6, width ≥ 1e-6).

#[test]
fn zoom_and_pan_refuse_ranges_the_url_would_refuse() {
    assert_eq!(zoom(DEFAULT, 0.0, 0.5), Some((-3.0, 3.0)));
    assert_eq!(zoom(DEFAULT, 6.0, 2.0), Some((-18.0, 6.0)));
    assert_eq!(pan(DEFAULT, 1.5), Some((-4.5, 7.5)));
    assert_eq!(zoom((-8e5, 8e5), 0.0, 1.25), Some((-1e6, 1e6)));
    assert_eq!(zoom((-9e5, 9e5), 0.0, 1.25), None, "beyond ±1e6");
    assert_eq!(zoom((0.0, 4e-6), 0.0, 0.5), Some((0.0, 2e-6)));
    assert_eq!(zoom((0.0, 1.5e-6), 0.0, 0.5), None, "narrower than 1e-6");
    assert_eq!(zoom(DEFAULT, 0.0, f64::NAN), None);
    assert_eq!(zoom(DEFAULT, 0.0, -1.0), None, "reversed");
    assert_eq!(pan((999_990.0, 999_999.0), 5.0), None);
    assert_eq!(pan((999_990.0, 999_999.0), 1.0), Some((999_991.0, 1e6)));
    assert_eq!(pan(DEFAULT, f64::INFINITY), None);
}

#[test]
fn gestures_that_would_leave_the_allowed_range_change_nothing() {
    let mut g = Gesture::default();
    // Zoomed all the way out: zooming out more is refused, by key, wheel and pinch.
    let wide = frame((-1e6, 1e6), Some(0.0));
    assert_eq!(g.handle(Event::Key("-"), &wide), [Action::PreventDefault]);
    assert_eq!(
        g.handle(Event::Wheel(ctrl_wheel(300.0, 300.0)), &wide),
        [Action::PreventDefault]
    );
    g.handle(Event::Down(at(1, 200.0, 1)), &wide);
    g.handle(Event::Down(at(2, 400.0, 1)), &wide);
    assert_eq!(g.handle(Event::Move(at(2, 300.0, 1)), &wide), []);
    g.handle(Event::Up(1), &wide);
    g.handle(Event::Up(2), &wide);
    // Dragging the range past +1e6 or −1e6 is refused (and does not probe either).
    g.handle(Event::Down(at(1, 300.0, 1)), &wide);
    assert_eq!(g.handle(Event::Move(at(1, 250.0, 1)), &wide), []);
    assert_eq!(g.handle(Event::Move(at(1, 350.0, 1)), &wide), []);
    g.handle(Event::Up(1), &wide);
    // Zoomed all the way in: zooming in more is refused; zooming out is not.
    let narrow = frame((1.0, 1.0 + 1.2e-6), Some(1.0));
    assert_eq!(g.handle(Event::Key("+"), &narrow), [Action::PreventDefault]);
    assert!(has_set_range(&g.handle(Event::Key("-"), &narrow)));
    assert_eq!(
        g.handle(Event::Wheel(ctrl_wheel(300.0, -300.0)), &narrow),
        [Action::PreventDefault]
    );
}
