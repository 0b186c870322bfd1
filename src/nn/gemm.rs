//! Dense matrix kernels: a blocked matrix product and a transpose, generic over f32 and f64.
//!
//! Every entry of a product is summed in the same order on every path, C[i][j] =
//! ((0 + A(i,0)·B[0][j]) + A(i,1)·B[1][j]) + …, a multiply then an add, never fused, whatever the blocking, the
//! edge handling or the SIMD width. Rust never contracts a·b + c into an FMA and LLVM never
//! reorders float additions without fast-math, so native and wasm32 builds, scalar and SIMD,
//! give bit-identical results, and the tests can compare against a naive triple loop exactly.
//!
//! Layout: GotoBLAS-style. The k dimension is cut into blocks of [`KC`]; per block, B's rows
//! are packed into strips of NR columns and A's rows into blocks of MR, and a micro-kernel
//! keeps an MR×NR tile of C in registers (f32: 4×8 = 8 vectors of 4 lanes; f64: 4×4). A tile
//! is carried between k blocks through C itself (stored and reloaded exactly), so blocking
//! does not change the order of the sum. On `wasm32` with `target_feature = "simd128"` the f32
//! micro-kernel uses `core::arch::wasm32` v128 operations lane for lane like the portable one;
//! without simd128 (the default wasm build) the portable kernel runs.

use std::fmt::Debug;
use std::ops::{Add, Mul, Sub};

/// The k-block length of [`gemm`] (elements of the shared dimension per packed panel).
pub const KC: usize = 128;

/// Products of at most this many multiply-adds skip the packing (a plain loop, same order).
const SMALL: usize = 4096;

/// A float type the kernels run on: `f32` or `f64`.
pub trait Real:
    Copy
    + Default
    + PartialEq
    + PartialOrd
    + Debug
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Send
    + Sync
    + 'static
{
    /// Zero.
    const ZERO: Self;
    /// The nearest value of this type (`as` conversion: round to nearest even).
    fn from_f64(x: f64) -> Self;
    /// The exact f64 value.
    fn to_f64(self) -> f64;
    /// [`gemm`] for this type (the type picks its micro-kernel shape and SIMD).
    #[allow(clippy::too_many_arguments)]
    fn gemm_impl(
        m: usize,
        n: usize,
        k: usize,
        a: &[Self],
        rs_a: usize,
        cs_a: usize,
        b: &[Self],
        ldb: usize,
        c: &mut [Self],
        ldc: usize,
    );
}

impl Real for f64 {
    const ZERO: f64 = 0.0;
    #[inline]
    fn from_f64(x: f64) -> f64 {
        x
    }
    #[inline]
    fn to_f64(self) -> f64 {
        self
    }
    fn gemm_impl(
        m: usize,
        n: usize,
        k: usize,
        a: &[f64],
        rs_a: usize,
        cs_a: usize,
        b: &[f64],
        ldb: usize,
        c: &mut [f64],
        ldc: usize,
    ) {
        blocked::<f64, 4, 4, Portable>(m, n, k, a, rs_a, cs_a, b, ldb, c, ldc);
    }
}

impl Real for f32 {
    const ZERO: f32 = 0.0;
    #[inline]
    fn from_f64(x: f64) -> f32 {
        x as f32
    }
    #[inline]
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn gemm_impl(
        m: usize,
        n: usize,
        k: usize,
        a: &[f32],
        rs_a: usize,
        cs_a: usize,
        b: &[f32],
        ldb: usize,
        c: &mut [f32],
        ldc: usize,
    ) {
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        blocked::<f32, 4, 8, simd128::F32x4>(m, n, k, a, rs_a, cs_a, b, ldb, c, ldc);
        #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
        blocked::<f32, 4, 8, Portable>(m, n, k, a, rs_a, cs_a, b, ldb, c, ldc);
    }
}

/// Whether this build's f32 product uses the wasm simd128 micro-kernel (false natively and in
/// a wasm build without `-C target-feature=+simd128`).
pub const SIMD128: bool = cfg!(all(target_arch = "wasm32", target_feature = "simd128"));

