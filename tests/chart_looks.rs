//! The looks of the overlay's curves: the palette of a few chosen functions stays distinct for
//! eight curves, for normal and colour-blind eyes (CIEDE2000 colour differences after the
//! theme's contrast adjustment, with protanopia, deuteranopia and tritanopia simulated by
//! Machado, Oliveira and Fernandes 2009 at full severity); dash patterns are a second channel;
//! the seed keeps its colours where the seed's figures are drawn.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::catalog::Category;
use activation_explorer::chart::{
    ChartOpts, CurveLook, CurveSource, LineStyle, PALETTE_MAX, Theme, curve_looks, group_panel,
    look_in, overlay,
};
use activation_explorer::math::Activation;

// ---------- colour science (test-side, independent of the app) ----------

fn linear(v: u8) -> f64 {
    let v = f64::from(v) / 255.0;
    if v <= 0.04045 {
        v / 12.92
    } else {
        ((v + 0.055) / 1.055).powf(2.4)
    }
}

/// Machado et al. 2009, severity 1.0, on linear RGB.
const PROTANOPIA: [[f64; 3]; 3] = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: [[f64; 3]; 3] = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const TRITANOPIA: [[f64; 3]; 3] = [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.303900],
];
const IDENTITY: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
const VISIONS: [(&str, [[f64; 3]; 3]); 4] = [
    ("normal", IDENTITY),
    ("protanopia", PROTANOPIA),
    ("deuteranopia", DEUTERANOPIA),
    ("tritanopia", TRITANOPIA),
];

