//! The probe readout: the value of every function a chart shows at the probe's x, computed
//! with the math (never read off pixels). The detail view reads one function, the overlay
//! every chosen one.

use crate::math::Activation;

use super::looks::{CurveLook, curve_looks};
use super::spec::ChartOpts;
use super::views::curve_name;

/// One line of a readout: one function's values at x.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadoutRow {
    /// The function.
    pub activation: Activation,
    /// Its name with its parameters, as the chart's legend says it.
    pub name: String,
    /// How its curve is drawn (for the swatch beside the name).
    pub look: CurveLook,
    /// f(x) (`None` where it is not finite).
    pub f: Option<f64>,
    /// f′(x), when asked for (`None` too where it is not finite).
    pub d: Option<f64>,
}

/// The readout of the functions of `set` at `x`, in `set`'s order, at the parameters of `o`:
/// f(x), and f′(x) when `deriv`; each with its look in a chart of `set` ([`curve_looks`]).
pub fn readout_rows(set: &[Activation], o: &ChartOpts, x: f64, deriv: bool) -> Vec<ReadoutRow> {
    let finite = |v: f64| v.is_finite().then_some(v);
    set.iter()
        .zip(curve_looks(set, &o.theme))
        .map(|(&a, look)| ReadoutRow {
            activation: a,
            name: curve_name(a, &o.params),
            look,
            f: finite(a.eval_with(x, &o.params)),
            d: if deriv {
                finite(a.derivative_with(x, &o.params))
            } else {
                None
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::{Param, Params};

    #[test]
    fn rows_hold_the_math_in_order() {
        let o = ChartOpts {
            params: Params::default().with(Param::NegativeSlope, 0.2),
            ..ChartOpts::default()
        };
        let set = [Activation::LeakyRelu, Activation::Tanh];
        let rows = readout_rows(&set, &o, -2.0, true);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].name, "Leaky ReLU (α=0.2)");
        assert_eq!(rows[0].f, Some(-0.4));
        assert_eq!(rows[0].d, Some(0.2));
        assert_eq!(rows[1].f, Some((-2.0f64).tanh()));
        assert_eq!(rows[1].look, curve_looks(&set, &o.theme)[1]);
        let no_d = readout_rows(&set, &o, 1.0, false);
        assert!(no_d.iter().all(|r| r.d.is_none() && r.f.is_some()));
    }
}
