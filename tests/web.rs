//! Component tests in headless Chromium (wasm-bindgen-test): mount into a fresh element,
//! interact, await a tick, assert the DOM and the canvas pixels.
#![cfg(target_arch = "wasm32")]

use activation_explorer::math::Activation;
use activation_explorer::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits `ms` milliseconds (lets effects, resize observers and redraws run).
async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A fresh `<section>` appended to `<body>`.
fn fresh_section() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let section = doc.create_element("section").unwrap();
    doc.body().unwrap().append_child(&section).unwrap();
    section.unchecked_into()
}

/// True when the canvas has at least two different pixel values.
fn canvas_drawn(canvas: &web_sys::HtmlCanvasElement) -> bool {
    let ctx: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let (w, h) = (canvas.width(), canvas.height());
    if w == 0 || h == 0 {
        return false;
    }
    let data = ctx
        .get_image_data(0.0, 0.0, w as f64, h as f64)
        .unwrap()
        .data()
        .0;
    data.chunks(4).any(|px| px != &data[0..4])
}

#[wasm_bindgen_test]
async fn app_mounts_with_header_and_the_gallery_draws_a_canvas_per_card() {
    let section = fresh_section();
    let _handle = leptos::mount::mount_to(section.clone(), App);
    tick(100).await;
    let h1 = section.query_selector("h1").unwrap().expect("a header");
    assert!(!h1.text_content().unwrap().is_empty());
    let tab: web_sys::HtmlElement = section
        .query_selector("a[data-view=gallery]")
        .unwrap()
        .expect("a gallery tab")
        .unchecked_into();
    tab.click();
    tick(300).await;
    let seed_cards = section
        .query_selector_all("[data-group=seed] article[data-activation]")
        .unwrap();
    assert_eq!(seed_cards.length(), 16, "the seed's 4x4 grid");
    let cards = section
        .query_selector_all("article[data-activation]")
        .unwrap();
    let all = (Activation::SEED.len() + Activation::ADDED.len()) as u32;
    assert_eq!(cards.length(), all, "the seed's grid and the added section");
    let canvases = section.query_selector_all("canvas").unwrap();
    assert_eq!(canvases.length(), all, "one chart per card");
    for i in 0..canvases.length() {
        let c: web_sys::HtmlCanvasElement = canvases.item(i).unwrap().unchecked_into();
        assert!(canvas_drawn(&c), "canvas {i} has pixels drawn");
    }
}

/// Mounts a widget element with the given attributes; returns its shadow root. The widget
/// stays mounted for the rest of the test run (its handle is leaked on purpose).
async fn widget(attrs: &[(&str, &str)]) -> web_sys::ShadowRoot {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    for (k, v) in attrs {
        el.set_attribute(k, v).unwrap();
    }
    el.set_attribute("style", "display:block;width:900px")
        .unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    std::mem::forget(activation_explorer::embed::mount_widget(el.clone()).unwrap());
    tick(150).await;
    el.shadow_root().expect("a shadow root")
}

