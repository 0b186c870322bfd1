//! [`Runner`]: everything the worker does, as a pure state machine. The worker's wasm entry
//! only moves messages: it decodes requests into [`Runner::submit`], calls
//! [`Runner::run_slice`] while [`Runner::is_idle`] is false (yielding to its event loop between
//! slices, so a newer request is seen within one slice), and posts what comes back.
//!
//! Work is cut into units of a few milliseconds: one layer of a simulation forward or
//! backward, the mean-field curves of one activation, the phase diagram, one activation of
//! the benchmark. Channels take turns unit by unit, so two widgets share the worker fairly.

use crate::depth::sim::{SimConfig, SimStep, Simulation};
use crate::math::bench;
use crate::math::{Activation, Params};
use crate::nn::InitVariance;

use super::message::{
    JobError, LabJob, MAX_LAB_FNS, MAX_PHASE_SIDE, MeanFieldCurve, PhaseGrid, PhaseRequest,
    Request, Response,
};
use super::theory;

/// The backward sub-batch of the lab's simulations (see `depth::sim`).
pub const BACKWARD_BATCH: usize = 64;

/// What a channel is doing.
#[derive(Debug)]
enum Work {
    Lab(Box<LabWork>),
    Bench(BenchWork),
}

#[derive(Debug)]
struct Job {
    channel: u32,
    id: u32,
    work: Work,
}

/// A lab request in progress: the theory of each activation, the phase diagram, then the
/// simulations one after the other.
#[derive(Debug)]
struct LabWork {
    job: LabJob,
    stage: Stage,
    sim: Option<Simulation>,
    /// Milliseconds spent in the current simulation's steps.
    sim_ms: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Stage {
    Theory(usize),
    Phase,
    Sim(usize),
    Finished,
}

#[derive(Debug)]
struct BenchWork {
    xs: Vec<f64>,
    min_ms: f64,
    /// The next activation to time (index into `Activation::ALL`); `None` before the warm-up.
    next: Option<usize>,
}

/// The worker's state: one job per channel, and the theory last computed ([`TheoryCache`]).
#[derive(Debug, Default)]
pub struct Runner {
    jobs: Vec<Job>,
    turn: usize,
    theory: TheoryCache,
}

/// How many mean-field curves the runner keeps: every activation of two widgets' jobs.
const CURVE_CACHE: usize = 2 * MAX_LAB_FNS;

/// Exactly what one activation's mean-field curves depend on ([`theory::mean_field_curve`]'s
/// arguments, with only the parameters the activation reads, [`Params::only_for`]): not the
/// seed, the batch, nor the width except through the init variances.
#[derive(Clone, Copy, Debug, PartialEq)]
struct CurveKey {
    activation: Activation,
    params: Params,
    variance: InitVariance,
    q1: f64,
    c1: f64,
    depth: usize,
}

/// The theory kept between jobs, so that a new seed, width or batch (a new simulation) does
/// not recompute it: the last [`CURVE_CACHE`] mean-field curves and the last phase diagram
/// (it depends on the activation, the parameters it reads and the grid only).
#[derive(Debug, Default)]
struct TheoryCache {
    curves: Vec<(CurveKey, Option<MeanFieldCurve>)>,
    phase: Option<(Activation, Params, PhaseRequest, PhaseGrid)>,
    computed: TheoryCount,
}

/// How many times the runner computed theory instead of reusing it (see
/// [`Runner::theory_computed`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TheoryCount {
    /// Mean-field curves (one per activation of a job).
    pub curves: usize,
    /// Phase diagrams.
    pub phase: usize,
}

impl TheoryCache {
    /// The curves for `key`, computed or reused (most recently used last).
    fn curve(&mut self, key: CurveKey) -> Option<MeanFieldCurve> {
        if let Some(i) = self.curves.iter().position(|(k, _)| *k == key) {
            let hit = self.curves.remove(i);
            let curve = hit.1.clone();
            self.curves.push(hit);
            return curve;
        }
        self.computed.curves += 1;
        let curve = theory::mean_field_curve(
            key.activation,
            &key.params,
            key.variance,
            key.q1,
            key.c1,
            key.depth,
        );
        if self.curves.len() == CURVE_CACHE {
            self.curves.remove(0);
        }
        self.curves.push((key, curve.clone()));
        curve
    }
}

impl LabJob {
    /// The simulation of activation `i` of the job.
    pub fn sim_config(&self, i: usize) -> SimConfig {
        SimConfig {
            activation: self.activations[i],
            params: self.params,
            init: self.init,
            depth: self.depth,
            width: self.width,
            batch: self.batch,
            seed: self.seed,
            input_correlation: self.input_correlation,
            backward_batch: self.batch.min(BACKWARD_BATCH),
        }
    }

