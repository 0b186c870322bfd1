//! One file per view. The depth lab is compiled only into the lazily loaded views' wasm
//! (feature `views`); the app's own wasm shows it through `ui::lazy_view`.

mod common;
#[cfg(feature = "views")]
mod depth;
mod detail;
mod gallery;
mod gated;
mod groups;
mod guide_view;
mod overlay;
mod table;

#[cfg(feature = "views")]
pub use depth::DepthLab;
pub use detail::Detail;
pub use gallery::Gallery;
pub use gated::GatedView;
pub use groups::Groups;
pub use guide_view::GuideView;
pub use overlay::Overlay;
pub use table::TableView;
