//! A seeded, reproducible random number generator: xoshiro256** seeded by SplitMix64, with
//! uniform, normal (ziggurat), bounded-integer and shuffle helpers.
//!
//! Reproducible to the bit on every platform: the generator is integer arithmetic, uniforms
//! are exact conversions of integers, and the normal sampler's few transcendental calls (its
//! table, its wedges and its tail) go through `libm`, never through std's platform functions.

use std::sync::OnceLock;

/// The SplitMix64 increment (the golden ratio in 64-bit fixed point).
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// SplitMix64's output function (Stafford's variant 13): a bijective 64-bit mixer.
#[inline]
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The xoshiro256** generator (Blackman & Vigna 2018), 256 bits of state, seeded by SplitMix64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rng {
    s: [u64; 4],
}

impl Rng {
    /// A generator whose state is the first four outputs of SplitMix64 started at `seed`
    /// (the seeding Vigna recommends); never the all-zero state.
    pub fn new(seed: u64) -> Rng {
        let mut x = seed;
        let mut s = [0u64; 4];
        for v in &mut s {
            x = x.wrapping_add(GOLDEN);
            *v = mix64(x);
        }
        if s == [0; 4] {
            s[0] = GOLDEN;
        }
        Rng { s }
    }

    /// An independent generator for sub-stream `stream` of `seed` (e.g. one per layer, one for
    /// the data): the seed and the stream number are hashed together, so streams of one seed
    /// do not overlap the way shifted SplitMix64 sequences would.
    pub fn stream(seed: u64, stream: u64) -> Rng {
        Rng::new(mix64(
            seed ^ mix64(stream.wrapping_add(0x632B_E59B_D9B4_E019)),
        ))
    }

    /// The next 64 random bits.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// A uniform sample of [0, 1): the top 53 bits times 2⁻⁵³ (exact, every value equally likely).
    #[inline]
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A uniform sample of the open interval (0, 1): (k + ½)·2⁻⁵³, never 0, so its log is finite.
    #[inline]
    pub fn uniform_open(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) * (1.0 / (1u64 << 53) as f64)
    }

    /// A uniform sample of [a, b) (a + (b − a)·u, as `torch.rand`-based code and the Playground
    /// compute it).
    #[inline]
    pub fn uniform_in(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.uniform()
    }

    /// A uniform integer in 0..n (Lemire's multiply-and-reject: unbiased). `n` must be > 0.
    #[inline]
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "Rng::below needs n > 0");
        let mut m = u128::from(self.next_u64()) * u128::from(n);
        if (m as u64) < n {
            let threshold = n.wrapping_neg() % n;
            while (m as u64) < threshold {
                m = u128::from(self.next_u64()) * u128::from(n);
            }
        }
        (m >> 64) as u64
    }

    /// Shuffles `xs` in place (Fisher–Yates, from the end, with [`Rng::below`]).
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            xs.swap(i, j);
        }
    }

    /// A standard normal sample N(0, 1): Marsaglia and Tsang's ziggurat with 128 layers in
    /// Doornik's form (ZIGNOR, 2005: the index and the uniform come from different bits, so
    /// they are independent). About 98.8 % of draws cost one 64-bit number, a multiply and a
    /// compare; the rest take `libm::exp` (wedges) or `libm::log` (the tail beyond r ≈ 3.44).
    #[inline]
    pub fn normal(&mut self) -> f64 {
        let t = zig_tables();
        loop {
            let bits = self.next_u64();
            // Top 53 bits: a uniform u in [−1, 1); the low 7 bits: the layer.
            let u = 2.0 * ((bits >> 11) as f64 * (1.0 / (1u64 << 53) as f64)) - 1.0;
            let i = (bits & 0x7F) as usize;
            if u.abs() < t.ratio[i] {
                return u * t.x[i];
            }
            if i == 0 {
                return self.normal_tail(u < 0.0);
            }
            let x = u * t.x[i];
            let f0 = libm::exp(-0.5 * (t.x[i] * t.x[i] - x * x));
            let f1 = libm::exp(-0.5 * (t.x[i + 1] * t.x[i + 1] - x * x));
            if f1 + self.uniform() * (f0 - f1) < 1.0 {
                return x;
            }
        }
    }

    /// A normal sample N(mean, std²).
    #[inline]
    pub fn normal_with(&mut self, mean: f64, std: f64) -> f64 {
        mean + std * self.normal()
    }

    /// The ziggurat's tail beyond r (Marsaglia 1964).
    #[cold]
    fn normal_tail(&mut self, negative: bool) -> f64 {
        loop {
            let x = libm::log(self.uniform_open()) / ZIG_R;
            let y = libm::log(self.uniform_open());
            if -2.0 * y >= x * x {
                return if negative { x - ZIG_R } else { ZIG_R - x };
            }
        }
    }
}

/// The number of ziggurat layers.
const ZIG_LAYERS: usize = 128;
/// The start of the tail for 128 layers (Marsaglia & Tsang 2000).
const ZIG_R: f64 = 3.442_619_855_899;
/// The area of each layer for 128 layers.
const ZIG_V: f64 = 9.912_563_035_262_17e-3;

/// The ziggurat's layer edges `x` and the ratios x[i+1]/x[i] inside which a draw is accepted
/// at once.
struct ZigTables {
    x: [f64; ZIG_LAYERS + 1],
    ratio: [f64; ZIG_LAYERS],
}

/// The tables, computed once with `libm` (so identical on every platform).
fn zig_tables() -> &'static ZigTables {
    static TABLES: OnceLock<ZigTables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut x = [0.0; ZIG_LAYERS + 1];
        let mut f = libm::exp(-0.5 * ZIG_R * ZIG_R);
        x[0] = ZIG_V / f;
        x[1] = ZIG_R;
        x[ZIG_LAYERS] = 0.0;
        for i in 2..ZIG_LAYERS {
            x[i] = libm::sqrt(-2.0 * libm::log(ZIG_V / x[i - 1] + f));
            f = libm::exp(-0.5 * x[i] * x[i]);
        }
        let mut ratio = [0.0; ZIG_LAYERS];
        for i in 0..ZIG_LAYERS {
            ratio[i] = x[i + 1] / x[i];
        }
        ZigTables { x, ratio }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_matches_the_reference_outputs() {
        // SplitMix64 from seed 0 (Vigna's splitmix64.c): the first outputs.
        let mut x = 0u64;
        let mut next = || {
            x = x.wrapping_add(GOLDEN);
            mix64(x)
        };
        assert_eq!(next(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(next(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn xoshiro_matches_the_reference_algorithm() {
        // State (1, 2, 3, 4): xoshiro256** gives 11520, 0, 1509978240, 1215971899390074240.
        let mut r = Rng { s: [1, 2, 3, 4] };
        assert_eq!(r.next_u64(), 11520);
        assert_eq!(r.next_u64(), 0);
        assert_eq!(r.next_u64(), 1_509_978_240);
        assert_eq!(r.next_u64(), 1_215_971_899_390_074_240);
    }

    #[test]
    fn ziggurat_layers_close_at_the_top() {
        let t = zig_tables();
        // The last computed edge is near 0 and each layer's area is V.
        assert!(t.x[ZIG_LAYERS - 1] > 0.0 && t.x[ZIG_LAYERS - 1] < 0.3);
        for i in 1..ZIG_LAYERS - 1 {
            let area = t.x[i]
                * (libm::exp(-0.5 * t.x[i + 1] * t.x[i + 1]) - libm::exp(-0.5 * t.x[i] * t.x[i]));
            assert!((area - ZIG_V).abs() < 1e-9, "layer {i}: {area}");
        }
    }
}
