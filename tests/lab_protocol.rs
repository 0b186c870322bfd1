//! The depth lab's protocol: encoding round trips (every message, edge values, arbitrary
//! ones), refused batches, the worker's runner (order, cancellation, channels, bench), the
//! page's bookkeeping, the request built from a URL, the PyTorch code and the gains.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/python.rs"]
mod python;

use activation_explorer::chart::lab::Metric;
use activation_explorer::depth::MeanField;
use activation_explorer::depth::sim::{
    GradientStats, InputStats, LayerStats, SimConfig, SimConfigError, SimStep, Simulation,
};
use activation_explorer::guide::{OUTCOMES, lab_links, practical_notes};
use activation_explorer::math::bench::BenchRow;
use activation_explorer::math::{Activation, GeluApproximate, Param, Params};
use activation_explorer::nn::InitScheme;
use activation_explorer::protocol::codec::{MAGIC, VERSION};
use activation_explorer::protocol::{
    DecodeError, JobError, LabJob, LabResults, MAX_LAB_FNS, MeanFieldCurve, MeanFieldLayer,
    PhaseGrid, PhaseRequest, Request, Response, Runner, TheoryCount, decode_requests,
    decode_responses, encode_requests, encode_responses, gain_rows, lab_fns, lab_job,
    pytorch_snippet,
};
use activation_explorer::state::lab::open_lab_link;
use activation_explorer::state::{AppState, View, parse_query, to_query};
use proptest::prelude::*;
use python::py_compile;

fn small_job(fns: &[Activation]) -> LabJob {
    LabJob {
        activations: fns.to_vec(),
        params: Params::default(),
        init: InitScheme::He,
        depth: 4,
        width: 8,
        batch: 6,
        seed: 3,
        input_correlation: 0.5,
        phase: None,
    }
}

fn every_request() -> Vec<Request> {
    let mut job = small_job(&[Activation::Tanh, Activation::LeakyRelu]);
    job.params = Params::default()
        .with(Param::NegativeSlope, 0.2)
        .with_approximate(GeluApproximate::Tanh);
    job.init = InitScheme::Custom {
        sigma_w2: 1.75,
        sigma_b2: 0.05,
    };
    job.seed = (1 << 53) - 1;
    job.phase = Some(PhaseRequest {
        fn_index: 1,
        sigma_w2_max: 4.0,
        sigma_b2_max: 1.0,
        cols: 64,
        rows: 40,
    });
    let mut ortho = small_job(&[Activation::Gelu]);
    ortho.init = InitScheme::Orthogonal { gain: 1.5 };
    vec![
        Request::Lab {
            channel: u32::MAX,
            id: 0,
            job,
        },
        Request::Lab {
            channel: 2,
            id: 9,
            job: ortho,
        },
        Request::Bench {
            channel: 3,
            id: u32::MAX,
            points: 1_000_000,
            min_ms: 12.5,
        },
        Request::Cancel { channel: 0 },
    ]
}

fn curve() -> MeanFieldCurve {
    MeanFieldCurve {
        layers: (0..5)
            .map(|i| MeanFieldLayer {
                q: 1.0 + i as f64,
                c: 0.5,
                one_minus_c: 0.5,
                chi1: 0.9,
                grad_sq_ratio: 0.9f64.powi(i),
                post_mean: 0.0,
            })
            .collect(),
        q_star: Some(0.25),
        chi1: None,
        depth_scale: Some(f64::INFINITY),
    }
}