/// Hovering the detail chart reads out the x under the pointer, and f(x), f′(x) of the math.
/// The expected x is worked out here from the pointer's offset and the chart's layout
/// (`chart::plot_geometry` of the spec the view draws, on the canvas' backing store), not
/// through the app's own pointer mapping.
#[wasm_bindgen_test]
async fn detail_readout_equals_the_math_at_the_pointer() {
    use activation_explorer::chart::{ChartOpts, detail, plot_geometry};
    use activation_explorer::math::Activation;
    let root = widget(&[
        ("data-activation-explorer", "detail"),
        ("data-fn", "gelu"),
        ("data-lang", "en"),
    ])
    .await;
    let canvas: web_sys::HtmlCanvasElement = root
        .query_selector("canvas")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(canvas_drawn(&canvas));
    let rect = canvas.get_bounding_client_rect();
    // The plot on the backing store (CSS size × devicePixelRatio); the theme changes colours
    // only, not the layout.
    let dpr = web_sys::window().unwrap().device_pixel_ratio().max(1.0);
    assert_eq!(canvas.width(), (rect.width() * dpr).round() as u32);
    // The widget's defaults: default parameters and range, f only, English, light.
    let mut spec = detail(Activation::Gelu, &ChartOpts::default());
    spec.scale = dpr;
    let plot = plot_geometry(&spec, canvas.width(), canvas.height());
    let x_per_css = 12.0 / (plot.plot_width / dpr);
    for frac in [0.3, 0.5, 0.77] {
        let client_x = (rect.left() + rect.width() * frac).round() as i32;
        let init = web_sys::PointerEventInit::new();
        init.set_bubbles(true);
        init.set_client_x(client_x);
        init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
        let ev = web_sys::PointerEvent::new_with_event_init_dict("pointermove", &init).unwrap();
        canvas.dispatch_event(&ev).unwrap();
        tick(30).await;
        let read = |attr: &str| -> f64 {
            let el = root
                .query_selector(&format!("[data-testid=readout] [{attr}]"))
                .unwrap()
                .expect(attr);
            el.get_attribute(attr).unwrap().parse().unwrap()
        };
        let (x, f, d) = (read("data-x"), read("data-f"), read("data-d"));
        // The pointer is this many CSS px right of the canvas' left edge; the x there is where
        // that lands in the plot (within a CSS pixel: offsetX and the layout are whole pixels).
        let offset_css = f64::from(client_x) - rect.left();
        let under_pointer = plot.x_at(offset_css * dpr);
        assert!(
            (x - under_pointer).abs() <= x_per_css,
            "pointer at {frac} of the canvas: readout x = {x}, x under the pointer = {under_pointer}"
        );
        assert!((-6.0..=6.0).contains(&x), "x = {x} lies in the x-range");
        assert_eq!(
            f.to_bits(),
            Activation::Gelu.eval(x).to_bits(),
            "f at x = {x}"
        );
        assert_eq!(
            d.to_bits(),
            Activation::Gelu.derivative(x).to_bits(),
            "f' at x = {x}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_widget_with_an_unknown_view_shows_a_message_only() {
    let root = widget(&[("data-activation-explorer", "nope")]).await;
    let msg = root
        .query_selector(".ae-widget-error")
        .unwrap()
        .expect("an error box");
    assert!(msg.text_content().unwrap().contains("nope"));
    assert!(root.query_selector("canvas").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn two_guide_widgets_answer_independently() {
    let a = widget(&[("data-activation-explorer", "guide")]).await;
    let b = widget(&[("data-activation-explorer", "guide")]).await;
    let yes: web_sys::HtmlElement = a
        .query_selector("[data-answer=yes]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    yes.click();
    tick(50).await;
    let status = |r: &web_sys::ShadowRoot| {
        r.query_selector("[role=status]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(
        status(&a).contains("Sigmoid"),
        "the answered widget recommends Sigmoid"
    );
    assert_eq!(status(&b), "", "the other widget is untouched");
}

/// In the browser `number::parse_f64` converts through JavaScript's `parseFloat`: it must give
/// Rust's value, bit for bit, for literals of every shape (many digits, wide exponents, edges).
#[wasm_bindgen_test]
fn number_parsing_through_javascript_matches_rust() {
    use activation_explorer::number::parse_f64;
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let mut cases: Vec<String> = [
        "0",
        "-0",
        "+.5",
        "5.",
        "1e400",
        "-1e400",
        "1e-400",
        "4.9e-324",
        "2.4703282292062328e-324",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "9007199254740993",
        "inf",
        "-Infinity",
        "0.1000000000000000055511151231257827021181583404541015625",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for _ in 0..20_000 {
        let digits = |n: u64, next: &mut dyn FnMut(u64) -> u64| -> String {
            (0..n).map(|_| char::from(b'0' + next(10) as u8)).collect()
        };
        let int_len = next(30);
        let frac_len = next(30);
        let int = digits(int_len, &mut next);
        let frac = digits(frac_len, &mut next);
        let exp = next(700) as i64 - 350;
        let sign = ["", "-", "+"][next(3) as usize];
        cases.push(format!("{sign}{int}.{frac}e{exp}"));
    }
    for s in &cases {
        let rust = s.parse::<f64>().ok().map(f64::to_bits);
        assert_eq!(parse_f64(s).map(f64::to_bits), rust, "{s}");
    }
}

#[wasm_bindgen_test]
async fn a_widget_handle_updates_in_place_and_unmounts_everything() {
    use activation_explorer::embed::{live_widgets, mount_widget};
    let doc = web_sys::window().unwrap().document().unwrap();
    // The custom element's form: plain attributes (the element need not be defined here).
    let el = doc.create_element("activation-explorer").unwrap();
    for (k, v) in [
        ("view", "detail"),
        ("fn", "relu"),
        ("style", "display:block;width:900px"),
    ] {
        el.set_attribute(k, v).unwrap();
    }
    doc.body().unwrap().append_child(&el).unwrap();
    let live = live_widgets();
    let mut handle = mount_widget(el.clone()).unwrap();
    tick(150).await;
    assert_eq!(live_widgets(), live + 1);
    let root = el.shadow_root().unwrap();
    let section = || root.query_selector("section[data-view=detail]").unwrap();
    let first = section().expect("the detail view");
    assert_eq!(
        first.get_attribute("data-activation").as_deref(),
        Some("relu")
    );

    el.set_attribute("fn", "tanh").unwrap();
    handle.update().unwrap();
    tick(100).await;
    let now = section().unwrap();
    assert_eq!(
        now.get_attribute("data-activation").as_deref(),
        Some("tanh")
    );
    let root_node = |r: &web_sys::ShadowRoot| r.query_selector(".ae-root").unwrap().unwrap();
    let before = root_node(&root);
    el.set_attribute("deriv", "1").unwrap();
    handle.update().unwrap();
    tick(50).await;
    assert!(
        root_node(&root).is_same_node(Some(&before)),
        "updated in place, not remounted"
    );

    handle.unmount();
    assert_eq!(live_widgets(), live);
    assert_eq!(
        root.child_nodes().length(),
        0,
        "nothing left in the shadow root"
    );
    assert!(!el.has_attribute("data-activation-explorer-mounted"));
    assert!(!handle.mounted());
    el.remove();
}
