//! Activation Explorer: a guide to neural-network activation functions.
//!
//! Data flows one way: [`math`] → [`catalog`] → [`guide`] → [`chart`] → [`state`] → [`gesture`]
//! → `ui` → `embed`/`main`, and beside the guide [`math`] → [`catalog`] → [`nn`] → [`depth`] /
//! [`train`] (the depth lab's simulation and mean-field theory, the latter needing [`math`]
//! alone; the training race). Everything but the Leptos components (`ui`,
//! wasm32 only) is pure Rust, tested natively.

pub mod catalog;
pub mod chart;
pub mod depth;
pub mod gesture;
pub mod guide;
pub mod host_theme;
pub mod html;
pub mod lang;
pub mod math;
pub mod nn;
pub mod number;
pub mod protocol;
pub mod state;
pub mod train;
pub mod widget_config;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod embed;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;
