//! The depth lab's charts through plotters' SVG backend: what each kind draws (dots, lines,
//! cells, bars, labels), the log axis, the heat map's colours, CSV and the screen-reader table.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::chart::Theme;
use activation_explorer::chart::lab::{
    BarChart, BarRow, HeatChart, LabKind, LayerChart, LayerSeries, Metric, chi1_color, lab_rows,
};
use activation_explorer::chart::{LabChart, lab_table_html, lab_to_csv, lab_to_svg};
use activation_explorer::lang::Lang;
use activation_explorer::math::Activation;

mod common;
use common::{is_cjk, is_han};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// (tag, attributes, text) of every SVG element, in document order.
/// An SVG element: its name, its attributes and its text.
type Element = (String, Vec<(String, String)>, String);

fn elements(svg: &str) -> Vec<Element> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().namespace() == Some(SVG_NS))
        .map(|n| {
            (
                n.tag_name().name().to_string(),
                n.attributes()
                    .map(|a| (a.name().to_string(), a.value().to_string()))
                    .collect(),
                n.text().unwrap_or("").trim().to_string(),
            )
        })
        .collect()
}

fn texts(svg: &str) -> Vec<String> {
    elements(svg)
        .into_iter()
        .filter(|e| e.0 == "text")
        .map(|e| e.2)
        .collect()
}

fn count(svg: &str, tag: &str) -> usize {
    elements(svg).iter().filter(|e| e.0 == tag).count()
}

fn chart(kind: LabKind, lang: Lang, theme: Theme) -> LabChart {
    LabChart {
        kind,
        lang,
        theme,
        scale: 1.0,
    }
}

fn series(a: Activation, n: usize, theory: bool) -> LayerSeries {
    LayerSeries {
        activation: a,
        name: format!("{a}"),
        points: (1..=n).map(|l| (l as f64, 0.5f64.powi(l as i32))).collect(),
        theory: if theory {
            (1..=n).map(|l| (l as f64, 0.5f64.powi(l as i32))).collect()
        } else {
            Vec::new()
        },
    }
}

#[test]
fn a_layer_chart_draws_a_dot_per_layer_and_the_theory_as_a_line() {
    let c = chart(
        LabKind::Layers(LayerChart {
            metric: Metric::GradNorm,
            depth: 20,
            series: vec![
                series(Activation::Tanh, 20, true),
                series(Activation::Relu, 20, false),
            ],
        }),
        Lang::En,
        Theme::LIGHT,
    );
    let svg = lab_to_svg(&c, 480, 300);
    // 40 dots (two series × 20 layers) as circles.
    assert_eq!(count(&svg, "circle"), 40);
    let t = texts(&svg);
    assert!(t.contains(&"Gradient norm ‖∂L/∂z‖".to_string()), "{t:?}");
    assert!(t.contains(&"layer".to_string()));
    assert!(t.contains(&"mean field".to_string()), "{t:?}");
    // A log axis: decades from 2⁻²⁰ ≈ 10⁻⁶ to 0.5, labelled with superscripts.
    assert!(t.iter().any(|s| s == "10⁻³" || s == "10⁻⁴"), "{t:?}");
    assert!(t.iter().any(|s| s == "1" || s == "10⁻¹"), "{t:?}");
    // The theory line is one polyline with a point per layer.
    let longest = elements(&svg)
        .into_iter()
        .filter(|e| e.0 == "polyline")
        .filter_map(|e| e.1.into_iter().find(|a| a.0 == "points").map(|a| a.1))
        .map(|p| p.split_whitespace().count())
        .max()
        .unwrap();
    assert_eq!(longest, 20);
    // Without any theory there is no "mean field" legend entry.
    let c2 = chart(
        LabKind::Layers(LayerChart {
            metric: Metric::Dead,
            depth: 5,
            series: vec![series(Activation::Relu, 5, false)],
        }),
        Lang::En,
        Theme::LIGHT,
    );
    let t2 = texts(&lab_to_svg(&c2, 480, 300));
    assert!(!t2.contains(&"mean field".to_string()));
    // A fraction's axis shows 0 and 1.
    assert!(
        t2.contains(&"0.0".to_string()) || t2.contains(&"0".to_string()),
        "{t2:?}"
    );
    assert!(t2.iter().any(|s| s == "1.0" || s == "1"), "{t2:?}");
}

