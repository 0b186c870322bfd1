//! The comparison grid: its facts (range in brief, bounded, zero-centred, cost) against the
//! catalogue and the kernels, its sort, and the table's rows read back with an XML parser.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use activation_explorer::catalog::{
    Bound, Bounded, Category, Centred, Collection, Column, Comparison, Direction, End, GATED_RANGE,
    GRID_COLUMNS, OverviewLabels, OverviewQuery, Sort, Subject, card_id, comparison, entries,
    entry, formula, gated_comparison, gated_entry, grid_number, minimum, overview_rows_html,
    pytorch_at, sort_rows, special_functions, stats,
};
use activation_explorer::lang::Lang;
use activation_explorer::math::{Activation, GatedUnit, Params};
use syn::visit::Visit;

fn all_rows() -> Vec<Comparison> {
    Activation::ALL
        .into_iter()
        .map(comparison)
        .chain(GatedUnit::ALL.into_iter().map(gated_comparison))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The facts.

#[test]
fn ranges_in_brief_come_from_the_bounds_and_the_computed_minima() {
    let brief = |a: Activation, l: Lang| comparison(a).range_text(l);
    assert_eq!(brief(Activation::Sigmoid, Lang::En), "(0, 1)");
    assert_eq!(brief(Activation::Relu6, Lang::En), "[0, 6]");
    assert_eq!(brief(Activation::Gelu, Lang::En), "[−0.17, ∞)");
    assert_eq!(brief(Activation::Gelu, Lang::Zh), "[−0.17, +∞)");
    assert_eq!(brief(Activation::Selu, Lang::En), "(−1.758, ∞)");
    assert_eq!(brief(Activation::Logsigmoid, Lang::En), "(−∞, 0)");
    assert_eq!(brief(Activation::LeakyRelu, Lang::En), "(−∞, ∞)");
    for e in entries() {
        let a = e.activation;
        let c = comparison(a);
        // Each end as the catalogue's bound says; a minimum is the computed one.
        for (bound, end) in [(e.bounds.0, c.lower), (e.bounds.1, c.upper)] {
            let want = match bound {
                Bound::Unbounded => End::Unbounded,
                Bound::Open(v) => End::Open(v),
                Bound::Closed(v) => End::Closed(v),
                Bound::Minimum => End::Closed(minimum(a).unwrap().1),
            };
            assert_eq!(end, want, "{a}");
        }
        for lang in Lang::ALL {
            let text = c.range_text(lang);
            // The catalogue's own range text opens and closes alike.
            let full = e.range.get(lang);
            assert_eq!(
                text.chars().next(),
                full.chars().next(),
                "{a}: {text} / {full}"
            );
            if let Bound::Minimum = e.bounds.0 {
                let m = grid_number(minimum(a).unwrap().1);
                assert!(text.starts_with(&format!("[{m}, ")), "{a}: {text}");
            }
        }
        // Bounded follows the ends.
        let finite = |b: Bound| b != Bound::Unbounded;
        let want = match (finite(e.bounds.0), finite(e.bounds.1)) {
            (true, true) => Bounded::Both,
            (true, false) => Bounded::Below,
            (false, true) => Bounded::Above,
            (false, false) => Bounded::No,
        };
        assert_eq!(c.bounded(), want, "{a}");
        let (module, functional) = pytorch_at(a, &Params::default());
        assert_eq!(c.pytorch, module.unwrap_or(functional));
    }
    for u in GatedUnit::ALL {
        let c = gated_comparison(u);
        assert_eq!(c.range_text(Lang::En), "(−∞, ∞)");
        assert_eq!(c.bounded(), Bounded::No);
        assert_eq!(c.monotonic, None, "{u}: two inputs, no single order");
        assert_eq!(c.smooth, entry(u.gate()).smooth, "{u}");
        assert!(gated_entry(u).pytorch.starts_with(&c.pytorch));
    }
    assert!(!gated_comparison(GatedUnit::Reglu).smooth);
    assert!(gated_comparison(GatedUnit::Swiglu).smooth);
}

#[test]
fn grid_numbers_are_short() {
    assert_eq!(grid_number(0.0), "0");
    assert_eq!(grid_number(-0.0), "0");
    assert_eq!(grid_number(-1e-9), "0");
    assert_eq!(grid_number(6.0), "6");
    assert_eq!(grid_number(-0.169_971), "−0.17");
    assert_eq!(grid_number(0.398_942), "0.399");
    assert_eq!(grid_number(-1.5), "−1.5");
}

/// The functions whose E[f(z)] is 0: the odd ones, and SELU by construction.
const ZERO_CENTRED: [Activation; 7] = [
    Activation::Tanh,
    Activation::Hardtanh,
    Activation::Softsign,
    Activation::Selu,
    Activation::Hardshrink,
    Activation::Softshrink,
    Activation::Tanhshrink,
];

#[test]
fn zero_centred_follows_the_computed_mean() {
    for a in Activation::ALL {
        let c = comparison(a);
        let st = stats(a);
        let zero = ZERO_CENTRED.contains(&a);
        assert_eq!(c.centred() == Centred::Zero, zero, "{a}: E = {}", st.mean);
        if zero {
            // Exactly 0 as shown, though the quadrature leaves rounding noise.
            assert_eq!(c.mean, 0.0, "{a}");
        } else {
            // The rule needs no "nearly zero" class: every other mean is far from 0
            // (ELU's, the smallest, is about a sixth of its RMS output).
            assert_eq!(c.mean, st.mean, "{a}");
            assert!(
                st.mean.abs() > 0.1 * st.second_moment.sqrt(),
                "{a}: E[f(z)] = {} is small: give the rule a second threshold",
                st.mean
            );
        }
    }
    // SELU's quadrature mean is not exactly 0, yet it is shown as 0.
    assert_ne!(stats(Activation::Selu).mean, 0.0);
    // The gated units: E[a·g(b)] = E[a]·E[g(b)] = 0.
    for u in GatedUnit::ALL {
        assert_eq!(gated_comparison(u).centred(), Centred::Zero, "{u}");
    }
}

// ---------------------------------------------------------------------------------------------
// The cost against the kernels' code.

/// The special functions a kernel may call (libm's names, and std's method names).
const SPECIAL_CALLS: [&str; 12] = [
    "exp", "expm1", "exp_m1", "log1p", "ln_1p", "ln", "tanh", "erf", "erfc", "sin", "cos", "pow",
];

/// The functions of `src/math/kernels.rs`, by name.
struct Kernels(HashMap<String, syn::Block>);

impl Kernels {
    fn load() -> Kernels {
        let src = std::fs::read_to_string("src/math/kernels.rs").expect("kernels.rs");
        let file = syn::parse_file(&src).expect("kernels.rs parses");
        Kernels(
            file.items
                .into_iter()
                .filter_map(|i| match i {
                    syn::Item::Fn(f) => Some((f.sig.ident.to_string(), *f.block)),
                    _ => None,
                })
                .collect(),
        )
    }

    /// The special-function calls on the costliest path through `e`: a branch (if, match)
    /// costs its costliest arm, everything else the sum of its parts; a call of another
    /// kernel costs that kernel's body.
    fn cost(&self, e: &syn::Expr) -> usize {
        match e {
            syn::Expr::If(i) => {
                let other = i.else_branch.as_ref().map_or(0, |(_, e)| self.cost(e));
                self.cost(&i.cond) + self.block(&i.then_branch).max(other)
            }
            syn::Expr::Match(m) => {
                let arm = |a: &syn::Arm| {
                    a.guard.as_ref().map_or(0, |(_, g)| self.cost(g)) + self.cost(&a.body)
                };
                self.cost(&m.expr) + m.arms.iter().map(arm).max().unwrap_or(0)
            }
            syn::Expr::Call(c) => {
                let args: usize = c.args.iter().map(|a| self.cost(a)).sum();
                let callee = match &*c.func {
                    syn::Expr::Path(p) => {
                        let name = p.path.segments.last().unwrap().ident.to_string();
                        if SPECIAL_CALLS.contains(&name.as_str()) {
                            1
                        } else {
                            self.0.get(&name).map_or(0, |b| self.block(b))
                        }
                    }
                    f => self.cost(f),
                };
                args + callee
            }
            syn::Expr::MethodCall(m) => {
                let own = usize::from(SPECIAL_CALLS.contains(&m.method.to_string().as_str()));
                own + self.cost(&m.receiver) + m.args.iter().map(|a| self.cost(a)).sum::<usize>()
            }
            e => {
                let mut parts = Parts(self, 0);
                syn::visit::visit_expr(&mut parts, e);
                parts.1
            }
        }
    }

    fn block(&self, b: &syn::Block) -> usize {
        let mut parts = Parts(self, 0);
        parts.visit_block(b);
        parts.1
    }
}

/// Sums the cost of the expressions directly inside a node.
struct Parts<'a>(&'a Kernels, usize);

