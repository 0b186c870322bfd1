//! The engine that walks the decision tree, and the answers codec used in URLs.
//!
//! # The answers codec
//! A path through the questionnaire is written as one letter per answer, in question order:
//! `y` for "Yes", `n` for "No" (lowercase only). `""` is the start, `"nny"` means No, No, Yes
//! (→ GELU), `"nnnnnnn"` is seven No's (→ the default). A code is valid when it contains only `y`
//! and `n` and does not go past a finished path: nothing may follow a `y`, and there are at most
//! seven letters.

use std::fmt;
use std::str::FromStr;

use super::tree::{DEFAULT_OUTCOME, Outcome, QUESTIONS, Question};
use crate::lang::Lang;
use crate::math::Activation;

/// Where the questionnaire stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step {
    /// Waiting for an answer to this question (its 0-based index in [`QUESTIONS`]).
    Ask(&'static Question, usize),
    /// Finished at this outcome.
    Done(&'static Outcome),
}

/// Why an answer or an answers code was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuideError {
    /// An answer was given after the questionnaire had reached its outcome.
    AlreadyDone,
    /// The code holds a character other than `y` or `n` at this (0-based, in chars) position.
    InvalidChar {
        /// Position of the character, counted in chars.
        index: usize,
        /// The character found.
        found: char,
    },
    /// The code goes on after the path had already reached an outcome, at this position.
    TooLong {
        /// Position of the first superfluous answer, counted in chars.
        index: usize,
    },
}

impl GuideError {
    /// A one-line explanation in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (GuideError::AlreadyDone, Lang::En) => {
                "the questionnaire is already finished: go back or start over".to_string()
            }
            (GuideError::AlreadyDone, Lang::Zh) => {
                "问卷已经完成：请返回上一步或重新开始".to_string()
            }
            (GuideError::InvalidChar { index, found }, Lang::En) => format!(
                "answers may only contain y and n, found '{}' at position {}",
                found,
                index + 1
            ),
            (GuideError::InvalidChar { index, found }, Lang::Zh) => {
                format!("答案只能包含 y 和 n，第 {} 个字符是“{}”", index + 1, found)
            }
            (GuideError::TooLong { index }, Lang::En) => format!(
                "the answers reach a result after {} step(s); the rest is extra",
                index
            ),
            (GuideError::TooLong { index }, Lang::Zh) => {
                format!("答案在第 {} 步就已得出结果，后面的部分是多余的", index)
            }
        }
    }
}

impl fmt::Display for GuideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for GuideError {}

/// Writes answers in the codec: `y` for yes, `n` for no. Does not validate.
pub fn encode_answers(answers: &[bool]) -> String {
    answers.iter().map(|&a| if a { 'y' } else { 'n' }).collect()
}

/// Reads and validates an answers code (see the module documentation).
pub fn decode_answers(code: &str) -> Result<Vec<bool>, GuideError> {
    let mut answers = Vec::new();
    for (index, c) in code.chars().enumerate() {
        let yes = match c {
            'y' => true,
            'n' => false,
            found => return Err(GuideError::InvalidChar { index, found }),
        };
        if is_finished(&answers) {
            return Err(GuideError::TooLong { index });
        }
        answers.push(yes);
    }
    Ok(answers)
}

/// Whether a path of answers has reached an outcome (a "Yes", or every question answered).
fn is_finished(answers: &[bool]) -> bool {
    answers.last() == Some(&true) || answers.len() >= QUESTIONS.len()
}

/// A walk through the decision tree: the answers given so far.
///
/// Invariant: every answer but the last is "No", and there are at most [`QUESTIONS`]`.len()`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Questionnaire {
    answers: Vec<bool>,
}

impl Questionnaire {
    /// A fresh questionnaire at the first question.
    pub fn new() -> Self {
        Questionnaire::default()
    }

    /// Replays `answers` from the start; fails like [`decode_answers`] on a path that goes past
    /// its outcome.
    pub fn from_answers(answers: &[bool]) -> Result<Self, GuideError> {
        let mut q = Questionnaire::new();
        for (index, &yes) in answers.iter().enumerate() {
            q.answer(yes).map_err(|_| GuideError::TooLong { index })?;
        }
        Ok(q)
    }

    /// Reads an answers code such as `"nny"`.
    pub fn from_code(code: &str) -> Result<Self, GuideError> {
        Ok(Questionnaire {
            answers: decode_answers(code)?,
        })
    }

    /// The answers code of this path (`""` at the start).
    pub fn to_code(&self) -> String {
        encode_answers(&self.answers)
    }

    /// The answers so far, `true` = Yes.
    pub fn answers(&self) -> &[bool] {
        &self.answers
    }

    /// The current question, or the outcome once finished.
    pub fn current(&self) -> Step {
        if self.answers.last() == Some(&true) {
            Step::Done(QUESTIONS[self.answers.len() - 1].yes)
        } else if self.answers.len() >= QUESTIONS.len() {
            Step::Done(&DEFAULT_OUTCOME)
        } else {
            let i = self.answers.len();
            Step::Ask(&QUESTIONS[i], i)
        }
    }

    /// Whether an outcome has been reached.
    pub fn is_done(&self) -> bool {
        is_finished(&self.answers)
    }

    /// The outcome, once reached.
    pub fn outcome(&self) -> Option<&'static Outcome> {
        match self.current() {
            Step::Done(o) => Some(o),
            Step::Ask(..) => None,
        }
    }

    /// Answers the current question. Fails with [`GuideError::AlreadyDone`] once finished.
    pub fn answer(&mut self, yes: bool) -> Result<(), GuideError> {
        if self.is_done() {
            return Err(GuideError::AlreadyDone);
        }
        self.answers.push(yes);
        Ok(())
    }

    /// Takes back the last answer; returns `false` (and does nothing) at the start.
    pub fn back(&mut self) -> bool {
        self.answers.pop().is_some()
    }

    /// Goes back to question `index` (0-based), dropping its answer and every later one: what a
    /// click on a step of the shown path does. Does nothing if that question was not answered.
    pub fn back_to(&mut self, index: usize) {
        self.answers.truncate(index);
    }

    /// Clears every answer.
    pub fn restart(&mut self) {
        self.answers.clear();
    }

    /// The questions answered so far with their answers, in order.
    pub fn path(&self) -> Vec<(&'static Question, bool)> {
        self.answers
            .iter()
            .enumerate()
            .map(|(i, &yes)| (&QUESTIONS[i], yes))
            .collect()
    }

    /// The recommended activations once finished; empty before.
    pub fn recommended(&self) -> &'static [Activation] {
        self.outcome().map_or(&[], |o| o.recommended)
    }

    /// The alternatives marked alongside the recommendation once finished; empty before.
    pub fn also(&self) -> &'static [Activation] {
        self.outcome().map_or(&[], |o| o.also)
    }

    /// Whether `a` is among the recommended activations (what the UI highlights).
    pub fn is_recommended(&self, a: Activation) -> bool {
        self.recommended().contains(&a)
    }
}

impl fmt::Display for Questionnaire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_code())
    }
}

impl FromStr for Questionnaire {
    type Err = GuideError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Questionnaire::from_code(s)
    }
}
