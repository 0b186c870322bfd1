//! A widget's configuration from its element's attributes (pure; the browser side is
//! `embed`). Two forms, with the URL's keys and rules:
//!
//! - the custom element `<activation-explorer view="overlay" fn="relu,gelu">`: every attribute
//!   is a key, except HTML's global ones (`id`, `class`, `style`, `aria-*`, `data-*`, …), which
//!   belong to the page;
//! - a marked element `<div data-activation-explorer="overlay" data-fn="relu,gelu">`: the
//!   marker's value is the view, every other `data-*` attribute a key.
//!
//! In both, `theme="auto"` is the default: follow the host page (see [`crate::host_theme`]).
//!
//! ```
//! use activation_explorer::widget_config::{Form, config_pairs};
//! let attrs = [("id", "w1"), ("view", "overlay"), ("fn", "relu,gelu"), ("theme", "auto")];
//! let c = config_pairs(Form::CustomElement, attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())));
//! assert_eq!(c.view.as_deref(), Some("overlay"));
//! assert_eq!(c.pairs, [("view".to_string(), "overlay".to_string()), ("fn".to_string(), "relu,gelu".to_string())]);
//! ```

use crate::state::{AppState, View};

/// The custom element's tag name.
pub const ELEMENT_NAME: &str = "activation-explorer";
/// The attribute that marks an element of the `data-*` form; its value is the view.
pub const WIDGET_ATTR: &str = "data-activation-explorer";
/// Set on an element while a widget is mounted in it.
pub const MOUNTED_ATTR: &str = "data-activation-explorer-mounted";

/// HTML's global attributes (and the ARIA and event-handler prefixes): on the custom element
/// they belong to the page and are never read as configuration.
const GLOBAL_ATTRS: [&str; 28] = [
    "accesskey",
    "autocapitalize",
    "autofocus",
    "class",
    "contenteditable",
    "dir",
    "draggable",
    "enterkeyhint",
    "exportparts",
    "hidden",
    "id",
    "inert",
    "inputmode",
    "is",
    "itemid",
    "itemprop",
    "itemref",
    "itemscope",
    "itemtype",
    "nonce",
    "part",
    "popover",
    "role",
    "slot",
    "spellcheck",
    "style",
    "tabindex",
    "title",
];

/// Which way an element is marked as a widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `<activation-explorer view="…" fn="…">`.
    CustomElement,
    /// `<div data-activation-explorer="…" data-fn="…">`.
    DataAttributes,
}

/// What an element's attributes configure, before parsing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The view attribute's value, if the element has one (the `data-*` form always has).
    pub view: Option<String>,
    /// The `(key, value)` pairs for `state::parse_pairs`, in attribute order.
    pub pairs: Vec<(String, String)>,
}

impl Config {
    /// Whether the view attribute names a view (absent: the default view). A widget whose view
    /// is not one shows a message instead.
    pub fn view_ok(&self) -> bool {
        self.view
            .as_deref()
            .is_none_or(|v| v.parse::<View>().is_ok())
    }
}

/// The configuration pairs of an element of `form` with `attrs` (names lowercase, as the DOM
/// gives them).
pub fn config_pairs(form: Form, attrs: impl Iterator<Item = (String, String)>) -> Config {
    let mut config = Config::default();
    for (name, value) in attrs {
        let key = match form {
            Form::CustomElement => {
                let global = GLOBAL_ATTRS.contains(&name.as_str())
                    || ["aria-", "data-", "on"].iter().any(|p| name.starts_with(p));
                if global {
                    continue;
                }
                name
            }
            Form::DataAttributes => {
                if name == WIDGET_ATTR {
                    config.view = Some(value.clone());
                    config.pairs.insert(0, ("view".into(), value));
                    continue;
                }
                // `data-view` would contradict the marker: the marker names the view.
                if name == MOUNTED_ATTR || name == "data-view" || !name.starts_with("data-") {
                    continue;
                }
                // The full name: `parse_pairs` strips the `data-` prefix (once).
                name
            }
        };
        let bare = key.strip_prefix("data-").unwrap_or(&key);
        if bare == "theme" && value.trim() == "auto" {
            continue;
        }
        if form == Form::CustomElement && key == "view" {
            config.view = Some(value.clone());
        }
        config.pairs.push((key, value));
    }
    config
}