#[test]
fn values_a_log_axis_cannot_show_are_left_out() {
    let mut s = series(Activation::Sigmoid, 6, false);
    s.points[2].1 = 0.0;
    s.points[3].1 = f64::NAN;
    s.points[4].1 = f64::INFINITY;
    let c = chart(
        LabKind::Layers(LayerChart {
            metric: Metric::Variance,
            depth: 6,
            series: vec![s],
        }),
        Lang::En,
        Theme::DARK,
    );
    assert_eq!(count(&lab_to_svg(&c, 400, 260), "circle"), 3);
    // No data at all still draws a frame and its title.
    let empty = chart(
        LabKind::Layers(LayerChart {
            metric: Metric::Correlation,
            depth: 50,
            series: Vec::new(),
        }),
        Lang::Zh,
        Theme::DARK,
    );
    let t = texts(&lab_to_svg(&empty, 400, 260));
    assert!(t.contains(&"两个输入的相关系数".to_string()), "{t:?}");
}

fn heat(critical: Vec<f64>) -> HeatChart {
    let cols = 5;
    let sigma_w2: Vec<f64> = (0..cols).map(|i| i as f64).collect();
    let sigma_b2 = vec![0.0, 0.5, 1.0];
    let chi1 = sigma_b2
        .iter()
        .flat_map(|_| sigma_w2.iter().map(|w| w / 2.0))
        .collect();
    HeatChart {
        name: "ReLU".into(),
        sigma_w2,
        sigma_b2,
        chi1,
        critical,
        point: Some((2.0, 0.0)),
    }
}

#[test]
fn the_phase_diagram_has_a_cell_per_grid_point_the_critical_line_and_the_point() {
    // ReLU: critical at σb² = 0 only → a marked point with its coordinates.
    let relu = chart(
        LabKind::Heat(heat(vec![2.0, f64::NAN, f64::NAN])),
        Lang::En,
        Theme::LIGHT,
    );
    let svg = lab_to_svg(&relu, 640, 420);
    let t = texts(&svg);
    assert!(
        t.contains(&"Order and chaos: χ₁ of ReLU".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"critical point (2, 0)".to_string()), "{t:?}");
    assert!(t.contains(&"this setup".to_string()));
    assert!(t.contains(&"σw²".to_string()) && t.contains(&"σb²".to_string()));
    // 15 cells + the colour bar's 40 steps + legend swatches and frames.
    assert!(count(&svg, "rect") >= 15 + 40, "{}", count(&svg, "rect"));
    // tanh-like: a line through every row.
    let tanh = chart(
        LabKind::Heat(heat(vec![1.0, 1.5, 2.0])),
        Lang::Zh,
        Theme::DARK,
    );
    let t = texts(&lab_to_svg(&tanh, 640, 420));
    assert!(!t.iter().any(|s| s.starts_with("临界点")), "{t:?}");
    assert!(t.iter().any(|s| s.chars().any(is_han)));
}

#[test]
fn chi1_colours_run_from_blue_through_neutral_to_red() {
    for theme in [Theme::LIGHT, Theme::DARK] {
        let neutral = chi1_color(&theme, 1.0);
        let (lo, hi) = (chi1_color(&theme, 0.1), chi1_color(&theme, 10.0));
        assert!(lo.2 > lo.0, "ordered is blue: {lo:?}");
        assert!(hi.0 > hi.2, "chaotic is red: {hi:?}");
        assert_ne!(neutral, lo);
        assert_ne!(neutral, hi);
        // Clamped beyond a decade; 0 is fully ordered; NaN is grey.
        assert_eq!(chi1_color(&theme, 1e-9), lo);
        assert_eq!(chi1_color(&theme, 0.0), lo);
        assert_eq!(chi1_color(&theme, 1e9), hi);
        let g = chi1_color(&theme, f64::NAN);
        assert!(g.0 == g.1 && g.1 == g.2);
    }
}

