//! The app state <-> URL query / embed attributes: pure parse and validate.
