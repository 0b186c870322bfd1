//! One file per view. The first view's wasm (the app's) holds the guide and the gallery; the
//! other views are compiled only into the lazily loaded views' wasm (feature `views`), which
//! the app shows through `ui::lazy_view`.

mod common;
mod gallery;
mod guide_view;

#[cfg(feature = "views")]
mod depth;
#[cfg(feature = "views")]
mod detail;
#[cfg(feature = "views")]
mod gated;
#[cfg(feature = "views")]
mod groups;
#[cfg(feature = "views")]
mod interactive;
#[cfg(feature = "views")]
mod overlay;
#[cfg(feature = "views")]
mod table;

pub use gallery::Gallery;
pub use guide_view::GuideView;

#[cfg(feature = "views")]
pub use depth::DepthLab;
#[cfg(feature = "views")]
pub use detail::Detail;
#[cfg(feature = "views")]
pub use gated::GatedView;
#[cfg(feature = "views")]
pub use groups::Groups;
#[cfg(feature = "views")]
pub use overlay::Overlay;
#[cfg(feature = "views")]
pub use table::TableView;
