//! "Nice" tick steps, shared by the layout (the axes' ticks) and the fitted y-range (its ends
//! on a grid of the same steps).

/// Tick positions: "nice" steps (1, 2, 2.5, 5 × 10^k) giving about `target` ticks in `range`.
pub(crate) fn nice_ticks(range: (f64, f64), target: usize) -> (Vec<f64>, f64) {
    let (lo, hi) = range;
    let span = hi - lo;
    if span.is_nan() || span <= 0.0 || span.is_infinite() {
        return (Vec::new(), 1.0);
    }
    let raw = span / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    // The nice step nearest to the raw one (on a log scale).
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .min_by(|a, b| (a / raw).ln().abs().total_cmp(&(b / raw).ln().abs()))
        .unwrap_or(mag);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    let ticks = (first..=last)
        .map(|i| {
            let v = i as f64 * step;
            // Snap floating noise (0.30000000000000004) to the decimal the label shows.
            if v.abs() < step * 1e-9 { 0.0 } else { v }
        })
        .collect();
    (ticks, step)
}