    /// Checks everything that can be checked before starting.
    pub fn validate(&self) -> Result<(), JobError> {
        let n = self.activations.len();
        if n == 0 || n > MAX_LAB_FNS {
            return Err(JobError::Activations(n));
        }
        self.sim_config(0).validate().map_err(JobError::Sim)?;
        if let Some(p) = &self.phase {
            let side = 2..=MAX_PHASE_SIDE;
            let ok = p.fn_index < n
                && side.contains(&p.cols)
                && side.contains(&p.rows)
                && p.sigma_w2_max.is_finite()
                && p.sigma_w2_max > 0.0
                && p.sigma_b2_max.is_finite()
                && p.sigma_b2_max > 0.0;
            if !ok {
                return Err(JobError::Phase);
            }
        }
        Ok(())
    }
}

impl Runner {
    /// A runner with nothing to do.
    pub fn new() -> Runner {
        Runner::default()
    }

    /// How many mean-field curves and phase diagrams it has computed so far (those reused
    /// from its cache not counted).
    pub fn theory_computed(&self) -> TheoryCount {
        self.theory.computed
    }

    /// Whether no channel has work.
    pub fn is_idle(&self) -> bool {
        self.jobs.is_empty()
    }

    /// Takes a request: a lab or bench request replaces the channel's current work (what is
    /// left of it is dropped, nothing more is sent for it); a cancel drops it. Returns the
    /// responses due at once (a refused request's `Failed`).
    pub fn submit(&mut self, req: Request) -> Vec<Response> {
        match req {
            Request::Cancel { channel } => {
                self.jobs.retain(|j| j.channel != channel);
                Vec::new()
            }
            Request::Lab { channel, id, job } => {
                // The old simulation's buffers are reused by the new one.
                let old = self.take(channel);
                if let Err(error) = job.validate() {
                    return vec![Response::Failed { channel, id, error }];
                }
                let sim = match old.map(|j| j.work) {
                    Some(Work::Lab(l)) => l.sim,
                    _ => None,
                };
                self.jobs.push(Job {
                    channel,
                    id,
                    work: Work::Lab(Box::new(LabWork {
                        job,
                        stage: Stage::Theory(0),
                        sim,
                        sim_ms: 0.0,
                    })),
                });
                Vec::new()
            }
            Request::Bench {
                channel,
                id,
                points,
                min_ms,
            } => {
                self.take(channel);
                self.jobs.push(Job {
                    channel,
                    id,
                    work: Work::Bench(BenchWork {
                        xs: bench::inputs(points.clamp(2, 1 << 22)),
                        min_ms: if min_ms.is_finite() {
                            min_ms.clamp(0.0, 10_000.0)
                        } else {
                            bench::MIN_MS
                        },
                        next: None,
                    }),
                });
                Vec::new()
            }
        }
    }

    fn take(&mut self, channel: u32) -> Option<Job> {
        let i = self.jobs.iter().position(|j| j.channel == channel)?;
        Some(self.jobs.remove(i))
    }

    /// Does units of work until `budget_ms` have passed on `now_ms` (at least one unit, if
    /// there is work) and returns the responses they produced.
    pub fn run_slice(&mut self, now_ms: &mut dyn FnMut() -> f64, budget_ms: f64) -> Vec<Response> {
        let start = now_ms();
        let mut out = Vec::new();
        while !self.is_idle() {
            self.unit(now_ms, &mut out);
            if now_ms() - start >= budget_ms {
                break;
            }
        }
        out
    }

    /// One unit of the next channel's work.
    fn unit(&mut self, now_ms: &mut dyn FnMut() -> f64, out: &mut Vec<Response>) {
        if self.jobs.is_empty() {
            return;
        }
        self.turn %= self.jobs.len();
        let i = self.turn;
        let (channel, id) = (self.jobs[i].channel, self.jobs[i].id);
        let finished = match &mut self.jobs[i].work {
            Work::Lab(lab) => lab_unit(lab, channel, id, now_ms, &mut self.theory, out),
            Work::Bench(b) => bench_unit(b, channel, id, now_ms, out),
        };
        if finished {
            out.push(Response::Done { channel, id });
            self.jobs.remove(i);
        } else {
            self.turn += 1;
        }
    }
}