impl<'ast> Visit<'ast> for Parts<'_> {
    fn visit_expr(&mut self, e: &'ast syn::Expr) {
        self.1 += self.0.cost(e);
    }
}

/// The arms of `Activation::eval_with`'s `match self`, with the variants each names.
fn eval_arms() -> Vec<(Vec<String>, syn::Expr)> {
    let src = std::fs::read_to_string("src/math/activation.rs").expect("activation.rs");
    let file = syn::parse_file(&src).expect("activation.rs parses");
    struct Find(Option<syn::ExprMatch>);
    impl<'ast> Visit<'ast> for Find {
        fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
            if f.sig.ident == "eval_with" {
                syn::visit::visit_impl_item_fn(self, f);
            }
        }
        fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
            if matches!(&*m.expr, syn::Expr::Path(p) if p.path.is_ident("self")) {
                self.0.get_or_insert_with(|| m.clone());
            }
        }
    }
    let mut find = Find(None);
    find.visit_file(&file);
    struct Variants(Vec<String>);
    impl<'ast> Visit<'ast> for Variants {
        fn visit_path(&mut self, p: &'ast syn::Path) {
            let segs: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
            if segs.len() == 2 && segs[0] == "Activation" {
                self.0.push(segs[1].clone());
            }
        }
    }
    find.0
        .expect("eval_with has a match on self")
        .arms
        .into_iter()
        .map(|arm| {
            let mut v = Variants(Vec::new());
            v.visit_pat(&arm.pat);
            (v.0, *arm.body)
        })
        .collect()
}