/// C = A·B, overwriting C: C is m×n (row-major, row stride `ldc`), B is k×n (row-major, row
/// stride `ldb`), and A is m×k with element (i, p) at `a[i·rs_a + p·cs_a]`: `(lda, 1)` for a
/// row-major A, `(1, lda)` for the transpose of a row-major k×m matrix.
///
/// Every C[i][j] is summed over p in increasing order from 0, one rounding per multiply and
/// per add (see the module doc), so the result is bit-identical to the naive loop.
///
/// # Panics
/// If a slice is too short for the shape and strides.
#[allow(clippy::too_many_arguments)]
pub fn gemm<T: Real>(
    m: usize,
    n: usize,
    k: usize,
    a: &[T],
    rs_a: usize,
    cs_a: usize,
    b: &[T],
    ldb: usize,
    c: &mut [T],
    ldc: usize,
) {
    if m == 0 || n == 0 {
        return;
    }
    assert!(ldc >= n && c.len() >= (m - 1) * ldc + n, "C too short");
    if k == 0 {
        for i in 0..m {
            c[i * ldc..i * ldc + n].fill(T::ZERO);
        }
        return;
    }
    assert!(ldb >= n && b.len() >= (k - 1) * ldb + n, "B too short");
    assert!(
        a.len() > (m - 1) * rs_a + (k - 1) * cs_a,
        "A too short for its strides"
    );
    T::gemm_impl(m, n, k, a, rs_a, cs_a, b, ldb, c, ldc);
}

/// A micro-kernel: acc[r][j] += Σ_p ap[p][r]·bp[p][j], p in order, multiply then add.
trait Micro<T: Real, const MR: usize, const NR: usize> {
    fn run(ap: &[[T; MR]], bp: &[[T; NR]], acc: &mut [[T; NR]; MR]);
}

/// The portable micro-kernel: plain arrays, which LLVM keeps in registers and vectorises
/// (SSE2 natively; simd128 in wasm when enabled).
struct Portable;

