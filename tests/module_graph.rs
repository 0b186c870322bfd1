//! The modules' dependencies point one way. Every source file is parsed with `syn`; every path
//! that names another module of the crate (`use crate::…`, `super::…`, paths in code and inside
//! macros such as `view!`) is an edge. Two checks:
//! - no cycles: between two modules that are not each other's ancestor, the edge is lifted to
//!   the two children of their closest common ancestor, and those lifted graphs are acyclic (a
//!   child using its parent's items is the ordinary parent–child relation and is not counted);
//! - the top-level layers: a top-level module only uses modules of the layers before it in
//!   [`LAYERS`] (a new top-level module must be placed there).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// The top-level modules from the bottom layer up; a module may use the layers before its own.
/// Modules in one layer may not use each other.
const LAYERS: &[&[&str]] = &[
    &["lang", "html", "number"],
    &["math"],
    &["catalog"],
    &["nn"],
    &["guide", "chart", "depth", "train"],
    &["state", "gesture", "host_theme"],
    &["widget_config"],
    &["ui"],
    &["embed"],
];

type Module = Vec<String>;

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("readable src") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module a file defines: `src/a/mod.rs` → [a], `src/a/b.rs` → [a, b], `src/lib.rs` → [].
fn module_of(src: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// Collects the paths a file names, as segment lists.
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl Paths {
    fn tokens(&mut self, ts: TokenStream) {
        let toks: Vec<TokenTree> = ts.into_iter().collect();
        let mut i = 0;
        while i < toks.len() {
            if let TokenTree::Group(g) = &toks[i] {
                self.tokens(g.stream());
                i += 1;
                continue;
            }
            let start = matches!(&toks[i], TokenTree::Ident(id) if id == "crate" || id == "super");
            if start {
                let mut segs = Vec::new();
                let mut j = i;
                while let Some(TokenTree::Ident(id)) = toks.get(j) {
                    segs.push(id.to_string());
                    let colons = matches!(
                        (toks.get(j + 1), toks.get(j + 2)),
                        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                            if a.as_char() == ':' && b.as_char() == ':'
                    );
                    if !colons {
                        break;
                    }
                    j += 3;
                }
                i = j.max(i + 1);
                self.0.push(segs);
            } else {
                i += 1;
            }
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => self.push_with(prefix, &n.ident.to_string()),
            syn::UseTree::Rename(r) => self.push_with(prefix, &r.ident.to_string()),
            syn::UseTree::Glob(_) => self.0.push(prefix.clone()),
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(prefix, t);
                }
            }
        }
    }

    fn push_with(&mut self, prefix: &[String], last: &str) {
        let mut v = prefix.to_vec();
        v.push(last.to_string());
        self.0.push(v);
    }
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &u.tree);
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        self.0
            .push(p.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, p);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.tokens(m.tokens.clone());
    }
}

/// Resolves a path written in module `at` to the deepest known module it names.
fn target(at: &Module, path: &[String], known: &BTreeSet<Module>) -> Option<Module> {
    let mut abs: Module = match path.first().map(String::as_str) {
        Some("crate") => Vec::new(),
        Some("super") => {
            let mut m = at.clone();
            let mut rest = path;
            while rest.first().map(String::as_str) == Some("super") {
                m.pop()?;
                rest = &rest[1..];
            }
            let mut m2 = m;
            m2.extend(rest.iter().cloned());
            return deepest(&m2, known);
        }
        _ => return None,
    };
    abs.extend(path[1..].iter().cloned());
    deepest(&abs, known)
}

fn deepest(path: &[String], known: &BTreeSet<Module>) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| known.contains(m))
}

fn is_ancestor(a: &Module, b: &Module) -> bool {
    a.len() <= b.len() && b[..a.len()] == a[..]
}

/// The edges between modules of the crate (library only: `main.rs` is the binary).
fn edges() -> BTreeSet<(Module, Module)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    all.retain(|f| {
        f.file_name().is_some_and(|n| n != "main.rs") && !f.starts_with(src.join("bin"))
    });
    let known: BTreeSet<Module> = all.iter().map(|f| module_of(&src, f)).collect();
    let mut out = BTreeSet::new();
    for f in &all {
        let at = module_of(&src, f);
        let text = std::fs::read_to_string(f).expect("readable");
        let ast = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let mut paths = Paths::default();
        paths.visit_file(&ast);
        for p in paths.0 {
            if let Some(t) = target(&at, &p, &known)
                && t != at
            {
                out.insert((at.clone(), t));
            }
        }
    }
    out
}

/// A cycle in `graph`, if any (depth-first search).
fn find_cycle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    fn dfs(
        n: &Module,
        g: &BTreeMap<Module, BTreeSet<Module>>,
        stack: &mut Vec<Module>,
        done: &mut BTreeSet<Module>,
    ) -> Option<Vec<Module>> {
        if let Some(i) = stack.iter().position(|m| m == n) {
            let mut c = stack[i..].to_vec();
            c.push(n.clone());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.clone());
        for m in g.get(n).into_iter().flatten() {
            if let Some(c) = dfs(m, g, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| dfs(n, graph, &mut Vec::new(), &mut done))
}

/// The edges lifted to the children of the two modules' closest common ancestor.
fn lifted(edges: &BTreeSet<(Module, Module)>) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut g: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (a, b) in edges {
        if is_ancestor(a, b) || is_ancestor(b, a) {
            continue;
        }
        let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let (la, lb) = (a[..=common].to_vec(), b[..=common].to_vec());
        g.entry(la).or_default().insert(lb);
    }
    g
}

fn show(m: &Module) -> String {
    format!("crate::{}", m.join("::"))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let e = edges();
    assert!(e.len() > 50, "the parser found only {} edges", e.len());
    if let Some(c) = find_cycle(&lifted(&e)) {
        let names: Vec<String> = c.iter().map(show).collect();
        panic!("a cycle: {}", names.join(" → "));
    }
}

#[test]
fn top_level_modules_use_only_lower_layers() {
    let layer = |m: &str| LAYERS.iter().position(|l| l.contains(&m));
    let mut bad = Vec::new();
    for (a, b) in edges() {
        let (Some(ta), Some(tb)) = (a.first(), b.first()) else {
            continue;
        };
        if ta == tb {
            continue;
        }
        let la = layer(ta).unwrap_or_else(|| panic!("place the module `{ta}` in LAYERS"));
        let lb = layer(tb).unwrap_or_else(|| panic!("place the module `{tb}` in LAYERS"));
        if la <= lb {
            bad.push(format!("{} uses {}", show(&a), show(&b)));
        }
    }
    assert!(bad.is_empty(), "against the layers:\n{}", bad.join("\n"));
}

#[test]
fn the_checks_see_a_cycle_when_there_is_one() {
    let m = |s: &str| s.split("::").map(String::from).collect::<Module>();
    let mut e = BTreeSet::new();
    e.insert((m("ui::export"), m("ui::chart_canvas")));
    e.insert((m("ui::chart_canvas::pool"), m("ui::export")));
    e.insert((m("ui"), m("ui::export")));
    let c = find_cycle(&lifted(&e)).expect("a cycle");
    assert!(c.contains(&m("ui::export")) && c.contains(&m("ui::chart_canvas")));
    // A child using its parent is not a cycle.
    let mut ok = BTreeSet::new();
    ok.insert((m("catalog::entries"), m("catalog")));
    ok.insert((m("catalog"), m("catalog::entries")));
    assert_eq!(find_cycle(&lifted(&ok)), None);
}
