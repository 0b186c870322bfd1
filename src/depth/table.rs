//! A cubic Hermite table of an activation on [−16, 16], for the many evaluations of f that the
//! layer-by-layer curves and the phase diagram make (about 10⁴ per correlation map): a lookup
//! costs a few nanoseconds where erfc, tanh or Mish cost 20–60.
//!
//! The range is cut at the kinks (so no interval straddles one) and into unit blocks; each block
//! halves its spacing, from 1/16 down to at most 1/4096, until cubic Hermite interpolation from
//! f and f′ at the nodes matches f at every interval midpoint to 1e−12·|f| + 1e−15·max|f| (the
//! largest error of a cubic Hermite interpolant on an interval is near its midpoint). A block
//! that does not get there, and every input outside [−16, 16], is evaluated directly.

use std::cell::RefCell;
use std::rc::Rc;

use crate::math::{Activation, Params};

/// Half-width of the tabulated range.
const RANGE: f64 = 16.0;
/// Initial intervals per unit of a block.
const START_PER_UNIT: usize = 16;
/// The finest spacing tried: 1/4096.
const MAX_PER_UNIT: usize = 4096;
/// Relative tolerance of the midpoint check.
const TOL_REL: f64 = 1e-12;
/// Absolute tolerance of the midpoint check, times the block's largest |f|.
const TOL_ABS: f64 = 1e-15;

/// One block: `n` equal intervals from `start`, values at `offset..=offset + n` of the table.
#[derive(Clone, Debug)]
struct Block {
    start: f64,
    h: f64,
    inv_h: f64,
    n: usize,
    /// Index of the block's first node in the table's arrays; `usize::MAX` = evaluate directly.
    offset: usize,
}

/// The blocks between two consecutive cut points (kinks or the ends of the range).
#[derive(Clone, Debug)]
struct Segment {
    start: f64,
    end: f64,
    blocks: Vec<Block>,
}

/// A tabulated activation: f (and the interpolant's slope) by cubic Hermite interpolation.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    activation: Activation,
    params: Params,
    segments: Vec<Segment>,
    f: Vec<f64>,
    df: Vec<f64>,
}

/// The cubic Hermite interpolant and its derivative at t ∈ [0, 1] of an interval of width h.
#[inline]
fn hermite(t: f64, h: f64, f0: f64, d0: f64, f1: f64, d1: f64) -> (f64, f64) {
    let s = 1.0 - t;
    let value =
        s * s * ((1.0 + 2.0 * t) * f0 + t * h * d0) + t * t * ((3.0 - 2.0 * t) * f1 - s * h * d1);
    // d/dt, divided by h.
    let slope = 6.0 * t * s * (f1 - f0) / h + s * (1.0 - 3.0 * t) * d0 + t * (3.0 * t - 2.0) * d1;
    (value, slope)
}

impl Table {
    /// Builds the table of `a` with parameters `p` (assumed valid).
    pub(crate) fn new(a: Activation, p: &Params) -> Table {
        let mut cuts = vec![-RANGE];
        cuts.extend(a.kinks(p).into_iter().filter(|k| k.abs() < RANGE));
        cuts.push(RANGE);
        cuts.dedup();
        let mut table = Table {
            activation: a,
            params: *p,
            segments: Vec::new(),
            f: Vec::new(),
            df: Vec::new(),
        };
        for w in cuts.windows(2) {
            let (s0, s1) = (w[0], w[1]);
            let mut blocks = Vec::new();
            let mut b0 = s0;
            while b0 < s1 {
                let b1 = (b0.floor() + 1.0).min(s1);
                blocks.push(table.build_block(b0, b1, b0 == s0, b1 == s1));
                b0 = b1;
            }
            table.segments.push(Segment {
                start: s0,
                end: s1,
                blocks,
            });
        }
        table
    }

    /// f and f′ at x, taken just inside [lo, hi] at its ends, so a kink's one-sided values are
    /// used (relu′ is 1 at the left end of [0, 1]).
    fn sample(&self, x: f64, lo: f64, hi: f64) -> (f64, f64) {
        let x = if x <= lo {
            lo.next_up()
        } else if x >= hi {
            hi.next_down()
        } else {
            x
        };
        (
            self.activation.eval_with(x, &self.params),
            self.activation.derivative_with(x, &self.params),
        )
    }