impl<T: Real, const MR: usize, const NR: usize> Micro<T, MR, NR> for Portable {
    #[inline(always)]
    fn run(ap: &[[T; MR]], bp: &[[T; NR]], acc_out: &mut [[T; NR]; MR]) {
        let mut acc = *acc_out;
        for (a, b) in ap.iter().zip(bp) {
            for r in 0..MR {
                let x = a[r];
                for j in 0..NR {
                    acc[r][j] = acc[r][j] + x * b[j];
                }
            }
        }
        *acc_out = acc;
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd128 {
    //! The f32 4×8 micro-kernel in wasm simd128: two v128 per row of the tile, the same
    //! lane-wise multiply then add as the portable kernel (bit-identical).
    use core::arch::wasm32::*;

    use super::Micro;

    /// The simd128 f32 kernel.
    pub(super) struct F32x4;

    impl Micro<f32, 4, 8> for F32x4 {
        #[inline(always)]
        fn run(ap: &[[f32; 4]], bp: &[[f32; 8]], acc_out: &mut [[f32; 8]; 4]) {
            // SAFETY: every load/store reads or writes 4 in-bounds f32 of an array (v128
            // loads need no alignment).
            unsafe {
                let ld = |p: *const f32| v128_load(p as *const v128);
                let mut c = [[f32x4_splat(0.0); 2]; 4];
                for r in 0..4 {
                    c[r][0] = ld(acc_out[r].as_ptr());
                    c[r][1] = ld(acc_out[r].as_ptr().add(4));
                }
                for (a, b) in ap.iter().zip(bp) {
                    let b0 = ld(b.as_ptr());
                    let b1 = ld(b.as_ptr().add(4));
                    for r in 0..4 {
                        let x = f32x4_splat(a[r]);
                        c[r][0] = f32x4_add(c[r][0], f32x4_mul(x, b0));
                        c[r][1] = f32x4_add(c[r][1], f32x4_mul(x, b1));
                    }
                }
                for r in 0..4 {
                    v128_store(acc_out[r].as_mut_ptr() as *mut v128, c[r][0]);
                    v128_store(acc_out[r].as_mut_ptr().add(4) as *mut v128, c[r][1]);
                }
            }
        }
    }

    impl Micro<f32, 1, 8> for F32x4 {
        #[inline(always)]
        fn run(ap: &[[f32; 1]], bp: &[[f32; 8]], acc_out: &mut [[f32; 8]; 1]) {
            <super::Portable as Micro<f32, 1, 8>>::run(ap, bp, acc_out);
        }
    }
}

/// The blocked product behind [`gemm`] (arguments already checked).
#[allow(clippy::too_many_arguments)]
fn blocked<T: Real, const MR: usize, const NR: usize, K: Micro<T, MR, NR> + Micro<T, 1, NR>>(
    m: usize,
    n: usize,
    k: usize,
    a: &[T],
    rs_a: usize,
    cs_a: usize,
    b: &[T],
    ldb: usize,
    c: &mut [T],
    ldc: usize,
) {
    // Small products (the training race's 10 × 8 × 8): packing and its buffer cost more
    // than they save. The same order of summation, so the same bits.
    if m * n * k <= SMALL {
        for i in 0..m {
            for j in 0..n {
                let mut acc = T::ZERO;
                for p in 0..k {
                    acc = acc + a[i * rs_a + p * cs_a] * b[p * ldb + j];
                }
                c[i * ldc + j] = acc;
            }
        }
        return;
    }
    let strips = n / NR;
    let n_full = strips * NR;
    let m_full = m / MR * MR;
    let mut bpanel: Vec<[T; NR]> = vec![[T::ZERO; NR]; KC.min(k) * strips];
    let mut apack = [[T::ZERO; MR]; KC];
    let mut apack1 = [[T::ZERO; 1]; KC];
    let mut p0 = 0;
    while p0 < k {
        let kc = KC.min(k - p0);
        let first = p0 == 0;
        // Pack B[p0..p0+kc][0..n_full] strip by strip: strip s holds kc rows of NR.
        for s in 0..strips {
            let dst = &mut bpanel[s * kc..(s + 1) * kc];
            for (p, row) in dst.iter_mut().enumerate() {
                let start = (p0 + p) * ldb + s * NR;
                row.copy_from_slice(&b[start..start + NR]);
            }
        }
        // Full MR-row blocks.
        for i0 in (0..m_full).step_by(MR) {
            for (p, col) in apack[..kc].iter_mut().enumerate() {
                for (r, v) in col.iter_mut().enumerate() {
                    *v = a[(i0 + r) * rs_a + (p0 + p) * cs_a];
                }
            }
            for s in 0..strips {
                tile::<T, MR, NR, K>(
                    &apack[..kc],
                    &bpanel[s * kc..(s + 1) * kc],
                    c,
                    i0 * ldc + s * NR,
                    ldc,
                    first,
                );
            }
        }
        // Leftover rows, one at a time.
        for i in m_full..m {
            for (p, v) in apack1[..kc].iter_mut().enumerate() {
                v[0] = a[i * rs_a + (p0 + p) * cs_a];
            }
            for s in 0..strips {
                tile::<T, 1, NR, K>(
                    &apack1[..kc],
                    &bpanel[s * kc..(s + 1) * kc],
                    c,
                    i * ldc + s * NR,
                    ldc,
                    first,
                );
            }
        }
        // Leftover columns: scalar, same order.
        if n_full < n {
            for i in 0..m {
                for j in n_full..n {
                    let mut acc = if first { T::ZERO } else { c[i * ldc + j] };
                    for p in p0..p0 + kc {
                        acc = acc + a[i * rs_a + p * cs_a] * b[p * ldb + j];
                    }
                    c[i * ldc + j] = acc;
                }
            }
        }
        p0 += kc;
    }
}

/// One MR×NR tile of C at `off`: start from 0 (first k block) or from C, run the kernel, store.
#[inline(always)]
fn tile<T: Real, const MR: usize, const NR: usize, K: Micro<T, MR, NR>>(
    ap: &[[T; MR]],
    bp: &[[T; NR]],
    c: &mut [T],
    off: usize,
    ldc: usize,
    first: bool,
) {
    let mut acc = [[T::ZERO; NR]; MR];
    if !first {
        for (r, row) in acc.iter_mut().enumerate() {
            row.copy_from_slice(&c[off + r * ldc..off + r * ldc + NR]);
        }
    }
    K::run(ap, bp, &mut acc);
    for (r, row) in acc.iter().enumerate() {
        c[off + r * ldc..off + r * ldc + NR].copy_from_slice(row);
    }
}

/// dst = srcᵀ: `src` is rows × cols row-major, `dst` becomes cols × rows row-major. Blocked by
/// 16×16 so both sides stay in cache.
///
/// # Panics
/// If either slice is shorter than rows·cols.
pub fn transpose<T: Real>(rows: usize, cols: usize, src: &[T], dst: &mut [T]) {
    assert!(src.len() >= rows * cols && dst.len() >= rows * cols);
    const B: usize = 16;
    for r0 in (0..rows).step_by(B) {
        for c0 in (0..cols).step_by(B) {
            for r in r0..(r0 + B).min(rows) {
                for c in c0..(c0 + B).min(cols) {
                    dst[c * rows + r] = src[r * cols + c];
                }
            }
        }
    }
}
