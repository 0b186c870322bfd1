//! Activation Explorer: a guide to neural-network activation functions.
//!
//! Data flows one way: [`math`] → [`catalog`] → [`guide`] → [`chart`] → `ui` → `embed`/`main`;
//! [`depth`] (the depth lab's mean-field theory) sits beside [`guide`]: [`math`] → [`catalog`] →
//! [`depth`]. Everything but the Leptos components (`ui`, wasm32 only) is pure Rust, tested
//! natively.

pub mod catalog;
pub mod chart;
pub mod depth;
pub mod guide;
pub mod html;
pub mod lang;
pub mod math;
pub mod number;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
