//! The formulas of f and f′ as presentation MathML templates: a parameter's value is written
//! `@key@` (its [`crate::math::ParamInfo::key`]) inside an `<mn>`, and [`super::formula`] fills in
//! the values shown.
//!
//! Every formula is one `<math display="block">` element wrapping one `<mrow>`. Conditions are
//! written in symbols only (no words), so one string serves both languages. The only character
//! references used are `&lt;` and `&gt;`, valid in both HTML and XML.

/// Wraps MathML content in `<math display="block"><mrow>…</mrow></math>`.
macro_rules! math {
    ($($part:expr),* $(,)?) => {
        concat!("<math display=\"block\"><mrow>", $($part),*, "</mrow></math>")
    };
}

/// `f(x) =`
macro_rules! f_is {
    () => {
        "<mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
    };
}

/// `f′(x) =`. The prime follows f as a plain operator: as a superscript (`<msup>`) Chromium
/// draws it small and detached, since common fonts have no superscript variant of ′.
macro_rules! df_is {
    () => {
        "<mi>f</mi><mo>′</mo><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
    };
}

/// A brace followed by a two-column table of (value, condition) rows.
macro_rules! cases {
    ($(($value:expr, $cond:expr)),+ $(,)?) => {
        concat!(
            "<mrow><mo>{</mo><mtable columnalign=\"left left\">",
            $("<mtr><mtd><mrow>", $value, "</mrow></mtd><mtd><mrow>", $cond, "</mrow></mtd></mtr>",)+
            "</mtable></mrow>"
        )
    };
}

/// A wide space between two statements of one formula (`…, <space> α = 1`).
macro_rules! then {
    () => {
        "<mo>,</mo><mspace width=\"1em\"/>"
    };
}

/// `e^{−x}`
macro_rules! e_minus_x {
    () => {
        "<msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup>"
    };
}

/// `σ(x) = 1 / (1 + e^{−x})`
macro_rules! sigma_def {
    () => {
        concat!(
            "<mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mn>1</mn><mrow><mn>1</mn>",
            "<mo>+</mo>",
            e_minus_x!(),
            "</mrow></mfrac>"
        )
    };
}

/// `σ(x)`
macro_rules! sigma_x {
    () => {
        "<mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo>"
    };
}

/// The text `x` as a MathML identifier.
macro_rules! x {
    () => {
        "<mi>x</mi>"
    };
}

pub(super) const SIGMOID: &str = math!(
    f_is!(),
    "<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo>",
    e_minus_x!(),
    "</mrow></mfrac>"
);
pub(super) const SIGMOID_D: &str = math!(
    df_is!(),
    "<mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>f</mi><mo>(</mo>",
    x!(),
    "<mo>)</mo><mo>)</mo><mo>=</mo><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mi>f</mi><mo>(</mo>",
    "<mo>−</mo><mi>x</mi><mo>)</mo>"
);

pub(super) const TANH: &str = math!(
    f_is!(),
    "<mi>tanh</mi><mi>x</mi><mo>=</mo><mfrac><mrow><msup><mi>e</mi><mi>x</mi></msup><mo>−</mo>",
    e_minus_x!(),
    "</mrow><mrow><msup><mi>e</mi><mi>x</mi></msup><mo>+</mo>",
    e_minus_x!(),
    "</mrow></mfrac>"
);
pub(super) const TANH_D: &str = math!(
    df_is!(),
    "<mn>1</mn><mo>−</mo><msup><mi>tanh</mi><mn>2</mn></msup><mi>x</mi><mo>=</mo>",
    "<msup><mi>sech</mi><mn>2</mn></msup><mi>x</mi>"
);

