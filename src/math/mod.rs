//! The activation functions and their derivatives, the two-input gated units, and
//! expectations under a normal input ([`gauss`]): pure, `libm` only, exact over all of f64.

mod activation;
pub mod bench;
mod gated;
pub mod gauss;
mod kernels;
mod params;

pub use activation::{Activation, UnknownActivation};
pub use gated::GatedUnit;
pub use kernels::{QUICK_GELU_SCALE, SELU_ALPHA, SELU_SCALE};
pub use params::{GeluApproximate, Order, Param, ParamError, ParamInfo, Params, Slider};
