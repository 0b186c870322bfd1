//! The activation functions and their derivatives: pure, `libm` only, exact over all of f64.

mod activation;
pub mod bench;
mod kernels;
mod params;

pub use activation::{Activation, UnknownActivation};
pub use kernels::{SELU_ALPHA, SELU_SCALE};
pub use params::{GeluApproximate, Param, ParamError, ParamInfo, Params, Slider};
