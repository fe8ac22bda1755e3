//! Deterministic pseudo-random inputs for the "no panic on any input" tests.
//!
//! A tiny xorshift keeps the tests reproducible and dependency free; `cargo fuzz` does the
//! coverage-guided search, this only guards against regressions in ordinary `cargo test` runs.

/// Marsaglia's xorshift64.
pub(crate) struct XorShift(u64);

impl XorShift {
    pub(crate) fn new(seed: u64) -> Self {
        // A zero state would stay zero forever.
        Self(seed | 1)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n`; `n` must not be zero.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub(crate) fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next_u64() as u8).collect()
    }
}

/// Bytes that often sit on boundaries of length checks and sign bits.
const INTERESTING: [u8; 8] = [0x00, 0x01, 0x7F, 0x80, 0x81, 0x84, 0xFE, 0xFF];

fn mutate(rng: &mut XorShift, input: &[u8]) -> Vec<u8> {
    let mut m = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(5) {
            0 if !m.is_empty() => {
                let bit = rng.below(m.len() * 8);
                m[bit / 8] ^= 1 << (bit % 8);
            }
            1 if !m.is_empty() => {
                let i = rng.below(m.len());
                m[i] = INTERESTING[rng.below(INTERESTING.len())];
            }
            2 => {
                let n = rng.below(m.len() + 1);
                m.truncate(n);
            }
            3 => {
                let i = rng.below(m.len() + 1);
                m.insert(i, rng.next_u64() as u8);
            }
            _ => {
                let n = rng.below(8);
                let extra = rng.bytes(n);
                m.extend_from_slice(&extra);
            }
        }
    }
    m
}

/// Feeds `decode` with 20,000 random buffers of 0..300 bytes, every truncation and every single
/// bit flip of each valid vector, and random multi-point mutations of them. The test fails if
/// `decode` panics (including arithmetic overflow, which panics in test builds).
pub(crate) fn check_no_panic(seed: u64, valid: &[&[u8]], decode: impl Fn(&[u8])) {
    let mut rng = XorShift::new(seed);
    for _ in 0..20_000 {
        let len = rng.below(301);
        decode(&rng.bytes(len));
    }
    for v in valid {
        for n in 0..=v.len() {
            decode(&v[..n]);
        }
        for bit in 0..v.len() * 8 {
            let mut m = v.to_vec();
            m[bit / 8] ^= 1 << (bit % 8);
            decode(&m);
        }
        for _ in 0..3_000 {
            decode(&mutate(&mut rng, v));
        }
    }
}
