//! The y-axis of the groups, the overlay and the detail chart: fitted to the curves shown
//! (f′ included when drawn) with a little margin and ends on a "nice" grid, and held steady
//! while a parameter slides; the gallery's cards keep the seed's per-card rule.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::catalog::Category;
use activation_explorer::chart::{
    ChartOpts, ChartSpec, FIT_MARGIN, GROW_HEADROOM, SHRINK_BELOW, YRange, detail, fit_y_range,
    gallery_card, group_panel, nice_y_range, overlay, steady_y_range,
};
use activation_explorer::math::{Activation, Param, Params};

/// The lowest and highest value of the curves of `spec`, sampled densely.
fn data_range(spec: &ChartSpec) -> (f64, f64) {
    let xr = spec.resolved_x_range();
    spec.curves
        .iter()
        .flat_map(|c| c.source.sample(xr, 4001))
        .fold((f64::MAX, f64::MIN), |(l, h), (_, y)| (l.min(y), h.max(y)))
}

fn opts(p: Params, deriv: bool) -> ChartOpts {
    ChartOpts {
        params: p,
        deriv,
        ..ChartOpts::default()
    }
}

/// Whether `v` is a multiple of `grid` (to rounding).
fn on_grid(v: f64, grid: f64) -> bool {
    let q = v / grid;
    (q - q.round()).abs() < 1e-6
}

#[test]
fn fits_known_cases() {
    let o = opts(Params::default(), false);
    assert_eq!(
        fit_y_range(&overlay(&[Activation::Sigmoid], &o)),
        (-0.1, 1.1)
    );
    assert_eq!(fit_y_range(&overlay(&[Activation::Relu], &o)), (-0.5, 6.5));
    assert_eq!(
        fit_y_range(&group_panel(Category::Saturating, &o)),
        (-1.25, 1.25)
    );
    // GELU, SiLU, Mish with f′: the dips (down to −0.31) get a sixth of the panel below zero,
    // not the 3/10 of the seed's fixed (−3, 7) that left them a thirtieth.
    let smooth = overlay(
        &[Activation::Gelu, Activation::Silu, Activation::Mish],
        &opts(Params::default(), true),
    );
    assert_eq!(fit_y_range(&smooth), (-0.5, 6.5));
    // No data: a unit range.
    assert_eq!(fit_y_range(&overlay(&[], &o)), (-1.0, 1.0));
}

#[test]
fn the_fit_holds_every_curve_with_a_small_margin_and_nice_ends() {
    let sets: Vec<Vec<Activation>> = vec![
        vec![Activation::Sigmoid, Activation::Tanh],
        vec![Activation::Gelu, Activation::Silu, Activation::Mish],
        vec![
            Activation::Selu,
            Activation::Softplus,
            Activation::Hardswish,
        ],
        Activation::SEED.to_vec(),
    ];
    for x_range in [(-6.0, 6.0), (-2.0, 1.0), (-40.0, 3.0), (0.5, 0.5001)] {
        for deriv in [false, true] {
            for set in &sets {
                let spec = overlay(
                    set,
                    &ChartOpts {
                        x_range,
                        ..opts(Params::default(), deriv)
                    },
                );
                let (lo, hi) = data_range(&spec);
                let (a, b) = fit_y_range(&spec);
                let span = hi - lo;
                // Every curve (f′ too) inside, with at least the margin…
                assert!(a <= lo - FIT_MARGIN * span * 0.999, "{set:?} {x_range:?}");
                assert!(b >= hi + FIT_MARGIN * span * 0.999, "{set:?} {x_range:?}");
                // …and not much more: the chart is mostly data.
                if span > 1e-9 {
                    assert!((b - a) <= 1.6 * span, "{set:?} {x_range:?}: {a}..{b}");
                }
                // Ends on one grid of a nice step (a multiple of 0.05, 0.1, 0.125, 0.25… × 10^k).
                let grid = [0.05, 0.1, 0.125, 0.25, 0.5, 1.0, 1.25, 2.5]
                    .iter()
                    .flat_map(|g| (-12..6).map(move |k| g * 10f64.powi(k)))
                    .any(|g| on_grid(a, g) && on_grid(b, g) && (b - a) / g <= 40.0);
                assert!(grid, "{a}, {b}");
            }
        }
    }
}

