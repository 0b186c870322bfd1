//! The messages between the page and the worker, as plain structs, and their encoding
//! ([`encode_requests`], [`decode_requests`], [`encode_responses`], [`decode_responses`]).
//!
//! Every piece of work belongs to a *channel* (one per depth-lab view or widget; the training
//! race will open its own) and carries the request's *id*: a newer request on a channel
//! replaces the older one there (its remaining work is dropped), and the page ignores
//! responses of ids it no longer waits for. Channels never cancel each other.

use crate::depth::sim::{GradientStats, InputStats, LayerStats, SimConfigError};
use crate::math::bench::BenchRow;
use crate::math::{Activation, GeluApproximate, Param, Params};
use crate::nn::InitScheme;

use super::codec::{DecodeError, Reader, Writer};

/// The most activations one lab request simulates.
pub const MAX_LAB_FNS: usize = 6;
/// The largest phase-diagram grid side.
pub const MAX_PHASE_SIDE: usize = 256;

/// What one lab request computes: a random MLP per activation, simulated layer by layer, the
/// mean-field curves of each, and optionally the phase diagram of one of them.
#[derive(Clone, Debug, PartialEq)]
pub struct LabJob {
    /// The activations (1..=[`MAX_LAB_FNS`]), each simulated with the same weights' seed.
    pub activations: Vec<Activation>,
    /// Their parameters.
    pub params: Params,
    /// The initialisation of every layer.
    pub init: InitScheme,
    /// Layers.
    pub depth: usize,
    /// Units per layer.
    pub width: usize,
    /// Samples.
    pub batch: usize,
    /// The seed of inputs, weights and the gradient direction.
    pub seed: u64,
    /// The correlation of the two inputs of each pair.
    pub input_correlation: f64,
    /// The phase diagram to compute, if any.
    pub phase: Option<PhaseRequest>,
}

/// The grid of a phase diagram: χ₁ over σw² ∈ [0, `sigma_w2_max`] × σb² ∈ [0, `sigma_b2_max`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PhaseRequest {
    /// Which of the job's activations (index into [`LabJob::activations`]).
    pub fn_index: usize,
    /// The largest σw² (columns).
    pub sigma_w2_max: f64,
    /// The largest σb² (rows).
    pub sigma_b2_max: f64,
    /// Columns (σw² values), 2..=[`MAX_PHASE_SIDE`].
    pub cols: usize,
    /// Rows (σb² values), 2..=[`MAX_PHASE_SIDE`].
    pub rows: usize,
}

/// A message from the page to the worker.
// A few requests a second at most: boxing the job would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Simulate (and compute the theory of) a lab setup.
    Lab {
        /// The channel.
        channel: u32,
        /// The request's id (the responses carry it).
        id: u32,
        /// What to compute.
        job: LabJob,
    },
    /// Time every activation's f and f′ in the worker (exact f64 math, [`crate::math::bench`]).
    Bench {
        /// The channel.
        channel: u32,
        /// The request's id.
        id: u32,
        /// Inputs per pass.
        points: usize,
        /// The least time each figure is measured over, ms.
        min_ms: f64,
    },
    /// Drop whatever the channel is doing.
    Cancel {
        /// The channel.
        channel: u32,
    },
}

/// The mean-field prediction for one layer (the theory's `Layer`, with its fields as numbers).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MeanFieldLayer {
    /// qˡ: the pre-activations' second moment.
    pub q: f64,
    /// cˡ: the correlation of two inputs' pre-activations.
    pub c: f64,
    /// 1 − cˡ at full precision.
    pub one_minus_c: f64,
    /// χ₁(qˡ): this layer's factor on the squared gradient norm.
    pub chi1: f64,
    /// E‖∂L/∂h⁰‖² / E‖∂L/∂hˡ‖² = χ₁(q⁰)···χ₁(qˡ⁻¹).
    pub grad_sq_ratio: f64,
    /// E[f(hˡ)], the post-activations' mean.
    pub post_mean: f64,
}