    /// Tabulates [b0, b1] (nudging the ends inward only at the segment's own ends).
    fn build_block(&mut self, b0: f64, b1: f64, at_start: bool, at_end: bool) -> Block {
        let len = b1 - b0;
        let lo = if at_start { b0 } else { f64::NEG_INFINITY };
        let hi = if at_end { b1 } else { f64::INFINITY };
        let node = |i: usize, n: usize| {
            if i == n {
                b1
            } else {
                b0 + len * (i as f64 / n as f64)
            }
        };
        let mut n = ((len * START_PER_UNIT as f64).ceil() as usize).max(1);
        let mut vals: Vec<(f64, f64)> = (0..=n).map(|i| self.sample(node(i, n), lo, hi)).collect();
        loop {
            let h = len / n as f64;
            let scale = vals.iter().map(|v| v.0.abs()).fold(0.0, f64::max);
            let mids: Vec<(f64, f64)> = (0..n)
                .map(|i| self.sample(0.5 * (node(i, n) + node(i + 1, n)), lo, hi))
                .collect();
            let ok = mids.iter().enumerate().all(|(i, &(fm, _))| {
                let (f0, d0) = vals[i];
                let (f1, d1) = vals[i + 1];
                let (v, _) = hermite(0.5, h, f0, d0, f1, d1);
                (v - fm).abs() <= TOL_REL * fm.abs() + TOL_ABS * scale
            });
            if ok {
                let offset = self.f.len();
                self.f.extend(vals.iter().map(|v| v.0));
                self.df.extend(vals.iter().map(|v| v.1));
                return Block {
                    start: b0,
                    h,
                    inv_h: 1.0 / h,
                    n,
                    offset,
                };
            }
            if n >= (len * MAX_PER_UNIT as f64).ceil() as usize {
                return Block {
                    start: b0,
                    h,
                    inv_h: 1.0 / h,
                    n,
                    offset: usize::MAX,
                };
            }
            // Refine: the midpoints become nodes.
            let mut merged = Vec::with_capacity(2 * n + 1);
            for (i, m) in mids.into_iter().enumerate() {
                merged.push(vals[i]);
                merged.push(m);
            }
            merged.push(vals[n]);
            vals = merged;
            n *= 2;
        }
    }

    /// The block holding u, if u is inside the range.
    #[inline]
    fn block(&self, u: f64) -> Option<&Block> {
        if !(-RANGE..=RANGE).contains(&u) {
            return None;
        }
        let seg = self
            .segments
            .iter()
            .find(|s| u < s.end)
            .or(self.segments.last())?;
        // Blocks are cut at the integers (the first and last may be shorter).
        let i = (u.floor() - seg.start.floor()).max(0.0) as usize;
        let b = &seg.blocks[i.min(seg.blocks.len() - 1)];
        Some(b)
    }

    /// f(u): interpolated inside the range, computed directly outside it.
    #[inline]
    pub(crate) fn value(&self, u: f64) -> f64 {
        self.value_and_slope(u).0
    }

    /// f(u) and an approximation of f′(u) (the interpolant's slope, accurate to about 1e−8
    /// relative; used only to steer Newton steps). Outside the range both are exact.
    #[inline]
    pub(crate) fn value_and_slope(&self, u: f64) -> (f64, f64) {
        match self.block(u) {
            Some(b) if b.offset != usize::MAX => {
                let x = (u - b.start) * b.inv_h;
                let i = (x as usize).min(b.n - 1);
                let t = x - i as f64;
                let j = b.offset + i;
                hermite(t, b.h, self.f[j], self.df[j], self.f[j + 1], self.df[j + 1])
            }
            _ => (
                self.activation.eval_with(u, &self.params),
                self.activation.derivative_with(u, &self.params),
            ),
        }
    }

    /// The number of tabulated nodes (for the benchmark's report).
    pub(crate) fn len(&self) -> usize {
        self.f.len()
    }

    /// The table of (a, p), built on first use and kept for the next call with the same pair
    /// (one entry per thread: a view that moves σ_w² or σ_b² reuses it).
    pub(crate) fn cached(a: Activation, p: &Params) -> Rc<Table> {
        thread_local! {
            static LAST: RefCell<Option<Rc<Table>>> = const { RefCell::new(None) };
        }
        LAST.with(|last| {
            let mut last = last.borrow_mut();
            if let Some(t) = last.as_ref()
                && t.activation == a
                && t.params == *p
            {
                return Rc::clone(t);
            }
            let t = Rc::new(Table::new(a, p));
            *last = Some(Rc::clone(&t));
            t
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolation_matches_the_function() {
        let p = Params::default();
        for a in Activation::ALL {
            let t = Table::new(a, &p);
            let mut worst: f64 = 0.0;
            // An odd step so the points fall between nodes, and the ends and kinks.
            let mut u = -17.0;
            while u < 17.0 {
                let want = a.eval_with(u, &p);
                let got = t.value(u);
                worst = worst.max((got - want).abs() / (want.abs() + 1e-3));
                u += 0.000_731_3;
            }
            for k in a.kinks(&p).into_iter().chain([-16.0, 16.0, 0.0]) {
                for x in [k, k.next_up(), k.next_down()] {
                    let want = a.eval_with(x, &p);
                    assert!(
                        (t.value(x) - want).abs() <= 1e-12 * (1.0 + want.abs()),
                        "{a} {x}"
                    );
                }
            }
            assert!(worst < 1e-11, "{a}: worst relative error {worst:e}");
        }
    }

    #[test]
    fn slope_approximates_the_derivative() {
        let p = Params::default();
        let t = Table::new(Activation::Tanh, &p);
        for u in [-3.3, -0.01, 0.2, 1.7, 5.0] {
            let (_, s) = t.value_and_slope(u);
            assert!((s - Activation::Tanh.derivative(u)).abs() < 1e-7);
        }
        // Outside the range the direct values are used.
        assert_eq!(
            t.value_and_slope(20.0),
            (1.0, Activation::Tanh.derivative(20.0))
        );
    }

    #[test]
    fn the_cache_keeps_the_last_table() {
        let p = Params::default();
        let a = Table::cached(Activation::Gelu, &p);
        let b = Table::cached(Activation::Gelu, &p);
        assert!(Rc::ptr_eq(&a, &b));
        let c = Table::cached(Activation::Mish, &p);
        assert!(!Rc::ptr_eq(&a, &c));
    }
}
