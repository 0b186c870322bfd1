//! The page ↔ worker protocol of the depth lab (and, next, of the training race): the
//! messages as plain structs ([`message`]), their encoding as runs of `f64` sent as one
//! `Float64Array` per batch ([`codec`]), the worker's work as a pure state machine
//! ([`runner`]) and the page's bookkeeping of what arrived ([`results`]). Pure Rust: every
//! round trip and every decision is tested natively; the two wasm ends (`worker` and the
//! lab view in `ui`) only move messages.
//!
//! ```
//! use activation_explorer::math::Activation;
//! use activation_explorer::protocol::{
//!     LabResults, Request, Runner, decode_responses, encode_responses, lab_job,
//! };
//! use activation_explorer::state::parse_query;
//!
//! let (state, _) = parse_query("view=depth&fn=tanh&init=xavier&depth=3&width=8&batch=4");
//! let job = lab_job(&state);
//! assert_eq!(job.activations, [Activation::Tanh]);
//! let mut runner = Runner::new();
//! runner.submit(Request::Lab { channel: 1, id: 7, job: job.clone() });
//! let mut results = LabResults::new(1, 7, &job.activations, job.depth);
//! let mut clock = 0.0;
//! while !runner.is_idle() {
//!     let batch = encode_responses(&runner.run_slice(&mut || { clock += 1.0; clock }, 5.0));
//!     for r in decode_responses(&batch).unwrap() {
//!         results.apply(&r);
//!     }
//! }
//! assert!(results.done);
//! assert_eq!(results.fns[0].forward.len(), 3);
//! assert_eq!(results.progress(), (6, 6));
//! ```
//!
//! Data flows one way: [`crate::depth`], [`crate::nn`], [`crate::math`] and [`crate::state`]
//! → here → the worker and the page.

pub mod codec;
pub mod message;
pub mod results;
pub mod runner;
pub mod snippet;
pub mod theory;

pub use codec::DecodeError;
pub use message::{
    JobError, LabJob, MAX_LAB_FNS, MeanFieldCurve, MeanFieldLayer, PhaseGrid, PhaseRequest,
    Request, Response, decode_requests, decode_responses, encode_requests, encode_responses,
};
pub use results::{BenchResults, FnResults, LabResults};
pub use runner::{Runner, TheoryCount};
pub use snippet::{GainRow, gain_rows, gains_table_html, pytorch_snippet};

use crate::math::Activation;
use crate::nn::InitScheme;
use crate::state::AppState;

/// The activations the lab shows when `fn` names none.
pub const DEFAULT_LAB_FNS: [Activation; 3] = [Activation::Tanh, Activation::Relu, Activation::Selu];
/// The correlation of the two inputs of each pair.
pub const INPUT_CORRELATION: f64 = 0.5;
/// The phase diagram's grid: columns (σw²) and rows (σb²).
pub const PHASE_COLS: usize = 64;
/// Rows of the phase diagram.
pub const PHASE_ROWS: usize = 40;

/// The activations of the lab for `state`: its `fn` (the first [`MAX_LAB_FNS`]), or
/// [`DEFAULT_LAB_FNS`].
pub fn lab_fns(state: &AppState) -> Vec<Activation> {
    if state.fns.is_empty() {
        DEFAULT_LAB_FNS.to_vec()
    } else {
        state.fns.iter().copied().take(MAX_LAB_FNS).collect()
    }
}

/// The (σw², σb²) ranges of the phase diagram for a chosen point: [0, 4] × [0, 1], stretched
/// to hold the point with a fifth to spare.
pub fn phase_ranges(sigma_w2: f64, sigma_b2: f64) -> (f64, f64) {
    let fit = |v: f64, base: f64| {
        if v.is_finite() && v * 1.2 > base {
            (v * 1.2 * 2.0).ceil() / 2.0
        } else {
            base
        }
    };
    (fit(sigma_w2, 4.0), fit(sigma_b2, 1.0))
}

/// The lab request for `state`: its activations, parameters and lab settings, with the phase
/// diagram of the first activation around the scheme's (σw², σb²).
pub fn lab_job(state: &AppState) -> LabJob {
    let lab = state.lab;
    let v = lab.init.variance(lab.width, lab.width);
    let (w_max, b_max) = phase_ranges(v.sigma_w2, v.sigma_b2);
    let init = match lab.init {
        InitScheme::Orthogonal { .. } => InitScheme::Orthogonal { gain: 1.0 },
        other => other,
    };
    LabJob {
        activations: lab_fns(state),
        params: state.params,
        init,
        depth: lab.depth,
        width: lab.width,
        batch: lab.batch,
        seed: lab.seed,
        input_correlation: INPUT_CORRELATION,
        phase: Some(PhaseRequest {
            fn_index: 0,
            sigma_w2_max: w_max,
            sigma_b2_max: b_max,
            cols: PHASE_COLS,
            rows: PHASE_ROWS,
        }),
    }
}
