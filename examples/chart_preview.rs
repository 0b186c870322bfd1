//! Renders the seed's three figures and a few more views as SVG files, for looking at them
//! (and comparing them with the seed's PNGs): not a test, it checks nothing.
//!
//! Run with `cargo run --example chart_preview -- <out dir>` (the directory is created if
//! missing); convert a file to PNG with e.g. `rsvg-convert -o all.png <out dir>/all.svg`.
//!
//! Written: `individual.svg`, `grouped.svg`, `all.svg` (the seed's figures; `_dark` variants in
//! the dark theme), `detail_gelu_zh.svg`, `detail_hardswish_probe_dark.svg`,
//! `gelu_difference.svg`, `card_selu_deriv_zh.svg` and its 2× version, and busy or extreme
//! views: `all_deriv.svg`, `all_phone.svg` (360 px wide), `group_relu_deriv_dark.svg`,
//! `zoom_out.svg` (x in ±1e6), `zoom_in.svg` (a width of 2e-6 around ReLU6's kink at 6).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use activation_explorer::catalog::Category;
use activation_explorer::chart::{
    ChartOpts, ChartSpec, Theme, detail, gallery_card, gelu_difference, group_panel, overlay,
    to_svg, to_svg_grid,
};
use activation_explorer::lang::Lang;
use activation_explorer::math::{Activation, Params};

const SEED_X: (f64, f64) = (-6.0, 6.0);

/// The chart options of one figure.
fn opts(p: &Params, x_range: (f64, f64), deriv: bool, lang: Lang, theme: Theme) -> ChartOpts {
    ChartOpts {
        params: *p,
        x_range,
        deriv,
        lang,
        theme,
    }
}

/// Every file this example writes: (file name, SVG).
fn previews() -> Vec<(String, String)> {
    let p = Params::default();
    let mut out = Vec::new();
    for (theme, suffix) in [(Theme::LIGHT, ""), (Theme::DARK, "_dark")] {
        let cards: Vec<ChartSpec> = Activation::SEED
            .iter()
            .map(|a| gallery_card(*a, &opts(&p, SEED_X, false, Lang::En, theme)))
            .collect();
        out.push((
            format!("individual{suffix}.svg"),
            to_svg_grid(&cards, 4, 300, 240, Some("Activation Functions Overview")),
        ));
        let panels: Vec<ChartSpec> = Category::ALL
            .iter()
            .map(|c| group_panel(*c, &opts(&p, SEED_X, false, Lang::En, theme)))
            .collect();
        out.push((
            format!("grouped{suffix}.svg"),
            to_svg_grid(
                &panels,
                3,
                520,
                360,
                Some("Activation Functions by Category"),
            ),
        ));
        let all = overlay(&Activation::SEED, &opts(&p, SEED_X, false, Lang::En, theme));
        out.push((format!("all{suffix}.svg"), to_svg(&all, 900, 520)));
    }
    let d = detail(
        Activation::Gelu,
        &opts(&p, SEED_X, true, Lang::Zh, Theme::LIGHT),
    );
    out.push(("detail_gelu_zh.svg".into(), to_svg(&d, 900, 450)));
    let mut d = detail(
        Activation::Hardswish,
        &opts(&p, SEED_X, true, Lang::En, Theme::DARK),
    );
    d.probe = Some(-1.5);
    out.push((
        "detail_hardswish_probe_dark.svg".into(),
        to_svg(&d, 900, 450),
    ));
    out.push((
        "gelu_difference.svg".into(),
        to_svg(
            &gelu_difference(&opts(&p, SEED_X, false, Lang::En, Theme::LIGHT)),
            900,
            450,
        ),
    ));
    let c = gallery_card(
        Activation::Selu,
        &opts(&p, SEED_X, true, Lang::Zh, Theme::LIGHT),
    );
    out.push(("card_selu_deriv_zh.svg".into(), to_svg(&c, 280, 220)));
    let mut c2 = c.clone();
    c2.scale = 2.0;
    out.push(("card_selu_deriv_zh_2x.svg".into(), to_svg(&c2, 560, 440)));

    // Busy views (many legend entries), a phone's width, and extreme ranges.
    let o = overlay(
        &Activation::SEED,
        &opts(&p, SEED_X, true, Lang::En, Theme::LIGHT),
    );
    out.push(("all_deriv.svg".into(), to_svg(&o, 900, 450)));
    let o = overlay(
        &Activation::SEED,
        &opts(&p, SEED_X, false, Lang::En, Theme::LIGHT),
    );
    out.push(("all_phone.svg".into(), to_svg(&o, 360, 300)));
    let g = group_panel(
        Category::ReluFamily,
        &opts(&p, SEED_X, true, Lang::En, Theme::DARK),
    );
    out.push(("group_relu_deriv_dark.svg".into(), to_svg(&g, 420, 320)));
    let z = detail(
        Activation::Relu6,
        &opts(&p, (-1e6, 1e6), true, Lang::En, Theme::LIGHT),
    );
    out.push(("zoom_out.svg".into(), to_svg(&z, 700, 380)));
    let z = detail(
        Activation::Relu6,
        &opts(&p, (5.999999, 6.000001), true, Lang::En, Theme::LIGHT),
    );
    out.push(("zoom_in.svg".into(), to_svg(&z, 700, 380)));
    out
}

fn write_all(dir: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let files = previews();
    for (name, svg) in &files {
        std::fs::write(dir.join(name), svg)?;
    }
    Ok(files.len())
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: cargo run --example chart_preview -- <out dir>");
        return ExitCode::from(2);
    };
    match write_all(&dir) {
        Ok(n) => {
            println!("{n} SVG files written to {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write to {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