#[test]
fn the_cost_chart_has_two_bars_per_activation() {
    let rows: Vec<BarRow> = [Activation::Relu, Activation::Gelu, Activation::Mish]
        .iter()
        .enumerate()
        .map(|(i, &a)| BarRow {
            activation: a,
            name: format!("{a}"),
            f_ns: 1.0 + i as f64,
            df_ns: 2.0 + i as f64,
        })
        .collect();
    let c = chart(
        LabKind::Bars(BarChart { rows: rows.clone() }),
        Lang::En,
        Theme::LIGHT,
    );
    let svg = lab_to_svg(&c, 600, 300);
    let t = texts(&svg);
    for r in &rows {
        assert!(t.contains(&r.name), "{t:?}");
    }
    assert!(t.contains(&"ns per element".to_string()));
    assert!(
        t.contains(&"4".to_string()) || t.contains(&"4.0".to_string()),
        "{t:?}"
    );
    let csv = lab_to_csv(&c);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "activation,f ns,f' ns");
    assert_eq!(lines[1], "relu,1,2");
    assert_eq!(lines.len(), 4);
}

#[test]
fn csv_and_the_screen_reader_table_hold_the_data() {
    let c = chart(
        LabKind::Layers(LayerChart {
            metric: Metric::Variance,
            depth: 30,
            series: vec![series(Activation::Tanh, 30, true)],
        }),
        Lang::En,
        Theme::LIGHT,
    );
    let csv = lab_to_csv(&c);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "layer,tanh (simulation),tanh (mean field)");
    assert_eq!(lines.len(), 31);
    assert_eq!(lines[1], "1,0.5,0.5");
    let (header, rows) = lab_rows(&c);
    assert_eq!(header.len(), 3);
    assert_eq!(rows.len(), 30);
    let html = lab_table_html(&c, "Points <&>", 8);
    assert!(html.starts_with("<caption>Points &lt;&amp;&gt;</caption>"));
    assert_eq!(html.matches("<tr>").count(), 1 + 8);
    assert!(html.ends_with("</tbody>"));
    // The heat map's table: the critical line, rows of σb².
    let h = chart(
        LabKind::Heat(heat(vec![2.0, f64::NAN, f64::NAN])),
        Lang::En,
        Theme::LIGHT,
    );
    let html = lab_table_html(&h, "x", 8);
    assert!(html.contains("<td>0</td><td>2</td>"), "{html}");
    assert_eq!(lab_to_csv(&h).lines().count(), 1 + 15);
}

#[test]
fn labels_describe_each_chart() {
    let c = chart(
        LabKind::Layers(LayerChart {
            metric: Metric::Dead,
            depth: 50,
            series: vec![series(Activation::Relu, 3, false)],
        }),
        Lang::En,
        Theme::LIGHT,
    );
    assert_eq!(
        c.label(),
        "Chart “Dead units (zero for the whole batch)”: relu over layers 1 to 50."
    );
    let z = LabChart {
        lang: Lang::Zh,
        ..c
    };
    assert!(z.label().chars().any(is_han));
    for m in Metric::ALL {
        assert!(!m.title().en.is_empty() && m.title().zh.chars().any(is_han));
        assert!(!m.title().en.chars().any(is_cjk), "{}", m.title().en);
        assert_eq!(m.log_y(), matches!(m, Metric::Variance | Metric::GradNorm));
    }
}

#[test]
fn grey_cells_where_q_diverges_have_their_own_legend_entry() {
    let mut diverging = heat(vec![2.0, f64::NAN, f64::NAN]);
    let cols = diverging.sigma_w2.len();
    for row in 0..diverging.sigma_b2.len() {
        for c in 3..cols {
            diverging.chi1[row * cols + c] = f64::NAN;
        }
    }
    let with = texts(&lab_to_svg(
        &chart(LabKind::Heat(diverging), Lang::En, Theme::LIGHT),
        640,
        420,
    ));
    assert!(
        with.contains(&"no fixed point (q → ∞)".to_string()),
        "{with:?}"
    );
    let without = texts(&lab_to_svg(
        &chart(
            LabKind::Heat(heat(vec![2.0, f64::NAN, f64::NAN])),
            Lang::En,
            Theme::LIGHT,
        ),
        640,
        420,
    ));
    assert!(
        !without.iter().any(|t| t.starts_with("no fixed point")),
        "{without:?}"
    );
}
