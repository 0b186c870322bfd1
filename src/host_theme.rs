//! Which colour scheme a host page shows, read from the dark-mode markers that docs generators
//! put on `<html>` and `<body>`. Pure: the browser side (`ui`) reads the attributes and watches
//! them; a widget with `theme="auto"` (the default) follows the answer, or the system's
//! `prefers-color-scheme` when the host shows no marker.
//!
//! ```
//! use activation_explorer::host_theme::{HostMarkers, host_dark};
//! // mdBook's "Coal" theme.
//! let m = HostMarkers { html_class: "coal sidebar-visible js", ..HostMarkers::default() };
//! assert_eq!(host_dark(&m), Some(true));
//! // Furo's "auto": no answer, the system's preference decides.
//! let m = HostMarkers { body_data_theme: Some("auto"), ..HostMarkers::default() };
//! assert_eq!(host_dark(&m), None);
//! ```

/// The attributes of a host page that can name its colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HostMarkers<'a> {
    /// `class` of `<html>`: mdBook's theme (`light`, `rust` / `coal`, `navy`, `ayu`), or the
    /// `dark` / `light` class of VitePress and Tailwind sites.
    pub html_class: &'a str,
    /// `data-theme` of `<html>` (Docusaurus, the PyData Sphinx theme): `light`, `dark`.
    pub html_data_theme: Option<&'a str>,
    /// `data-md-color-scheme` of `<body>` (MkDocs Material): `default`, `slate`.
    pub body_md_color_scheme: Option<&'a str>,
    /// `data-theme` of `<body>` (Furo): `light`, `dark`, `auto` (follow the system).
    pub body_data_theme: Option<&'a str>,
}

/// The attributes [`HostMarkers`] is read from, to watch for changes.
pub const WATCHED_ATTRIBUTES: [&str; 3] = ["class", "data-theme", "data-md-color-scheme"];

/// mdBook's dark themes (its `<html>` class).
const MDBOOK_DARK: [&str; 3] = ["coal", "navy", "ayu"];
/// mdBook's light themes.
const MDBOOK_LIGHT: [&str; 2] = ["light", "rust"];

/// `Some(true)` when the host shows a dark theme, `Some(false)` a light one, `None` when it
/// names none (or says "auto"): then the system's preference decides. The most specific marker
/// wins: MkDocs Material's, then `body[data-theme]`, `html[data-theme]`, the `<html>` class.
pub fn host_dark(m: &HostMarkers) -> Option<bool> {
    let light_dark = |v: &str| match v.trim() {
        "dark" => Some(true),
        "light" => Some(false),
        _ => None,
    };
    let md = m.body_md_color_scheme.and_then(|v| match v.trim() {
        "slate" => Some(true),
        "default" => Some(false),
        _ => None,
    });
    md.or_else(|| m.body_data_theme.and_then(light_dark))
        .or_else(|| m.html_data_theme.and_then(light_dark))
        .or_else(|| {
            m.html_class.split_ascii_whitespace().find_map(|c| {
                if MDBOOK_DARK.contains(&c) || c == "dark" {
                    Some(true)
                } else if MDBOOK_LIGHT.contains(&c) {
                    Some(false)
                } else {
                    None
                }
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(c: &str) -> HostMarkers<'_> {
        HostMarkers {
            html_class: c,
            ..HostMarkers::default()
        }
    }

    #[test]
    fn mdbook_themes() {
        for t in ["coal", "navy", "ayu"] {
            assert_eq!(
                host_dark(&class(&format!("{t} sidebar-visible"))),
                Some(true),
                "{t}"
            );
        }
        for t in ["light", "rust"] {
            assert_eq!(host_dark(&class(&format!("js {t}"))), Some(false), "{t}");
        }
        // Not a whole class name: no marker.
        assert_eq!(host_dark(&class("coalition navy-blue")), None);
        assert_eq!(host_dark(&class("")), None);
    }

    #[test]
    fn mkdocs_material_schemes() {
        let m = |s| HostMarkers {
            body_md_color_scheme: Some(s),
            ..HostMarkers::default()
        };
        assert_eq!(host_dark(&m("slate")), Some(true));
        assert_eq!(host_dark(&m("default")), Some(false));
        assert_eq!(host_dark(&m("my-brand")), None);
    }

    #[test]
    fn furo_and_data_theme() {
        let body = |s| HostMarkers {
            body_data_theme: Some(s),
            ..HostMarkers::default()
        };
        assert_eq!(host_dark(&body("dark")), Some(true));
        assert_eq!(host_dark(&body("light")), Some(false));
        assert_eq!(host_dark(&body("auto")), None);
        let html = HostMarkers {
            html_data_theme: Some("dark"),
            ..HostMarkers::default()
        };
        assert_eq!(host_dark(&html), Some(true));
    }

    #[test]
    fn the_most_specific_marker_wins() {
        // Material's scheme on <body> over a light class on <html>.
        let m = HostMarkers {
            html_class: "light",
            body_md_color_scheme: Some("slate"),
            ..HostMarkers::default()
        };
        assert_eq!(host_dark(&m), Some(true));
        // Furo's explicit light over a dark <html> marker; its "auto" defers to the next one.
        let m = HostMarkers {
            html_class: "dark",
            body_data_theme: Some("light"),
            ..HostMarkers::default()
        };
        assert_eq!(host_dark(&m), Some(false));
        let m = HostMarkers {
            html_class: "dark",
            body_data_theme: Some("auto"),
            ..HostMarkers::default()
        };
        assert_eq!(host_dark(&m), Some(true));
    }
}