/// The activations whose kernel is an algebraic rewrite needing fewer special functions than
/// PyTorch's definition: Mish's kernel gets tanh(softplus(x)) from a single exp.
const REWRITTEN: [Activation; 1] = [Activation::Mish];

#[test]
fn the_cost_matches_the_kernels() {
    let kernels = Kernels::load();
    let arms = eval_arms();
    assert!(arms.len() >= 20, "found the match: {} arms", arms.len());
    for a in Activation::ALL {
        let variant = format!("{a:?}");
        // The first arm naming it is the one for its default parameters (GELU's guard is
        // `approximate == None`, the default).
        let (_, body) = arms
            .iter()
            .find(|(v, _)| v.contains(&variant))
            .unwrap_or_else(|| panic!("{variant}: no arm in eval_with"));
        let kernel = kernels.cost(body);
        let catalogue = special_functions(a).len();
        if REWRITTEN.contains(&a) {
            assert!(
                kernel < catalogue,
                "{a}: {kernel} vs {catalogue}: drop it from REWRITTEN"
            );
        } else {
            assert_eq!(
                kernel, catalogue,
                "{a}: the kernel calls {kernel} special functions"
            );
        }
    }
    // The analysis itself: a branch costs its costliest arm; a kernel's helper counts.
    let cost = |s: &str| kernels.cost(&syn::parse_str::<syn::Expr>(s).unwrap());
    assert_eq!(cost("if x > 0.0 { exp(x) } else { log1p(exp(x)) }"), 2);
    assert_eq!(cost("{ let e = exp(x); e * tanh(e) }"), 2);
    assert_eq!(cost("k::gelu(x)"), 1, "gelu → normal_cdf → erfc");
    assert_eq!(cost("k::relu6(x)"), 0);
    for u in GatedUnit::ALL {
        assert_eq!(gated_comparison(u).cost, special_functions(u.gate()), "{u}");
    }
}