#[test]
fn groups_overlay_and_detail_fit_the_gallery_keeps_the_seed_rule() {
    let o = opts(Params::default(), true);
    for c in Category::ALL {
        assert_eq!(group_panel(c, &o).y_range, YRange::Fit);
    }
    assert_eq!(overlay(&Activation::SEED, &o).y_range, YRange::Fit);
    assert_eq!(detail(Activation::Elu, &o).y_range, YRange::Fit);
    assert_eq!(gallery_card(Activation::Elu, &o).y_range, YRange::Seed);
    // The saturating panel uses its height: the curves span 80 % of it (a fifth before).
    let sat = group_panel(Category::Saturating, &opts(Params::default(), false));
    let (lo, hi) = data_range(&sat);
    let (a, b) = fit_y_range(&sat);
    assert!((hi - lo) / (b - a) >= 0.75);
}

#[test]
fn the_steady_rule() {
    let held = (-1.0, 7.0);
    // Inside and not much smaller: kept.
    assert_eq!(steady_y_range(held, (-0.4, 6.3)), held);
    // Much smaller: the fit.
    let small = (-0.04, 1.04);
    const { assert!(1.08 < SHRINK_BELOW * 8.0) };
    assert_eq!(steady_y_range(held, small), nice_y_range(small));
    assert_eq!(nice_y_range(small), (-0.1, 1.1));
    // Sticking out below: grown at once, with headroom on that side; the other side kept.
    let (a, b) = steady_y_range(held, (-2.0, 6.5));
    assert!(a <= -2.0 - GROW_HEADROOM * 8.5, "{a}");
    assert_eq!(b, 7.0);
    assert!(on_grid(a, 0.5));
    // An invalid held range is ignored.
    assert_eq!(steady_y_range((f64::NAN, 1.0), small), nice_y_range(small));
}

/// The y-ranges the detail chart of `a` shows while `param` slides over `values`, each spec
/// steadied against the one before, as the app's memo does.
fn slide(a: Activation, param: Param, values: &[f64], deriv: bool) -> Vec<(ChartSpec, (f64, f64))> {
    let mut before: Option<ChartSpec> = None;
    let mut out = Vec::new();
    for &v in values {
        let spec =
            detail(a, &opts(Params::default().with(param, v), deriv)).steadied(before.as_ref());
        let r = spec.resolved_y_range();
        out.push((spec.clone(), r));
        before = Some(spec);
    }
    out
}

