//! Sampling a function densely enough that kinks stay sharp, and clipping to the plot.

/// `n` evenly spaced x on `[x0, x1]` (both ends exact) plus every point of `kinks` inside the
/// range, sorted, without duplicates: the grid of the curves and of the CSV export.
pub fn sample_xs(x0: f64, x1: f64, n: usize, kinks: &[f64]) -> Vec<f64> {
    let n = n.max(2);
    let grid = (0..n).map(|i| {
        if i == n - 1 {
            x1
        } else {
            x0 + (x1 - x0) * (i as f64 / (n - 1) as f64)
        }
    });
    let mut inside: Vec<f64> = kinks
        .iter()
        .copied()
        .filter(|k| *k > x0 && *k < x1)
        .collect();
    inside.sort_by(f64::total_cmp);
    // The grid is already in order: merge the few kinks in (a kink equal to a grid point goes
    // after it, as a stable sort of grid-then-kinks would put it) instead of sorting it all.
    let mut xs = Vec::with_capacity(n + inside.len());
    let mut k = inside.into_iter().peekable();
    for x in grid {
        while let Some(kx) = k.next_if(|kx| kx.total_cmp(&x).is_lt()) {
            xs.push(kx);
        }
        xs.push(x);
    }
    xs.extend(k);
    // Rounding can, in rare ranges, put a grid point past the next: sort then.
    if !xs.is_sorted_by(|a, b| a.total_cmp(b).is_le()) {
        xs.sort_by(f64::total_cmp);
    }
    xs.dedup();
    xs
}

/// Samples `f` on `[x0, x1]` at `n` evenly spaced points (both ends exact) plus every point of
/// `kinks` inside the range, sorted by x, without duplicates. Non-finite values are dropped
/// (the chart breaks the line there).
pub fn sample_curve(
    f: impl Fn(f64) -> f64,
    x0: f64,
    x1: f64,
    n: usize,
    kinks: &[f64],
) -> Vec<(f64, f64)> {
    sample_xs(x0, x1, n, kinks)
        .into_iter()
        .map(|x| (x, f(x)))
        .filter(|(_, y)| y.is_finite())
        .collect()
}

/// Keeps the points of the polyline `pts` that its shape needs at tolerance `tol`
/// (Douglas–Peucker): every point of `pts`, and so every point of its segments, lies within
/// `tol` of the returned polyline, whose points are a subset of `pts` in order, both ends
/// included. A curve sampled twice per CSS pixel keeps a few per cent of its points where it is
/// smooth and all of them where it turns; straight runs (the ReLU family) collapse to their ends.
pub fn simplify(pts: &[(f64, f64)], tol: f64) -> Vec<(f64, f64)> {
    let n = pts.len();
    if n <= 2 {
        return pts.to_vec();
    }
    let tol2 = tol * tol;
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut todo = vec![(0, n - 1)];
    while let Some((a, b)) = todo.pop() {
        let ((ax, ay), (bx, by)) = (pts[a], pts[b]);
        let (dx, dy) = (bx - ax, by - ay);
        let len2 = dx * dx + dy * dy;
        let (mut worst, mut at) = (tol2, None);
        for (i, &(px, py)) in pts.iter().enumerate().take(b).skip(a + 1) {
            // Distance to the segment, not to its line: a curve that doubles back is kept.
            let t = if len2 > 0.0 {
                (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let (ex, ey) = (ax + t * dx - px, ay + t * dy - py);
            let d2 = ex * ex + ey * ey;
            if d2 > worst {
                (worst, at) = (d2, Some(i));
            }
        }
        if let Some(i) = at {
            keep[i] = true;
            if i - a > 1 {
                todo.push((a, i));
            }
            if b - i > 1 {
                todo.push((i, b));
            }
        }
    }
    pts.iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// Clips the polyline `pts` (pixel coordinates, any finite values) to the rectangle
/// `[left, right] × [top, bottom]`: the parts inside, with the crossing points added on the
/// border. Returns one polyline per visible piece.
pub(crate) fn clip_polyline(
    pts: &[(f64, f64)],
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut cur: Vec<(f64, f64)> = Vec::new();
    for w in pts.windows(2) {
        let (a, b) = (w[0], w[1]);
        match clip_segment(a, b, left, top, right, bottom) {
            Some((p, q)) => {
                if cur.last() != Some(&p) {
                    if !cur.is_empty() {
                        out.push(std::mem::take(&mut cur));
                    }
                    cur.push(p);
                }
                cur.push(q);
                if q != b {
                    out.push(std::mem::take(&mut cur));
                }
            }
            None => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    if pts.len() == 1 {
        let (x, y) = pts[0];
        if x >= left && x <= right && y >= top && y <= bottom {
            out.push(vec![pts[0]]);
        }
    }
    out
}

/// Liang–Barsky clipping of one segment.
fn clip_segment(
    a: (f64, f64),
    b: (f64, f64),
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
) -> Option<((f64, f64), (f64, f64))> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - left),
        (dx, right - a.0),
        (-dy, a.1 - top),
        (dy, bottom - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    if t0 > t1 {
        return None;
    }
    let at = |t: f64| {
        if t == 0.0 {
            a
        } else if t == 1.0 {
            b
        } else {
            (a.0 + dx * t, a.1 + dy * t)
        }
    };
    Some((at(t0), at(t1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_keeps_inside_and_cuts_at_border() {
        let pts = [(0.0, 5.0), (10.0, 5.0), (20.0, -15.0), (30.0, 5.0)];
        let parts = clip_polyline(&pts, 0.0, 0.0, 100.0, 100.0);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0], vec![(0.0, 5.0), (10.0, 5.0), (12.5, 0.0)]);
        assert_eq!(parts[1], vec![(27.5, 0.0), (30.0, 5.0)]);
    }

    #[test]
    fn clip_drops_segments_outside() {
        let pts = [(0.0, -5.0), (10.0, -50.0)];
        assert!(clip_polyline(&pts, 0.0, 0.0, 100.0, 100.0).is_empty());
    }

    #[test]
    fn simplify_collapses_lines_and_keeps_corners() {
        let line: Vec<(f64, f64)> = (0..100)
            .map(|i| (f64::from(i), 2.0 * f64::from(i)))
            .collect();
        assert_eq!(simplify(&line, 0.25), vec![(0.0, 0.0), (99.0, 198.0)]);
        // A ReLU-like corner at x = 50 and a curve that doubles back are kept.
        let relu: Vec<(f64, f64)> = (0..100)
            .map(|i| (f64::from(i), f64::from((i - 50).max(0))))
            .collect();
        assert_eq!(
            simplify(&relu, 0.25),
            vec![(0.0, 0.0), (50.0, 0.0), (99.0, 49.0)]
        );
        let back = [(0.0, 0.0), (10.0, 0.0), (5.0, 0.0)];
        assert_eq!(simplify(&back, 0.25), back.to_vec());
        assert_eq!(simplify(&[(1.0, 1.0)], 0.25), vec![(1.0, 1.0)]);
        assert!(simplify(&[], 0.25).is_empty());
    }

    #[test]
    fn sample_has_exact_ends_and_kinks() {
        let s = sample_curve(|x| x, -6.0, 6.0, 7, &[0.5, 9.0]);
        let xs: Vec<f64> = s.iter().map(|p| p.0).collect();
        assert_eq!(xs, vec![-6.0, -4.0, -2.0, 0.0, 0.5, 2.0, 4.0, 6.0]);
    }
}