fn every_response() -> Vec<Response> {
    vec![
        Response::Ready { simd: true },
        Response::Ready { simd: false },
        Response::Input {
            channel: 1,
            id: 2,
            fn_index: 0,
            stats: InputStats {
                second_moment: 1.01,
                correlation: 0.49,
            },
        },
        Response::Forward {
            channel: 1,
            id: 2,
            fn_index: 5,
            stats: LayerStats {
                layer: 200,
                mean: -1e-300,
                variance: f64::MAX,
                second_moment: f64::INFINITY,
                dead_fraction: 0.25,
                saturated_fraction: 1.0,
                correlation: -1.0,
            },
        },
        Response::Backward {
            channel: 1,
            id: 2,
            fn_index: 1,
            stats: GradientStats {
                layer: 1,
                grad_norm: 5e-324,
                grad_second_moment: 0.0,
            },
        },
        Response::SimDone {
            channel: 1,
            id: 2,
            fn_index: 1,
            ms: 155.25,
        },
        Response::MeanField {
            channel: 1,
            id: 2,
            fn_index: 0,
            curve: curve(),
            ms: 3.5,
        },
        Response::Phase {
            channel: 1,
            id: 2,
            grid: PhaseGrid {
                activation: Activation::Relu,
                sigma_w2: vec![0.0, 2.0, 4.0],
                sigma_b2: vec![0.0, 1.0],
                chi1: vec![0.0, 1.0, 2.0, 0.5, 0.75, 1.5],
                critical_sigma_w2: vec![2.0, 3.0],
            },
            ms: 0.0,
        },
        Response::BenchRow {
            channel: 4,
            id: 5,
            row: BenchRow {
                activation: Activation::Hardswish,
                eval_per_sec: 1.5e9,
                derivative_per_sec: 2e8,
            },
        },
        Response::Done { channel: 1, id: 2 },
        Response::Failed {
            channel: 1,
            id: 3,
            error: JobError::Sim(SimConfigError::Width(2048)),
        },
        Response::Failed {
            channel: 1,
            id: 4,
            error: JobError::Sim(SimConfigError::TooLarge),
        },
        Response::Failed {
            channel: 1,
            id: 5,
            error: JobError::Activations(7),
        },
        Response::Failed {
            channel: 1,
            id: 6,
            error: JobError::Phase,
        },
    ]
}

// ---------------------------------------------------------------------------------------------
// Encoding.

#[test]
fn every_message_survives_the_round_trip() {
    let reqs = every_request();
    let wire = encode_requests(&reqs);
    assert_eq!(&wire[..3], &[MAGIC, VERSION, reqs.len() as f64]);
    assert_eq!(decode_requests(&wire).unwrap(), reqs);
    for r in &reqs {
        let one = std::slice::from_ref(r);
        assert_eq!(decode_requests(&encode_requests(one)).unwrap(), one);
    }
    let resps = every_response();
    assert_eq!(decode_responses(&encode_responses(&resps)).unwrap(), resps);
    assert_eq!(decode_responses(&encode_responses(&[])).unwrap(), []);
}

#[test]
fn nan_survives_where_it_means_no_value() {
    let r = Response::Forward {
        channel: 0,
        id: 0,
        fn_index: 0,
        stats: LayerStats {
            layer: 1,
            mean: 0.0,
            variance: 0.0,
            second_moment: 0.0,
            dead_fraction: 1.0,
            saturated_fraction: 0.0,
            correlation: f64::NAN,
        },
    };
    let back = decode_responses(&encode_responses(&[r])).unwrap();
    let Response::Forward { stats, .. } = back[0] else {
        panic!("{back:?}")
    };
    assert!(stats.correlation.is_nan());
    let g = Response::Phase {
        channel: 0,
        id: 0,
        grid: PhaseGrid {
            activation: Activation::Relu,
            sigma_w2: vec![1.0],
            sigma_b2: vec![0.0, 1.0],
            chi1: vec![f64::NAN, 1.0],
            critical_sigma_w2: vec![2.0, f64::NAN],
        },
        ms: 1.0,
    };
    let Response::Phase { grid, .. } = &decode_responses(&encode_responses(&[g])).unwrap()[0]
    else {
        panic!()
    };
    assert!(grid.chi1[0].is_nan() && grid.critical_sigma_w2[1].is_nan());
}

#[test]
fn bad_batches_are_refused_never_panic() {
    let wire = encode_responses(&every_response());
    assert_eq!(decode_responses(&[]), Err(DecodeError::NotABatch));
    assert_eq!(
        decode_responses(&[1.0, VERSION, 0.0]),
        Err(DecodeError::NotABatch)
    );
    assert_eq!(
        decode_responses(&[MAGIC, 2.0, 0.0]),
        Err(DecodeError::Version(2.0))
    );
    // Every strict prefix of a valid batch is an error (truncated, or too few messages).
    for n in 0..wire.len() {
        assert!(decode_responses(&wire[..n]).is_err(), "prefix {n}");
    }
    let mut more = wire.clone();
    more.push(0.0);
    assert_eq!(decode_responses(&more), Err(DecodeError::TrailingData));
    assert_eq!(
        decode_responses(&[MAGIC, VERSION, 1.0, 555.0]),
        Err(DecodeError::UnknownTag(555.0))
    );
    // Requests are not responses.
    assert!(decode_responses(&encode_requests(&every_request())).is_err());
    // An activation index past the catalogue.
    let mut w = encode_responses(&[Response::BenchRow {
        channel: 0,
        id: 0,
        row: BenchRow {
            activation: Activation::Sigmoid,
            eval_per_sec: 1.0,
            derivative_per_sec: 1.0,
        },
    }]);
    w[6] = Activation::ALL.len() as f64;
    assert_eq!(
        decode_responses(&w),
        Err(DecodeError::BadValue("activation"))
    );
    // A count that is not a whole number.
    assert!(decode_responses(&[MAGIC, VERSION, 0.5]).is_err());
}