/// Applies to `current` (what the widget shows, after the reader's own changes) the parts of
/// the configuration that changed from `old` to `new`: an attribute change redraws what it
/// names and keeps the rest (answers given, parameters moved) as the reader left it.
pub fn apply_changes(old: &AppState, new: &AppState, current: &mut AppState) {
    macro_rules! changed {
        ($($field:ident),*) => {$(
            if old.$field != new.$field {
                current.$field = new.$field.clone();
            }
        )*};
    }
    // Every field of the state, by name: a field added to `AppState` fails to compile here
    // until it is listed (the widget once ignored later changes of gated, set and sections).
    let AppState {
        lang: _,
        view: _,
        fns: _,
        no_fns: _,
        gated: _,
        set: _,
        x_range: _,
        deriv: _,
        answers: _,
        sections: _,
        params: _,
        theme: _,
        embed: _,
        lab: _,
    } = new;
    changed!(
        lang, view, fns, no_fns, gated, set, x_range, deriv, answers, sections, params, theme, lab
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Theme, parse_pairs};

    fn attrs(list: &[(&str, &str)]) -> impl Iterator<Item = (String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn custom_element_skips_the_pages_attributes() {
        let c = config_pairs(
            Form::CustomElement,
            attrs(&[
                ("id", "w"),
                ("class", "wide"),
                ("style", "margin:0"),
                ("aria-label", "chart"),
                ("data-md-x", "1"),
                ("onclick", "x()"),
                ("view", "detail"),
                ("fn", "elu"),
                ("alpha", "0.5"),
                ("lang", "zh"),
                ("fnn", "typo"),
            ]),
        );
        assert_eq!(c.view.as_deref(), Some("detail"));
        let keys: Vec<&str> = c.pairs.iter().map(|(k, _)| k.as_str()).collect();
        // A typo stays, so that the widget shows a notice for it.
        assert_eq!(keys, ["view", "fn", "alpha", "lang", "fnn"]);
        let (state, notices) = parse_pairs(c.pairs.into_iter());
        assert_eq!(state.view, View::Detail);
        assert_eq!(state.params[crate::math::Param::Alpha], 0.5);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert_eq!(notices[0].key, "fnn");
    }

    #[test]
    fn data_form_reads_the_marker_as_the_view() {
        let c = config_pairs(
            Form::DataAttributes,
            attrs(&[
                ("id", "w"),
                ("data-fn", "relu"),
                ("data-activation-explorer", "overlay"),
                ("data-activation-explorer-mounted", ""),
                ("data-theme", "dark"),
            ]),
        );
        assert_eq!(c.view.as_deref(), Some("overlay"));
        assert_eq!(
            c.pairs,
            [
                ("view".to_string(), "overlay".to_string()),
                ("data-fn".to_string(), "relu".to_string()),
                ("data-theme".to_string(), "dark".to_string()),
            ]
        );
        let (state, notices) = parse_pairs(c.pairs.into_iter());
        assert_eq!(
            (state.view, state.theme),
            (View::Overlay, Some(Theme::Dark))
        );
        assert!(notices.is_empty());
    }

    #[test]
    fn theme_auto_is_the_default_in_both_forms() {
        for (form, name) in [
            (Form::CustomElement, "theme"),
            (Form::DataAttributes, "data-theme"),
        ] {
            let c = config_pairs(form, attrs(&[(name, "auto")]));
            assert!(c.pairs.iter().all(|(k, _)| k != name), "{form:?}");
            let (state, notices) = parse_pairs(c.pairs.into_iter());
            assert_eq!(state.theme, None);
            assert!(notices.is_empty());
        }
    }

    #[test]
    fn view_ok() {
        let c = |v: Option<&str>| Config {
            view: v.map(String::from),
            pairs: Vec::new(),
        };
        assert!(c(None).view_ok());
        assert!(c(Some("table")).view_ok());
        assert!(!c(Some("galery")).view_ok());
        assert!(!c(Some("")).view_ok());
    }

    #[test]
    fn an_attribute_change_keeps_what_the_reader_changed() {
        let parse = |list: &[(&str, &str)]| parse_pairs(attrs(list)).0;
        let old = parse(&[("view", "guide"), ("fn", "relu")]);
        let new = parse(&[("view", "guide"), ("fn", "tanh")]);
        let mut current = old.clone();
        current.answers = vec![false, true];
        current.deriv = true;
        apply_changes(&old, &new, &mut current);
        assert_eq!(current.fns, new.fns, "the changed attribute applies");
        assert_eq!(current.answers, [false, true], "the reader's answers stay");
        assert!(current.deriv, "the reader's toggle stays");
        // Unchanged attributes are not re-applied over the reader's changes.
        let mut again = current.clone();
        apply_changes(&new, &new, &mut again);
        assert_eq!(again, current);
    }

    #[test]
    fn every_key_applies_when_its_attribute_changes() {
        let parse = |list: &[(&str, &str)]| parse_pairs(attrs(list)).0;
        for (key, from, to) in [
            ("set", "seed", "models"),
            ("fn", "glu", "swiglu"),
            ("sections", "quiz", "notes"),
            ("view", "guide", "table"),
            ("lang", "en", "zh"),
            ("depth", "10", "20"),
        ] {
            let old = parse(&[(key, from)]);
            let new = parse(&[(key, to)]);
            assert_ne!(old, new, "{key}: the two values parse differently");
            let mut current = old.clone();
            apply_changes(&old, &new, &mut current);
            assert_eq!(current, new, "{key}={to} applies");
        }
    }
}
