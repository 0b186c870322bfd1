//! Activation Explorer: a guide to neural-network activation functions.
//!
//! Data flows one way: [`math`] → [`catalog`] → [`guide`] → [`chart`] → `ui` → `embed`/`main`
//! (`ui` never imports `embed`).
//! Everything but the Leptos components (`ui`, wasm32 only) is pure Rust, tested natively.

pub mod catalog;
pub mod chart;
pub mod guide;
pub mod host_theme;
pub mod html;
pub mod lang;
pub mod math;
pub mod number;
pub mod state;
pub mod widget_config;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