/// The mean-field curves of one activation, layer 0 (the input) first, and its fixed point.
#[derive(Clone, Debug, PartialEq)]
pub struct MeanFieldCurve {
    /// Layers 0..=depth (fewer if q overflowed).
    pub layers: Vec<MeanFieldLayer>,
    /// q*, the fixed point reached from q = 1 (`None`: q diverges).
    pub q_star: Option<f64>,
    /// χ₁ at q*.
    pub chi1: Option<f64>,
    /// The depth scale ξ_c (`None` where undefined; +∞ at criticality).
    pub depth_scale: Option<f64>,
}

/// The phase diagram of one activation: χ₁ at q* over a grid, and the critical line.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseGrid {
    /// The activation.
    pub activation: Activation,
    /// The σw² of the columns.
    pub sigma_w2: Vec<f64>,
    /// The σb² of the rows.
    pub sigma_b2: Vec<f64>,
    /// χ₁ per cell, row-major (`row * cols + col`); NaN where q* diverges.
    pub chi1: Vec<f64>,
    /// The critical σw² of each row; NaN where there is none.
    pub critical_sigma_w2: Vec<f64>,
}

/// Why a request could not be done.
#[derive(Clone, Debug, PartialEq)]
pub enum JobError {
    /// The simulation refused the configuration.
    Sim(SimConfigError),
    /// No activation, or more than [`MAX_LAB_FNS`].
    Activations(usize),
    /// A phase-diagram request outside its ranges.
    Phase,
}

/// A message from the worker to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Response {
    /// The worker has started and takes requests (sent once). `simd`: built with wasm SIMD.
    Ready {
        /// Whether the worker's code uses 128-bit SIMD.
        simd: bool,
    },
    /// The inputs drawn for activation `fn_index`'s simulation.
    Input {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
        /// Index into the job's activations.
        fn_index: usize,
        /// Their statistics.
        stats: InputStats,
    },
    /// One layer forward.
    Forward {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
        /// Index into the job's activations.
        fn_index: usize,
        /// The layer's statistics.
        stats: LayerStats,
    },
    /// One layer backward.
    Backward {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
        /// Index into the job's activations.
        fn_index: usize,
        /// The layer's gradient statistics.
        stats: GradientStats,
    },
    /// A simulation finished: its compute time in the worker.
    SimDone {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
        /// Index into the job's activations.
        fn_index: usize,
        /// Milliseconds spent in the simulation's steps (worker clock).
        ms: f64,
    },
    /// The mean-field curves of one activation.
    MeanField {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
        /// Index into the job's activations.
        fn_index: usize,
        /// The curves.
        curve: MeanFieldCurve,
        /// Milliseconds they took (worker clock).
        ms: f64,
    },
    /// The phase diagram.
    Phase {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
        /// The grid.
        grid: PhaseGrid,
        /// Milliseconds it took (worker clock; 0 when it came from the worker's cache).
        ms: f64,
    },
    /// One activation timed.
    BenchRow {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
        /// Evaluations per second of f and f′.
        row: BenchRow,
    },
    /// Everything of the request is done.
    Done {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
    },
    /// The request could not be done.
    Failed {
        /// The channel.
        channel: u32,
        /// The request.
        id: u32,
        /// Why.
        error: JobError,
    },
}

