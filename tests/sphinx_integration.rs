//! The Sphinx directive (integrations/sphinx/activation_explorer.py) offers exactly the
//! explorer's configuration keys as options: a key added to `state::Key::all()` must be added there.

use activation_explorer::state::{Key, View};

/// The string items of the Python list assigned to `name` in `source`.
fn python_list(source: &str, name: &str) -> Vec<String> {
    let start = source
        .find(&format!("\n{name} = ["))
        .unwrap_or_else(|| panic!("{name} = [ in the extension"));
    let body = &source[start..];
    let body = &body[body.find('[').unwrap() + 1..body.find(']').unwrap()];
    body.split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn the_directive_knows_every_key_and_view() {
    let source = include_str!("../integrations/sphinx/activation_explorer.py");
    let want: Vec<&str> = Key::all()
        .map(Key::name)
        .filter(|k| *k != "view" && *k != "embed")
        .collect();
    assert_eq!(python_list(source, "KEYS"), want);
    let views: Vec<&str> = View::ALL.iter().map(|v| v.id()).collect();
    assert_eq!(python_list(source, "VIEWS"), views);
}
