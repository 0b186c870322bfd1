//! Decimal text → `f64`, with exactly the grammar and the result of `str::parse::<f64>`.
//!
//! In the browser the digits are converted by JavaScript's `parseFloat` (correctly rounded, like
//! Rust's): Rust's own decimal parser brings about 16 KB of code and power-of-five tables into the
//! wasm. Natively, the same grammar check runs and Rust converts. Both paths are tested against
//! `str::parse` (natively in `tests/state_parse.rs`, in Chromium in `tests/web.rs`).

/// True when `s` is a number literal as `str::parse::<f64>` accepts it: an optional sign, then
/// `inf`, `infinity` or `nan` (any case), or decimal digits with an optional point and an
/// optional exponent (`1`, `1.`, `.5`, `2.5e-3`, `1E+9`). No spaces, no hex, no `_`.
pub fn is_float_literal(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if ["inf", "infinity", "nan"]
        .iter()
        .any(|w| body.eq_ignore_ascii_case(w))
    {
        return true;
    }
    let b = body.as_bytes();
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int = digits(0);
    let mut i = int;
    let mut frac = 0;
    if b.get(i) == Some(&b'.') {
        frac = digits(i + 1);
        i += 1 + frac;
    }
    if int + frac == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp = digits(i);
        if exp == 0 {
            return false;
        }
        i += exp;
    }
    i == b.len()
}

/// Parses `s` as `s.parse::<f64>().ok()` does (same accepted strings, same value, bit for bit).
pub fn parse_f64(s: &str) -> Option<f64> {
    if !is_float_literal(s) {
        return None;
    }
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let negative = s.starts_with('-');
    let magnitude = if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else {
        convert_decimal(body)?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Converts an unsigned decimal literal (already checked) to the nearest `f64`.
#[cfg(target_arch = "wasm32")]
fn convert_decimal(digits: &str) -> Option<f64> {
    Some(js_sys::Number::parse_float(digits))
}

/// Converts an unsigned decimal literal (already checked) to the nearest `f64`.
#[cfg(not(target_arch = "wasm32"))]
fn convert_decimal(digits: &str) -> Option<f64> {
    digits.parse().ok()
}

/// A finite `f64` as the shortest decimal that parses back to it, always with a point or an
/// exponent so that Python reads a float (`1.0`, `0.29`, `-2.5`, `1e-7`, `1.5e300`); also a valid
/// JSON number. Plain digits between 1e-5 and 1e16, exponent form outside. Written with
/// `Display`/`LowerExp`, not `Debug`: the release build has no `Debug` formatting of floats.
pub fn float_literal(x: f64) -> String {
    let x = x + 0.0;
    let a = x.abs();
    let s = if a == 0.0 || (1e-5..1e16).contains(&a) {
        format!("{x}")
    } else {
        format!("{x:e}")
    };
    if s.contains(['.', 'e']) {
        s
    } else {
        format!("{s}.0")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_literals_round_trip_and_read_as_floats() {
        for x in [
            0.0,
            -0.0,
            1.0,
            -2.5,
            0.29,
            0.01,
            1e-7,
            123456.0,
            1e16,
            1.5e300,
            5e-324,
            1e-5,
            0.1 + 0.2,
        ] {
            let s = float_literal(x);
            assert_eq!(s.parse::<f64>().unwrap(), x, "{s}");
            assert!(s.contains(['.', 'e']), "{s}");
            assert!(s.len() <= 24, "{s}");
        }
        assert_eq!(float_literal(1.0), "1.0");
        assert_eq!(float_literal(0.29), "0.29");
        assert_eq!(float_literal(1e-7), "1e-7");
        assert_eq!(float_literal(-0.0), "0.0");
    }
}
