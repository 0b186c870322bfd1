//! The neural-network core shared by the depth lab and the training race: a reproducible
//! random source, initialisation schemes, dense kernels, a fast activation table and an MLP.
//! Pure Rust, `libm` only (never std's platform `exp`/`ln`/`sin`), so a seed gives the same
//! numbers, bit for bit, natively and in WebAssembly.
//!
//! ```
//! use activation_explorer::math::Activation;
//! use activation_explorer::nn::{ForwardCache, Gradients, InitScheme, Mlp, Nonlinearity, Rng};
//!
//! let mut rng = Rng::new(7);
//! let tanh = Nonlinearity::with_defaults(Activation::Tanh);
//! let net = Mlp::new(&[2, 4, 1], &[tanh], &InitScheme::Xavier, &mut rng);
//! let (mut cache, mut grads) = (ForwardCache::new(), Gradients::new());
//! net.forward(&[0.5, -1.0, 1.0, 2.0], 2, &mut cache); // two samples
//! net.backward(&cache, &[1.0, 1.0], &mut grads); // ∂L/∂output = 1 for both
//! assert_eq!(cache.output().len(), 2);
//! assert_eq!(grads.wt[0].len(), 2 * 4);
//! ```

pub mod fast_activation;
pub mod gemm;
pub mod init;
pub mod mlp;
pub mod rng;

pub use fast_activation::FastActivation;
pub use gemm::{Real, gemm, transpose};
pub use init::{InitScheme, InitVariance, UnknownInit};
pub use mlp::{Dense, ForwardCache, Gradients, Mlp, Nonlinearity};
pub use rng::Rng;
