//! The decision tree engine: the seed's eight paths, navigation, the answers codec, and the
//! completeness of every bilingual text of the guide.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::catalog::{Category, seed_style};
use activation_explorer::guide::{
    self, GuideError, OUTCOMES, QUESTIONS, Questionnaire, Step, category_guide, decode_answers,
    encode_answers, practical_notes,
};
use activation_explorer::lang::{Lang, Text};
use activation_explorer::math::{Activation, GatedUnit};

mod common;
use common::{is_cjk, is_han};

/// The seed's section 5, written out by id: the "Yes" outcome of each question in order, then
/// the all-"No" default.
const SEED_OUTCOMES: [&[&str]; 8] = [
    &["sigmoid"],
    &["tanh"],
    &["gelu"],
    &["hardswish", "relu6", "hardtanh"],
    &["leaky_relu", "elu"],
    &["selu"],
    &["mish", "silu"],
    // The guide's default names "ReLU (CNN) or GELU (Transformer)"; it is reached after "No" to
    // the Transformer question, so the app recommends ReLU and only mentions GELU (issue 19).
    &["relu"],
];

fn ids(acts: &[Activation]) -> Vec<&'static str> {
    acts.iter().map(|a| a.id()).collect()
}

/// The path that answers "No" `k` times, then "Yes" (or only "No"s for k = 7).
fn seed_path(k: usize) -> Vec<bool> {
    let mut p = vec![false; k];
    if k < QUESTIONS.len() {
        p.push(true);
    }
    p
}

#[test]
fn seven_questions_in_the_seed_order() {
    assert_eq!(QUESTIONS.len(), 7);
    let ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(
        ids,
        [
            "binary_output",
            "rnn_generative",
            "transformer_nlp",
            "mobile_edge",
            "dying_neurons",
            "self_normalizing",
            "max_accuracy"
        ]
    );
    // Key words of the seed's questions, in order.
    let words = [
        "binary",
        "RNN",
        "Transformer",
        "mobile",
        "dying",
        "MLP",
        "accuracy",
    ];
    for (q, w) in QUESTIONS.iter().zip(words) {
        assert!(q.text.en.contains(w), "{:?} lacks {w}", q.text.en);
    }
    let zh_words = [
        "二分类",
        "RNN",
        "Transformer",
        "移动端",
        "神经元死亡",
        "自归一化",
        "精度",
    ];
    for (q, w) in QUESTIONS.iter().zip(zh_words) {
        assert!(q.text.zh.contains(w), "{:?} lacks {w}", q.text.zh);
    }
}

#[test]
fn all_eight_paths_give_the_seed_outcomes() {
    for (k, expected) in SEED_OUTCOMES.iter().enumerate() {
        let mut q = Questionnaire::new();
        for (i, &yes) in seed_path(k).iter().enumerate() {
            match q.current() {
                Step::Ask(question, index) => {
                    assert_eq!(index, i);
                    assert_eq!(question.id, QUESTIONS[i].id);
                }
                Step::Done(o) => panic!("path {k} finished early at {}", o.id),
            }
            assert!(q.recommended().is_empty(), "recommendation before the end");
            assert!(!q.is_done());
            q.answer(yes).unwrap();
        }
        assert!(q.is_done());
        let Step::Done(outcome) = q.current() else {
            panic!("path {k} not finished");
        };
        assert_eq!(ids(outcome.recommended), *expected, "path {k}");
        assert_eq!(ids(q.recommended()), *expected, "path {k}");
        assert_eq!(q.outcome().map(|o| o.id), Some(outcome.id));
        assert_eq!(outcome.id, OUTCOMES[k].id);
        for id in expected.iter() {
            let a: Activation = id.parse().unwrap();
            assert!(q.is_recommended(a));
        }
        for a in Activation::ALL {
            assert_eq!(q.is_recommended(a), expected.contains(&a.id()));
        }
        // Only GELU's tanh form is ever marked alongside, and only next to GELU.
        let also = ids(outcome.also);
        if expected.contains(&"gelu") {
            assert_eq!(also, ["gelu_tanh"], "path {k}");
        } else {
            assert!(also.is_empty(), "path {k}: {also:?}");
        }
        assert_eq!(ids(q.also()), also);
    }
}

