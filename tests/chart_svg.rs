//! The charts drawn through plotters' SVG backend: exact snapshots of each view (reviewed;
//! `AE_BLESS=1 cargo test --test chart_svg` rewrites them), and structural checks that do not
//! depend on the snapshots.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;

use activation_explorer::catalog::{Category, seed_style};
use activation_explorer::chart::views::{
    AXIS_Y, AXIS_Y_DERIV, TITLE_GELU_DIFF, curve_name, group_title,
};
use activation_explorer::chart::{
    ChartOpts, ChartSpec, CurveSource, Heatmap, LegendPos, PlotGeometry, Theme, contrast, detail,
    draw_chart, fmt_num, gallery_card, gate_curve, gated_heatmap, gelu_difference, group_panel,
    overlay, plot_geometry, sample_table_html, to_csv, to_svg, to_svg_grid,
};
use activation_explorer::html::escape_html;
use activation_explorer::lang::Lang;
use activation_explorer::math::{Activation, GatedUnit, GeluApproximate, Param, Params};
use plotters::prelude::*;

const SEED_X: (f64, f64) = (-6.0, 6.0);

// ---------- reading the SVG (roxmltree) ----------

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// One SVG element: its attributes and its text content (trimmed).
#[derive(Debug)]
struct El {
    attrs: Vec<(String, String)>,
    text: String,
}

/// The value of attribute `name` of `el`.
fn attr<'a>(el: &'a El, name: &str) -> Option<&'a str> {
    el.attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// `svg` as an XML tree: it must be well-formed XML whose root is an `<svg>` element in the SVG
/// namespace.
fn svg_doc(svg: &str) -> Result<roxmltree::Document<'_>, String> {
    let doc = roxmltree::Document::parse(svg).map_err(|e| format!("not XML: {e}"))?;
    let root = doc.root_element().tag_name();
    if (root.namespace(), root.name()) != (Some(SVG_NS), "svg") {
        return Err(format!("root {root:?}"));
    }
    Ok(doc)
}

/// Every `<name>` element of `svg` (see [`svg_doc`]) in the SVG namespace, in document order.
fn elements(svg: &str, name: &str) -> Vec<El> {
    let doc = svg_doc(svg).unwrap_or_else(|e| panic!("not an SVG document: {e}"));
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().namespace() == Some(SVG_NS))
        .filter(|n| n.tag_name().name() == name)
        .map(|n| El {
            attrs: n
                .attributes()
                .map(|a| (a.name().to_string(), a.value().to_string()))
                .collect(),
            text: n
                .descendants()
                .filter(|t| t.is_text())
                .filter_map(|t| t.text())
                .collect::<String>()
                .trim()
                .to_string(),
        })
        .collect()
}

/// (stroke colour, points) of every polyline; every point is a pair of integers.
fn polylines(svg: &str) -> Vec<(String, Vec<(i32, i32)>)> {
    elements(svg, "polyline")
        .iter()
        .map(|t| {
            let pts = attr(t, "points")
                .expect("a polyline has points")
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').expect("a point is x,y");
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect();
            (attr(t, "stroke").expect("a stroke").to_string(), pts)
        })
        .collect()
}

/// The text content of every `<text>` element (entities decoded by the XML parser).
fn texts(svg: &str) -> Vec<String> {
    elements(svg, "text").into_iter().map(|t| t.text).collect()
}

#[test]
fn the_svg_reader_reads_elements_attributes_and_text() {
    let svg = r##"<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg">
<polyline stroke="#010203" points="1,2 3,4 "/>
<text x="1" text-anchor="end">
a &lt; b &amp; &#x3c3;
</text><rect x="2"/></svg>"##;
    assert_eq!(
        polylines(svg),
        [("#010203".to_string(), vec![(1, 2), (3, 4)])]
    );
    assert_eq!(texts(svg), ["a < b & σ"]);
    let rects = elements(svg, "rect");
    assert_eq!(rects.len(), 1);
    assert_eq!(attr(&rects[0], "x"), Some("2"));
    assert_eq!(attr(&rects[0], "y"), None);
    assert!(svg_doc(svg).is_ok());
    // Not XML, or not SVG: refused, not scraped.
    for bad in [
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a</svg>",
        "<svg><text>a</text></svg>",
        "<html xmlns=\"http://www.w3.org/2000/svg\"><text>a</text></html>",
    ] {
        assert!(svg_doc(bad).is_err(), "{bad}");
    }
}

fn hex(c: (u8, u8, u8)) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// The stroke colour a curve of seed colour `c` gets in `theme`.
fn drawn(theme: &Theme, a: Activation) -> String {
    hex(theme.curve_color(seed_style(a).color))
}

fn polylines_of(svg: &str, color: &str) -> Vec<Vec<(i32, i32)>> {
    polylines(svg)
        .into_iter()
        .filter(|(c, _)| c == color)
        .map(|(_, p)| p)
        .collect()
}

/// The SVG of `spec` at `w` × `h` (checked to be an SVG document of that size) and its geometry.
fn svg_and_geometry(spec: &ChartSpec, w: u32, h: u32) -> (String, PlotGeometry) {
    let svg = to_svg(spec, w, h);
    let size = elements(&svg, "svg").first().map(|root| {
        (
            attr(root, "width").map(str::to_string),
            attr(root, "height").map(str::to_string),
        )
    });
    assert_eq!(size, Some((Some(w.to_string()), Some(h.to_string()))));
    (svg, plot_geometry(spec, w, h))
}

