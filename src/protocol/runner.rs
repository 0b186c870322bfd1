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

use super::message::{
    JobError, LabJob, MAX_LAB_FNS, MAX_PHASE_SIDE, PhaseGrid, PhaseRequest, Request, Response,
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

/// The worker's state: one job per channel, and the last phase diagram (it depends on the
/// activation and its parameters only, so a change of depth or width does not recompute it).
#[derive(Debug, Default)]
pub struct Runner {
    jobs: Vec<Job>,
    turn: usize,
    phase_cache: Option<(Activation, Params, PhaseRequest, PhaseGrid)>,
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
            Work::Lab(lab) => lab_unit(lab, channel, id, now_ms, &mut self.phase_cache, out),
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
    cache: &mut Option<(Activation, Params, PhaseRequest, PhaseGrid)>,
    out: &mut Vec<Response>,
) -> bool {
    let n = lab.job.activations.len();
    match lab.stage {
        Stage::Theory(i) => {
            let job = &lab.job;
            let v = job.sim_config(i).init_variance();
            let (q1, c1) = theory::first_layer(v, 1.0, job.input_correlation);
            let t0 = now_ms();
            let curve =
                theory::mean_field_curve(job.activations[i], &job.params, v, q1, c1, job.depth);
            if let Some(curve) = curve {
                out.push(Response::MeanField {
                    channel,
                    id,
                    fn_index: i,
                    curve,
                    ms: now_ms() - t0,
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
                let p = lab.job.params;
                let cached = cache
                    .as_ref()
                    .filter(|(ca, cp, cr, _)| *ca == a && *cp == p && *cr == req)
                    .map(|c| c.3.clone());
                let t0 = now_ms();
                let grid = cached.clone().or_else(|| theory::phase_grid(a, &p, &req));
                let ms = if cached.is_some() { 0.0 } else { now_ms() - t0 };
                if let Some(grid) = grid {
                    *cache = Some((a, p, req, grid.clone()));
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