/// One unit of a lab job; `true` when the job is finished.
fn lab_unit(
    lab: &mut LabWork,
    channel: u32,
    id: u32,
    now_ms: &mut dyn FnMut() -> f64,
    cache: &mut TheoryCache,
    out: &mut Vec<Response>,
) -> bool {
    let n = lab.job.activations.len();
    match lab.stage {
        Stage::Theory(i) => {
            let job = &lab.job;
            let v = job.sim_config(i).init_variance();
            let (q1, c1) = theory::first_layer(v, 1.0, job.input_correlation);
            let key = CurveKey {
                activation: job.activations[i],
                params: job.params.only_for(job.activations[i]),
                variance: v,
                q1,
                c1,
                depth: job.depth,
            };
            let (t0, before) = (now_ms(), cache.computed.curves);
            let curve = cache.curve(key);
            let ms = if cache.computed.curves == before {
                0.0
            } else {
                now_ms() - t0
            };
            if let Some(curve) = curve {
                out.push(Response::MeanField {
                    channel,
                    id,
                    fn_index: i,
                    curve,
                    ms,
                });
            }
            lab.stage = if i + 1 < n {
                Stage::Theory(i + 1)
            } else {
                Stage::Phase
            };
        }
        Stage::Phase => {
            if let Some(req) = lab.job.phase {
                let a = lab.job.activations[req.fn_index];
                // Only the parameters `a` reads: the diagram depends on no other.
                let p = lab.job.params.only_for(a);
                let cached = cache
                    .phase
                    .as_ref()
                    .filter(|(ca, cp, cr, _)| *ca == a && *cp == p && *cr == req)
                    .map(|c| c.3.clone());
                let t0 = now_ms();
                let grid = cached.clone().or_else(|| {
                    cache.computed.phase += 1;
                    theory::phase_grid(a, &p, &req)
                });
                let ms = if cached.is_some() { 0.0 } else { now_ms() - t0 };
                if let Some(grid) = grid {
                    cache.phase = Some((a, p, req, grid.clone()));
                    out.push(Response::Phase {
                        channel,
                        id,
                        grid,
                        ms,
                    });
                }
            }
            lab.stage = Stage::Sim(0);
        }
        Stage::Sim(i) => {
            let t0 = now_ms();
            let sim = match lab.sim.as_mut() {
                Some(sim) if sim.config() == &lab.job.sim_config(i) && !sim.is_done() => sim,
                _ => {
                    // A new simulation (reusing the buffers of the last one).
                    let cfg = lab.job.sim_config(i);
                    let started = match lab.sim.as_mut() {
                        Some(sim) => sim.restart(cfg),
                        None => Simulation::new(cfg).map(|s| lab.sim = Some(s)),
                    };
                    if let Err(e) = started {
                        out.push(Response::Failed {
                            channel,
                            id,
                            error: JobError::Sim(e),
                        });
                        return true;
                    }
                    lab.sim_ms = 0.0;
                    let sim = lab.sim.as_mut().expect("just made");
                    out.push(Response::Input {
                        channel,
                        id,
                        fn_index: i,
                        stats: sim.input_stats(),
                    });
                    sim
                }
            };
            let step = sim.step();
            let done = sim.is_done();
            lab.sim_ms += now_ms() - t0;
            match step {
                SimStep::Forward(stats) => out.push(Response::Forward {
                    channel,
                    id,
                    fn_index: i,
                    stats,
                }),
                SimStep::Backward(stats) => out.push(Response::Backward {
                    channel,
                    id,
                    fn_index: i,
                    stats,
                }),
                SimStep::Done => {}
            }
            if done {
                out.push(Response::SimDone {
                    channel,
                    id,
                    fn_index: i,
                    ms: lab.sim_ms,
                });
                lab.stage = if i + 1 < n {
                    Stage::Sim(i + 1)
                } else {
                    Stage::Finished
                };
            }
        }
        Stage::Finished => {}
    }
    lab.stage == Stage::Finished
}

/// One unit of the benchmark (the warm-up, then one activation); `true` when finished.
fn bench_unit(
    b: &mut BenchWork,
    channel: u32,
    id: u32,
    now_ms: &mut dyn FnMut() -> f64,
    out: &mut Vec<Response>,
) -> bool {
    match b.next {
        None => {
            for &a in &Activation::ALL {
                bench::warm_up(a, &b.xs, now_ms);
            }
            b.next = Some(0);
            false
        }
        Some(i) => {
            let row = bench::measure(Activation::ALL[i], &b.xs, now_ms, b.min_ms);
            out.push(Response::BenchRow { channel, id, row });
            b.next = Some(i + 1);
            i + 1 == Activation::ALL.len()
        }
    }
}