// ---------- snapshots ----------

fn snapshot(name: &str, svg: &str) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "snapshots", name]
        .iter()
        .collect();
    if std::env::var("AE_BLESS").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, svg).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing snapshot {}: run with AE_BLESS=1 and review it",
            path.display()
        )
    });
    let got = path.with_extension("new.svg");
    if want == svg {
        let _ = std::fs::remove_file(&got);
    } else {
        std::fs::write(&got, svg).unwrap();
        panic!(
            "snapshot {name} changed: compare {} with {} and re-bless (AE_BLESS=1) only if the change is intended",
            path.display(),
            got.display()
        );
    }
}

fn p0() -> Params {
    Params::default()
}

/// The chart options of one test.
fn opts(p: &Params, x_range: (f64, f64), deriv: bool, lang: Lang, theme: Theme) -> ChartOpts {
    ChartOpts {
        params: *p,
        x_range,
        deriv,
        lang,
        theme,
    }
}

#[test]
fn snapshot_gallery_card_relu6() {
    let spec = gallery_card(
        Activation::Relu6,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    snapshot("gallery_relu6.svg", &to_svg(&spec, 280, 220));
}

#[test]
fn snapshot_gallery_card_gelu_tanh_deriv_dark_zh() {
    let p = p0().with_approximate(GeluApproximate::Tanh);
    let spec = gallery_card(
        Activation::Gelu,
        &opts(&p, SEED_X, true, Lang::Zh, Theme::DARK),
    );
    snapshot(
        "gallery_gelu_tanh_deriv_dark_zh.svg",
        &to_svg(&spec, 280, 220),
    );
}

#[test]
fn snapshot_group_panels() {
    for c in Category::SEED {
        let spec = group_panel(c, &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT));
        snapshot(&format!("group_{}.svg", c.id()), &to_svg(&spec, 420, 320));
    }
}

#[test]
fn snapshot_overlay_all() {
    let spec = overlay(
        &Activation::SEED,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    snapshot("overlay_all.svg", &to_svg(&spec, 700, 400));
}

#[test]
fn snapshot_detail_gelu_deriv() {
    let spec = detail(
        Activation::Gelu,
        &opts(&p0(), SEED_X, true, Lang::En, Theme::LIGHT),
    );
    snapshot("detail_gelu_deriv.svg", &to_svg(&spec, 700, 380));
}

#[test]
fn snapshot_gelu_difference() {
    let spec = gelu_difference(&opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT));
    snapshot("gelu_difference.svg", &to_svg(&spec, 600, 300));
}

#[test]
fn snapshot_gated_heatmaps() {
    let spec = gated_heatmap(
        GatedUnit::Swiglu,
        &opts(&p0(), (-3.0, 3.0), false, Lang::En, Theme::LIGHT),
        12,
    );
    snapshot("gated_swiglu.svg", &to_svg(&spec, 420, 320));
    let spec = gated_heatmap(
        GatedUnit::Glu,
        &opts(&p0(), SEED_X, false, Lang::Zh, Theme::DARK),
        12,
    );
    snapshot("gated_glu_dark_zh.svg", &to_svg(&spec, 420, 320));
}

