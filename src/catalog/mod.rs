//! The facts of each activation in English and Chinese: names, formulas (MathML), ranges,
//! traits, pros, cons, uses, APIs, initialisation, computed statistics.
