//! The activation functions and their derivatives: pure, `libm` only, exact over all of f64.

mod activation;
mod params;

pub use activation::{Activation, UnknownActivation};
pub use params::{GeluApproximate, ParamError, ParamSpec, Params};
