//! The activation functions and their derivatives, and expectations under a normal input
//! ([`gauss`]): pure, `libm` only, exact over all of f64.

mod activation;
pub mod bench;
pub mod gauss;
mod kernels;
mod params;

pub use activation::{Activation, UnknownActivation};
pub use kernels::{SELU_ALPHA, SELU_SCALE};
pub use params::{GeluApproximate, ParamError, ParamSpec, Params};