fn arb_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("not NaN", |v| !v.is_nan()),
        Just(0.0),
        Just(-0.0),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        -1e6f64..1e6,
    ]
}

fn arb_job() -> impl Strategy<Value = LabJob> {
    let init = prop_oneof![
        Just(InitScheme::Pytorch),
        Just(InitScheme::He),
        Just(InitScheme::Xavier),
        Just(InitScheme::Lecun),
        arb_f64().prop_map(|gain| InitScheme::Orthogonal { gain }),
        (arb_f64(), arb_f64())
            .prop_map(|(sigma_w2, sigma_b2)| InitScheme::Custom { sigma_w2, sigma_b2 }),
    ];
    let phase = proptest::option::of(
        (0usize..6, arb_f64(), arb_f64(), 0usize..=256, 0usize..=256).prop_map(
            |(fn_index, w, b, cols, rows)| PhaseRequest {
                fn_index,
                sigma_w2_max: w,
                sigma_b2_max: b,
                cols,
                rows,
            },
        ),
    );
    (
        proptest::sample::subsequence(Activation::ALL.to_vec(), 0..=17),
        proptest::collection::vec(arb_f64(), Param::COUNT),
        any::<bool>(),
        init,
        (0usize..=1 << 20, 0usize..=1 << 20, 0usize..=1 << 20),
        0u64..(1 << 53),
        arb_f64(),
        phase,
    )
        .prop_map(
            |(activations, values, tanh, init, (depth, width, batch), seed, c, phase)| {
                let mut params = Params::default();
                for (p, v) in Param::ALL.iter().zip(values) {
                    params.set(*p, v);
                }
                params.approximate = if tanh {
                    GeluApproximate::Tanh
                } else {
                    GeluApproximate::None
                };
                LabJob {
                    activations,
                    params,
                    init,
                    depth,
                    width,
                    batch,
                    seed,
                    input_correlation: c,
                    phase,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn arbitrary_requests_round_trip(jobs in proptest::collection::vec((any::<u32>(), any::<u32>(), arb_job()), 0..4)) {
        let reqs: Vec<Request> = jobs
            .into_iter()
            .map(|(channel, id, job)| Request::Lab { channel, id, job })
            .collect();
        prop_assert_eq!(decode_requests(&encode_requests(&reqs)).unwrap(), reqs);
    }

    #[test]
    fn arbitrary_layer_stats_round_trip(ch in any::<u32>(), id in any::<u32>(), layer in 0usize..=1 << 20,
                                        v in proptest::collection::vec(arb_f64(), 6)) {
        let r = Response::Forward { channel: ch, id, fn_index: 3, stats: LayerStats {
            layer, mean: v[0], variance: v[1], second_moment: v[2], dead_fraction: v[3],
            saturated_fraction: v[4], correlation: v[5] } };
        prop_assert_eq!(decode_responses(&encode_responses(std::slice::from_ref(&r))).unwrap(), vec![r]);
    }

    #[test]
    fn arbitrary_numbers_never_panic(v in proptest::collection::vec(any::<f64>(), 0..64), head in any::<bool>()) {
        let mut buf = if head { vec![MAGIC, VERSION] } else { Vec::new() };
        buf.extend(v);
        let _ = decode_requests(&buf);
        let _ = decode_responses(&buf);
    }
}

// ---------------------------------------------------------------------------------------------
// The runner.

/// A clock that advances 1 ms per reading.
fn ticking() -> impl FnMut() -> f64 {
    let mut t = 0.0;
    move || {
        t += 1.0;
        t
    }
}

fn drain(runner: &mut Runner) -> Vec<Response> {
    let mut clock = ticking();
    let mut out = Vec::new();
    let mut guard = 0;
    while !runner.is_idle() {
        out.extend(runner.run_slice(&mut clock, 3.0));
        guard += 1;
        assert!(guard < 100_000, "the runner never finishes");
    }
    out
}

#[test]
fn a_lab_job_streams_the_simulation_in_order_and_matches_it_exactly() {
    let job = small_job(&[Activation::Tanh, Activation::Relu]);
    let mut runner = Runner::new();
    assert!(
        runner
            .submit(Request::Lab {
                channel: 1,
                id: 7,
                job: job.clone()
            })
            .is_empty()
    );
    let out = drain(&mut runner);
    assert!(out.iter().all(|r| r.route() == Some((1, 7))));
    assert_eq!(out.last(), Some(&Response::Done { channel: 1, id: 7 }));
    for (i, &a) in job.activations.iter().enumerate() {
        // The worker is a thin loop: the same steps as the simulation run directly.
        let mut sim = Simulation::new(job.sim_config(i)).unwrap();
        let mut expected = vec![Response::Input {
            channel: 1,
            id: 7,
            fn_index: i,
            stats: sim.input_stats(),
        }];
        loop {
            match sim.step() {
                SimStep::Forward(stats) => expected.push(Response::Forward {
                    channel: 1,
                    id: 7,
                    fn_index: i,
                    stats,
                }),
                SimStep::Backward(stats) => expected.push(Response::Backward {
                    channel: 1,
                    id: 7,
                    fn_index: i,
                    stats,
                }),
                SimStep::Done => break,
            }
        }
        let got: Vec<Response> = out
            .iter()
            .filter(|r| match r {
                Response::Input { fn_index, .. }
                | Response::Forward { fn_index, .. }
                | Response::Backward { fn_index, .. } => *fn_index == i,
                _ => false,
            })
            .cloned()
            .collect();
        assert_eq!(got, expected, "{a}");
        assert!(out.iter().any(
            |r| matches!(r, Response::SimDone { fn_index, ms, .. } if *fn_index == i && *ms > 0.0)
        ));
        assert_eq!(job.sim_config(i).activation, a);
    }
    // The second activation starts after the first is done.
    let first_of = |i: usize| {
        out.iter()
            .position(|r| matches!(r, Response::Input { fn_index, .. } if *fn_index == i))
            .unwrap()
    };
    let done_of = |i: usize| {
        out.iter()
            .position(|r| matches!(r, Response::SimDone { fn_index, .. } if *fn_index == i))
            .unwrap()
    };
    assert!(done_of(0) < first_of(1));
}

#[test]
fn a_newer_request_on_a_channel_replaces_the_older() {
    let mut runner = Runner::new();
    let mut clock = ticking();
    let mut long = small_job(&[Activation::Tanh]);
    long.depth = 20;
    runner.submit(Request::Lab {
        channel: 1,
        id: 1,
        job: long,
    });
    let mut first = Vec::new();
    while first.is_empty() {
        first = runner.run_slice(&mut clock, 2.0);
    }
    assert!(!runner.is_idle());
    runner.submit(Request::Lab {
        channel: 1,
        id: 2,
        job: small_job(&[Activation::Relu]),
    });
    let rest = drain(&mut runner);
    assert!(rest.iter().all(|r| r.route() == Some((1, 2))), "{rest:?}");
    assert_eq!(rest.last(), Some(&Response::Done { channel: 1, id: 2 }));
    // Cancel drops a channel's work without a word.
    runner.submit(Request::Lab {
        channel: 1,
        id: 3,
        job: small_job(&[Activation::Relu]),
    });
    runner.submit(Request::Cancel { channel: 1 });
    assert!(runner.is_idle());
}

#[test]
fn channels_take_turns_and_do_not_cancel_each_other() {
    let mut runner = Runner::new();
    runner.submit(Request::Lab {
        channel: 1,
        id: 1,
        job: small_job(&[Activation::Tanh]),
    });
    runner.submit(Request::Lab {
        channel: 2,
        id: 1,
        job: small_job(&[Activation::Relu]),
    });
    let mut clock = ticking();
    // One unit per slice (budget 0): the channels alternate.
    let mut order = Vec::new();
    while !runner.is_idle() {
        for r in runner.run_slice(&mut clock, 0.0) {
            if let Some((ch, _)) = r.route() {
                order.push(ch);
            }
        }
    }
    let head: Vec<u32> = order.iter().copied().take(6).collect();
    assert!(head.contains(&1) && head.contains(&2), "{head:?}");
    assert_eq!(
        order.iter().filter(|&&c| c == 1).count(),
        order.iter().filter(|&&c| c == 2).count()
    );
}

#[test]
fn refused_jobs_fail_at_once() {
    let mut runner = Runner::new();
    let mut too_deep = small_job(&[Activation::Tanh]);
    too_deep.depth = 0;
    assert_eq!(
        runner.submit(Request::Lab {
            channel: 1,
            id: 1,
            job: too_deep
        }),
        [Response::Failed {
            channel: 1,
            id: 1,
            error: JobError::Sim(SimConfigError::Depth(0))
        }]
    );
    let seven = small_job(&Activation::ALL[..MAX_LAB_FNS + 1]);
    assert_eq!(
        runner.submit(Request::Lab {
            channel: 1,
            id: 2,
            job: seven
        }),
        [Response::Failed {
            channel: 1,
            id: 2,
            error: JobError::Activations(7)
        }]
    );
    let mut bad_phase = small_job(&[Activation::Tanh]);
    bad_phase.phase = Some(PhaseRequest {
        fn_index: 1,
        sigma_w2_max: 4.0,
        sigma_b2_max: 1.0,
        cols: 8,
        rows: 8,
    });
    assert!(matches!(
        runner.submit(Request::Lab {
            channel: 1,
            id: 3,
            job: bad_phase
        })[0],
        Response::Failed {
            error: JobError::Phase,
            ..
        }
    ));
    assert!(runner.is_idle());
}

#[test]
fn the_bench_times_every_activation_on_the_callers_clock() {
    let mut runner = Runner::new();
    runner.submit(Request::Bench {
        channel: 9,
        id: 1,
        points: 100,
        min_ms: 5.0,
    });
    let out = drain(&mut runner);
    let rows: Vec<&BenchRow> = out
        .iter()
        .filter_map(|r| match r {
            Response::BenchRow { row, .. } => Some(row),
            _ => None,
        })
        .collect();
    assert_eq!(rows.len(), Activation::ALL.len());
    for (row, a) in rows.iter().zip(Activation::ALL) {
        assert_eq!(row.activation, a);
        // The ticking clock: 1 ms per reading, so ~100 points per 5 ms pass.
        assert!(row.eval_per_sec > 0.0 && row.eval_per_sec.is_finite());
    }
    assert_eq!(out.last(), Some(&Response::Done { channel: 9, id: 1 }));
}

#[test]
fn a_slice_stops_at_its_budget() {
    let mut runner = Runner::new();
    let mut job = small_job(&[Activation::Tanh]);
    job.depth = 40;
    runner.submit(Request::Lab {
        channel: 1,
        id: 1,
        job,
    });
    let mut clock = ticking();
    // Each unit reads the clock a few times: a 4 ms budget holds a few units, not 80.
    let out = runner.run_slice(&mut clock, 4.0);
    assert!(!out.is_empty() && out.len() < 10, "{} responses", out.len());
}

// ---------------------------------------------------------------------------------------------
// The page's bookkeeping.

#[test]
fn results_gather_one_request_and_ignore_the_others() {
    let job = small_job(&[Activation::Tanh]);
    let mut runner = Runner::new();
    runner.submit(Request::Lab {
        channel: 1,
        id: 7,
        job: job.clone(),
    });
    let out = drain(&mut runner);
    let mut res = LabResults::new(1, 7, &job.activations, job.depth);
    assert_eq!(res.progress(), (0, 8));
    // Another request's responses change nothing.
    let mut other = LabResults::new(1, 6, &job.activations, job.depth);
    for r in &out {
        assert!(!other.apply(r));
        res.apply(r);
    }
    assert!(res.done && res.error.is_none());
    assert_eq!(res.progress(), (8, 8));
    let f = &res.fns[0];
    assert_eq!(
        f.forward.iter().map(|s| s.layer).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    // Backward arrives top down and is kept bottom up.
    assert_eq!(
        f.backward.iter().map(|s| s.layer).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    assert!(f.sim_ms.is_some());
    assert_eq!(f.points(Metric::GradNorm).len(), 4);
    assert_eq!(f.points(Metric::Variance)[0].0, 1.0);
    // A repeated layer is not added twice.
    let again = out
        .iter()
        .find(|r| matches!(r, Response::Forward { .. }))
        .unwrap();
    assert!(!res.apply(again));
}

#[test]
fn the_theory_lines_follow_the_mean_field_curves() {
    let mut res = LabResults::new(1, 1, &[Activation::Tanh], 5);
    assert!(res.fns[0].theory(Metric::Variance, 1.0).is_empty());
    res.apply(&Response::MeanField {
        channel: 1,
        id: 1,
        fn_index: 0,
        curve: curve(),
        ms: 1.0,
    });
    let f = &res.fns[0];
    assert_eq!(
        f.theory(Metric::Variance, 2.0),
        [(1.0, 1.0), (2.0, 2.0), (3.0, 3.0), (4.0, 4.0), (5.0, 5.0)]
    );
    assert!(f.theory(Metric::Mean, 2.0).iter().all(|p| p.1 == 0.0));
    assert!(f.theory(Metric::Dead, 2.0).is_empty());
    // χ₁ = 0.9 everywhere, σw² = 2: ‖δᴸ‖² = 0.9/2 at the top, × 0.9 per layer down.
    let g = f.theory(Metric::GradNorm, 2.0);
    assert_eq!(g.len(), 5);
    for (i, &(x, v)) in g.iter().enumerate() {
        assert_eq!(x, (i + 1) as f64);
        let want = (0.45 * 0.9f64.powi(4 - i as i32)).sqrt();
        assert!((v - want).abs() < 1e-15, "{x}: {v} vs {want}");
    }
    assert!(f.theory(Metric::GradNorm, 0.0).is_empty());
}

// ---------------------------------------------------------------------------------------------
// From the URL to the request.

#[test]
fn the_request_comes_from_the_url() {
    let (s, n) = parse_query("view=depth&fn=selu&init=lecun&depth=100&width=64&batch=32&seed=5");
    assert!(n.is_empty());
    let job = lab_job(&s);
    assert_eq!(job.activations, [Activation::Selu]);
    assert_eq!(job.init, InitScheme::Lecun);
    assert_eq!(
        (job.depth, job.width, job.batch, job.seed),
        (100, 64, 32, 5)
    );
    let p = job.phase.unwrap();
    assert_eq!((p.sigma_w2_max, p.sigma_b2_max), (4.0, 1.0));
    assert!(job.validate().is_ok());
    // Defaults: three activations; more than six chosen elsewhere: the first six.
    assert_eq!(lab_fns(&AppState::default()).len(), 3);
    let (all, _) = parse_query(&format!("fn={}", Activation::ALL.map(|a| a.id()).join(",")));
    assert_eq!(lab_fns(&all), Activation::ALL[..MAX_LAB_FNS].to_vec());
    // A custom point beyond the default ranges stretches the phase diagram to hold it.
    let (s, _) = parse_query("init=custom&sw2=9&sb2=2");
    let p = lab_job(&s).phase.unwrap();
    assert!(
        p.sigma_w2_max >= 9.0 * 1.2 && p.sigma_b2_max >= 2.0 * 1.2,
        "{p:?}"
    );
}

#[test]
fn guide_links_open_valid_lab_setups() {
    let ids: Vec<&str> = practical_notes()
        .iter()
        .map(|n| n.id)
        .chain(OUTCOMES.iter().map(|o| o.id))
        .collect();
    let mut linked = 0;
    for id in &ids {
        for link in lab_links(id) {
            linked += 1;
            let st = open_lab_link(&AppState::default(), link);
            assert_eq!(st.view, View::Depth);
            let q = to_query(&st);
            let (back, notices) = parse_query(&q);
            assert!(notices.is_empty(), "{id}: {q} → {notices:?}");
            assert_eq!(back, st, "{id}");
            assert!(lab_job(&back).validate().is_ok());
            assert!(!link.label.en.is_empty() && !link.label.zh.is_empty());
        }
    }
    // The five places the issue names: vanishing gradients, initialisation, cost, SELU, dead units.
    for id in [
        "vanishing_gradients",
        "initialisation",
        "cost",
        "selu",
        "dying_neurons",
    ] {
        assert!(ids.contains(&id), "{id} is not a note or outcome id");
        assert!(!lab_links(id).is_empty(), "{id}");
    }
    assert_eq!(linked, 7);
    assert!(lab_links("learnable_params").is_empty());
}

// ---------------------------------------------------------------------------------------------
// PyTorch code and gains.

#[test]
fn the_pytorch_code_is_valid_python_for_every_setup() {
    let inits = [
        InitScheme::Pytorch,
        InitScheme::He,
        InitScheme::Xavier,
        InitScheme::Lecun,
        InitScheme::Orthogonal { gain: 1.0 },
        InitScheme::Custom {
            sigma_w2: 1.5,
            sigma_b2: 0.05,
        },
    ];
    let mut all = String::new();
    for (k, init) in inits.iter().enumerate() {
        for (i, &a) in Activation::ALL.iter().enumerate() {
            let mut job = small_job(&[a]);
            job.init = *init;
            // Non-default parameters too (Swish with β = 2 has no PyTorch module).
            if k % 2 == 1 {
                job.params = Params::default()
                    .with(Param::Beta, 2.0)
                    .with(Param::NegativeSlope, 0.2);
            }
            let code = pytorch_snippet(&job, a);
            assert!(code.contains("for _ in range(4):"), "{code}");
            assert!(code.contains("nn.Linear(8, 8)"));
            assert!(code.contains(&init.pytorch_lines("m")[0]));
            // Each snippet alone, then all of them in one file (one python3 run).
            all.push_str(&format!("\n# --- {a} {init} ---\n{code}"));
            if k == 0 && i == 0 {
                match py_compile(&code, "lab_one") {
                    None => {
                        eprintln!("python3 not found: syntax check skipped");
                        return;
                    }
                    Some(r) => r.unwrap_or_else(|e| panic!("{e}\n{code}")),
                }
            }
        }
    }
    if let Some(r) = py_compile(&all, "lab_all") {
        r.unwrap_or_else(|e| panic!("{e}"));
    }
    let mut job = small_job(&[Activation::Silu]);
    job.params = Params::default().with(Param::Beta, 2.0);
    let swish = pytorch_snippet(&job, Activation::Silu);
    assert!(swish.contains("class Activation(nn.Module)"), "{swish}");
    assert!(all.contains("nn.Tanh()") && all.contains("nn.LeakyReLU(negative_slope=0.2)"));
}

#[test]
fn gains_next_to_pytorchs() {
    let rows = gain_rows(&Params::default());
    assert_eq!(rows.len(), Activation::ALL.len());
    let row = |a: Activation| rows.iter().find(|r| r.activation == a).unwrap();
    let relu = row(Activation::Relu);
    assert!((relu.pytorch.unwrap().value() - 2f64.sqrt()).abs() < 1e-15);
    assert!((relu.preserving - 2f64.sqrt()).abs() < 1e-12);
    // tanh: PyTorch's 5/3 against 1/√E[tanh(z)²] (E = 0.3942944903978411744…, mpmath).
    let tanh = row(Activation::Tanh);
    assert!((tanh.pytorch.unwrap().value() - 5.0 / 3.0).abs() < 1e-15);
    assert!((tanh.preserving - 1.0 / 0.394_294_490_397_841_2_f64.sqrt()).abs() < 1e-12);
    // SELU: 3/4 against 1 (E[selu(z)²] = 1 by construction, to its constants' precision).
    let selu = row(Activation::Selu);
    assert_eq!(selu.pytorch.unwrap().value(), 0.75);
    assert!((selu.preserving - 1.0).abs() < 1e-6, "{}", selu.preserving);
    // sigmoid: 1 against 1/√E[σ(z)²] = 1.8462285453386054… (mpmath); GELU: no PyTorch entry.
    assert_eq!(row(Activation::Sigmoid).pytorch.unwrap().value(), 1.0);
    assert!((row(Activation::Sigmoid).preserving - 1.846_228_545_338_605_4).abs() < 1e-12);
    assert!(row(Activation::Gelu).pytorch.is_none());
}

#[test]
fn sim_configs_of_a_job_share_everything_but_the_activation() {
    let job = small_job(&[Activation::Tanh, Activation::Relu]);
    let (a, b) = (job.sim_config(0), job.sim_config(1));
    assert_eq!(
        SimConfig {
            activation: Activation::Relu,
            ..a
        },
        b
    );
    assert_eq!(a.backward_batch, 6);
}

#[test]
fn the_worker_sends_the_mean_field_curves_and_the_phase_diagram() {
    // ReLU with He's σw² = 2, σb² = 0 sits on the critical point: q stays at q¹ and χ₁ = 1.
    let mut job = small_job(&[Activation::Relu, Activation::Tanh]);
    job.depth = 30;
    job.phase = Some(PhaseRequest {
        fn_index: 0,
        sigma_w2_max: 4.0,
        sigma_b2_max: 0.5,
        cols: 9,
        rows: 5,
    });
    let mut runner = Runner::new();
    runner.submit(Request::Lab {
        channel: 2,
        id: 1,
        job: job.clone(),
    });
    let out = drain(&mut runner);
    let curve_of = |i: usize| {
        out.iter()
            .find_map(|r| match r {
                Response::MeanField {
                    fn_index, curve, ..
                } if *fn_index == i => Some(curve.clone()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no mean-field curve for activation {i}"))
    };
    let relu = curve_of(0);
    assert_eq!(relu.layers.len(), 30, "one point per layer 1..=depth");
    let q1 = relu.layers[0].q;
    for (l, layer) in relu.layers.iter().enumerate() {
        assert!(
            (layer.q / q1 - 1.0).abs() < 1e-12,
            "layer {}: q {}",
            l + 1,
            layer.q
        );
        assert!(
            (layer.chi1 - 1.0).abs() < 1e-12,
            "layer {}: χ₁ {}",
            l + 1,
            layer.chi1
        );
    }
    assert!((relu.chi1.unwrap() - 1.0).abs() < 1e-12);
    // Tanh under He (σw² = 2 > its critical 1 at σb² = 0) is chaotic: χ₁ > 1 at q*.
    let tanh = curve_of(1);
    assert!(tanh.chi1.unwrap() > 1.0, "tanh χ₁ {:?}", tanh.chi1);
    // The same numbers as depth::MeanField directly (He's σw² is computed from its gain, so
    // the last bits may differ).
    let mf = MeanField::new(Activation::Tanh, &Params::default(), 2.0, 0.0);
    let (got, want) = (tanh.q_star.unwrap(), mf.q_star().unwrap());
    assert!((got / want - 1.0).abs() < 1e-12, "q* {got} vs {want}");
    let grid = out
        .iter()
        .find_map(|r| match r {
            Response::Phase { grid, .. } => Some(grid.clone()),
            _ => None,
        })
        .expect("a phase diagram");
    assert_eq!(grid.activation, Activation::Relu);
    assert_eq!((grid.sigma_w2.len(), grid.sigma_b2.len()), (9, 5));
    assert_eq!(grid.chi1.len(), 45);
    // ReLU's critical line starts at (σw², σb²) = (2, 0).
    assert!(
        (grid.critical_sigma_w2[0] - 2.0).abs() < 1e-9,
        "{:?}",
        grid.critical_sigma_w2
    );
    // At (2, 0), the grid's middle column of row 0, χ₁ = 1.
    assert!(
        (grid.chi1[4] - 1.0).abs() < 1e-9,
        "χ₁(2, 0) = {}",
        grid.chi1[4]
    );
}

/// The mean-field curves of each activation, by index.
fn curves(responses: &[Response]) -> Vec<(usize, MeanFieldCurve)> {
    responses
        .iter()
        .filter_map(|r| match r {
            Response::MeanField {
                fn_index, curve, ..
            } => Some((*fn_index, curve.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_new_seed_width_or_batch_reuses_the_theory() {
    let mut runner = Runner::new();
    let mut job = small_job(&[Activation::Tanh, Activation::Gelu]);
    job.init = InitScheme::Pytorch;
    job.phase = Some(PhaseRequest {
        fn_index: 0,
        sigma_w2_max: 4.0,
        sigma_b2_max: 0.5,
        cols: 4,
        rows: 3,
    });
    let mut id = 0;
    let mut run = |runner: &mut Runner, job: &LabJob| {
        id += 1;
        runner.submit(Request::Lab {
            channel: 1,
            id,
            job: job.clone(),
        });
        curves(&drain(runner))
    };
    let first = run(&mut runner, &job);
    assert_eq!(first.len(), 2);
    let counted = TheoryCount {
        curves: 2,
        phase: 1,
    };
    assert_eq!(runner.theory_computed(), counted);
    // A new simulation of the same network: the same curves, none computed again.
    job.seed = 99;
    job.batch = 12;
    assert_eq!(run(&mut runner, &job), first);
    assert_eq!(runner.theory_computed(), counted);
    // The width changes PyTorch's default bias variance (1/(3·fan-in)), so the curves too.
    job.width = 16;
    let wider = run(&mut runner, &job);
    assert_ne!(wider, first);
    assert_eq!(runner.theory_computed().curves, 4);
    // He's variances do not depend on the width: a width change computes nothing new.
    job.init = InitScheme::He;
    run(&mut runner, &job);
    let he = runner.theory_computed().curves;
    job.width = 8;
    run(&mut runner, &job);
    assert_eq!(runner.theory_computed().curves, he);
    // What the theory depends on is recomputed: depth, activation, parameters.
    job.depth = 5;
    run(&mut runner, &job);
    assert_eq!(runner.theory_computed().curves, he + 2);
    job.activations = vec![Activation::Tanh, Activation::Elu];
    run(&mut runner, &job);
    assert_eq!(runner.theory_computed().curves, he + 3);
    // ELU reads α, tanh does not.
    job.params.set(Param::Alpha, 0.5);
    run(&mut runner, &job);
    assert_eq!(runner.theory_computed().curves, he + 4);
    // The phase diagram was computed once: its activation and grid never changed.
    assert_eq!(runner.theory_computed().phase, 1);
}
