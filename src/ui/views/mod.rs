//! One file per view.

mod common;
mod detail;
mod gallery;
mod gated;
mod groups;
mod guide_view;
mod overlay;
mod table;

pub use detail::Detail;
pub use gallery::Gallery;
pub use gated::GatedView;
pub use groups::Groups;
pub use guide_view::GuideView;
pub use overlay::Overlay;
pub use table::TableView;