#[test]
fn snapshot_detail_rrelu_band() {
    let spec = detail(
        Activation::Rrelu,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    snapshot("detail_rrelu.svg", &to_svg(&spec, 700, 380));
}

// ---------- structure ----------

/// The fill colours of every `<rect>`.
fn rect_fills(svg: &str) -> Vec<String> {
    elements(svg, "rect")
        .iter()
        .filter_map(|t| attr(t, "fill").map(str::to_string))
        .collect()
}

#[test]
fn a_heat_map_fills_its_cells_with_the_sign_of_f_and_shows_its_scale() {
    for u in GatedUnit::ALL {
        let o = opts(&p0(), (-3.0, 3.0), false, Lang::En, Theme::LIGHT);
        let spec = gated_heatmap(u, &o, 10);
        let (svg, g) = svg_and_geometry(&spec, 400, 400);
        let h = spec.heatmap.as_ref().unwrap();
        let (na, nb) = h.grid(g.plot_width, g.plot_height);
        let fills = rect_fills(&svg);
        // Background, cells, 64 steps of the colour bar, its frame (no fill).
        assert!(fills.len() >= na * nb + 64, "{u}: {} rects", fills.len());
        let max = h.max_abs(g.x_range, g.y_range);
        // The top right cell (a > 0, b large) is red for every unit (g(b) > 0 there), the top
        // left one blue: the colour of f at each cell's centre.
        let (a, b) = (3.0 - 3.0 / na as f64, 3.0 - 3.0 / nb as f64);
        let (red, blue) = (
            Heatmap::color(h.value(a, b), max, false),
            Heatmap::color(h.value(-a, b), max, false),
        );
        assert!(
            fills.contains(&hex(red)) && fills.contains(&hex(blue)),
            "{u}"
        );
        assert!(red.0 > 150 && red.2 < 150, "{u}: red {red:?}");
        assert!(blue.2 > 150 && blue.0 < 150, "{u}: blue {blue:?}");
        let t = texts(&svg);
        assert!(
            t.iter().any(|s| s.contains("a·")),
            "{u}: the scale's caption"
        );
        assert!(t.contains(&"a".to_string()) && t.contains(&"b".to_string()));
        assert!(t.contains(&"0".to_string()), "{u}: the scale has a 0 tick");
        // The heat map's grid CSV: header, then a row per (a, b).
        let csv = to_csv(&spec, 11);
        let rows: Vec<&str> = csv.lines().collect();
        assert_eq!(rows.len(), 1 + 11 * 11);
        assert!(rows[0].starts_with("a,b,a·"));
        let last: Vec<f64> = rows[121].split(',').map(|v| v.parse().unwrap()).collect();
        assert_eq!(last, [3.0, 3.0, u.eval(3.0, 3.0)]);
        let table = sample_table_html(&spec, "t", 5);
        assert_eq!(table.matches("<tr>").count(), 6, "{u}: header + 5 rows");
    }
}

#[test]
fn the_gate_chart_draws_the_gate_at_its_defaults() {
    let o = opts(
        &p0().with(Param::Beta, 3.0),
        SEED_X,
        true,
        Lang::En,
        Theme::LIGHT,
    );
    let spec = gate_curve(GatedUnit::Swiglu, &o);
    assert_eq!(spec.curves.len(), 2, "g and g′");
    // SwiGLU's gate is SiLU with β = 1, whatever the Swish β of the app is.
    assert_eq!(
        spec.curves[0].source.value_at(1.0),
        Some(Activation::Silu.eval(1.0))
    );
    assert_eq!(spec.x_label, "b");
}

#[test]
fn rrelu_shows_its_band_of_training_slopes() {
    let spec = detail(
        Activation::Rrelu,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    assert_eq!(spec.curves.len(), 3);
    assert_eq!(spec.band, Some((1, 2)));
    let (lo, hi) = (&spec.curves[1].source, &spec.curves[2].source);
    assert_eq!(lo.value_at(-4.0), Some(-0.5));
    assert_eq!(hi.value_at(-3.0), Some(-1.0));
    assert_eq!(lo.value_at(1.0), None, "the band is for x < 0 only");
    // The eval curve lies inside the band.
    let f = &spec.curves[0].source;
    assert!(f.value_at(-4.0) < lo.value_at(-4.0) && f.value_at(-4.0) > hi.value_at(-4.0));
    let svg = to_svg(&spec, 700, 380);
    let polys = elements(&svg, "polygon");
    assert_eq!(polys.len(), 1, "one shaded band");
    assert!(
        attr(&polys[0], "opacity")
            .or(attr(&polys[0], "fill-opacity"))
            .is_some()
    );
    let csv = to_csv(&spec, 5);
    assert!(
        csv.starts_with("x,RReLU f(x),RReLU lower·x,RReLU upper·x\n"),
        "{csv}"
    );
    // No band for the others.
    assert_eq!(
        detail(
            Activation::LeakyRelu,
            &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT)
        )
        .band,
        None
    );
}

#[test]
fn jumps_are_drawn_as_vertical_steps() {
    let spec = gallery_card(
        Activation::Hardshrink,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    let (svg, g) = svg_and_geometry(&spec, 280, 220);
    let lines = polylines_of(&svg, &drawn(&Theme::LIGHT, Activation::Hardshrink));
    let x = g.px_at(0.5).round() as i32;
    let (y0, y1) = (g.py_at(0.0).round() as i32, g.py_at(0.5).round() as i32);
    assert!(
        lines
            .iter()
            .any(|l| l.windows(2).any(|w| w[0] == (x, y0) && w[1] == (x, y1))),
        "a vertical step at λ = 0.5"
    );
}

#[test]
fn every_added_activation_has_a_card_with_its_note() {
    for a in Activation::ADDED {
        let spec = gallery_card(a, &opts(&p0(), SEED_X, false, Lang::Zh, Theme::LIGHT));
        let svg = to_svg(&spec, 280, 220);
        let t = texts(&svg);
        assert!(t.contains(&curve_name(a, &p0())), "{a}: title");
        assert!(
            t.contains(
                &activation_explorer::chart::views::card_note(a)
                    .zh
                    .to_string()
            ),
            "{a}: note"
        );
        assert!(
            !polylines_of(&svg, &drawn(&Theme::LIGHT, a)).is_empty(),
            "{a}: curve drawn"
        );
    }
}

#[test]
fn relu6_kinks_are_sample_points_and_polyline_vertices() {
    let spec = gallery_card(
        Activation::Relu6,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    // Data: 0 and 6 are sampled exactly, even with a grid that misses them.
    let pts = spec.curves[0].source.sample(SEED_X, 1000);
    assert!(pts.contains(&(0.0, 0.0)));
    assert!(pts.contains(&(6.0, 6.0)));
    // Pixels: the polyline has the corner vertices.
    let (svg, g) = svg_and_geometry(&spec, 280, 220);
    let lines = polylines_of(&svg, &drawn(&Theme::LIGHT, Activation::Relu6));
    assert_eq!(lines.len(), 1, "one solid polyline");
    let at = |x: f64, y: f64| (g.px_at(x).round() as i32, g.py_at(y).round() as i32);
    assert!(lines[0].contains(&at(0.0, 0.0)));
    assert!(lines[0].contains(&at(6.0, 6.0)));
    // Flat left of the corner, rising right of it.
    let k = lines[0].iter().position(|p| *p == at(0.0, 0.0)).unwrap();
    assert_eq!(lines[0][k - 1].1, at(0.0, 0.0).1);
    assert!(lines[0][k + 1].1 < at(0.0, 0.0).1);
}

#[test]
fn hardswish_and_hardtanh_kinks_follow_parameters() {
    let p = p0().with(Param::MinVal, -2.0).with(Param::MaxVal, 0.5);
    let spec = gallery_card(
        Activation::Hardtanh,
        &opts(&p, SEED_X, false, Lang::En, Theme::LIGHT),
    );
    let pts = spec.curves[0].source.sample(SEED_X, 1000);
    assert!(pts.contains(&(-2.0, -2.0)) && pts.contains(&(0.5, 0.5)));
    let spec = gallery_card(
        Activation::Hardswish,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    let xs: Vec<f64> = spec.curves[0]
        .source
        .sample(SEED_X, 1000)
        .iter()
        .map(|p| p.0)
        .collect();
    assert!(xs.contains(&-3.0) && xs.contains(&3.0));
}

#[test]
fn gallery_card_has_title_axis_labels_note_and_seed_range() {
    for a in Activation::SEED {
        let spec = gallery_card(a, &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT));
        let (svg, g) = svg_and_geometry(&spec, 280, 220);
        let t = texts(&svg);
        assert!(t.contains(&curve_name(a, &p0())), "{a}: title");
        assert!(t.contains(&"x".to_string()) && t.contains(&"f(x)".to_string()));
        assert!(t.contains(spec.note.as_ref().unwrap()), "{a}: note");
        assert_eq!(polylines_of(&svg, &drawn(&Theme::LIGHT, a)).len(), 1, "{a}");
        // The seed's y-range: data range widened by max(15 % of the span, 0.5).
        let ys: Vec<f64> = (0..=1000)
            .map(|i| a.eval(-6.0 + 12.0 * i as f64 / 1000.0))
            .collect();
        let (lo, hi) = ys
            .iter()
            .fold((f64::MAX, f64::MIN), |(l, h), y| (l.min(*y), h.max(*y)));
        let m = ((hi - lo) * 0.15).max(0.5);
        assert!(
            (g.y_range.0 - (lo - m)).abs() < 1e-3,
            "{a}: {:?}",
            g.y_range
        );
        assert!(
            (g.y_range.1 - (hi + m)).abs() < 1e-3,
            "{a}: {:?}",
            g.y_range
        );
        assert_eq!(g.x_range, SEED_X);
    }
}

#[test]
fn derivative_is_dashed_in_the_same_colour_with_a_legend() {
    let spec = gallery_card(
        Activation::Sigmoid,
        &opts(&p0(), SEED_X, true, Lang::En, Theme::LIGHT),
    );
    let svg = to_svg(&spec, 280, 220);
    let lines = polylines_of(&svg, &drawn(&Theme::LIGHT, Activation::Sigmoid));
    // 1 solid f, many dashes of f′, plus 1 + 1..3 legend samples.
    assert!(lines.len() > 12, "{}", lines.len());
    let t = texts(&svg);
    assert!(t.contains(&"f(x)".to_string()) && t.contains(&"f′(x)".to_string()));
    assert!(t.contains(&AXIS_Y_DERIV.en.to_string()));
    let zh = gallery_card(
        Activation::Sigmoid,
        &opts(&p0(), SEED_X, true, Lang::Zh, Theme::LIGHT),
    );
    assert!(texts(&to_svg(&zh, 280, 220)).contains(&AXIS_Y_DERIV.zh.to_string()));
}

#[test]
fn group_panels_have_5_6_5_curves_and_legend_entries() {
    let theme = Theme::LIGHT;
    for (c, n) in Category::SEED.into_iter().zip([5, 6, 5]) {
        let spec = group_panel(c, &opts(&p0(), SEED_X, false, Lang::En, theme));
        assert_eq!(spec.curves.len(), n, "{c:?}");
        let (svg, g) = svg_and_geometry(&spec, 420, 320);
        assert_eq!(g.y_range, (-3.0, 7.0));
        let t = texts(&svg);
        assert!(t.contains(&group_title(c).en.to_string()));
        let members: Vec<Activation> = Activation::SEED
            .into_iter()
            .filter(|a| seed_style(*a).category == c)
            .collect();
        assert_eq!(members.len(), n);
        let colors: BTreeSet<String> = polylines(&svg).into_iter().map(|(c, _)| c).collect();
        for a in &members {
            assert!(t.contains(&curve_name(*a, &p0())), "legend {a}");
            assert!(colors.contains(&drawn(&theme, *a)), "curve {a}");
            // Seed's styles: dashed curves are many short polylines, solid ones one (+legend).
            let k = polylines_of(&svg, &drawn(&theme, *a)).len();
            if seed_style(*a).dashed {
                assert!(k > 10, "{a} dashed: {k}");
            } else {
                assert_eq!(k, 2, "{a} solid + legend sample");
            }
        }
    }
}

#[test]
fn overlay_legend_equals_the_chosen_set() {
    let set = [Activation::Relu, Activation::Gelu, Activation::Mish];
    let spec = overlay(&set, &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT));
    let svg = to_svg(&spec, 700, 400);
    let names: Vec<String> = set.iter().map(|a| curve_name(*a, &p0())).collect();
    let t = texts(&svg);
    for other in Activation::ALL {
        let n = curve_name(other, &p0());
        assert_eq!(t.contains(&n), names.contains(&n), "{n}");
    }
    let all = overlay(
        &Activation::SEED,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    assert_eq!(all.curves.len(), 16);
    let t = texts(&to_svg(&all, 700, 400));
    for a in Activation::SEED {
        assert!(t.contains(&curve_name(a, &p0())), "{a}");
    }
    assert!(t.contains(&"All activation functions".to_string()));
}

#[test]
fn detail_gelu_shows_both_forms_and_derivatives() {
    let spec = detail(
        Activation::Gelu,
        &opts(&p0(), SEED_X, true, Lang::En, Theme::LIGHT),
    );
    assert_eq!(spec.curves.len(), 4);
    let t = texts(&to_svg(&spec, 700, 380));
    for l in ["GELU", "GELU (tanh)", "GELU f′", "GELU (tanh) f′"] {
        assert!(t.contains(&l.to_string()), "{l}: {t:?}");
    }
    let plain = detail(
        Activation::Relu,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    assert_eq!(plain.curves.len(), 1);
    assert_eq!(plain.legend, None);
    assert!(texts(&to_svg(&plain, 700, 380)).contains(&AXIS_Y.en.to_string()));
}

#[test]
fn gelu_difference_range_is_tight_around_4_7e_4() {
    let spec = gelu_difference(&opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT));
    let (svg, g) = svg_and_geometry(&spec, 600, 300);
    let pts = spec.curves[0].source.sample(SEED_X, 2001);
    let max = pts.iter().map(|p| p.1).fold(f64::MIN, f64::max);
    let min = pts.iter().map(|p| p.1).fold(f64::MAX, f64::min);
    let biggest = max.max(-min);
    assert!(biggest > 1e-4 && biggest < 1e-3, "{biggest}");
    assert!(g.y_range.1 < 2e-3 && g.y_range.0 > -2e-3, "{:?}", g.y_range);
    assert!(g.y_range.0 <= min && g.y_range.1 >= max);
    assert!(texts(&svg).contains(&TITLE_GELU_DIFF.en.to_string()));
}

#[test]
fn curves_stay_inside_the_plot_area() {
    // Zoomed out: the fixed (−3, 7) no longer applies; on (−20, 20) with the seed range forced,
    // ReLU leaves the plot and must be cut at its border, not drawn over the margins.
    let mut spec = overlay(
        &Activation::SEED,
        &opts(&p0(), (-20.0, 20.0), true, Lang::En, Theme::LIGHT),
    );
    spec.y_range = activation_explorer::chart::YRange::Fixed(-3.0, 7.0);
    spec.legend = None; // its line samples are curve-coloured too
    let (svg, g) = svg_and_geometry(&spec, 700, 400);
    let furniture = [
        Theme::LIGHT.grid,
        Theme::LIGHT.zero,
        Theme::LIGHT.foreground,
    ]
    .map(hex);
    let (l, t) = (g.plot_left as i32, g.plot_top as i32);
    let (r, b) = (
        (g.plot_left + g.plot_width) as i32,
        (g.plot_top + g.plot_height) as i32,
    );
    let mut n = 0;
    for (c, pts) in polylines(&svg) {
        if furniture.contains(&c) {
            continue;
        }
        for (x, y) in pts {
            n += 1;
            assert!(x >= l && x <= r && y >= t && y <= b, "({x},{y}) outside");
        }
    }
    assert!(n > 1000);
}

#[test]
fn draw_chart_returns_the_geometry_and_pixels_map_back() {
    let spec = detail(
        Activation::Silu,
        &opts(&p0(), (-4.0, 8.0), true, Lang::En, Theme::LIGHT),
    );
    let mut s = String::new();
    let g = {
        let root = SVGBackend::with_string(&mut s, (900, 450)).into_drawing_area();
        draw_chart(&root, &spec).unwrap()
    };
    assert_eq!(g, plot_geometry(&spec, 900, 450));
    assert_eq!(g.x_range, (-4.0, 8.0));
    assert_eq!(g.px_at(-4.0), g.plot_left);
    assert_eq!(g.px_at(8.0), g.plot_left + g.plot_width);
    for px in [g.plot_left, g.plot_left + 123.0, g.plot_left + g.plot_width] {
        assert!((g.px_at(g.x_at(px)) - px).abs() < 1e-9);
    }
    // The y = 0 zero line is drawn where the geometry says.
    let zero = hex(Theme::LIGHT.zero);
    let y0 = g.py_at(0.0).round() as i32;
    assert!(
        polylines_of(&s, &zero)
            .iter()
            .any(|p| p.iter().all(|q| q.1 == y0))
    );
}

#[test]
fn hidpi_scales_geometry_fonts_and_strokes() {
    let mut spec = gallery_card(
        Activation::Tanh,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    let g1 = plot_geometry(&spec, 280, 220);
    let svg1 = to_svg(&spec, 280, 220);
    spec.scale = 2.0;
    let g2 = plot_geometry(&spec, 560, 440);
    let svg2 = to_svg(&spec, 560, 440);
    assert!((g2.plot_width - 2.0 * g1.plot_width).abs() <= 1.0);
    assert!((g2.plot_left - 2.0 * g1.plot_left).abs() <= 1.0);
    let size = |svg: &str| -> f64 {
        elements(svg, "text")
            .iter()
            .find(|t| attr(t, "font-weight") == Some("bold"))
            .and_then(|t| attr(t, "font-size"))
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!((size(&svg2) - 2.0 * size(&svg1)).abs() < 1e-6);
    let width = |svg: &str| -> String {
        elements(svg, "polyline")
            .iter()
            .find(|t| attr(t, "stroke") == Some(&drawn(&Theme::LIGHT, Activation::Tanh)))
            .and_then(|t| attr(t, "stroke-width"))
            .unwrap()
            .to_string()
    };
    assert_eq!(width(&svg1), "2");
    assert_eq!(width(&svg2), "5");
}

#[test]
fn probe_draws_a_line_and_a_dot_per_curve() {
    let mut spec = detail(
        Activation::Elu,
        &opts(&p0(), SEED_X, true, Lang::En, Theme::LIGHT),
    );
    spec.probe = Some(-1.0);
    let (svg, g) = svg_and_geometry(&spec, 700, 380);
    let circles = elements(&svg, "circle");
    // Each dot is a background ring plus a coloured disc.
    assert_eq!(circles.len(), 2 * spec.curves.len());
    let cx = g.px_at(-1.0).round() as i32;
    let y = Activation::Elu.eval(-1.0);
    let cy = g.py_at(y).round() as i32;
    assert!(circles.iter().any(|c| {
        attr(c, "cx") == Some(&cx.to_string()) && attr(c, "cy") == Some(&cy.to_string())
    }));
    spec.probe = Some(100.0);
    assert!(elements(&to_svg(&spec, 700, 380), "circle").is_empty());
}

#[test]
fn legend_auto_avoids_the_data() {
    // ReLU with f′: the data fills the lower left and the upper right; the legend goes to the
    // upper left, away from both.
    let spec = detail(
        Activation::Relu,
        &opts(&p0(), SEED_X, true, Lang::En, Theme::LIGHT),
    );
    assert_eq!(spec.legend, Some(LegendPos::Auto));
    let (svg, g) = svg_and_geometry(&spec, 700, 380);
    let rects = elements(&svg, "rect");
    let legend = rects
        .iter()
        .find(|r| attr(r, "opacity") == Some("0.88"))
        .expect("legend box");
    let x: f64 = attr(legend, "x").unwrap().parse().unwrap();
    let y: f64 = attr(legend, "y").unwrap().parse().unwrap();
    assert!(x < g.plot_left + g.plot_width / 2.0 && y < g.plot_top + g.plot_height / 2.0);
    // Softplus rises to the upper right and sits on 0 at the left: upper left again; for a
    // falling curve (f′ of ... none fall) use points: a decreasing line picks another corner.
    let mut spec2 = spec.clone();
    spec2.curves[0].source = CurveSource::Points(vec![(-6.0, 6.0), (6.0, -0.5)]);
    spec2.curves[1].source = CurveSource::Points(vec![(-6.0, 5.0), (6.0, -0.4)]);
    let (svg2, g2) = svg_and_geometry(&spec2, 700, 380);
    let rects = elements(&svg2, "rect");
    let legend = rects
        .iter()
        .find(|r| attr(r, "opacity") == Some("0.88"))
        .unwrap();
    let x: f64 = attr(legend, "x").unwrap().parse().unwrap();
    assert!(x > g2.plot_left + g2.plot_width / 2.0, "moved right");
}

#[test]
fn themes_have_good_contrast() {
    for theme in [Theme::LIGHT, Theme::DARK] {
        assert!(contrast(theme.foreground, theme.background) >= 7.0);
        assert!(contrast(theme.muted, theme.background) >= 4.5);
        for a in Activation::ALL {
            let c = theme.curve_color(seed_style(a).color);
            assert!(contrast(c, theme.background) >= theme.curve_contrast, "{a}");
        }
    }
    // Colours that are already fine are kept as the seed has them.
    assert_eq!(
        Theme::LIGHT.curve_color(seed_style(Activation::Tanh).color),
        seed_style(Activation::Tanh).color
    );
}

// ---------- exports ----------

#[test]
fn csv_reads_back_to_identical_f64() {
    let p = p0().with(Param::NegativeSlope, 0.1);
    let spec = overlay(
        &[
            Activation::LeakyRelu,
            Activation::Gelu,
            Activation::Softplus,
        ],
        &opts(&p, (-7.3, 5.1), true, Lang::En, Theme::LIGHT),
    );
    let csv = to_csv(&spec, 257);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "x,Leaky ReLU (α=0.1) f(x),Leaky ReLU (α=0.1) f'(x),GELU f(x),GELU f'(x),Softplus f(x),Softplus f'(x)"
    );
    let rows: Vec<Vec<f64>> = lines
        .map(|l| l.split(',').map(|v| v.parse::<f64>().unwrap()).collect())
        .collect();
    assert_eq!(rows.len(), 258, "257 points plus the kink at 0");
    assert_eq!(rows[0][0], -7.3);
    assert_eq!(rows.last().unwrap()[0], 5.1);
    assert!(rows.iter().any(|r| r[0] == 0.0));
    for r in &rows {
        let x = r[0];
        for (k, c) in spec.curves.iter().enumerate() {
            let want = c.source.value_at(x).unwrap();
            assert_eq!(r[k + 1].to_bits(), want.to_bits(), "x={x} col {k}");
        }
    }
}

#[test]
fn csv_quotes_names_with_commas() {
    let mut spec = gelu_difference(&opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT));
    spec.curves[0].name = "a, \"b\"".into();
    let csv = to_csv(&spec, 3);
    assert_eq!(csv.lines().next().unwrap(), "x,\"a, \"\"b\"\"\"");
}

#[test]
fn sample_table_html_holds_the_math_escaped() {
    let p = p0().with(Param::Alpha, 0.5);
    let mut spec = gallery_card(
        Activation::Elu,
        &opts(&p, SEED_X, true, Lang::En, Theme::LIGHT),
    );
    spec.curves[0].label = "<img src=x onerror=alert(1)> & co".into();
    let html = sample_table_html(&spec, "Samples <b>\"x\"</b>", 7);
    assert!(html.starts_with("<caption>Samples &lt;b&gt;&quot;x&quot;&lt;/b&gt;</caption>"));
    assert!(!html.contains("<img") && !html.contains("<b>"), "{html}");
    assert!(html.contains("<th scope=\"col\">&lt;img src=x onerror=alert(1)&gt; &amp; co</th>"));
    let body = &html[html.find("<tbody>").unwrap()..];
    let rows: Vec<&str> = body.split("<tr>").skip(1).collect();
    assert_eq!(rows.len(), 7);
    assert_eq!(spec.curves.len(), 2, "f and f′");
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<&str> = row
            .split("<td>")
            .skip(1)
            .map(|c| &c[..c.find("</td>").unwrap()])
            .collect();
        let x = -6.0 + 2.0 * i as f64;
        assert_eq!(cells[0], fmt_num(x));
        assert_eq!(cells[1], fmt_num(Activation::Elu.eval_with(x, &p)));
        assert_eq!(cells[2], fmt_num(Activation::Elu.derivative_with(x, &p)));
    }
}

#[test]
fn numbers_for_display() {
    assert_eq!(fmt_num(0.0), "0");
    assert_eq!(fmt_num(-0.0), "0");
    assert_eq!(fmt_num(0.5), "0.5");
    assert_eq!(fmt_num(-2.0), "-2");
    assert_eq!(fmt_num(1.0 / 3.0), "0.333333");
    assert_eq!(fmt_num(123456.789), "123456.789");
    assert_eq!(fmt_num(1e-7), "1.00000e-7");
    assert_eq!(fmt_num(-3.5e12), "-3.50000e12");
    assert_eq!(escape_html("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
}

#[test]
fn svg_grid_holds_every_card() {
    let specs: Vec<ChartSpec> = Activation::SEED
        .iter()
        .map(|a| gallery_card(*a, &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT)))
        .collect();
    let svg = to_svg_grid(&specs, 4, 280, 220, Some("Overview"));
    let t = texts(&svg);
    assert!(t.contains(&"Overview".to_string()));
    for a in Activation::SEED {
        assert!(t.contains(&curve_name(a, &p0())), "{a}");
    }
}

#[test]
fn a_big_legend_goes_below_the_plot_on_a_phone() {
    let spec = overlay(
        &Activation::SEED,
        &opts(&p0(), SEED_X, false, Lang::En, Theme::LIGHT),
    );
    let (svg, g) = svg_and_geometry(&spec, 360, 300);
    let rects = elements(&svg, "rect");
    let legend = rects
        .iter()
        .find(|r| attr(r, "opacity") == Some("0.88"))
        .unwrap();
    let y: f64 = attr(legend, "y").unwrap().parse().unwrap();
    assert!(y > g.plot_top + g.plot_height, "legend below the plot");
    let h: f64 = attr(legend, "height").unwrap().parse().unwrap();
    assert!(y + h <= 300.0, "and inside the chart");
    // All 16 names are still there.
    let t = texts(&svg);
    for a in Activation::SEED {
        assert!(t.contains(&curve_name(a, &p0())), "{a}");
    }
    // On a wide chart the same legend stays inside the plot.
    let (svg, g) = svg_and_geometry(&spec, 900, 520);
    let rects = elements(&svg, "rect");
    let legend = rects
        .iter()
        .find(|r| attr(r, "opacity") == Some("0.88"))
        .unwrap();
    let y: f64 = attr(legend, "y").unwrap().parse().unwrap();
    assert!(y < g.plot_top + g.plot_height);
}

#[test]
fn extreme_ranges_draw_sane_charts() {
    let cases: [(f64, f64); 6] = [
        (-1e6, 1e6),
        (5.999999, 6.000001),
        (-1e-9, 1e-9),
        (100.0, 100.5),
        (f64::NAN, 1.0),
        (3.0, -3.0),
    ];
    for xr in cases {
        for a in [Activation::Relu6, Activation::Softplus, Activation::Selu] {
            let spec = detail(a, &opts(&p0(), xr, true, Lang::En, Theme::LIGHT));
            let (svg, g) = svg_and_geometry(&spec, 700, 380);
            assert!(
                g.x_range.0 < g.x_range.1 && g.y_range.0 < g.y_range.1,
                "{xr:?}"
            );
            assert!(g.y_range.0.is_finite() && g.y_range.1.is_finite());
            // Tick labels exist on each axis, are distinct and short enough to read.
            let text_elements = elements(&svg, "text");
            let anchors: Vec<&str> = text_elements
                .iter()
                .map(|t| attr(t, "text-anchor").unwrap())
                .collect();
            let labels = texts(&svg);
            assert_eq!(anchors.len(), labels.len());
            for side in ["middle", "end"] {
                let ticks: Vec<&String> = labels
                    .iter()
                    .zip(&anchors)
                    .filter(|(t, an)| {
                        **an == side && t.chars().all(|c| c.is_ascii_digit() || ".−e".contains(c))
                    })
                    .map(|(t, _)| t)
                    .collect();
                assert!(ticks.len() >= 3, "{xr:?} {a}: {labels:?}");
                assert!(ticks.iter().all(|t| t.chars().count() <= 12), "{ticks:?}");
                let unique: BTreeSet<&String> = ticks.iter().copied().collect();
                assert_eq!(unique.len(), ticks.len(), "{xr:?}: {ticks:?}");
            }
            assert!(!polylines_of(&svg, &drawn(&Theme::LIGHT, a)).is_empty());
        }
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]

        /// For any x-range, size and scale: every curve vertex is inside the plot, and the
        /// geometry maps pixels to x and back.
        #[test]
        fn curves_inside_and_geometry_inverts(
            lo in -50.0f64..50.0,
            span in 0.01f64..200.0,
            w in 200u32..1000,
            h in 160u32..600,
            scale in proptest::sample::select(vec![1.0, 1.5, 2.0, 3.0]),
            k in 0usize..17,
        ) {
            let a = Activation::ALL[k];
            let mut spec = detail(a, &opts(&p0(), (lo, lo + span), true, Lang::En, Theme::DARK));
            spec.scale = scale;
            spec.legend = None;
            let (svg, g) = svg_and_geometry(&spec, w, h);
            let (l, t) = (g.plot_left as i32, g.plot_top as i32);
            let (r, b) = ((g.plot_left + g.plot_width) as i32, (g.plot_top + g.plot_height) as i32);
            for pts in polylines_of(&svg, &drawn(&Theme::DARK, a)) {
                for (x, y) in pts {
                    prop_assert!(x >= l && x <= r && y >= t && y <= b);
                }
            }
            prop_assert!(g.plot_left + g.plot_width <= w as f64);
            prop_assert!(g.plot_top + g.plot_height <= h as f64);
            let px = g.plot_left + g.plot_width * 0.37;
            prop_assert!((g.px_at(g.x_at(px)) - px).abs() < 1e-6);
        }

        /// The sample grid merges the kinks into the evenly spaced points: the same list, bit
        /// for bit (signed zeros included), as sorting grid-then-kinks and dropping duplicates.
        #[test]
        fn sample_grid_equals_sorted_grid_and_kinks(
            x0 in prop_oneof![-1e6f64..1e6, Just(-0.0), Just(0.0)],
            span in prop_oneof![1e-9f64..2e6, Just(1.0)],
            n in 0usize..700,
            kinks in proptest::collection::vec(prop_oneof![-10.0f64..10.0, Just(0.0), Just(-0.0), Just(1.0)], 0..6),
        ) {
            let x1 = x0 + span;
            let n2 = n.max(2);
            let mut want: Vec<f64> = (0..n2)
                .map(|i| if i == n2 - 1 { x1 } else { x0 + (x1 - x0) * (i as f64 / (n2 - 1) as f64) })
                .collect();
            want.extend(kinks.iter().copied().filter(|k| *k > x0 && *k < x1));
            want.sort_by(f64::total_cmp);
            want.dedup();
            let got = activation_explorer::chart::sample_xs(x0, x1, n, &kinks);
            let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            prop_assert_eq!(bits(&got), bits(&want));
        }

        /// The simplified polyline keeps a subset of the points, in order, with both ends, and
        /// passes within `tol` of every point it dropped (so of the whole original polyline).
        #[test]
        fn simplified_polyline_stays_within_tolerance(
            k in 0usize..17,
            lo in -60.0f64..10.0,
            span in 0.001f64..120.0,
            n in 2usize..900,
            jitter in proptest::collection::vec(-3.0f64..3.0, 0..40),
            tol in prop_oneof![Just(0.25), 0.01f64..2.0],
        ) {
            // A dense activation curve in pixel-like units, with some points knocked off it.
            let a = Activation::ALL[k];
            let mut pts: Vec<(f64, f64)> = (0..n)
                .map(|i| {
                    let x = lo + span * i as f64 / (n - 1) as f64;
                    (i as f64 * 2.0, -40.0 * a.eval(x))
                })
                .collect();
            for (j, d) in jitter.iter().enumerate() {
                let i = (j * 7919) % pts.len();
                pts[i].1 += d;
            }
            let kept = activation_explorer::chart::simplify(&pts, tol);
            prop_assert_eq!(kept.first(), pts.first());
            prop_assert_eq!(kept.last(), pts.last());
            let mut it = pts.iter();
            for p in &kept {
                prop_assert!(it.any(|q| q == p), "not an ordered subset");
            }
            let dist = |p: (f64, f64), a: (f64, f64), b: (f64, f64)| {
                let (dx, dy) = (b.0 - a.0, b.1 - a.1);
                let l2 = dx * dx + dy * dy;
                let t = if l2 > 0.0 { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / l2).clamp(0.0, 1.0) } else { 0.0 };
                (a.0 + t * dx - p.0).hypot(a.1 + t * dy - p.1)
            };
            for &p in &pts {
                let d = kept.windows(2).map(|w| dist(p, w[0], w[1])).fold(f64::INFINITY, f64::min);
                prop_assert!(d <= tol * (1.0 + 1e-9), "point {p:?} is {d} from the simplified line");
            }
        }
    }
}
