//! Weight initialisation schemes, by URL id, with the variances the mean-field theory needs.
//!
//! Every scheme fills a layer in PyTorch's layout (`weight[out][in]`, row-major, then the
//! bias) from an [`Rng`], and reports its effective (σw², σb²): the weights' variance times
//! fan_in and the biases' variance, the two numbers `MeanField::new(a, &p, σw², σb²)` takes.
//! None of them depends on the activation, so one seed gives every activation the same
//! initial weights.

use std::fmt;
use std::str::FromStr;

use super::rng::Rng;
use crate::catalog::calculate_gain;

/// A weight initialisation scheme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InitScheme {
    /// `pytorch`: what `nn.Linear` does by default: `kaiming_uniform_(w, a=√5)`, i.e.
    /// W ~ U(±1/√fan_in), and b ~ U(±1/√fan_in). σw² = 1/3, σb² = 1/(3·fan_in).
    Pytorch,
    /// `he`: `kaiming_normal_(w, mode='fan_in', nonlinearity='relu')`, W ~ N(0, 2/fan_in),
    /// whatever the activation (gain √2 = `calculate_gain('relu')`); b = 0. σw² = 2.
    He,
    /// `xavier`: `xavier_normal_(w, gain=1)` (Glorot normal with PyTorch's default gain 1, not
    /// the activation's), W ~ N(0, 2/(fan_in + fan_out)); b = 0. σw² = 2·fan_in/(fan_in + fan_out).
    Xavier,
    /// `lecun`: LeCun normal, W ~ N(0, 1/fan_in) (`kaiming_normal_(w, nonlinearity='linear')`,
    /// SELU's companion); b = 0. σw² = 1.
    Lecun,
    /// `orthogonal`: `orthogonal_(w, gain)`: the Q of the QR decomposition of a Gaussian matrix
    /// (signs fixed so R's diagonal is positive: Haar distributed), times `gain`; b = 0. For a
    /// square layer W·Wᵀ = gain²·I and σw² = gain²; in general σw² = gain²·min(fan_in, fan_out)/fan_out.
    Orthogonal {
        /// The factor applied to the orthogonal matrix (PyTorch's default 1).
        gain: f64,
    },
    /// `custom`: W ~ N(0, σw²/fan_in), b ~ N(0, σb²): the mean-field parametrisation.
    Custom {
        /// σw², the weights' variance times fan_in (≥ 0).
        sigma_w2: f64,
        /// σb², the biases' variance (≥ 0).
        sigma_b2: f64,
    },
}

/// The effective variances of a layer: Var(W_ij)·fan_in and Var(b_i).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InitVariance {
    /// σw²: fan_in times the weights' variance.
    pub sigma_w2: f64,
    /// σb²: the biases' variance.
    pub sigma_b2: f64,
}

/// The error of parsing an unknown init id; its message lists the known ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownInit(pub String);

impl fmt::Display for UnknownInit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown initialisation \"{}\"; known: {}",
            self.0,
            InitScheme::IDS.join(", ")
        )
    }
}

impl std::error::Error for UnknownInit {}

impl InitScheme {
    /// The URL ids, in the order the UI lists them.
    pub const IDS: [&'static str; 6] = ["pytorch", "he", "xavier", "lecun", "orthogonal", "custom"];

    /// The default of `custom` when parsed from its id alone: σw² = 1, σb² = 0 (LeCun's point).
    pub const DEFAULT_CUSTOM: InitScheme = InitScheme::Custom {
        sigma_w2: 1.0,
        sigma_b2: 0.0,
    };

    /// The URL id.
    pub const fn id(&self) -> &'static str {
        match self {
            InitScheme::Pytorch => "pytorch",
            InitScheme::He => "he",
            InitScheme::Xavier => "xavier",
            InitScheme::Lecun => "lecun",
            InitScheme::Orthogonal { .. } => "orthogonal",
            InitScheme::Custom { .. } => "custom",
        }
    }

    /// Whether the scheme's numbers are usable: finite, σw², σb² ≥ 0, gain finite.
    pub fn is_valid(&self) -> bool {
        match *self {
            InitScheme::Orthogonal { gain } => gain.is_finite(),
            InitScheme::Custom { sigma_w2, sigma_b2 } => {
                sigma_w2.is_finite() && sigma_b2.is_finite() && sigma_w2 >= 0.0 && sigma_b2 >= 0.0
            }
            _ => true,
        }
    }

