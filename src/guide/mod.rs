//! The seed's selection guide: the decision tree as data and the engine that walks it
//! ([`Questionnaire`]), the category guide and the practical notes, all in English and Chinese.
//!
//! ```
//! use activation_explorer::guide::{Questionnaire, Step};
//! use activation_explorer::math::Activation;
//!
//! let mut q = Questionnaire::new();
//! assert!(matches!(q.current(), Step::Ask(_, 0)));
//! q.answer(false).unwrap(); // not a binary output layer
//! q.answer(false).unwrap(); // not an RNN / generative hidden layer
//! q.answer(true).unwrap(); // a Transformer
//! assert_eq!(q.recommended(), &[Activation::Gelu]);
//! assert_eq!(q.to_code(), "nny");
//! ```

mod engine;
mod lab_links;
mod sections;
mod tree;

pub use engine::{GuideError, Questionnaire, Step, decode_answers, encode_answers};
pub use lab_links::{LabLink, lab_links};
pub use sections::{GuideItem, GuideSection, Note, category_guide, practical_notes};
pub use tree::{
    DEFAULT_OUTCOME, OUTCOME_ACCURACY, OUTCOME_DYING, OUTCOME_GELU, OUTCOME_MOBILE, OUTCOME_SELU,
    OUTCOME_SIGMOID, OUTCOME_TANH, OUTCOMES, Outcome, QUESTIONS, Question,
};

/// The labels of the two answer buttons, exactly as the issue names them.
pub const YES: crate::lang::Text = crate::lang::t("Yes", "是");
/// The label of the "No" button.
pub const NO: crate::lang::Text = crate::lang::t("No", "否");
