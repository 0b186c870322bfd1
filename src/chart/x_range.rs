//! The x-range of the charts: its default (the seed's figures' range) and the rules every
//! range obeys, wherever it comes from (URL, typed bounds, zoom, pan).

/// The default x-range, (−6, 6): the range of the seed's figures.
pub const DEFAULT_X_RANGE: (f64, f64) = (-6.0, 6.0);
/// The largest |x| allowed at either end of the x-range.
pub const MAX_ABS_X: f64 = 1e6;
/// The narrowest x-range allowed.
pub const MIN_X_WIDTH: f64 = 1e-6;

/// Why an x-range was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XRangeError {
    /// An end is NaN or infinite.
    NotFinite,
    /// An end lies beyond ±[`MAX_ABS_X`].
    OutOfRange,
    /// The range starts where it ends.
    Empty,
    /// The range starts after it ends.
    Reversed,
    /// The range is narrower than [`MIN_X_WIDTH`].
    TooNarrow,
}

/// Checks the range (a, b): finite, within ±[`MAX_ABS_X`], a < b, at least [`MIN_X_WIDTH`] wide.
pub fn validate_x_range(a: f64, b: f64) -> Result<(), XRangeError> {
    if !a.is_finite() || !b.is_finite() {
        return Err(XRangeError::NotFinite);
    }
    if a.abs() > MAX_ABS_X || b.abs() > MAX_ABS_X {
        return Err(XRangeError::OutOfRange);
    }
    if a == b {
        return Err(XRangeError::Empty);
    }
    if a > b {
        return Err(XRangeError::Reversed);
    }
    if b - a < MIN_X_WIDTH {
        return Err(XRangeError::TooNarrow);
    }
    Ok(())
}

/// `r` scaled by `factor` around `center`; `None` when the result is not an allowed range.
pub fn zoom(r: (f64, f64), center: f64, factor: f64) -> Option<(f64, f64)> {
    let n = (
        center + (r.0 - center) * factor,
        center + (r.1 - center) * factor,
    );
    validate_x_range(n.0, n.1).ok().map(|_| n)
}

/// `r` shifted by `dx`; `None` when the result is not an allowed range.
pub fn pan(r: (f64, f64), dx: f64) -> Option<(f64, f64)> {
    let n = (r.0 + dx, r.1 + dx);
    validate_x_range(n.0, n.1).ok().map(|_| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(validate_x_range(-6.0, 6.0), Ok(()));
        assert_eq!(validate_x_range(f64::NAN, 1.0), Err(XRangeError::NotFinite));
        assert_eq!(validate_x_range(-2e6, 1.0), Err(XRangeError::OutOfRange));
        assert_eq!(validate_x_range(1.0, 1.0), Err(XRangeError::Empty));
        assert_eq!(validate_x_range(2.0, 1.0), Err(XRangeError::Reversed));
        assert_eq!(
            validate_x_range(1.0, 1.0 + 1e-7),
            Err(XRangeError::TooNarrow)
        );
    }

    #[test]
    fn zoom_and_pan_keep_ranges_valid() {
        assert_eq!(zoom((-6.0, 6.0), 0.0, 0.5), Some((-3.0, 3.0)));
        assert_eq!(zoom((-6.0, 6.0), 6.0, 0.5), Some((0.0, 6.0)));
        assert_eq!(zoom((-6.0, 6.0), 0.0, 1e6), None);
        assert_eq!(zoom((0.0, 1e-6), 0.0, 0.5), None);
        assert_eq!(pan((-6.0, 6.0), 1.0), Some((-5.0, 7.0)));
        assert_eq!(pan((-6.0, 6.0), 1e6), None);
    }
}