#[test]
fn the_cost_counts_special_functions_only() {
    // Piecewise-linear or plain arithmetic: nothing special.
    for a in [
        Activation::Relu,
        Activation::Hardswish,
        Activation::Softsign,
        Activation::SquaredRelu,
    ] {
        assert!(special_functions(a).is_empty(), "{a}");
    }
    assert_eq!(
        special_functions(Activation::Selu).len(),
        1,
        "expm1 for x ≤ 0"
    );
    assert_eq!(special_functions(Activation::Mish).len(), 3);
    assert_eq!(special_functions(Activation::Softplus).len(), 2);
}

#[test]
fn monotonic_and_smooth_come_from_the_math_and_agree_with_the_catalogue() {
    let p = Params::default();
    for e in entries() {
        let a = e.activation;
        let c = comparison(a);
        assert_eq!(c.monotonic, Some(a.is_monotonic(&p)), "{a}");
        // The catalogue's own claims (checked against sampled values and f′ in
        // catalog_facts.rs) say the same.
        assert_eq!(c.monotonic, Some(e.monotonic), "{a}: monotonic");
        assert_eq!(c.smooth, e.smooth, "{a}: smooth");
    }
    // The kinks that are not corners: ELU (α = 1) and Squared ReLU are C¹ at 0.
    assert!(comparison(Activation::Elu).smooth);
    assert!(comparison(Activation::SquaredRelu).smooth);
    assert!(
        !comparison(Activation::Selu).smooth,
        "f′ jumps from λα to λ"
    );
    assert!(!comparison(Activation::Relu).smooth);
    assert!(
        !comparison(Activation::Gelu).monotonic.unwrap(),
        "the dip below 0"
    );
}

// ---------------------------------------------------------------------------------------------
// The sort.

#[test]
fn a_header_click_sorts_ascending_then_descending() {
    let asc = |column| Sort {
        column,
        direction: Direction::Ascending,
    };
    let s = Sort::after_click(None, Column::Cost);
    assert_eq!(s, asc(Column::Cost));
    let s = Sort::after_click(Some(s), Column::Cost);
    assert_eq!(s.direction, Direction::Descending);
    assert_eq!(s.aria(), "descending");
    assert_eq!(Sort::after_click(Some(s), Column::Cost), asc(Column::Cost));
    // Another column starts ascending.
    assert_eq!(Sort::after_click(Some(s), Column::Name), asc(Column::Name));
    for c in Column::ALL {
        assert_eq!(c.id().parse::<Column>(), Ok(c));
    }
}

/// A row's value in a column, as the sort must order it (ascending); `None`: last.
fn value(r: &Comparison, c: Column) -> Option<(String, f64, f64)> {
    let n = |a: f64, b: f64| Some((String::new(), a, b));
    let flag = |b: bool| if b { 0.0 } else { 1.0 };
    match c {
        Column::Name => Some((r.name.en.to_lowercase(), 0.0, 0.0)),
        Column::Range => {
            let end = |e: End, none: f64| match e {
                End::Open(v) | End::Closed(v) => v,
                End::Unbounded => none,
            };
            n(end(r.lower, f64::NEG_INFINITY), end(r.upper, f64::INFINITY))
        }
        Column::Bounded => n(r.bounded() as u8 as f64, 0.0),
        Column::Monotonic => r.monotonic.map(|m| (String::new(), flag(m), 0.0)),
        Column::Smooth => n(flag(r.smooth), 0.0),
        Column::ZeroCentred => n(r.mean.abs(), r.mean),
        Column::Cost => n(r.cost.len() as f64, 0.0),
        Column::Pytorch => Some((r.pytorch.to_lowercase(), 0.0, 0.0)),
    }
}