/// CIELAB (D65) of `c` as seen through `m`.
fn lab(c: (u8, u8, u8), m: &[[f64; 3]; 3]) -> [f64; 3] {
    let l = [linear(c.0), linear(c.1), linear(c.2)];
    let s: Vec<f64> = m
        .iter()
        .map(|row| (row[0] * l[0] + row[1] * l[1] + row[2] * l[2]).clamp(0.0, 1.0))
        .collect();
    let x = 0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2];
    let y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
    let z = 0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2];
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x / 0.95047), f(y), f(z / 1.08883));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIEDE2000 colour difference.
fn de2000(a: [f64; 3], b: [f64; 3]) -> f64 {
    let [l1, a1, b1] = a;
    let [l2, a2, b2] = b;
    let c1 = a1.hypot(b1);
    let c2 = a2.hypot(b2);
    let cb = (c1 + c2) / 2.0;
    let g = 0.5 * (1.0 - (cb.powi(7) / (cb.powi(7) + 25f64.powi(7))).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| b.atan2(a).to_degrees().rem_euclid(360.0);
    let (h1, h2) = (hue(b1, a1p), hue(b2, a2p));
    let dl = l2 - l1;
    let dc = c2p - c1p;
    let mut dh = h2 - h1;
    if c1p * c2p == 0.0 {
        dh = 0.0;
    } else if dh > 180.0 {
        dh -= 360.0;
    } else if dh < -180.0 {
        dh += 360.0;
    }
    let d_h = 2.0 * (c1p * c2p).sqrt() * (dh / 2.0).to_radians().sin();
    let lb = (l1 + l2) / 2.0;
    let cbp = (c1p + c2p) / 2.0;
    let hb = if c1p * c2p == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (hb - 30.0).to_radians().cos()
        + 0.24 * (2.0 * hb).to_radians().cos()
        + 0.32 * (3.0 * hb + 6.0).to_radians().cos()
        - 0.20 * (4.0 * hb - 63.0).to_radians().cos();
    let dth = 30.0 * (-((hb - 275.0) / 25.0).powi(2)).exp();
    let rc = 2.0 * (cbp.powi(7) / (cbp.powi(7) + 25f64.powi(7))).sqrt();
    let sl = 1.0 + 0.015 * (lb - 50.0).powi(2) / (20.0 + (lb - 50.0).powi(2)).sqrt();
    let sc = 1.0 + 0.045 * cbp;
    let sh = 1.0 + 0.015 * cbp * t;
    let rt = -(2.0 * dth).to_radians().sin() * rc;
    ((dl / sl).powi(2) + (dc / sc).powi(2) + (d_h / sh).powi(2) + rt * (dc / sc) * (d_h / sh))
        .sqrt()
}

/// The smallest CIEDE2000 difference of `a` and `b` over the four visions, and its name.
fn worst_difference(a: (u8, u8, u8), b: (u8, u8, u8)) -> (f64, &'static str) {
    VISIONS
        .iter()
        .map(|(name, m)| (de2000(lab(a, m), lab(b, m)), *name))
        .min_by(|x, y| x.0.total_cmp(&y.0))
        .unwrap()
}

#[test]
fn the_colour_science_matches_published_values() {
    // Sharma, Wu and Dalal's CIEDE2000 test data, pairs 1 and 17.
    assert!((de2000([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485]) - 2.0425).abs() < 1e-4);
    assert!((de2000([50.0, 2.5, 0.0], [73.0, 25.0, -18.0]) - 27.1492).abs() < 1e-4);
    // sRGB white and black in Lab.
    let w = lab((255, 255, 255), &IDENTITY);
    assert!((w[0] - 100.0).abs() < 0.05 && w[1].abs() < 0.05 && w[2].abs() < 0.05);
    // Red and green, far apart for normal eyes, nearly merge for a deuteranope.
    let (r, g) = ((213, 94, 0), (0, 158, 115));
    assert!(de2000(lab(r, &IDENTITY), lab(g, &IDENTITY)) > 50.0);
    let (d, _) = worst_difference((200, 60, 60), (110, 110, 60));
    assert!(d < 10.0, "{d}");
}

// ---------- the palette ----------

#[test]
fn eight_palette_colours_stay_distinct_for_every_vision_in_both_themes() {
    for theme in [Theme::LIGHT, Theme::DARK] {
        let set = &Activation::SEED[..PALETTE_MAX];
        let looks = curve_looks(set, &theme);
        let shown: Vec<(u8, u8, u8)> = looks.iter().map(|l| l.shown_color(&theme)).collect();
        for (i, a) in shown.iter().enumerate() {
            // Readable as a line on the background.
            assert!(
                activation_explorer::chart::contrast(*a, theme.background)
                    >= theme.curve_contrast - 1e-9
            );
            for (j, b) in shown.iter().enumerate().skip(i + 1) {
                let normal = de2000(lab(*a, &IDENTITY), lab(*b, &IDENTITY));
                assert!(normal >= 16.0, "{i},{j}: ΔE {normal:.1}");
                let (worst, vision) = worst_difference(*a, *b);
                assert!(worst >= 8.5, "{i},{j}: ΔE {worst:.1} for {vision}");
                // Colours that share a dash pattern are far apart for every vision.
                if looks[i].style == looks[j].style {
                    assert!(worst >= 20.0, "{i},{j} same pattern: {worst:.1} ({vision})");
                }
            }
        }
    }
}

#[test]
fn the_issues_hard_pairs_get_distinct_colours_and_patterns() {
    // GELU/Sigmoid, Mish/Hard Tanh, Tanh/ELU are close in the seed's colours…
    let pairs = [
        (Activation::Gelu, Activation::Sigmoid),
        (Activation::Mish, Activation::Hardtanh),
        (Activation::Tanh, Activation::Elu),
    ];
    let theme = Theme::LIGHT;
    let seed_worst = pairs
        .iter()
        .map(|(a, b)| {
            worst_difference(
                CurveLook::seed(*a).shown_color(&theme),
                CurveLook::seed(*b).shown_color(&theme),
            )
            .0
        })
        .fold(f64::MAX, f64::min);
    assert!(seed_worst < 2.0, "{seed_worst}");
    // …and far apart, with different patterns, when they are chosen together.
    for (a, b) in pairs {
        let set = [a, b];
        let (la, lb) = (
            look_in(&set, a, &theme).unwrap(),
            look_in(&set, b, &theme).unwrap(),
        );
        let (worst, vision) = worst_difference(la.shown_color(&theme), lb.shown_color(&theme));
        assert!(worst >= 18.0, "{a}/{b}: {worst:.1} ({vision})");
        assert_ne!(la.style, lb.style);
    }
}

#[test]
fn the_overlay_draws_each_chosen_function_in_its_look() {
    let set = [Activation::Gelu, Activation::Silu, Activation::Mish];
    for theme in [Theme::LIGHT, Theme::DARK] {
        let o = ChartOpts {
            deriv: true,
            theme,
            ..ChartOpts::default()
        };
        let spec = overlay(&set, &o);
        let looks = curve_looks(&set, &theme);
        assert_eq!(spec.curves.len(), 6);
        for (k, c) in spec.curves.iter().enumerate() {
            let look = looks[k / 2];
            let CurveSource::Function {
                activation,
                derivative,
                ..
            } = c.source
            else {
                panic!("a function curve");
            };
            assert_eq!(activation, set[k / 2]);
            assert_eq!(c.color, look.color);
            if derivative {
                assert_eq!(c.style, LineStyle::Dotted);
            } else {
                assert_eq!(c.style, look.style);
            }
        }
        // f's patterns: solid, dashed, dash-dot, in the chosen order.
        assert_eq!(
            [
                spec.curves[0].style,
                spec.curves[2].style,
                spec.curves[4].style
            ],
            [LineStyle::Solid, LineStyle::Dashed, LineStyle::DashDot]
        );
    }
}

#[test]
fn the_seed_keeps_its_colours_in_the_full_overlay_and_the_groups() {
    let o = ChartOpts::default();
    let all = overlay(&Activation::SEED, &o);
    for (k, a) in Activation::SEED.iter().enumerate() {
        assert_eq!(all.curves[k].color, CurveLook::seed(*a).color, "{a}");
        assert_eq!(all.curves[k].style, CurveLook::seed(*a).style, "{a}");
    }
    // Nine or more chosen: the seed's colours too (the palette has eight).
    let nine = &Activation::SEED[..9];
    let spec = overlay(nine, &o);
    assert_eq!(spec.curves[0].color, CurveLook::seed(nine[0]).color);
    for c in Category::ALL {
        let spec = group_panel(c, &o);
        for (curve, a) in spec.curves.iter().zip(c.seed_members()) {
            assert_eq!(curve.color, CurveLook::seed(a).color, "{a}");
        }
    }
}

#[test]
fn every_derivative_style_differs_from_its_function() {
    for theme in [Theme::LIGHT, Theme::DARK] {
        for n in [1, 3, 8, 9, 16] {
            for look in curve_looks(&Activation::ALL[..n], &theme) {
                assert_ne!(look.derivative_style(), look.style, "{look:?}");
            }
        }
    }
}
