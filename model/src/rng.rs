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
}

/// A triangular(low, mode, high) distribution, drawn by inverting the CDF (needs low ≤
/// mode ≤ high), with its constants worked out once, so a Monte Carlo that draws it
/// thousands of times does no division per draw.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Triangular {
    low: f64,
    mode: f64,
    high: f64,
    /// F(mode): below it the draw falls left of the mode.
    cut: f64,
    left: f64,
    right: f64,
}

impl Triangular {
    pub fn new(low: f64, mode: f64, high: f64) -> Triangular {
        let width = high - low;
        let cut = if width > 0.0 {
            (mode - low) / width
        } else {
            0.0
        };
        Triangular {
            low,
            mode,
            high,
            cut,
            left: width * (mode - low),
            right: width * (high - mode),
        }
    }

    /// One draw: uses one number from `rng` whatever the width, so the draws after it do
    /// not depend on whether this figure had a range.
    pub fn draw(&self, rng: &mut Rng) -> f64 {
        let u = rng.next_f64();
        if self.high - self.low <= 0.0 {
            return self.mode;
        }
        let x = if u < self.cut {
            self.low + (u * self.left).sqrt()
        } else {
            self.high - ((1.0 - u) * self.right).sqrt()
        };
        x.clamp(self.low, self.high)
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
            let x = Triangular::new(1.0, 2.0, 5.0).draw(&mut r);
            assert!((1.0..=5.0).contains(&x));
        }
        assert_eq!(Triangular::new(3.0, 3.0, 3.0).draw(&mut r), 3.0);
    }

    #[test]
    fn triangular_mean_is_close() {
        let mut r = Rng::new(1);
        let n = 200_000;
        let t = Triangular::new(0.0, 1.0, 5.0);
        let mean: f64 = (0..n).map(|_| t.draw(&mut r)).sum::<f64>() / n as f64;
        assert!((mean - 2.0).abs() < 0.02, "{mean}");
    }
}
