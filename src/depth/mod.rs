//! The depth lab's computations: how a signal and its gradient pass through a deep random network.
pub mod sim;