#[test]
fn outcomes_are_distinct_and_reachable() {
    let mut seen: Vec<&str> = OUTCOMES.iter().map(|o| o.id).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 8);
    for (i, q) in QUESTIONS.iter().enumerate() {
        assert_eq!(q.yes, OUTCOMES[i]);
    }
    assert_eq!(OUTCOMES[7], &guide::DEFAULT_OUTCOME);
}

#[test]
fn answering_after_done_is_an_error() {
    for k in 0..8 {
        let mut q = Questionnaire::from_answers(&seed_path(k)).unwrap();
        let before = q.clone();
        assert_eq!(q.answer(true), Err(GuideError::AlreadyDone));
        assert_eq!(q.answer(false), Err(GuideError::AlreadyDone));
        assert_eq!(q, before, "a refused answer must change nothing");
    }
}

#[test]
fn back_steps_one_answer_and_restart_clears() {
    let mut q = Questionnaire::new();
    assert!(!q.back(), "back at the start does nothing");
    assert_eq!(q, Questionnaire::new());

    q.answer(false).unwrap();
    q.answer(false).unwrap();
    q.answer(false).unwrap();
    q.answer(true).unwrap();
    assert_eq!(ids(q.recommended()), ["hardswish", "relu6", "hardtanh"]);

    assert!(q.back());
    assert!(q.recommended().is_empty(), "back clears the recommendation");
    assert!(matches!(q.current(), Step::Ask(question, 3) if question.id == "mobile_edge"));
    q.answer(false).unwrap();
    q.answer(true).unwrap();
    assert_eq!(ids(q.recommended()), ["leaky_relu", "elu"]);

    let path: Vec<_> = q.path().iter().map(|(qq, a)| (qq.id, *a)).collect();
    assert_eq!(
        path,
        [
            ("binary_output", false),
            ("rnn_generative", false),
            ("transformer_nlp", false),
            ("mobile_edge", false),
            ("dying_neurons", true)
        ]
    );

    q.restart();
    assert_eq!(q.answers(), &[] as &[bool]);
    assert!(q.path().is_empty());
    assert!(matches!(q.current(), Step::Ask(question, 0) if question.id == "binary_output"));
}

#[test]
fn back_to_a_step_of_the_path() {
    let mut q = Questionnaire::from_code("nnnnny").unwrap();
    assert_eq!(ids(q.recommended()), ["selu"]);
    q.back_to(9);
    assert_eq!(
        q.to_code(),
        "nnnnny",
        "a step not yet reached changes nothing"
    );
    q.back_to(2);
    assert_eq!(q.to_code(), "nn");
    assert!(matches!(q.current(), Step::Ask(question, 2) if question.id == "transformer_nlp"));
    assert!(q.recommended().is_empty());
    q.back_to(0);
    assert_eq!(q, Questionnaire::new());
}

#[test]
fn back_from_the_default_returns_to_the_last_question() {
    let mut q = Questionnaire::from_answers(&[false; 7]).unwrap();
    assert_eq!(ids(q.recommended()), ["relu"]);
    assert!(q.back());
    assert!(matches!(q.current(), Step::Ask(question, 6) if question.id == "max_accuracy"));
    q.answer(true).unwrap();
    assert_eq!(ids(q.recommended()), ["mish", "silu"]);
}

/// Every valid path: the start, every partial all-"No" prefix and every finished path.
fn all_valid_paths() -> Vec<Vec<bool>> {
    let mut v = Vec::new();
    for k in 0..=7 {
        v.push(vec![false; k]);
        if k < 7 {
            let mut p = vec![false; k];
            p.push(true);
            v.push(p);
        }
    }
    v
}

