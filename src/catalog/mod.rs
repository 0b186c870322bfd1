//! The facts of each activation in English and Chinese: names, formulas (MathML), ranges,
//! traits, pros, cons, uses, APIs, initialisation, computed statistics.

mod seed;

pub use seed::{Category, SeedStyle, seed_style};