impl Response {
    /// The channel and request a response belongs to (`None` for [`Response::Ready`]).
    pub fn route(&self) -> Option<(u32, u32)> {
        match *self {
            Response::Ready { .. } => None,
            Response::Input { channel, id, .. }
            | Response::Forward { channel, id, .. }
            | Response::Backward { channel, id, .. }
            | Response::SimDone { channel, id, .. }
            | Response::MeanField { channel, id, .. }
            | Response::Phase { channel, id, .. }
            | Response::BenchRow { channel, id, .. }
            | Response::Done { channel, id }
            | Response::Failed { channel, id, .. } => Some((channel, id)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Encoding of the parts.

const U32: u64 = u32::MAX as u64;
/// Seeds travel exactly up to 2⁵³ − 1.
const MAX_SEED: u64 = (1 << 53) - 1;

fn put_activation(w: &mut Writer, a: Activation) {
    w.usize(Activation::ALL.iter().position(|x| *x == a).unwrap_or(0));
}

fn get_activation(r: &mut Reader) -> Result<Activation, DecodeError> {
    let i = r.usize(Activation::ALL.len() - 1, "activation")?;
    Ok(Activation::ALL[i])
}

fn put_params(w: &mut Writer, p: &Params) {
    for q in Param::ALL {
        w.f64(p[q]);
    }
    w.bool(p.approximate == GeluApproximate::Tanh);
}

fn get_params(r: &mut Reader) -> Result<Params, DecodeError> {
    let mut p = Params::default();
    for q in Param::ALL {
        p.set(q, r.f64()?);
    }
    p.approximate = if r.bool("approximate")? {
        GeluApproximate::Tanh
    } else {
        GeluApproximate::None
    };
    Ok(p)
}

fn put_init(w: &mut Writer, init: &InitScheme) {
    let i = InitScheme::IDS
        .iter()
        .position(|id| *id == init.id())
        .unwrap_or(0);
    w.usize(i);
    let (a, b) = match *init {
        InitScheme::Orthogonal { gain } => (gain, 0.0),
        InitScheme::Custom { sigma_w2, sigma_b2 } => (sigma_w2, sigma_b2),
        _ => (0.0, 0.0),
    };
    w.f64(a);
    w.f64(b);
}

fn get_init(r: &mut Reader) -> Result<InitScheme, DecodeError> {
    let i = r.usize(InitScheme::IDS.len() - 1, "init")?;
    let (a, b) = (r.f64()?, r.f64()?);
    let scheme: InitScheme = InitScheme::IDS[i]
        .parse()
        .map_err(|_| DecodeError::BadValue("init"))?;
    Ok(match scheme {
        InitScheme::Orthogonal { .. } => InitScheme::Orthogonal { gain: a },
        InitScheme::Custom { .. } => InitScheme::Custom {
            sigma_w2: a,
            sigma_b2: b,
        },
        other => other,
    })
}

fn put_job(w: &mut Writer, job: &LabJob) {
    w.usize(job.activations.len());
    for &a in &job.activations {
        put_activation(w, a);
    }
    put_params(w, &job.params);
    put_init(w, &job.init);
    w.usize(job.depth);
    w.usize(job.width);
    w.usize(job.batch);
    w.uint(job.seed);
    w.f64(job.input_correlation);
    match &job.phase {
        None => w.bool(false),
        Some(p) => {
            w.bool(true);
            w.usize(p.fn_index);
            w.f64(p.sigma_w2_max);
            w.f64(p.sigma_b2_max);
            w.usize(p.cols);
            w.usize(p.rows);
        }
    }
}

fn get_job(r: &mut Reader) -> Result<LabJob, DecodeError> {
    let n = r.usize(Activation::ALL.len(), "activation count")?;
    let activations = (0..n)
        .map(|_| get_activation(r))
        .collect::<Result<Vec<_>, _>>()?;
    let params = get_params(r)?;
    let init = get_init(r)?;
    let depth = r.usize(1 << 20, "depth")?;
    let width = r.usize(1 << 20, "width")?;
    let batch = r.usize(1 << 20, "batch")?;
    let seed = r.uint(MAX_SEED, "seed")?;
    let input_correlation = r.f64()?;
    let phase = if r.bool("phase")? {
        Some(PhaseRequest {
            fn_index: r.usize(Activation::ALL.len(), "phase activation")?,
            sigma_w2_max: r.f64()?,
            sigma_b2_max: r.f64()?,
            cols: r.usize(MAX_PHASE_SIDE, "phase columns")?,
            rows: r.usize(MAX_PHASE_SIDE, "phase rows")?,
        })
    } else {
        None
    };
    Ok(LabJob {
        activations,
        params,
        init,
        depth,
        width,
        batch,
        seed,
        input_correlation,
        phase,
    })
}

fn put_sim_error(w: &mut Writer, e: &SimConfigError) {
    let (code, v) = match *e {
        SimConfigError::Depth(d) => (0, d),
        SimConfigError::Width(x) => (1, x),
        SimConfigError::Batch(b) => (2, b),
        SimConfigError::BackwardBatch(b) => (3, b),
        SimConfigError::TooLarge => (4, 0),
        SimConfigError::Correlation => (5, 0),
        SimConfigError::Init => (6, 0),
    };
    w.usize(code);
    w.usize(v);
}

fn get_sim_error(r: &mut Reader) -> Result<SimConfigError, DecodeError> {
    let code = r.usize(6, "simulation error")?;
    let v = r.usize(usize::MAX >> 11, "simulation error value")?;
    Ok(match code {
        0 => SimConfigError::Depth(v),
        1 => SimConfigError::Width(v),
        2 => SimConfigError::Batch(v),
        3 => SimConfigError::BackwardBatch(v),
        4 => SimConfigError::TooLarge,
        5 => SimConfigError::Correlation,
        _ => SimConfigError::Init,
    })
}

fn put_curve(w: &mut Writer, c: &MeanFieldCurve) {
    w.usize(c.layers.len());
    for l in &c.layers {
        for v in [
            l.q,
            l.c,
            l.one_minus_c,
            l.chi1,
            l.grad_sq_ratio,
            l.post_mean,
        ] {
            w.f64(v);
        }
    }
    w.opt_f64(c.q_star);
    w.opt_f64(c.chi1);
    w.opt_f64(c.depth_scale);
}

fn get_curve(r: &mut Reader) -> Result<MeanFieldCurve, DecodeError> {
    let n = r.usize(1 << 20, "mean-field layers")?;
    let mut layers = Vec::with_capacity(n.min(4096));
    for _ in 0..n {
        layers.push(MeanFieldLayer {
            q: r.f64()?,
            c: r.f64()?,
            one_minus_c: r.f64()?,
            chi1: r.f64()?,
            grad_sq_ratio: r.f64()?,
            post_mean: r.f64()?,
        });
    }
    Ok(MeanFieldCurve {
        layers,
        q_star: r.opt_f64()?,
        chi1: r.opt_f64()?,
        depth_scale: r.opt_f64()?,
    })
}

fn put_grid(w: &mut Writer, g: &PhaseGrid) {
    put_activation(w, g.activation);
    w.f64s(&g.sigma_w2);
    w.f64s(&g.sigma_b2);
    w.f64s(&g.chi1);
    w.f64s(&g.critical_sigma_w2);
}

fn get_grid(r: &mut Reader) -> Result<PhaseGrid, DecodeError> {
    let activation = get_activation(r)?;
    let sigma_w2 = r.f64s(MAX_PHASE_SIDE, "phase columns")?;
    let sigma_b2 = r.f64s(MAX_PHASE_SIDE, "phase rows")?;
    let chi1 = r.f64s(MAX_PHASE_SIDE * MAX_PHASE_SIDE, "phase cells")?;
    let critical_sigma_w2 = r.f64s(MAX_PHASE_SIDE, "critical line")?;
    if chi1.len() != sigma_w2.len() * sigma_b2.len() || critical_sigma_w2.len() != sigma_b2.len() {
        return Err(DecodeError::BadValue("phase grid shape"));
    }
    Ok(PhaseGrid {
        activation,
        sigma_w2,
        sigma_b2,
        chi1,
        critical_sigma_w2,
    })
}

// ---------------------------------------------------------------------------------------------
// Messages.

/// Request tags.
mod req {
    pub const LAB: f64 = 1.0;
    pub const BENCH: f64 = 2.0;
    pub const CANCEL: f64 = 3.0;
}

/// Response tags.
mod resp {
    pub const READY: f64 = 100.0;
    pub const INPUT: f64 = 101.0;
    pub const FORWARD: f64 = 102.0;
    pub const BACKWARD: f64 = 103.0;
    pub const SIM_DONE: f64 = 104.0;
    pub const MEAN_FIELD: f64 = 105.0;
    pub const PHASE: f64 = 106.0;
    pub const BENCH_ROW: f64 = 107.0;
    pub const DONE: f64 = 108.0;
    pub const FAILED: f64 = 109.0;
}

fn put_route(w: &mut Writer, channel: u32, id: u32) {
    w.uint(u64::from(channel));
    w.uint(u64::from(id));
}

fn get_route(r: &mut Reader) -> Result<(u32, u32), DecodeError> {
    Ok((
        r.uint(U32, "channel")? as u32,
        r.uint(U32, "request id")? as u32,
    ))
}

fn put_request(w: &mut Writer, m: &Request) {
    match m {
        Request::Lab { channel, id, job } => {
            w.f64(req::LAB);
            put_route(w, *channel, *id);
            put_job(w, job);
        }
        Request::Bench {
            channel,
            id,
            points,
            min_ms,
        } => {
            w.f64(req::BENCH);
            put_route(w, *channel, *id);
            w.usize(*points);
            w.f64(*min_ms);
        }
        Request::Cancel { channel } => {
            w.f64(req::CANCEL);
            w.uint(u64::from(*channel));
        }
    }
}

fn get_request(r: &mut Reader) -> Result<Request, DecodeError> {
    let tag = r.f64()?;
    Ok(if tag == req::LAB {
        let (channel, id) = get_route(r)?;
        Request::Lab {
            channel,
            id,
            job: get_job(r)?,
        }
    } else if tag == req::BENCH {
        let (channel, id) = get_route(r)?;
        Request::Bench {
            channel,
            id,
            points: r.usize(1 << 26, "bench points")?,
            min_ms: r.f64()?,
        }
    } else if tag == req::CANCEL {
        Request::Cancel {
            channel: r.uint(U32, "channel")? as u32,
        }
    } else {
        return Err(DecodeError::UnknownTag(tag));
    })
}

fn put_response(w: &mut Writer, m: &Response) {
    match m {
        Response::Ready { simd } => {
            w.f64(resp::READY);
            w.bool(*simd);
        }
        Response::Input {
            channel,
            id,
            fn_index,
            stats,
        } => {
            w.f64(resp::INPUT);
            put_route(w, *channel, *id);
            w.usize(*fn_index);
            w.f64(stats.second_moment);
            w.f64(stats.correlation);
        }
        Response::Forward {
            channel,
            id,
            fn_index,
            stats: s,
        } => {
            w.f64(resp::FORWARD);
            put_route(w, *channel, *id);
            w.usize(*fn_index);
            w.usize(s.layer);
            for v in [
                s.mean,
                s.variance,
                s.second_moment,
                s.dead_fraction,
                s.saturated_fraction,
                s.correlation,
            ] {
                w.f64(v);
            }
        }
        Response::Backward {
            channel,
            id,
            fn_index,
            stats: s,
        } => {
            w.f64(resp::BACKWARD);
            put_route(w, *channel, *id);
            w.usize(*fn_index);
            w.usize(s.layer);
            w.f64(s.grad_norm);
            w.f64(s.grad_second_moment);
        }
        Response::SimDone {
            channel,
            id,
            fn_index,
            ms,
        } => {
            w.f64(resp::SIM_DONE);
            put_route(w, *channel, *id);
            w.usize(*fn_index);
            w.f64(*ms);
        }
        Response::MeanField {
            channel,
            id,
            fn_index,
            curve,
            ms,
        } => {
            w.f64(resp::MEAN_FIELD);
            put_route(w, *channel, *id);
            w.usize(*fn_index);
            put_curve(w, curve);
            w.f64(*ms);
        }
        Response::Phase {
            channel,
            id,
            grid,
            ms,
        } => {
            w.f64(resp::PHASE);
            put_route(w, *channel, *id);
            put_grid(w, grid);
            w.f64(*ms);
        }
        Response::BenchRow { channel, id, row } => {
            w.f64(resp::BENCH_ROW);
            put_route(w, *channel, *id);
            put_activation(w, row.activation);
            w.f64(row.eval_per_sec);
            w.f64(row.derivative_per_sec);
        }
        Response::Done { channel, id } => {
            w.f64(resp::DONE);
            put_route(w, *channel, *id);
        }
        Response::Failed { channel, id, error } => {
            w.f64(resp::FAILED);
            put_route(w, *channel, *id);
            match error {
                JobError::Sim(e) => {
                    w.usize(0);
                    put_sim_error(w, e);
                }
                JobError::Activations(n) => {
                    w.usize(1);
                    w.usize(*n);
                }
                JobError::Phase => w.usize(2),
            }
        }
    }
}

fn get_response(r: &mut Reader) -> Result<Response, DecodeError> {
    let tag = r.f64()?;
    if tag == resp::READY {
        return Ok(Response::Ready {
            simd: r.bool("simd")?,
        });
    }
    let known = [
        resp::INPUT,
        resp::FORWARD,
        resp::BACKWARD,
        resp::SIM_DONE,
        resp::MEAN_FIELD,
        resp::PHASE,
        resp::BENCH_ROW,
        resp::DONE,
        resp::FAILED,
    ];
    if !known.contains(&tag) {
        return Err(DecodeError::UnknownTag(tag));
    }
    let (channel, id) = get_route(r)?;
    let max_fn = MAX_LAB_FNS.max(Activation::ALL.len());
    Ok(if tag == resp::INPUT {
        Response::Input {
            channel,
            id,
            fn_index: r.usize(max_fn, "activation index")?,
            stats: InputStats {
                second_moment: r.f64()?,
                correlation: r.f64()?,
            },
        }
    } else if tag == resp::FORWARD {
        let fn_index = r.usize(max_fn, "activation index")?;
        let layer = r.usize(1 << 20, "layer")?;
        Response::Forward {
            channel,
            id,
            fn_index,
            stats: LayerStats {
                layer,
                mean: r.f64()?,
                variance: r.f64()?,
                second_moment: r.f64()?,
                dead_fraction: r.f64()?,
                saturated_fraction: r.f64()?,
                correlation: r.f64()?,
            },
        }
    } else if tag == resp::BACKWARD {
        let fn_index = r.usize(max_fn, "activation index")?;
        Response::Backward {
            channel,
            id,
            fn_index,
            stats: GradientStats {
                layer: r.usize(1 << 20, "layer")?,
                grad_norm: r.f64()?,
                grad_second_moment: r.f64()?,
            },
        }
    } else if tag == resp::SIM_DONE {
        Response::SimDone {
            channel,
            id,
            fn_index: r.usize(max_fn, "activation index")?,
            ms: r.f64()?,
        }
    } else if tag == resp::MEAN_FIELD {
        Response::MeanField {
            channel,
            id,
            fn_index: r.usize(max_fn, "activation index")?,
            curve: get_curve(r)?,
            ms: r.f64()?,
        }
    } else if tag == resp::PHASE {
        Response::Phase {
            channel,
            id,
            grid: get_grid(r)?,
            ms: r.f64()?,
        }
    } else if tag == resp::BENCH_ROW {
        Response::BenchRow {
            channel,
            id,
            row: BenchRow {
                activation: get_activation(r)?,
                eval_per_sec: r.f64()?,
                derivative_per_sec: r.f64()?,
            },
        }
    } else if tag == resp::DONE {
        Response::Done { channel, id }
    } else {
        let error = match r.usize(2, "error kind")? {
            0 => JobError::Sim(get_sim_error(r)?),
            1 => JobError::Activations(r.usize(1 << 20, "activation count")?),
            _ => JobError::Phase,
        };
        Response::Failed { channel, id, error }
    })
}

fn encode<T>(msgs: &[T], put: fn(&mut Writer, &T)) -> Vec<f64> {
    let mut w = Writer::new();
    for m in msgs {
        put(&mut w, m);
    }
    w.finish_batch(msgs.len())
}

fn decode<T>(
    buf: &[f64],
    get: fn(&mut Reader) -> Result<T, DecodeError>,
) -> Result<Vec<T>, DecodeError> {
    let (mut r, n) = Reader::batch(buf)?;
    let mut out = Vec::with_capacity(n.min(1024));
    for _ in 0..n {
        out.push(get(&mut r)?);
    }
    if !r.at_end() {
        return Err(DecodeError::TrailingData);
    }
    Ok(out)
}

/// Requests as one batch (page → worker).
pub fn encode_requests(msgs: &[Request]) -> Vec<f64> {
    encode(msgs, put_request)
}

/// Reads a batch of requests.
pub fn decode_requests(buf: &[f64]) -> Result<Vec<Request>, DecodeError> {
    decode(buf, get_request)
}

/// Responses as one batch (worker → page).
pub fn encode_responses(msgs: &[Response]) -> Vec<f64> {
    encode(msgs, put_response)
}

/// Reads a batch of responses.
pub fn decode_responses(buf: &[f64]) -> Result<Vec<Response>, DecodeError> {
    decode(buf, get_response)
}