    /// The effective (σw², σb²) of a layer with these fans (see each variant).
    pub fn variance(&self, fan_in: usize, fan_out: usize) -> InitVariance {
        let fi = fan_in.max(1) as f64;
        let fo = fan_out.max(1) as f64;
        let (sigma_w2, sigma_b2) = match *self {
            InitScheme::Pytorch => (1.0 / 3.0, 1.0 / (3.0 * fi)),
            InitScheme::He => {
                let g = relu_gain();
                (g * g, 0.0)
            }
            InitScheme::Xavier => (2.0 * fi / (fi + fo), 0.0),
            InitScheme::Lecun => (1.0, 0.0),
            InitScheme::Orthogonal { gain } => (gain * gain * fi.min(fo) / fo, 0.0),
            InitScheme::Custom { sigma_w2, sigma_b2 } => (sigma_w2, sigma_b2),
        };
        InitVariance { sigma_w2, sigma_b2 }
    }

    /// Fills a layer: `w` (fan_out × fan_in, row-major: PyTorch's `weight`) then `b` (fan_out),
    /// drawing in that order from `rng`.
    ///
    /// # Panics
    /// If `w.len() != fan_out * fan_in` or `b.len() != fan_out`.
    pub fn fill(&self, rng: &mut Rng, fan_in: usize, fan_out: usize, w: &mut [f64], b: &mut [f64]) {
        assert_eq!(w.len(), fan_in * fan_out, "weight buffer size");
        assert_eq!(b.len(), fan_out, "bias buffer size");
        let fi = fan_in.max(1) as f64;
        match *self {
            InitScheme::Pytorch => {
                let bound = 1.0 / libm::sqrt(fi);
                for v in w.iter_mut() {
                    *v = rng.uniform_in(-bound, bound);
                }
                for v in b.iter_mut() {
                    *v = rng.uniform_in(-bound, bound);
                }
            }
            InitScheme::Orthogonal { gain } => {
                orthogonal(rng, fan_out, fan_in, w);
                for v in w.iter_mut() {
                    *v *= gain;
                }
                b.fill(0.0);
            }
            _ => {
                let v = self.variance(fan_in, fan_out);
                let std_w = libm::sqrt(v.sigma_w2 / fi);
                for x in w.iter_mut() {
                    *x = std_w * rng.normal();
                }
                if v.sigma_b2 > 0.0 {
                    let std_b = libm::sqrt(v.sigma_b2);
                    for x in b.iter_mut() {
                        *x = std_b * rng.normal();
                    }
                } else {
                    b.fill(0.0);
                }
            }
        }
    }

    /// The PyTorch statements that initialise the `nn.Linear` named `m` this way (4-space
    /// indentation is the caller's), e.g. `["nn.init.kaiming_normal_(m.weight, mode=\"fan_in\",
    /// nonlinearity=\"relu\")", "nn.init.zeros_(m.bias)"]`. Uses `math` for `custom`/`pytorch`.
    pub fn pytorch_lines(&self, m: &str) -> Vec<String> {
        match *self {
            InitScheme::Pytorch => vec![
                format!("nn.init.kaiming_uniform_({m}.weight, a=math.sqrt(5))"),
                format!("bound = 1 / math.sqrt({m}.in_features)"),
                format!("nn.init.uniform_({m}.bias, -bound, bound)"),
            ],
            InitScheme::He => vec![
                format!(
                    "nn.init.kaiming_normal_({m}.weight, mode=\"fan_in\", nonlinearity=\"relu\")"
                ),
                format!("nn.init.zeros_({m}.bias)"),
            ],
            InitScheme::Xavier => vec![
                format!("nn.init.xavier_normal_({m}.weight, gain=1.0)"),
                format!("nn.init.zeros_({m}.bias)"),
            ],
            InitScheme::Lecun => vec![
                format!(
                    "nn.init.kaiming_normal_({m}.weight, mode=\"fan_in\", nonlinearity=\"linear\")  # LeCun normal"
                ),
                format!("nn.init.zeros_({m}.bias)"),
            ],
            InitScheme::Orthogonal { gain } => vec![
                format!("nn.init.orthogonal_({m}.weight, gain={})", py_float(gain)),
                format!("nn.init.zeros_({m}.bias)"),
            ],
            InitScheme::Custom { sigma_w2, sigma_b2 } => {
                let mut lines = vec![format!(
                    "nn.init.normal_({m}.weight, 0.0, math.sqrt({} / {m}.in_features))",
                    py_float(sigma_w2)
                )];
                if sigma_b2 > 0.0 {
                    lines.push(format!(
                        "nn.init.normal_({m}.bias, 0.0, math.sqrt({}))",
                        py_float(sigma_b2)
                    ));
                } else {
                    lines.push(format!("nn.init.zeros_({m}.bias)"));
                }
                lines
            }
        }
    }
}