pub(super) const HARDSIGMOID: &str = math!(
    f_is!(),
    cases!(
        ("<mn>0</mn>", "<mi>x</mi><mo>≤</mo><mo>−</mo><mn>3</mn>"),
        (
            "<mfrac><mi>x</mi><mn>6</mn></mfrac><mo>+</mo><mfrac><mn>1</mn><mn>2</mn></mfrac>",
            "<mo>−</mo><mn>3</mn><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>3</mn>"
        ),
        ("<mn>1</mn>", "<mi>x</mi><mo>≥</mo><mn>3</mn>"),
    )
);
pub(super) const HARDSIGMOID_D: &str = math!(
    df_is!(),
    cases!(
        (
            "<mfrac><mn>1</mn><mn>6</mn></mfrac>",
            "<mo>−</mo><mn>3</mn><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>3</mn>"
        ),
        (
            "<mn>0</mn>",
            "<mo>|</mo><mi>x</mi><mo>|</mo><mo>≥</mo><mn>3</mn>"
        ),
    )
);

pub(super) const HARDTANH: &str = math!(
    f_is!(),
    cases!(
        (
            "<mn>@min_val@</mn>",
            "<mi>x</mi><mo>&lt;</mo><mn>@min_val@</mn>"
        ),
        (
            x!(),
            "<mn>@min_val@</mn><mo>≤</mo><mi>x</mi><mo>≤</mo><mn>@max_val@</mn>"
        ),
        (
            "<mn>@max_val@</mn>",
            "<mi>x</mi><mo>&gt;</mo><mn>@max_val@</mn>"
        ),
    )
);
pub(super) const HARDTANH_D: &str = math!(
    df_is!(),
    cases!(
        (
            "<mn>1</mn>",
            "<mn>@min_val@</mn><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>@max_val@</mn>"
        ),
        (
            "<mn>0</mn>",
            "<mi>x</mi><mo>≤</mo><mn>@min_val@</mn><mo>∨</mo><mi>x</mi><mo>≥</mo><mn>@max_val@</mn>"
        ),
    )
);

pub(super) const SOFTSIGN: &str = math!(
    f_is!(),
    "<mfrac><mi>x</mi><mrow><mn>1</mn><mo>+</mo><mo>|</mo><mi>x</mi><mo>|</mo></mrow></mfrac>"
);
pub(super) const SOFTSIGN_D: &str = math!(
    df_is!(),
    "<mfrac><mn>1</mn><msup><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mo>|</mo><mi>x</mi><mo>|</mo>",
    "<mo>)</mo></mrow><mn>2</mn></msup></mfrac>"
);