#[test]
fn codec_round_trips_every_valid_path() {
    let paths = all_valid_paths();
    assert_eq!(paths.len(), 15);
    for p in paths {
        let code = encode_answers(&p);
        assert_eq!(code.len(), p.len());
        assert!(code.chars().all(|c| c == 'y' || c == 'n'));
        assert_eq!(decode_answers(&code).unwrap(), p, "{code:?}");
        let q = Questionnaire::from_code(&code).unwrap();
        assert_eq!(q.answers(), p.as_slice());
        assert_eq!(q.to_code(), code);
        assert_eq!(q.to_string(), code);
        assert_eq!(code.parse::<Questionnaire>().unwrap(), q);
        assert_eq!(Questionnaire::from_answers(&p).unwrap(), q);
    }
    assert_eq!(encode_answers(&[false, false, true]), "nny");
    assert_eq!(
        ids(Questionnaire::from_code("nny").unwrap().recommended()),
        ["gelu"]
    );
    assert_eq!(Questionnaire::from_code("").unwrap(), Questionnaire::new());
}

#[test]
fn bad_codes_are_refused_with_a_reason() {
    let cases: &[(&str, GuideError)] = &[
        (
            "x",
            GuideError::InvalidChar {
                index: 0,
                found: 'x',
            },
        ),
        (
            "Y",
            GuideError::InvalidChar {
                index: 0,
                found: 'Y',
            },
        ),
        (
            "nN",
            GuideError::InvalidChar {
                index: 1,
                found: 'N',
            },
        ),
        (
            "n n",
            GuideError::InvalidChar {
                index: 1,
                found: ' ',
            },
        ),
        (
            "n,n",
            GuideError::InvalidChar {
                index: 1,
                found: ',',
            },
        ),
        (
            "1",
            GuideError::InvalidChar {
                index: 0,
                found: '1',
            },
        ),
        (
            "nnñ",
            GuideError::InvalidChar {
                index: 2,
                found: 'ñ',
            },
        ),
        (
            "是",
            GuideError::InvalidChar {
                index: 0,
                found: '是',
            },
        ),
        ("yy", GuideError::TooLong { index: 1 }),
        ("yn", GuideError::TooLong { index: 1 }),
        ("nnyn", GuideError::TooLong { index: 3 }),
        ("nnnnnnnn", GuideError::TooLong { index: 7 }),
        ("nnnnnnny", GuideError::TooLong { index: 7 }),
    ];
    for (code, err) in cases {
        assert_eq!(decode_answers(code).as_ref(), Err(err), "{code:?}");
        assert_eq!(
            Questionnaire::from_code(code).as_ref(),
            Err(err),
            "{code:?}"
        );
        for lang in Lang::ALL {
            assert!(!err.message(lang).is_empty());
        }
        assert!(err.message(Lang::Zh).chars().any(is_han));
    }
    let long = "n".repeat(10_000);
    assert!(matches!(
        decode_answers(&long),
        Err(GuideError::TooLong { index: 7 })
    ));
    assert_eq!(
        Questionnaire::from_answers(&[true, true]),
        Err(GuideError::TooLong { index: 1 })
    );
    assert_eq!(
        Questionnaire::from_answers(&[false; 8]),
        Err(GuideError::TooLong { index: 7 })
    );
}

fn check_text(t: &Text, what: &str, zh_needs_han: bool) {
    assert!(!t.en.trim().is_empty(), "{what}: empty English");
    assert!(!t.zh.trim().is_empty(), "{what}: empty Chinese");
    assert!(
        !t.en.chars().any(is_cjk),
        "{what}: Chinese characters in the English text {:?}",
        t.en
    );
    if zh_needs_han {
        assert!(t.zh.chars().any(is_han), "{what}: no Chinese in {:?}", t.zh);
        assert_ne!(t.en, t.zh, "{what}: untranslated");
    }
}

#[test]
fn every_text_exists_in_both_languages() {
    check_text(&guide::YES, "yes", true);
    check_text(&guide::NO, "no", true);
    assert_eq!((guide::YES.en, guide::YES.zh), ("Yes", "是"));
    assert_eq!((guide::NO.en, guide::NO.zh), ("No", "否"));
    for q in &QUESTIONS {
        check_text(&q.text, q.id, true);
        check_text(&q.help, q.id, true);
    }
    for o in OUTCOMES {
        // A title may be a bare function name ("Sigmoid") in both languages.
        check_text(&o.title, o.id, false);
        check_text(&o.reason, o.id, true);
        check_text(&o.caveats, o.id, true);
    }
    for s in category_guide() {
        check_text(&s.title, s.category.id(), true);
        check_text(&s.summary, s.category.id(), true);
        for item in s.items {
            check_text(&item.text, s.category.id(), true);
        }
    }
    for n in practical_notes() {
        check_text(&n.title, n.id, true);
        check_text(&n.text, n.id, true);
    }
}