#[test]
fn sorting_orders_every_column_both_ways_and_keeps_ties_in_catalogue_order() {
    let original = all_rows();
    let position = |r: &Comparison| original.iter().position(|o| o.subject == r.subject);
    for column in Column::ALL {
        for direction in [Direction::Ascending, Direction::Descending] {
            let mut rows = original.clone();
            sort_rows(&mut rows, Sort { column, direction }, Lang::En);
            assert_eq!(rows.len(), original.len());
            for w in rows.windows(2) {
                let (a, b) = (value(&w[0], column), value(&w[1], column));
                match (a, b) {
                    (Some(a), Some(b)) => {
                        let o = a.partial_cmp(&b).unwrap();
                        let o = if direction == Direction::Descending {
                            o.reverse()
                        } else {
                            o
                        };
                        assert!(
                            o.is_le(),
                            "{column} {direction:?}: {:?} before {:?}",
                            w[0].name.en,
                            w[1].name.en
                        );
                        if o.is_eq() {
                            assert!(
                                position(&w[0]) < position(&w[1]),
                                "{column}: a tie out of order"
                            );
                        }
                    }
                    (None, Some(_)) => panic!("{column}: a row without a value before one with"),
                    _ => {}
                }
            }
        }
    }
    // Concretely: by cost, ReLU first and Mish last; reversed, Mish first and the ties of
    // cost 0 still in catalogue order (Hard Sigmoid before ReLU).
    let mut rows = original.clone();
    sort_rows(&mut rows, Sort::after_click(None, Column::Cost), Lang::En);
    assert_eq!(
        rows[0].subject,
        Subject::Activation(Activation::Hardsigmoid)
    );
    assert_eq!(
        rows.last().unwrap().subject,
        Subject::Activation(Activation::Mish)
    );
    let desc = Sort {
        column: Column::Cost,
        direction: Direction::Descending,
    };
    sort_rows(&mut rows, desc, Lang::En);
    assert_eq!(rows[0].subject, Subject::Activation(Activation::Mish));
    let zero: Vec<_> = rows
        .iter()
        .filter(|r| r.cost.is_empty())
        .map(position)
        .collect();
    assert!(zero.windows(2).all(|w| w[0] < w[1]));
    // The gated units' monotonicity does not apply: last both ways.
    for direction in [Direction::Ascending, Direction::Descending] {
        let mut rows = original.clone();
        sort_rows(
            &mut rows,
            Sort {
                column: Column::Monotonic,
                direction,
            },
            Lang::En,
        );
        assert!(rows[rows.len() - 4..].iter().all(|r| r.monotonic.is_none()));
    }
}

// ---------------------------------------------------------------------------------------------
// The rows, read back as XML.

fn labels() -> OverviewLabels<'static> {
    OverviewLabels {
        recommended: "<b>Pick</b>",
        card: [
            "Formula",
            "Output range",
            "Traits",
            "Pros",
            "Cons",
            "Where <to> use",
            "PyTorch",
        ],
        groups: ["The guide", "Beyond <it>", "Gated"],
        yes_no_na: ["yes", "no", "n/a"],
        bounded: ["both", "below", "above", "no"],
        more: "More about ",
    }
}

/// The rows in a `<tbody>`, parsed.
fn parse(html: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(html).unwrap_or_else(|e| panic!("not XML: {e}"))
}

