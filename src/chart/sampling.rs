//! Sampling a function densely enough that kinks stay sharp.

/// Samples `f` on `[x0, x1]` at `n` evenly spaced points plus every point of `kinks` inside the
/// range, sorted by x. Non-finite values are dropped (the chart cannot draw them).
pub fn sample_curve(
    f: impl Fn(f64) -> f64,
    x0: f64,
    x1: f64,
    n: usize,
    kinks: &[f64],
) -> Vec<(f64, f64)> {
    let n = n.max(2);
    let mut xs: Vec<f64> = (0..n)
        .map(|i| x0 + (x1 - x0) * i as f64 / (n - 1) as f64)
        .collect();
    xs.extend(kinks.iter().copied().filter(|k| *k > x0 && *k < x1));
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    xs.into_iter()
        .map(|x| (x, f(x)))
        .filter(|(_, y)| y.is_finite())
        .collect()
}
