//! The depth lab's computations: how a signal and its gradient pass through a deep network.
//! Pure Rust, no browser. Two halves that do not use each other:
//! - [`sim`]: a real random MLP simulated (Monte Carlo), forward and backward, layer by layer;
//! - the mean-field theory of the same network in the limit of infinite width (the items
//!   re-exported here), the lines the lab draws over the simulated points: how the variance of
//!   the signal (the q-map), the correlation of two inputs (the c-map) and the size of
//!   gradients (χ₁) evolve with depth, for every activation of [`crate::math`].
//!
//! # Mean-field theory
//!
//! A fully connected network h^l = W^l f(h^{l−1}) + b^l with W_ij ~ N(0, σ_w²/fan-in) and
//! b_i ~ N(0, σ_b²), in the limit of infinite width (Poole et al. 2016, "Exponential
//! expressivity in deep neural networks through transient chaos"; Schoenholz et al. 2017,
//! "Deep information propagation"). With z ~ N(0, 1):
//! - q-map: q ↦ σ_w²·E[f(√q z)²] + σ_b², the next layer's pre-activation variance;
//!   its fixed point q* ([`MeanField::q_star`]);
//! - χ₁ = σ_w²·E[f′(√q* z)²] ([`MeanField::chi1`]): < 1 ordered (gradients vanish), > 1
//!   chaotic (they explode), = 1 critical; the critical line ([`critical_sigma_w2`],
//!   [`critical_line`]) and χ₁ over a grid ([`PhaseDiagram`]);
//! - c-map ([`MeanField::c_map`], [`MeanField::decorrelation_map`] near c = 1), its stable
//!   fixed point ([`MeanField::c_star`]) and the depth scale ξ_c ([`MeanField::depth_scale`]);
//! - the layer-by-layer curves the lab draws ([`MeanField::trajectory`], [`Layer`]);
//! - the variance-preserving gain 1/√E[f(z)²] ([`gain`]).
//!
//! The mean-field half uses only [`crate::math`] (the functions, and the Gaussian quadrature
//! of [`crate::math::gauss`]); [`sim`] also uses [`crate::nn`]. Nothing below uses this module.
//!
//! # Accuracy, and how it was checked
//! Every expectation is a quadrature split at the activation's kinks
//! ([`crate::math::gauss`]); the c-map of an activation without kinks is Mehler's series
//! ([`crate::math::gauss::HermiteSeries`]) where its Parseval bound allows, the two-level
//! quadrature otherwise. ReLU and its two-slope relatives (leaky ReLU, PReLU, RReLU) have
//! closed forms, the arc-cosine kernel (`maps/two_slope.rs`), exact at every variance. Snake is
//! the other exception: its sin² term oscillates at every u, α√q
//! times per unit of z, beyond what fixed panels resolve (5e−4 off at q = 25), so its
//! expectations are closed forms (`maps/snake.rs`). `tests/depth_meanfield.rs` compares, for
//! every activation the table holds (the test's `COVERED` list) at PyTorch's defaults, E[f(√q z)²], E[f′(√q z)²] and E[f(√q z)] at five q, q* and χ₁ at three
//! (σ_w², σ_b²) (ReLU-like ones diverging at one), the c-map at five c and 1 − c-map at
//! 1 − c = 1e−6, through [`MeanField`], the layer curves and the phase diagram, with
//! `tests/data/depth_reference.csv` at 1e−9 relative. That table comes from
//! `scripts/gen_depth_reference.py` (mpmath, 25+ digits, each value computed twice with rules
//! of different sizes or precisions; the c-map by Mehler's series with 200 terms for moderate
//! c and a 48-node composite rule near 1); `cargo test --test depth_meanfield -- --nocapture`
//! prints the worst error per quantity (1e−16 to 1e−13; 3e−11 for 1 − c-map near 1 along the
//! layer curves). Closed forms check the same code
//! independently: ReLU's arc-cosine kernel (Cho & Saul 2009), SELU's fixed point (0, 1)
//! (Klambauer et al. 2017), √2 and √(2/(1 + slope²)) for the ReLU gains, the tanh critical
//! point σ_w² = 1 at σ_b² = 0; and the depth scale is checked against the rate the layer curves
//! converge at.
//!
//! ```
//! use activation_explorer::depth::{MeanField, critical_sigma_w2, gain};
//! use activation_explorer::math::{Activation, Params};
//!
//! let p = Params::default();
//! assert!((gain(Activation::Relu, &p) - 2f64.sqrt()).abs() < 1e-14);
//! assert!((critical_sigma_w2(Activation::Tanh, &p, 0.0).unwrap() - 1.0).abs() < 1e-9);
//! let layers = MeanField::new(Activation::Tanh, &p, 1.5, 0.05).trajectory(1.0, 0.5, 200);
//! assert_eq!(layers.len(), 201);
//! ```

mod maps;
mod meanfield;
mod phase;
pub mod sim;
mod trajectory;

pub use meanfield::{MeanField, gain};
pub use phase::{PhaseDiagram, critical_line, critical_sigma_w2};
pub use trajectory::Layer;