impl Default for InitScheme {
    /// `pytorch`, what `nn.Linear` does unless told otherwise.
    fn default() -> Self {
        InitScheme::Pytorch
    }
}

impl fmt::Display for InitScheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for InitScheme {
    type Err = UnknownInit;

    /// Parses a URL id; `orthogonal` gets gain 1 and `custom` [`InitScheme::DEFAULT_CUSTOM`]
    /// (the URL's own keys set them afterwards).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "pytorch" => InitScheme::Pytorch,
            "he" => InitScheme::He,
            "xavier" => InitScheme::Xavier,
            "lecun" => InitScheme::Lecun,
            "orthogonal" => InitScheme::Orthogonal { gain: 1.0 },
            "custom" => InitScheme::DEFAULT_CUSTOM,
            _ => return Err(UnknownInit(s.chars().take(64).collect())),
        })
    }
}

/// `calculate_gain('relu')` = √2, from the catalogue.
fn relu_gain() -> f64 {
    calculate_gain("relu", None).expect("PyTorch knows relu")
}

/// A float as Python source: the shortest round-trip form (`1.0`, `0.1`, `1e-7`), which Python
/// parses to the same double; `float("inf")` and the like otherwise.
pub(crate) fn py_float(x: f64) -> String {
    if x.is_finite() {
        crate::number::float_literal(x)
    } else if x.is_nan() {
        "float(\"nan\")".to_string()
    } else if x > 0.0 {
        "float(\"inf\")".to_string()
    } else {
        "float(\"-inf\")".to_string()
    }
}

/// Fills `w` (rows × cols, row-major) with a Haar-random matrix with orthonormal rows (if
/// rows < cols) or columns (otherwise), as `torch.nn.init.orthogonal_` does: a Gaussian matrix
/// of the longer shape, its QR decomposition with R's diagonal made positive, Q transposed
/// back if needed. Gram–Schmidt (modified, one pass) yields exactly that Q, since it produces
/// R with a positive diagonal; its loss of orthogonality is ε·κ, tiny for a Gaussian matrix.
/// Costs min(rows, cols)²·max(rows, cols) multiply-adds.
fn orthogonal(rng: &mut Rng, rows: usize, cols: usize, w: &mut [f64]) {
    // PyTorch draws `rows × cols` normals, then works on the transpose if rows < cols. We
    // orthonormalise the k = min(rows, cols) vectors of length n = max(rows, cols) that form
    // that matrix's columns: the rows of `w` if rows < cols, else its columns.
    let k = rows.min(cols);
    let n = rows.max(cols);
    if k == 0 {
        return;
    }
    let mut g: Vec<f64> = (0..rows * cols).map(|_| rng.normal()).collect();
    // v[j] = the j-th vector, contiguous.
    let mut v = vec![0.0; k * n];
    if rows < cols {
        v.copy_from_slice(&g);
    } else {
        for r in 0..rows {
            for c in 0..cols {
                v[c * n + r] = g[r * cols + c];
            }
        }
    }
    for j in 0..k {
        let (done, rest) = v.split_at_mut(j * n);
        let vj = &mut rest[..n];
        for i in 0..j {
            let qi = &done[i * n..(i + 1) * n];
            let r = dot(qi, vj);
            for (x, &q) in vj.iter_mut().zip(qi) {
                *x -= r * q;
            }
        }
        let norm = libm::sqrt(dot(vj, vj));
        let inv = if norm > 0.0 { 1.0 / norm } else { 0.0 };
        for x in vj.iter_mut() {
            *x *= inv;
        }
    }
    if rows < cols {
        w.copy_from_slice(&v);
    } else {
        for r in 0..rows {
            for c in 0..cols {
                g[r * cols + c] = v[c * n + r];
            }
        }
        w.copy_from_slice(&g);
    }
}

/// A dot product with four independent partial sums (vectorises; a fixed order, so the same
/// result everywhere).
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut acc = [0.0f64; 4];
    let mut ca = a.chunks_exact(4);
    let mut cb = b.chunks_exact(4);
    for (x, y) in (&mut ca).zip(&mut cb) {
        for l in 0..4 {
            acc[l] += x[l] * y[l];
        }
    }
    let mut s = (acc[0] + acc[1]) + (acc[2] + acc[3]);
    for (x, y) in ca.remainder().iter().zip(cb.remainder()) {
        s += x * y;
    }
    s
}