#[test]
fn caveats_carry_the_seed_facts() {
    let find = |id: &str| OUTCOMES.iter().find(|o| o.id == id).copied().unwrap();
    let both = |id: &str, en: &[&str], zh: &[&str]| {
        let o = find(id);
        for w in en {
            assert!(
                o.caveats.en.contains(w) || o.reason.en.contains(w),
                "{id}: {w}"
            );
        }
        for w in zh {
            assert!(
                o.caveats.zh.contains(w) || o.reason.zh.contains(w),
                "{id}: {w}"
            );
        }
    };
    both(
        "sigmoid",
        &["cross-entropy", "probability"],
        &["交叉熵", "概率"],
    );
    both("tanh", &["Xavier", "zero-centred"], &["Xavier", "零为中心"]);
    both("gelu", &["Transformer", "tanh"], &["Transformer", "tanh"]);
    both(
        "mobile",
        &["several times faster", "quantis"],
        &["快好几倍", "量化"],
    );
    both(
        "dying_neurons",
        &["PReLU", "regularise"],
        &["PReLU", "正则化"],
    );
    both(
        "selu",
        &["LeCun normal", "batch normalisation"],
        &["LeCun", "批归一化"],
    );
    both("accuracy", &["Mish", "most"], &["Mish", "最昂贵"]);
    both(
        "default",
        &["He", "CNN", "Transformer"],
        &["He", "CNN", "Transformer"],
    );
}

#[test]
fn category_guide_covers_every_activation_in_its_category() {
    let sections = category_guide();
    let cats: Vec<Category> = sections.iter().map(|s| s.category).collect();
    assert_eq!(cats, Category::ALL);
    let mut mentioned = Vec::new();
    let mut gated = Vec::new();
    for s in sections {
        assert!(!s.items.is_empty());
        for item in s.items {
            assert!(!item.activations.is_empty() || !item.gated.is_empty());
            assert_eq!(item.gated.is_empty(), s.category != Category::Gated);
            gated.extend(item.gated);
            for a in item.activations {
                assert_eq!(
                    seed_style(*a).category,
                    s.category,
                    "{} filed under {}",
                    a.id(),
                    s.category.id()
                );
                mentioned.push(*a);
            }
        }
    }
    // The seed's sections keep its own advice first; the added items (tagged "beyond the
    // guide" by the page, `from_seed` false) come after.
    for s in sections
        .iter()
        .filter(|s| Category::SEED.contains(&s.category))
    {
        let first = s
            .items
            .iter()
            .position(|i| !i.from_seed())
            .unwrap_or(s.items.len());
        assert!(
            s.items[first..].iter().all(|i| !i.from_seed()),
            "{}",
            s.category.id()
        );
        assert!(first >= 2, "{}: the seed's items first", s.category.id());
    }
    for a in Activation::SEED.into_iter().chain(Activation::ADDED) {
        assert!(mentioned.contains(&a), "{} missing from the guide", a.id());
    }
    for u in GatedUnit::ALL {
        assert!(gated.contains(&u), "{u} missing from the guide");
    }
}

#[test]
fn the_transformer_outcomes_note_the_gated_units_of_large_language_models() {
    for o in OUTCOMES {
        let noted = matches!(o.id, "gelu" | "default");
        assert_eq!(o.note.is_some(), noted, "{}", o.id);
        if let Some((text, units)) = o.note {
            assert_eq!(units, &[GatedUnit::Swiglu, GatedUnit::Geglu]);
            for w in ["SwiGLU", "GeGLU", "LLaMA"] {
                assert!(text.en.contains(w) && text.zh.contains(w), "{w}");
            }
            assert!(text.zh.contains("大语言模型"));
        }
        // The seed's outcomes are unchanged: GELU stays the recommendation.
        if o.id == "gelu" {
            assert_eq!(o.recommended, &[Activation::Gelu]);
        }
    }
}