#[test]
fn a_sliding_parameter_rescales_the_axis_a_few_times_and_never_clips() {
    let up: Vec<f64> = (0..=100).map(|i| f64::from(i) / 100.0).collect();
    let cases = [
        (Activation::LeakyRelu, Param::NegativeSlope, up.clone()),
        (Activation::Prelu, Param::Weight, up.clone()),
        (
            Activation::Elu,
            Param::Alpha,
            (0..=60).map(|i| f64::from(i) * 0.05).collect(),
        ),
        (
            Activation::Silu,
            Param::Beta,
            (1..=100).map(|i| f64::from(i) * 0.1).collect(),
        ),
    ];
    for (a, param, values) in cases {
        for deriv in [false, true] {
            let steps = slide(a, param, &values, deriv);
            let mut changes = 0;
            for (i, (spec, r)) in steps.iter().enumerate() {
                let (lo, hi) = data_range(spec);
                assert!(r.0 <= lo && hi <= r.1, "{a} {param:?} step {i}: clipped");
                let fit = fit_y_range(spec);
                assert!(
                    r.1 - r.0 <= 2.0 * (fit.1 - fit.0),
                    "{a} step {i}: mostly empty"
                );
                if i > 0 && *r != steps[i - 1].1 {
                    changes += 1;
                }
            }
            // Each step refits without the hold: the axis would move at most steps.
            let free: Vec<(f64, f64)> = values
                .iter()
                .map(|&v| fit_y_range(&detail(a, &opts(Params::default().with(param, v), deriv))))
                .collect();
            let free_changes = free.windows(2).filter(|w| w[0] != w[1]).count();
            assert!(
                changes <= 5,
                "{a} {param:?} deriv={deriv}: {changes} rescales"
            );
            assert!(changes <= free_changes, "{a}: {changes} > {free_changes}");
        }
    }
    // Leaky ReLU's slope from 0 to 1 and back: far fewer rescales than a free fit makes.
    let there_and_back: Vec<f64> = up.iter().chain(up.iter().rev()).copied().collect();
    let steps = slide(
        Activation::LeakyRelu,
        Param::NegativeSlope,
        &there_and_back,
        false,
    );
    let changes = steps.windows(2).filter(|w| w[0].1 != w[1].1).count();
    let free = there_and_back
        .windows(2)
        .filter(|w| {
            let fit = |v: f64| {
                fit_y_range(&detail(
                    Activation::LeakyRelu,
                    &opts(Params::default().with(Param::NegativeSlope, v), false),
                ))
            };
            fit(w[0]) != fit(w[1])
        })
        .count();
    assert!(
        changes * 2 <= free,
        "{changes} rescales, {free} without the hold"
    );
    // A slider wiggled across the point where the fit changes: the free fit flips at every
    // step, the held axis moves once.
    let wiggle: Vec<f64> = (0..20)
        .map(|i| if i % 2 == 0 { 0.05 } else { 0.06 })
        .collect();
    let steps = slide(Activation::LeakyRelu, Param::NegativeSlope, &wiggle, false);
    let held_changes = steps.windows(2).filter(|w| w[0].1 != w[1].1).count();
    let free_changes = steps
        .windows(2)
        .filter(|w| fit_y_range(&w[0].0) != fit_y_range(&w[1].0))
        .count();
    assert_eq!(free_changes, 19);
    assert!(held_changes <= 1, "{held_changes}");
}

#[test]
fn a_link_shows_the_fit_and_back_at_the_start_the_axis_is_close_to_it() {
    let fresh = detail(Activation::LeakyRelu, &opts(Params::default(), false)).steadied(None);
    assert_eq!(fresh.y_range, YRange::Fixed(-0.5, 6.5));
    let values = [0.01, 0.3, 0.7, 1.0, 0.5, 0.2, 0.01];
    let steps = slide(Activation::LeakyRelu, Param::NegativeSlope, &values, false);
    let (a, b) = steps.last().unwrap().1;
    // Held, so perhaps wider than the fit, but never mostly empty.
    assert!(a <= -0.5 && b >= 6.5);
    assert!(7.0 >= SHRINK_BELOW * (b - a), "{a}..{b}");
}

#[test]
fn other_curves_or_another_x_range_refit_at_once() {
    let o = opts(Params::default(), false);
    let relu = overlay(&[Activation::Relu], &o).steadied(None);
    // Sigmoid alone after ReLU: the fit, not ReLU's held range.
    let sig = overlay(&[Activation::Sigmoid], &o).steadied(Some(&relu));
    assert_eq!(sig.resolved_y_range(), (-0.1, 1.1));
    // Adding a curve: the fit (no headroom: the set changed, no slider is moving).
    let both = overlay(&[Activation::Sigmoid, Activation::Relu], &o).steadied(Some(&sig));
    assert_eq!(both.resolved_y_range(), (-0.5, 6.5));
    // Zooming: the fit of the new x-range.
    let zoomed = overlay(
        &[Activation::Sigmoid, Activation::Relu],
        &ChartOpts {
            x_range: (-3.0, 3.0),
            ..o.clone()
        },
    )
    .steadied(Some(&both));
    assert_eq!(zoomed.resolved_y_range(), fit_y_range(&zoomed));
    // A spec that is not fitted is left alone.
    let card = gallery_card(Activation::Relu, &o);
    assert_eq!(card.clone().steadied(Some(&relu)), card);
}