pub(super) const RELU: &str = math!(
    f_is!(),
    "<mi>max</mi><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo>"
);
pub(super) const RELU_D: &str = math!(
    df_is!(),
    cases!(
        ("<mn>1</mn>", "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        ("<mn>0</mn>", "<mi>x</mi><mo>≤</mo><mn>0</mn>"),
    )
);

pub(super) const LEAKY_RELU: &str = math!(
    f_is!(),
    cases!(
        (x!(), "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        ("<mi>α</mi><mi>x</mi>", "<mi>x</mi><mo>≤</mo><mn>0</mn>"),
    ),
    then!(),
    "<mi>α</mi><mo>=</mo><mn>@negative_slope@</mn>"
);
pub(super) const LEAKY_RELU_D: &str = math!(
    df_is!(),
    cases!(
        ("<mn>1</mn>", "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        ("<mi>α</mi>", "<mi>x</mi><mo>≤</mo><mn>0</mn>"),
    )
);

pub(super) const PRELU: &str = math!(
    f_is!(),
    cases!(
        (x!(), "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        ("<mi>a</mi><mi>x</mi>", "<mi>x</mi><mo>≤</mo><mn>0</mn>"),
    ),
    then!(),
    "<mi>a</mi><mo>=</mo><mn>@weight@</mn>"
);
pub(super) const PRELU_D: &str = math!(
    df_is!(),
    cases!(
        ("<mn>1</mn>", "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        ("<mi>a</mi>", "<mi>x</mi><mo>≤</mo><mn>0</mn>"),
    ),
    then!(),
    "<mfrac><mrow><mo>∂</mo><mi>f</mi></mrow><mrow><mo>∂</mo><mi>a</mi></mrow></mfrac><mo>=</mo>",
    "<mi>min</mi><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo>"
);

/// `α(e^x − 1)`
macro_rules! alpha_expm1 {
    () => {
        "<mi>α</mi><mo>(</mo><msup><mi>e</mi><mi>x</mi></msup><mo>−</mo><mn>1</mn><mo>)</mo>"
    };
}

pub(super) const ELU: &str = math!(
    f_is!(),
    cases!(
        (x!(), "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        (alpha_expm1!(), "<mi>x</mi><mo>≤</mo><mn>0</mn>"),
    ),
    then!(),
    "<mi>α</mi><mo>=</mo><mn>@alpha@</mn>"
);
pub(super) const ELU_D: &str = math!(
    df_is!(),
    cases!(
        ("<mn>1</mn>", "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        (
            "<mi>α</mi><msup><mi>e</mi><mi>x</mi></msup>",
            "<mi>x</mi><mo>≤</mo><mn>0</mn>"
        ),
    )
);

pub(super) const SELU: &str = math!(
    f_is!(),
    "<mi>λ</mi>",
    cases!(
        (x!(), "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        (alpha_expm1!(), "<mi>x</mi><mo>≤</mo><mn>0</mn>"),
    ),
    then!(),
    "<mi>λ</mi><mo>≈</mo><mn>1.0507</mn><mo>,</mo><mspace width=\"0.5em\"/>",
    "<mi>α</mi><mo>≈</mo><mn>1.6733</mn>"
);
pub(super) const SELU_D: &str = math!(
    df_is!(),
    "<mi>λ</mi>",
    cases!(
        ("<mn>1</mn>", "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
        (
            "<mi>α</mi><msup><mi>e</mi><mi>x</mi></msup>",
            "<mi>x</mi><mo>≤</mo><mn>0</mn>"
        ),
    )
);

pub(super) const RELU6: &str = math!(
    f_is!(),
    "<mi>min</mi><mo>(</mo><mi>max</mi><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo>",
    "<mo>,</mo><mn>6</mn><mo>)</mo>"
);
pub(super) const RELU6_D: &str = math!(
    df_is!(),
    cases!(
        (
            "<mn>1</mn>",
            "<mn>0</mn><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>6</mn>"
        ),
        ("<mn>0</mn>", "<mi>x</mi><mo>≤</mo><mn>0</mn>"),
        ("<mn>0</mn>", "<mi>x</mi><mo>≥</mo><mn>6</mn>"),
    )
);

pub(super) const GELU: &str = math!(
    f_is!(),
    "<mi>x</mi><mi mathvariant=\"normal\">Φ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>",
    "<mfrac><mi>x</mi><mn>2</mn></mfrac><mrow><mo>[</mo><mn>1</mn><mo>+</mo><mi>erf</mi>",
    "<mo>(</mo><mfrac><mi>x</mi><msqrt><mn>2</mn></msqrt></mfrac><mo>)</mo><mo>]</mo></mrow>"
);
pub(super) const GELU_D: &str = math!(
    df_is!(),
    "<mi mathvariant=\"normal\">Φ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>+</mo><mi>x</mi>",
    "<mi>φ</mi><mo>(</mo><mi>x</mi><mo>)</mo>",
    then!(),
    "<mi>φ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><msup><mi>e</mi><mrow><mo>−</mo>",
    "<msup><mi>x</mi><mn>2</mn></msup><mo>/</mo><mn>2</mn></mrow></msup><msqrt><mn>2</mn>",
    "<mi>π</mi></msqrt></mfrac>"
);

/// `√(2/π)`
macro_rules! sqrt_2_pi {
    () => {
        "<msqrt><mfrac><mn>2</mn><mi>π</mi></mfrac></msqrt>"
    };
}

pub(super) const GELU_TANH: &str = math!(
    f_is!(),
    "<mfrac><mi>x</mi><mn>2</mn></mfrac><mrow><mo>[</mo><mn>1</mn><mo>+</mo><mi>tanh</mi>",
    "<mi>u</mi><mo>]</mo></mrow>",
    then!(),
    "<mi>u</mi><mo>=</mo>",
    sqrt_2_pi!(),
    "<mrow><mo>(</mo><mi>x</mi><mo>+</mo><mn>0.044715</mn><msup><mi>x</mi><mn>3</mn></msup>",
    "<mo>)</mo></mrow>"
);
pub(super) const GELU_TANH_D: &str = math!(
    df_is!(),
    "<mfrac><mn>1</mn><mn>2</mn></mfrac><mrow><mo>[</mo><mn>1</mn><mo>+</mo><mi>tanh</mi>",
    "<mi>u</mi><mo>]</mo></mrow><mo>+</mo><mfrac><mi>x</mi><mn>2</mn></mfrac>",
    "<msup><mi>sech</mi><mn>2</mn></msup><mi>u</mi><mo>·</mo>",
    sqrt_2_pi!(),
    "<mrow><mo>(</mo><mn>1</mn><mo>+</mo><mn>0.134145</mn><msup><mi>x</mi><mn>2</mn></msup>",
    "<mo>)</mo></mrow>"
);

/// `σ(βx)`
macro_rules! sigma_beta_x {
    () => {
        "<mi>σ</mi><mo>(</mo><mi>β</mi><mi>x</mi><mo>)</mo>"
    };
}

pub(super) const SILU: &str = math!(
    f_is!(),
    "<mi>x</mi>",
    sigma_beta_x!(),
    "<mo>=</mo><mfrac><mi>x</mi><mrow><mn>1</mn><mo>+</mo>",
    "<msup><mi>e</mi><mrow><mo>−</mo><mi>β</mi><mi>x</mi></mrow></msup>",
    "</mrow></mfrac>",
    then!(),
    "<mi>β</mi><mo>=</mo><mn>@beta@</mn>"
);
pub(super) const SILU_D: &str = math!(
    df_is!(),
    sigma_beta_x!(),
    "<mrow><mo>[</mo><mn>1</mn><mo>+</mo><mi>β</mi><mi>x</mi><mo>(</mo><mn>1</mn><mo>−</mo>",
    sigma_beta_x!(),
    "<mo>)</mo><mo>]</mo></mrow>",
    then!(),
    sigma_def!()
);

/// `ln(1 + e^x)`
macro_rules! ln_1p_exp {
    () => {
        "<mi>ln</mi><mo>(</mo><mn>1</mn><mo>+</mo><msup><mi>e</mi><mi>x</mi></msup><mo>)</mo>"
    };
}

pub(super) const MISH: &str = math!(
    f_is!(),
    "<mi>x</mi><mi>tanh</mi><mo>(</mo><mi>s</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo>",
    then!(),
    "<mi>s</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>",
    ln_1p_exp!()
);
pub(super) const MISH_D: &str = math!(
    df_is!(),
    "<mi>tanh</mi><mo>(</mo><mi>s</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo><mo>+</mo>",
    "<mi>x</mi>",
    sigma_x!(),
    "<msup><mi>sech</mi><mn>2</mn></msup><mo>(</mo><mi>s</mi><mo>(</mo><mi>x</mi><mo>)</mo>",
    "<mo>)</mo>",
    then!(),
    sigma_def!()
);

pub(super) const SOFTPLUS: &str = math!(
    f_is!(),
    "<mfrac><mn>1</mn><mi>β</mi></mfrac><mi>ln</mi><mo>(</mo><mn>1</mn><mo>+</mo><msup><mi>e</mi>",
    "<mrow><mi>β</mi><mi>x</mi></mrow></msup><mo>)</mo>",
    then!(),
    "<mi>β</mi><mo>=</mo><mn>@beta@</mn>"
);
pub(super) const SOFTPLUS_D: &str = math!(
    df_is!(),
    "<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>β</mi>",
    "<mi>x</mi></mrow></msup></mrow></mfrac><mo>=</mo><mi>σ</mi><mo>(</mo><mi>β</mi><mi>x</mi>",
    "<mo>)</mo>"
);

pub(super) const HARDSWISH: &str = math!(
    f_is!(),
    cases!(
        ("<mn>0</mn>", "<mi>x</mi><mo>≤</mo><mo>−</mo><mn>3</mn>"),
        (
            "<mfrac><mrow><mi>x</mi><mo>(</mo><mi>x</mi><mo>+</mo><mn>3</mn><mo>)</mo></mrow><mn>6</mn></mfrac>",
            "<mo>−</mo><mn>3</mn><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>3</mn>"
        ),
        (x!(), "<mi>x</mi><mo>≥</mo><mn>3</mn>"),
    )
);
pub(super) const HARDSWISH_D: &str = math!(
    df_is!(),
    cases!(
        ("<mn>0</mn>", "<mi>x</mi><mo>&lt;</mo><mo>−</mo><mn>3</mn>"),
        (
            "<mfrac><mrow><mn>2</mn><mi>x</mi><mo>+</mo><mn>3</mn></mrow><mn>6</mn></mfrac>",
            "<mo>−</mo><mn>3</mn><mo>≤</mo><mi>x</mi><mo>≤</mo><mn>3</mn>"
        ),
        ("<mn>1</mn>", "<mi>x</mi><mo>&gt;</mo><mn>3</mn>"),
    )
);

/// `x ≤ 0`
macro_rules! x_le_0 {
    () => {
        "<mi>x</mi><mo>≤</mo><mn>0</mn>"
    };
}

/// `x > 0`
macro_rules! x_gt_0 {
    () => {
        "<mi>x</mi><mo>&gt;</mo><mn>0</mn>"
    };
}

pub(super) const CELU: &str = math!(
    f_is!(),
    cases!(
        (x!(), x_gt_0!()),
        (
            "<mi>α</mi><mo>(</mo><msup><mi>e</mi><mrow><mi>x</mi><mo>/</mo><mi>α</mi></mrow></msup><mo>−</mo><mn>1</mn><mo>)</mo>",
            x_le_0!()
        ),
    ),
    then!(),
    "<mi>α</mi><mo>=</mo><mn>@alpha@</mn>"
);
pub(super) const CELU_D: &str = math!(
    df_is!(),
    cases!(
        ("<mn>1</mn>", x_gt_0!()),
        (
            "<msup><mi>e</mi><mrow><mi>x</mi><mo>/</mo><mi>α</mi></mrow></msup>",
            x_le_0!()
        ),
    )
);

pub(super) const RRELU: &str = math!(
    f_is!(),
    cases!(
        (x!(), "<mi>x</mi><mo>≥</mo><mn>0</mn>"),
        ("<mi>a</mi><mi>x</mi>", "<mi>x</mi><mo>&lt;</mo><mn>0</mn>"),
    ),
    then!(),
    "<mi>a</mi><mo>=</mo><mfrac><mrow><mn>@lower@</mn><mo>+</mo><mn>@upper@</mn></mrow><mn>2</mn></mfrac>"
);
pub(super) const RRELU_D: &str = math!(
    df_is!(),
    cases!(("<mn>1</mn>", x_gt_0!()), ("<mi>a</mi>", x_le_0!()),)
);

pub(super) const LOGSIGMOID: &str = math!(
    f_is!(),
    "<mi>ln</mi><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mo>−</mo><mi>ln</mi><mo>(</mo>",
    "<mn>1</mn><mo>+</mo>",
    e_minus_x!(),
    "<mo>)</mo>"
);
pub(super) const LOGSIGMOID_D: &str = math!(
    df_is!(),
    "<mn>1</mn><mo>−</mo>",
    sigma_x!(),
    "<mo>=</mo><mi>σ</mi><mo>(</mo><mo>−</mo><mi>x</mi><mo>)</mo>"
);

/// `|x| > λ`
macro_rules! outside_lambd {
    () => {
        "<mo>|</mo><mi>x</mi><mo>|</mo><mo>&gt;</mo><mi>λ</mi>"
    };
}

/// `|x| ≤ λ`
macro_rules! inside_lambd {
    () => {
        "<mo>|</mo><mi>x</mi><mo>|</mo><mo>≤</mo><mi>λ</mi>"
    };
}

/// `, λ = @lambd@`
macro_rules! lambd_is {
    () => {
        concat!(then!(), "<mi>λ</mi><mo>=</mo><mn>@lambd@</mn>")
    };
}

/// f′ of both shrink functions: 1 outside the closed band, 0 inside it.
macro_rules! shrink_d {
    () => {
        math!(
            df_is!(),
            cases!(
                ("<mn>1</mn>", outside_lambd!()),
                ("<mn>0</mn>", inside_lambd!()),
            )
        )
    };
}

pub(super) const HARDSHRINK: &str = math!(
    f_is!(),
    cases!((x!(), outside_lambd!()), ("<mn>0</mn>", inside_lambd!()),),
    lambd_is!()
);
pub(super) const SHRINK_D: &str = shrink_d!();

pub(super) const SOFTSHRINK: &str = math!(
    f_is!(),
    cases!(
        (
            "<mi>x</mi><mo>−</mo><mi>λ</mi>",
            "<mi>x</mi><mo>&gt;</mo><mi>λ</mi>"
        ),
        (
            "<mi>x</mi><mo>+</mo><mi>λ</mi>",
            "<mi>x</mi><mo>&lt;</mo><mo>−</mo><mi>λ</mi>"
        ),
        ("<mn>0</mn>", inside_lambd!()),
    ),
    lambd_is!()
);

pub(super) const TANHSHRINK: &str = math!(f_is!(), "<mi>x</mi><mo>−</mo><mi>tanh</mi><mi>x</mi>");
pub(super) const TANHSHRINK_D: &str = math!(
    df_is!(),
    "<mn>1</mn><mo>−</mo><msup><mi>sech</mi><mn>2</mn></msup><mi>x</mi><mo>=</mo>",
    "<msup><mi>tanh</mi><mn>2</mn></msup><mi>x</mi>"
);

pub(super) const THRESHOLD: &str = math!(
    f_is!(),
    cases!(
        (x!(), "<mi>x</mi><mo>&gt;</mo><mn>@threshold@</mn>"),
        (
            "<mn>@value@</mn>",
            "<mi>x</mi><mo>≤</mo><mn>@threshold@</mn>"
        ),
    )
);
pub(super) const THRESHOLD_D: &str = math!(
    df_is!(),
    cases!(
        ("<mn>1</mn>", "<mi>x</mi><mo>&gt;</mo><mn>@threshold@</mn>"),
        ("<mn>0</mn>", "<mi>x</mi><mo>≤</mo><mn>@threshold@</mn>"),
    )
);

pub(super) const SQUARED_RELU: &str = math!(
    f_is!(),
    "<msup><mrow><mi>max</mi><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo></mrow><mn>2</mn></msup>"
);
pub(super) const SQUARED_RELU_D: &str = math!(
    df_is!(),
    "<mn>2</mn><mi>max</mi><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo>"
);

/// `σ(1.702x)`
macro_rules! sigma_quick {
    () => {
        "<mi>σ</mi><mo>(</mo><mn>1.702</mn><mi>x</mi><mo>)</mo>"
    };
}

pub(super) const QUICK_GELU: &str = math!(f_is!(), "<mi>x</mi>", sigma_quick!());
pub(super) const QUICK_GELU_D: &str = math!(
    df_is!(),
    sigma_quick!(),
    "<mrow><mo>[</mo><mn>1</mn><mo>+</mo><mn>1.702</mn><mi>x</mi><mo>(</mo><mn>1</mn><mo>−</mo>",
    sigma_quick!(),
    "<mo>)</mo><mo>]</mo></mrow>"
);

pub(super) const SNAKE: &str = math!(
    f_is!(),
    "<mi>x</mi><mo>+</mo><mfrac><mrow><msup><mi>sin</mi><mn>2</mn></msup><mo>(</mo><mi>α</mi>",
    "<mi>x</mi><mo>)</mo></mrow><mi>α</mi></mfrac>",
    then!(),
    "<mi>α</mi><mo>=</mo><mn>@snake_alpha@</mn>"
);
pub(super) const SNAKE_D: &str = math!(
    df_is!(),
    "<mn>1</mn><mo>+</mo><mi>sin</mi><mo>(</mo><mn>2</mn><mi>α</mi><mi>x</mi><mo>)</mo>"
);

/// `f(a, b) = a · `
macro_rules! gated_is {
    () => {
        "<mi>f</mi><mo>(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo>)</mo><mo>=</mo><mi>a</mi><mo>·</mo>"
    };
}

/// `∂f/∂a = `
macro_rules! d_da {
    () => {
        "<mfrac><mrow><mo>∂</mo><mi>f</mi></mrow><mrow><mo>∂</mo><mi>a</mi></mrow></mfrac><mo>=</mo>"
    };
}

/// `∂f/∂b = a·`
macro_rules! d_db {
    () => {
        concat!(
            then!(),
            "<mfrac><mrow><mo>∂</mo><mi>f</mi></mrow><mrow><mo>∂</mo><mi>b</mi></mrow></mfrac><mo>=</mo><mi>a</mi><mo>·</mo>"
        )
    };
}

/// `name(b)`
macro_rules! of_b {
    ($name:expr) => {
        concat!($name, "<mo>(</mo><mi>b</mi><mo>)</mo>")
    };
}

pub(super) const GLU: &str = math!(gated_is!(), of_b!("<mi>σ</mi>"));
pub(super) const GLU_D: &str = math!(
    d_da!(),
    of_b!("<mi>σ</mi>"),
    d_db!(),
    of_b!("<mi>σ</mi>"),
    "<mo>(</mo><mn>1</mn><mo>−</mo>",
    of_b!("<mi>σ</mi>"),
    "<mo>)</mo>"
);
pub(super) const REGLU: &str = math!(
    gated_is!(),
    "<mi>max</mi><mo>(</mo><mn>0</mn><mo>,</mo><mi>b</mi><mo>)</mo>"
);
pub(super) const REGLU_D: &str = math!(
    d_da!(),
    "<mi>max</mi><mo>(</mo><mn>0</mn><mo>,</mo><mi>b</mi><mo>)</mo>",
    d_db!(),
    "<mn>1</mn><mo>[</mo><mi>b</mi><mo>&gt;</mo><mn>0</mn><mo>]</mo>"
);
pub(super) const GEGLU: &str = math!(
    gated_is!(),
    "<mi>b</mi><mi mathvariant=\"normal\">Φ</mi><mo>(</mo><mi>b</mi><mo>)</mo>"
);
pub(super) const GEGLU_D: &str = math!(
    d_da!(),
    "<mi>b</mi><mi mathvariant=\"normal\">Φ</mi><mo>(</mo><mi>b</mi><mo>)</mo>",
    d_db!(),
    "<mo>(</mo><mi mathvariant=\"normal\">Φ</mi><mo>(</mo><mi>b</mi><mo>)</mo><mo>+</mo><mi>b</mi>",
    "<mi>φ</mi><mo>(</mo><mi>b</mi><mo>)</mo><mo>)</mo>"
);
pub(super) const SWIGLU: &str = math!(gated_is!(), "<mi>b</mi>", of_b!("<mi>σ</mi>"));
pub(super) const SWIGLU_D: &str = math!(
    d_da!(),
    "<mi>b</mi>",
    of_b!("<mi>σ</mi>"),
    d_db!(),
    of_b!("<mi>σ</mi>"),
    "<mo>(</mo><mn>1</mn><mo>+</mo><mi>b</mi><mo>(</mo><mn>1</mn><mo>−</mo>",
    of_b!("<mi>σ</mi>"),
    "<mo>)</mo><mo>)</mo>"
);
