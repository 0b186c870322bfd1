//! The seed's selection decision tree as data, and the engine that walks it.