fn rows_html(lang: Lang, query: &OverviewQuery, expanded: &[&str]) -> String {
    let html = overview_rows_html(
        lang,
        query,
        |a| a == Activation::Gelu,
        |id| expanded.contains(&id),
        &labels(),
    );
    format!("<tbody>{html}</tbody>")
}

fn grid_rows<'a, 'i>(doc: &'a roxmltree::Document<'i>) -> Vec<roxmltree::Node<'a, 'i>> {
    doc.root_element()
        .children()
        .filter(|n| n.has_attribute("data-activation"))
        .collect()
}

/// All the text inside a node.
fn text(n: roxmltree::Node) -> String {
    n.descendants()
        .filter(|d| d.is_text())
        .map(|d| d.text().unwrap())
        .collect()
}

fn cell<'a, 'i>(row: roxmltree::Node<'a, 'i>, col: &str) -> roxmltree::Node<'a, 'i> {
    row.children()
        .find(|c| c.attribute("data-col") == Some(col))
        .unwrap_or_else(|| panic!("no {col} cell"))
}

#[test]
fn the_grid_rows_hold_the_facts_and_each_card_everything_escaped() {
    for lang in Lang::ALL {
        let html = rows_html(lang, &OverviewQuery::default(), &[]);
        let doc = parse(&html);
        let rows = grid_rows(&doc);
        assert_eq!(rows.len(), 31, "27 activations and 4 gated units");
        let groups: Vec<_> = doc
            .root_element()
            .children()
            .filter(|n| n.has_attribute("data-group"))
            .map(|n| (n.attribute("data-group").unwrap(), text(n)))
            .collect();
        assert_eq!(
            groups,
            [
                ("seed", "The guide".into()),
                ("added", "Beyond <it>".into()),
                ("gated", "Gated".into())
            ]
        );
        assert!(
            !html.contains("<it>") && !html.contains("<b>"),
            "labels are text"
        );
        assert_eq!(
            rows.iter()
                .filter(|r| r.attribute("data-seed") == Some("true"))
                .count(),
            17
        );
        for row in &rows {
            let id = row.attribute("data-activation").unwrap();
            let c = Activation::ALL
                .into_iter()
                .find(|a| a.id() == id)
                .map(comparison)
                .or_else(|| {
                    GatedUnit::ALL
                        .into_iter()
                        .find(|u| u.id() == id)
                        .map(gated_comparison)
                })
                .unwrap();
            assert!(
                !row.has_attribute("hidden"),
                "{id}: no filter, nothing hidden"
            );
            // A row header and one cell per remaining column, in order.
            let cells: Vec<_> = row.children().filter(|n| n.is_element()).collect();
            assert_eq!(cells.len(), GRID_COLUMNS);
            assert_eq!(cells[0].tag_name().name(), "th");
            let cols: Vec<_> = cells[1..]
                .iter()
                .map(|c| c.attribute("data-col").unwrap())
                .collect();
            let want: Vec<_> = Column::ALL[1..].iter().map(|c| c.id()).collect();
            assert_eq!(cols, want);
            // The header: expand button (closed, naming its card), then the link.
            let button = cells[0].first_element_child().unwrap();
            assert_eq!(button.tag_name().name(), "button");
            assert_eq!(button.attribute("aria-expanded"), Some("false"));
            assert_eq!(
                button.attribute("aria-controls"),
                Some(card_id(id).as_str())
            );
            assert_eq!(
                button.attribute("aria-label"),
                Some(format!("More about {}", c.name.get(lang)).as_str())
            );
            let link = button.next_sibling_element().unwrap();
            assert_eq!(link.attribute("data-activation"), Some(id));
            assert_eq!(text(link), c.name.get(lang));
            let href = link.attribute("href").unwrap();
            match c.subject {
                Subject::Activation(_) => assert_eq!(href, format!("?view=detail&fn={id}")),
                Subject::Gated(_) => assert_eq!(href, format!("?view=gated&fn={id}")),
            }
            let badge = cells[0]
                .children()
                .find(|n| n.attribute("class") == Some("ae-badge"));
            assert_eq!(badge.is_some(), id == "gelu");
            assert_eq!(row.attribute("data-recommended").is_some(), id == "gelu");
            if let Some(b) = badge {
                assert_eq!(text(b), "★ <b>Pick</b>");
            }
            // The cells.
            assert_eq!(text(cell(*row, "range")), c.range_text(lang));
            assert_eq!(
                text(cell(*row, "bounded")),
                labels().bounded[c.bounded() as usize]
            );
            let mark = |m: Option<bool>| match m {
                Some(true) => "✓yes",
                Some(false) => "✗no",
                None => "—n/a",
            };
            assert_eq!(text(cell(*row, "monotonic")), mark(c.monotonic));
            assert_eq!(text(cell(*row, "smooth")), mark(Some(c.smooth)));
            let zc = text(cell(*row, "zero_centred"));
            assert!(zc.starts_with(&grid_number(c.mean)), "{id}: {zc}");
            assert_eq!(
                zc.ends_with("✓yes"),
                c.centred() == Centred::Zero,
                "{id}: {zc}"
            );
            let cost = text(cell(*row, "cost"));
            assert!(cost.starts_with(&c.cost.len().to_string()), "{id}: {cost}");
            for s in c.cost {
                assert!(cost.contains(s.name()), "{id}: {cost}");
            }
            assert_eq!(text(cell(*row, "pytorch")), c.pytorch);
            // The card: right after the row, hidden, with every fact of the old cards.
            let card = row.next_sibling_element().unwrap();
            assert_eq!(card.attribute("id"), Some(card_id(id).as_str()));
            assert_eq!(card.attribute("data-card"), Some(id));
            assert_eq!(
                card.attribute("hidden"),
                Some(""),
                "{id}: cards start closed"
            );
            let td = card.first_element_child().unwrap();
            assert_eq!(
                td.attribute("colspan"),
                Some(GRID_COLUMNS.to_string().as_str())
            );
            let pairs: Vec<(String, String)> = card
                .descendants()
                .filter(|n| n.has_tag_name("dt"))
                .map(|dt| (text(dt), text(dt.next_sibling_element().unwrap())))
                .collect();
            let heads: Vec<&str> = pairs.iter().map(|(h, _)| h.as_str()).collect();
            assert_eq!(heads, labels().card);
            let (formula_xml, prose, code) = match c.subject {
                Subject::Activation(a) => {
                    let e = entry(a);
                    let (m, f) = pytorch_at(a, &Params::default());
                    (
                        formula(a, &Params::default()),
                        [
                            e.range,
                            e.details().traits,
                            e.details().pros,
                            e.details().cons,
                            e.details().uses,
                        ],
                        [m.unwrap_or_default(), f],
                    )
                }
                Subject::Gated(u) => {
                    let e = gated_entry(u);
                    (
                        e.formula.to_string(),
                        [GATED_RANGE, e.traits, e.pros, e.cons, e.uses],
                        [
                            activation_explorer::catalog::SPLIT_SNIPPET.into(),
                            e.pytorch.into(),
                        ],
                    )
                }
            };
            for (i, t) in prose.iter().enumerate() {
                assert_eq!(
                    pairs[i + 1].1,
                    t.get(lang),
                    "{id}: {}",
                    labels().card[i + 1]
                );
            }
            for c in code.iter().filter(|c| !c.is_empty()) {
                assert!(pairs[6].1.contains(c.as_str()), "{id}: {c}");
            }
            // The formula is the catalogue's MathML, as markup.
            let math = card.descendants().find(|n| n.has_tag_name("math")).unwrap();
            assert_eq!(&html[math.range()], formula_xml, "{id}");
        }
    }
}

