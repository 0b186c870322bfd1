//! The heat map of a gated unit f(a, b) = a·g(b) over the plot (x = a, y = b), with a diverging
//! colour scale symmetric about 0 and its legend at the right. Pure data and colours here; the
//! drawing is in `draw.rs`, generic over the backend like every chart.

use crate::math::GatedUnit;

/// What a heat map shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Heatmap {
    /// The gated unit.
    pub unit: GatedUnit,
    /// Cells along a (x); along b as many as keep them square. At least 2.
    pub cells: usize,
    /// The colour scale's caption, e.g. `a·σ(b)`.
    pub label: String,
}

/// Stops of the diverging scale on the light theme: blue (negative), near-white (0), red
/// (positive), after ColorBrewer's RdBu.
const LIGHT_STOPS: [(u8, u8, u8); 5] = [
    (33, 102, 172),
    (146, 197, 222),
    (247, 247, 247),
    (244, 165, 130),
    (178, 24, 43),
];

/// The same scale for the dark theme: 0 is a grey a little lighter than the background, so
/// the plot stays visible, and the ends are bright.
const DARK_STOPS: [(u8, u8, u8); 5] = [
    (103, 169, 230),
    (52, 92, 130),
    (48, 51, 58),
    (140, 70, 62),
    (239, 120, 100),
];

impl Heatmap {
    /// f at (a, b), or 0 where it is not finite (never happens for finite a, b).
    pub fn value(&self, a: f64, b: f64) -> f64 {
        let v = self.unit.eval(a, b);
        if v.is_finite() { v } else { 0.0 }
    }

    /// The cell grid for a plot of `plot_w` × `plot_h` pixels: (cells along a, along b).
    pub fn grid(&self, plot_w: f64, plot_h: f64) -> (usize, usize) {
        let na = self.cells.max(2);
        let ratio = if plot_w > 0.0 { plot_h / plot_w } else { 1.0 };
        let nb = ((na as f64 * ratio).round() as usize).clamp(2, 4 * na);
        (na, nb)
    }

    /// The largest |f| over the ranges (at the corners and along the edges and axes, where a
    /// product of a monotonic-in-|a| factor and the gate is largest), never 0: the colour
    /// scale runs from −max to +max.
    pub fn max_abs(&self, a_range: (f64, f64), b_range: (f64, f64)) -> f64 {
        let steps = 64;
        let at = |r: (f64, f64), i: usize| r.0 + (r.1 - r.0) * i as f64 / steps as f64;
        let mut m: f64 = 0.0;
        for i in 0..=steps {
            let b = at(b_range, i);
            for a in [a_range.0, a_range.1] {
                m = m.max(self.value(a, b).abs());
            }
        }
        if m > 0.0 && m.is_finite() { m } else { 1.0 }
    }

    /// Where `v` sits on the colour scale, in [−1, 1]: sign(v)·√(|v|/max). The square root
    /// spreads the small values, which a linear scale would leave near white next to the large
    /// ones at the corners (|a·g(b)| grows like |a|·|b|).
    pub fn scale(v: f64, max: f64) -> f64 {
        if max > 0.0 && v.is_finite() {
            (v / max).clamp(-1.0, 1.0).signum() * (v / max).abs().min(1.0).sqrt()
        } else {
            0.0
        }
    }

    /// The colour at position `t` ∈ [−1, 1] of the scale.
    pub fn color_at(t: f64, dark: bool) -> (u8, u8, u8) {
        let stops = if dark { &DARK_STOPS } else { &LIGHT_STOPS };
        let u = (t.clamp(-1.0, 1.0) + 1.0) / 2.0;
        let pos = u * (stops.len() - 1) as f64;
        let i = (pos.floor() as usize).min(stops.len() - 2);
        let f = pos - i as f64;
        let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * f).round() as u8;
        let (p, q) = (stops[i], stops[i + 1]);
        (mix(p.0, q.0), mix(p.1, q.1), mix(p.2, q.2))
    }

    /// The colour of value `v` on a scale from −`max` to `max`.
    pub fn color(v: f64, max: f64, dark: bool) -> (u8, u8, u8) {
        Heatmap::color_at(Heatmap::scale(v, max), dark)
    }

    /// The labelled ticks of the colour scale: from the nice `candidates` (sorted any way), the
    /// largest first, each kept only if its place on the scale is at least 0.2 from the ones
    /// kept (the square-root scale crowds the large values together); 0 always.
    pub fn scale_ticks(candidates: &[f64], max: f64) -> Vec<f64> {
        let mut sorted: Vec<f64> = candidates.to_vec();
        sorted.sort_by(|a, b| b.abs().total_cmp(&a.abs()));
        let mut kept: Vec<f64> = Vec::new();
        for v in sorted {
            let t = Heatmap::scale(v, max);
            if v == 0.0
                || kept
                    .iter()
                    .all(|k| (Heatmap::scale(*k, max) - t).abs() >= 0.2)
            {
                kept.push(v);
            }
        }
        kept.sort_by(f64::total_cmp);
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_is_white_at_zero_and_saturates_at_the_ends() {
        assert_eq!(Heatmap::color(0.0, 2.0, false), (247, 247, 247));
        assert_eq!(Heatmap::color(-2.0, 2.0, false), LIGHT_STOPS[0]);
        assert_eq!(Heatmap::color(5.0, 2.0, false), LIGHT_STOPS[4]);
        assert_eq!(Heatmap::color(0.0, 2.0, true), DARK_STOPS[2]);
    }

    #[test]
    fn the_scale_is_a_signed_square_root_and_its_ticks_spread() {
        assert_eq!(Heatmap::scale(9.0, 36.0), 0.5);
        assert_eq!(Heatmap::scale(-36.0, 36.0), -1.0);
        assert_eq!(Heatmap::scale(100.0, 36.0), 1.0);
        let cands: Vec<f64> = (-7..=7).map(|i| f64::from(i) * 5.0).collect();
        let t = Heatmap::scale_ticks(&cands, 36.0);
        assert_eq!(t, [-35.0, -20.0, -10.0, 0.0, 10.0, 20.0, 35.0]);
    }

    #[test]
    fn cells_stay_square() {
        let h = Heatmap {
            unit: GatedUnit::Glu,
            cells: 40,
            label: String::new(),
        };
        assert_eq!(h.grid(400.0, 200.0), (40, 20));
        assert_eq!(h.grid(400.0, 400.0), (40, 40));
    }

    #[test]
    fn the_largest_value_is_found_at_the_edges() {
        let h = Heatmap {
            unit: GatedUnit::Swiglu,
            cells: 10,
            label: String::new(),
        };
        // a·b·σ(b) on [−6, 6]²: largest at a = ±6, b = 6.
        let m = h.max_abs((-6.0, 6.0), (-6.0, 6.0));
        assert!((m - 36.0 * GatedUnit::Swiglu.gate().eval(6.0) / 6.0).abs() < 1e-12);
    }
}
