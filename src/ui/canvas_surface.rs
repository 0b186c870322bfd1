//! The drawing surface of a chart canvas: plotters-canvas' backend, drawn at `k`× resolution
//! into a context scaled by 1/k (so curves get sub-pixel positions instead of plotters' integer
//! pixels), with text drawn here so that font, alignment and colour are set only when they
//! change (plotters-canvas sets and re-parses all of them for every label), and lines drawn
//! here as SVG path data: plotters-canvas makes one call into JavaScript per point (an overlay
//! of 15 curves made about 25,000 `lineTo` calls and 700 `stroke`s); here, consecutive opaque
//! paths of one style become one `Path2D` and one `stroke`.

use plotters::prelude::*;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Path2d};

use crate::chart::{ChartSpec, PlotGeometry, draw_chart};

/// plotters draws on integer pixels: drawing at 4× and scaling the context by 1/4 gives the
/// curves quarter-pixel positions on the CSS × devicePixelRatio backing store.
pub const SUPERSAMPLE: u32 = 4;

/// The 2D context of `canvas` (None if the browser gives none).
pub fn context_2d(
    canvas: &web_sys::HtmlCanvasElement,
) -> Option<web_sys::CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
}

/// Draws `spec` on `canvas` at `dpr` backing-store pixels per CSS pixel (the backing store
/// already sized), supersampled ×[`SUPERSAMPLE`]; the plot's geometry in drawing pixels.
pub fn draw_on(
    canvas: &web_sys::HtmlCanvasElement,
    spec: &ChartSpec,
    dpr: f64,
) -> Option<PlotGeometry> {
    let mut spec = spec.clone();
    spec.scale = dpr * f64::from(SUPERSAMPLE);
    let ctx = context_2d(canvas)?;
    let inv = 1.0 / f64::from(SUPERSAMPLE);
    let _ = ctx.set_transform(inv, 0.0, 0.0, inv, 0.0, 0.0);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let area = CanvasSurface::new(backend, ctx, SUPERSAMPLE).into_drawing_area();
    match draw_chart(&area, &spec) {
        Ok(g) => Some(g),
        Err(e) => {
            leptos::logging::warn!("chart not drawn: {e}");
            None
        }
    }
}

/// plotters-canvas' backend reporting `k`× the canvas size; the caller scales the context by
/// 1/k (`ctx.setTransform(1/k, 0, 0, 1/k, 0, 0)`). Shapes are forwarded unchanged.
pub struct CanvasSurface {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    k: u32,
    /// The text state last set on `ctx` (None: unknown).
    font: Option<String>,
    fill: Option<(u8, u8, u8, u64)>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
    /// The stroke colour and width last set on `ctx` (None: unknown).
    stroke: Option<StrokeKey>,
    /// Path data waiting to be stroked with `pending_style` (see [`Self::flush`]).
    pending: String,
    pending_style: Option<StrokeKey>,
}

/// A stroke's colour (alpha as bits) and width.
type StrokeKey = (u8, u8, u8, u64, u32);

/// Appends `v` in decimal to `out` (path data is integers; no formatting machinery).
fn push_int(out: &mut String, v: i32) {
    if v < 0 {
        out.push('-');
    }
    let mut n = v.unsigned_abs();
    let mut digits = [0u8; 10];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

impl CanvasSurface {
    /// Wraps `inner` (drawing on `ctx`), multiplying its reported size by `k` (≥ 1).
    pub fn new(inner: CanvasBackend, ctx: CanvasRenderingContext2d, k: u32) -> Self {
        CanvasSurface {
            inner,
            ctx,
            k: k.max(1),
            font: None,
            fill: None,
            align: None,
            baseline: None,
            stroke: None,
            pending: String::new(),
            pending_style: None,
        }
    }

    /// Strokes the pending path data, if any, with its style.
    fn flush(&mut self) {
        let Some(key) = self.pending_style.take() else {
            return;
        };
        if self.stroke != Some(key) {
            let (r, g, b, alpha, width) = key;
            let alpha = f64::from_bits(alpha);
            let color = if alpha == 1.0 {
                format!("rgb({r},{g},{b})")
            } else {
                format!("rgba({r},{g},{b},{alpha})")
            };
            self.ctx.set_stroke_style_str(&color);
            self.ctx.set_line_width(f64::from(width));
            self.stroke = Some(key);
        }
        if let Ok(path) = Path2d::new_with_path_string(&self.pending) {
            self.ctx.stroke_with_path(&path);
        }
        self.pending.clear();
    }

    /// Before plotters-canvas draws: the pending lines go first, and it will set the styles.
    fn hand_over(&mut self) {
        self.flush();
        self.fill = None;
        self.stroke = None;
    }
}

impl Drop for CanvasSurface {
    fn drop(&mut self) {
        self.flush();
    }
}

impl DrawingBackend for CanvasSurface {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        let (w, h) = self.inner.get_size();
        (w * self.k, h * self.k)
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.flush();
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        p: BackendCoord,
        c: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.hand_over();
        self.inner.draw_pixel(p, c)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.hand_over();
        self.inner.draw_rect(ul, br, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (r, g, b) = color.rgb;
        let key = (r, g, b, color.alpha.to_bits(), style.stroke_width());
        // Translucent paths are stroked one by one, as plotters-canvas does (overlapping
        // subpaths of one stroke would not blend twice).
        if self.pending_style != Some(key) || color.alpha < 1.0 {
            self.flush();
        }
        let mut points = path.into_iter();
        let Some(first) = points.next() else {
            return Ok(());
        };
        let out = &mut self.pending;
        let start = out.len();
        out.push('M');
        push_int(out, first.0);
        out.push(' ');
        push_int(out, first.1);
        let mut any = false;
        for p in points {
            out.push('L');
            push_int(out, p.0);
            out.push(' ');
            push_int(out, p.1);
            any = true;
        }
        if !any {
            // A one-point path strokes nothing (as in plotters-canvas).
            out.truncate(start);
            return Ok(());
        }
        self.pending_style = Some(key);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.hand_over();
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.hand_over();
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        let ctx = &self.ctx;
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.baseline != Some(baseline) {
            ctx.set_text_baseline(baseline);
            self.baseline = Some(baseline);
        }
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if self.align != Some(align) {
            ctx.set_text_align(align);
            self.align = Some(align);
        }
        let (r, g, b) = color.rgb;
        let fill = (r, g, b, color.alpha.to_bits());
        if self.fill != Some(fill) {
            ctx.set_fill_style_str(&format!("rgba({r},{g},{b},{})", color.alpha));
            self.fill = Some(fill);
        }
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        if self.font.as_deref() != Some(font.as_str()) {
            ctx.set_font(&font);
            self.font = Some(font);
        }
        // The state above is set before `save`, so `restore` keeps it.
        let turn = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 0.5,
            FontTransform::Rotate180 => 1.0,
            FontTransform::Rotate270 => 1.5,
        } * std::f64::consts::PI;
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        if turn == 0.0 {
            let _ = ctx.fill_text(text, x, y);
        } else {
            ctx.save();
            let _ = ctx.translate(x, y);
            let _ = ctx.rotate(turn);
            let _ = ctx.fill_text(text, 0.0, 0.0);
            ctx.restore();
        }
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.inner.estimate_text_size(text, style)
    }
}