#[test]
fn expanded_cards_are_open_and_filtered_rows_hidden() {
    let only = [Activation::Gelu, Activation::Silu];
    let query = OverviewQuery {
        only: &only,
        ..OverviewQuery::default()
    };
    let html = rows_html(Lang::En, &query, &["gelu", "relu"]);
    let doc = parse(&html);
    for row in grid_rows(&doc) {
        let id = row.attribute("data-activation").unwrap();
        let shown = id == "gelu" || id == "silu";
        assert_eq!(!row.has_attribute("hidden"), shown, "{id}");
        let card = row.next_sibling_element().unwrap();
        let button = row
            .descendants()
            .find(|n| n.has_tag_name("button"))
            .unwrap();
        let expanded = id == "gelu" || id == "relu";
        assert_eq!(
            button.attribute("aria-expanded"),
            Some(if expanded { "true" } else { "false" })
        );
        // A card shows when its row does and it is open (ReLU's row is filtered out).
        assert_eq!(!card.has_attribute("hidden"), shown && expanded, "{id}");
    }
    // Only the seed group has a row left (GELU and SiLU are both in the guide's set).
    let hidden_groups: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_attribute("data-group") && n.has_attribute("hidden"))
        .map(|n| n.attribute("data-group").unwrap())
        .collect();
    assert_eq!(hidden_groups, ["added", "gated"]);
}