#[test]
fn practical_notes_cover_the_seed_notes() {
    let notes = practical_notes();
    let ids: Vec<_> = notes.iter().map(|n| n.id).collect();
    assert_eq!(
        ids,
        [
            "vanishing_gradients",
            "cost",
            "initialisation",
            "learnable_params",
            "bounded_outputs"
        ]
    );
    let init = &notes[2];
    for w in ["LeCun", "He", "Xavier", "SELU", "ReLU", "Tanh"] {
        assert!(init.text.en.contains(w), "{w}");
        assert!(init.text.zh.contains(w), "{w}");
    }
    assert!(notes[3].activations.contains(&Activation::Prelu));
    assert!(notes[3].text.zh.contains("正则化"));
    assert!(notes[0].activations.contains(&Activation::Sigmoid));
    assert!(notes[1].text.en.contains("several times faster"));
    for n in notes {
        assert!(!n.activations.is_empty(), "{}", n.id);
    }
}

/// Issue 19's answers where the guide's tree is too coarse, and its content fixes.
#[test]
fn the_guide_says_what_a_careful_reader_needs() {
    use activation_explorer::catalog::{Category, category_summary, minimum};
    use activation_explorer::guide::{
        DEFAULT_OUTCOME, OUTCOME_ACCURACY, OUTCOME_MOBILE, OUTCOME_TANH,
    };
    let q = |id: &str| QUESTIONS.iter().find(|q| q.id == id).unwrap();
    // Question 1: multi-class and regression outputs.
    let h = q("binary_output").help;
    assert!(
        h.en.contains("softmax")
            && h.en.contains("CrossEntropyLoss")
            && h.en.contains("regression")
    );
    assert!(h.zh.contains("softmax") && h.zh.contains("CrossEntropyLoss") && h.zh.contains("回归"));
    // Question 2: recurrent hidden state; Transformer/diffusion generators use GELU/SiLU.
    let h = q("rnn_generative").help;
    assert!(h.en.contains("LSTM") && h.en.contains("GRU") && h.en.contains("diffusion"));
    assert!(h.zh.contains("LSTM") && h.zh.contains("扩散"));
    for text in [OUTCOME_TANH.caveats.en, OUTCOME_TANH.caveats.zh] {
        assert!(text.contains("GELU") && text.contains("SiLU"), "{text}");
    }
    // The default, reached after "No" to the Transformer question, recommends ReLU first.
    assert_eq!(ids(DEFAULT_OUTCOME.recommended), ["relu"]);
    assert!(!DEFAULT_OUTCOME.title.en.contains("GELU"));
    // How to tell dying neurons.
    let h = q("dying_neurons").help;
    assert!(h.en.contains("How to tell") && h.en.contains("(out <= 0).all(0)"));
    assert!(h.zh.contains("如何判断") && h.zh.contains("(out <= 0).all(0)"));
    // Mish and SiLU are bounded below, with the computed minima.
    let r = OUTCOME_ACCURACY.reason;
    assert!(!r.en.contains("do not saturate below") && !r.zh.contains("下不饱和"));
    for (a, shown) in [(Activation::Mish, "−0.309"), (Activation::Silu, "−0.278")] {
        let (_, y) = minimum(a).unwrap();
        assert_eq!(format!("{y:.3}").replace('-', "−"), shown, "{a}");
        assert!(r.en.contains(shown) && r.zh.contains(shown), "{a}: {shown}");
    }
    // What MobileNets use.
    let m = OUTCOME_MOBILE.reason;
    assert!(m.en.contains("ReLU6 (MobileNetV1 and V2)") && m.en.contains("MobileNetV3"));
    assert!(m.zh.contains("MobileNetV1、V2") && m.zh.contains("MobileNetV3"));
    // Noise robustness: ELU and SELU share it.
    let s = category_summary(Category::ReluFamily);
    assert!(s.en.contains("which ELU and SELU share"), "{}", s.en);
    assert!(s.zh.contains("ELU 与 SELU 共有"), "{}", s.zh);
}
