//! A small seeded generator (xoshiro256**, seeded through SplitMix64): reproducible on every
//! platform, no dependencies, no allocation.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    state: [u64; 4],
}

fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut x = seed;
        // SplitMix64 never yields four zero words, the one state xoshiro cannot leave.
        Rng {
            state: [
                splitmix64(&mut x),
                splitmix64(&mut x),
                splitmix64(&mut x),
                splitmix64(&mut x),
            ],
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        let [s0, s1, s2, s3] = &mut self.state;
        let result = s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = *s1 << 17;
        *s2 ^= *s0;
        *s3 ^= *s1;
        *s1 ^= *s2;
        *s0 ^= *s3;
        *s2 ^= t;
        *s3 = s3.rotate_left(45);
        result
    }

    /// Uniform in [0, 1), 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A triangular(low, mode, high) draw by inverting the CDF; needs low ≤ mode ≤ high.
    pub fn triangular(&mut self, low: f64, mode: f64, high: f64) -> f64 {
        let u = self.next_f64();
        let width = high - low;
        if width <= 0.0 {
            return mode;
        }
        let cut = (mode - low) / width;
        let x = if u < cut {
            low + (u * width * (mode - low)).sqrt()
        } else {
            high - ((1.0 - u) * width * (high - mode)).sqrt()
        };
        x.clamp(low, high)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
    }

    #[test]
    fn triangular_stays_in_range() {
        let mut r = Rng::new(7);
        for _ in 0..10_000 {
            let x = r.triangular(1.0, 2.0, 5.0);
            assert!((1.0..=5.0).contains(&x));
        }
        assert_eq!(r.triangular(3.0, 3.0, 3.0), 3.0);
    }

    #[test]
    fn triangular_mean_is_close() {
        let mut r = Rng::new(1);
        let n = 200_000;
        let mean: f64 = (0..n).map(|_| r.triangular(0.0, 1.0, 5.0)).sum::<f64>() / n as f64;
        assert!((mean - 2.0).abs() < 0.02, "{mean}");
    }
}