#[test]
fn filters_hide_rows_by_category_and_set() {
    for set in Collection::ALL {
        for category in [None, Some(Category::ReluFamily), Some(Category::Gated)] {
            let query = OverviewQuery {
                category,
                set,
                ..OverviewQuery::default()
            };
            let html = rows_html(Lang::Zh, &query, &[]);
            let doc = parse(&html);
            for row in grid_rows(&doc) {
                let id = row.attribute("data-activation").unwrap();
                let (cat, in_set) = match Activation::ALL.into_iter().find(|a| a.id() == id) {
                    Some(a) => (entry(a).category(), set.contains(a)),
                    None => {
                        let u = GatedUnit::ALL.into_iter().find(|u| u.id() == id).unwrap();
                        (Category::Gated, set.contains_gated(u))
                    }
                };
                assert_eq!(row.attribute("data-category"), Some(cat.id()));
                let shown = in_set && category.is_none_or(|c| c == cat);
                assert_eq!(
                    !row.has_attribute("hidden"),
                    shown,
                    "{set} {category:?} {id}"
                );
            }
        }
    }
}

#[test]
fn sorting_reorders_rows_within_their_groups() {
    let query = OverviewQuery {
        sort: Some(Sort {
            column: Column::Cost,
            direction: Direction::Descending,
        }),
        ..OverviewQuery::default()
    };
    let html = rows_html(Lang::En, &query, &[]);
    let doc = parse(&html);
    let mut group = "";
    let mut order: HashMap<&str, Vec<&str>> = HashMap::new();
    for n in doc.root_element().children().filter(|n| n.is_element()) {
        if let Some(g) = n.attribute("data-group") {
            group = g;
        } else if let Some(id) = n.attribute("data-activation") {
            order.entry(group).or_default().push(id);
        }
    }
    // Mish (3) leads the guide's set; Softplus (2) follows it; LogSigmoid (2) leads the added.
    assert_eq!(&order["seed"][..2], ["mish", "softplus"]);
    assert_eq!(order["added"][0], "logsigmoid");
    assert!(
        order["seed"]
            .iter()
            .all(|id| Activation::SEED_SET.iter().any(|a| a.id() == *id))
    );
    assert_eq!(order["gated"].len(), 4);
    assert_eq!(
        *order["gated"].last().unwrap(),
        "reglu",
        "the ReLU gate is free"
    );
    // Each grid row is still followed by its own card.
    for row in grid_rows(&doc) {
        let card = row.next_sibling_element().unwrap();
        assert_eq!(
            card.attribute("data-card"),
            row.attribute("data-activation")
        );
    }
}
