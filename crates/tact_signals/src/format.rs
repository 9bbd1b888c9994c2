//! The weights file: a small fixed header, f32 biases and f16 weights (bucket-major), closed by a
//! checksum — our own format so the file needs no serializer crate and is checked on load.
//!
//! Layout (little endian): `b"TACTSIG\0"`, u32 version, u8 bits, u8 heads, u16 reserved,
//! `heads` × f32 bias, `2^bits × heads` × f16 weight, u64 FNV-1a of everything before it.

use crate::{SignalModel, HEADS};
use half::f16;

const MAGIC: &[u8; 8] = b"TACTSIG\0";
const VERSION: u32 = 1;
const HEADER: usize = 8 + 4 + 4;

/// Why a weights file could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FormatError {
    #[error("not a tact signals weights file (bad magic)")]
    BadMagic,
    #[error("unsupported weights version {0} (expected {VERSION})")]
    Version(u32),
    #[error("weights file has {found} outputs, this build expects {HEADS}")]
    Heads { found: u8 },
    #[error("weights file uses {0} hash bits, allowed 4..=24")]
    Bits(u8),
    #[error("weights file is {found} bytes, expected {expected}")]
    Length { found: usize, expected: usize },
    #[error("weights file checksum mismatch")]
    Checksum,
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Rounds weights to what the file stores, so a trained model and its reloaded copy agree.
pub(crate) fn round_to_storage(w: &mut [f32]) {
    for x in w {
        *x = f16::from_f32(*x).to_f32();
    }
}

impl SignalModel {
    /// Serializes the model (weights as f16).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + HEADS * 4 + self.weights.len() * 2 + 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(self.bits);
        out.push(HEADS as u8);
        out.extend_from_slice(&0u16.to_le_bytes());
        for b in self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        for &w in &self.weights {
            out.extend_from_slice(&f16::from_f32(w).to_le_bytes());
        }
        let sum = fnv(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses a weights file written by [`SignalModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, FormatError> {
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err(FormatError::BadMagic);
        }
        let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        if version != VERSION {
            return Err(FormatError::Version(version));
        }
        let bits = bytes[12];
        let heads = bytes[13];
        if usize::from(heads) != HEADS {
            return Err(FormatError::Heads { found: heads });
        }
        if !(4..=24).contains(&bits) {
            return Err(FormatError::Bits(bits));
        }
        let n = (1usize << bits) * HEADS;
        let expected = HEADER + HEADS * 4 + n * 2 + 8;
        if bytes.len() != expected {
            return Err(FormatError::Length {
                found: bytes.len(),
                expected,
            });
        }
        let (body, sum) = bytes.split_at(expected - 8);
        let mut sb = [0u8; 8];
        sb.copy_from_slice(sum);
        if fnv(body) != u64::from_le_bytes(sb) {
            return Err(FormatError::Checksum);
        }
        let mut bias = [0.0f32; HEADS];
        for (k, b) in bias.iter_mut().enumerate() {
            let o = HEADER + 4 * k;
            *b = f32::from_le_bytes([bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]]);
        }
        let start = HEADER + HEADS * 4;
        let weights = body[start..]
            .chunks_exact(2)
            .map(|c| f16::from_le_bytes([c[0], c[1]]).to_f32())
            .collect();
        Ok(SignalModel {
            bits,
            bias,
            weights,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_small() {
        let mut m = SignalModel::zeros(5);
        for (i, w) in m.weights.iter_mut().enumerate() {
            *w = (i as f32 * 0.37).sin();
        }
        round_to_storage(&mut m.weights);
        m.bias[3] = 0.25;
        let b = m.to_bytes();
        let back = SignalModel::from_bytes(&b).expect("parses");
        assert_eq!(back, m);
        assert_eq!(back.to_bytes(), b);
    }

    #[test]
    fn rejects_corruption() {
        let mut b = SignalModel::zeros(5).to_bytes();
        let last = b.len() - 20;
        b[last] ^= 1;
        assert_eq!(SignalModel::from_bytes(&b), Err(FormatError::Checksum));
        assert_eq!(SignalModel::from_bytes(b"nope"), Err(FormatError::BadMagic));
        assert!(SignalModel::from_bytes(&[]).is_err());
    }
}
