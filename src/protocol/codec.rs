//! The wire format: every message is a run of `f64`s, and a batch of messages one
//! `Float64Array` (its buffer is transferred, not copied, by `postMessage`).
//!
//! A batch is `[MAGIC, VERSION, count, message…]`; a message is its tag then its fields, in
//! the order [`super::message`] writes them. An `f64` carries every number of the messages
//! exactly: integers up to 2⁵³, NaN (a missing value), ±∞. Lists are their length then their
//! items. Nothing is self-describing beyond the tag: both ends are built from this one module,
//! and a batch of another version is refused whole ([`DecodeError::Version`]).

use std::fmt;

/// The first number of every batch ("AE" + 1).
pub const MAGIC: f64 = 0xAE01 as f64;
/// The wire format's version: bump it when a message's layout changes.
pub const VERSION: f64 = 1.0;
/// The most messages in one batch, and the longest list in one message (a sanity bound
/// against a corrupted length, not a limit any real message comes near).
pub const MAX_LEN: usize = 1 << 24;

/// Why a batch could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    /// Not a batch of this protocol (the magic number is missing).
    NotABatch,
    /// A batch of another version.
    Version(f64),
    /// The data ended inside a message.
    Truncated,
    /// An unknown message tag.
    UnknownTag(f64),
    /// A field outside its range (a count that is not a whole number, an unknown id…).
    BadValue(&'static str),
    /// Numbers left after the last message.
    TrailingData,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotABatch => write!(f, "not a message batch"),
            DecodeError::Version(v) => {
                write!(f, "message batch of version {v}, expected {VERSION}")
            }
            DecodeError::Truncated => write!(f, "message batch cut short"),
            DecodeError::UnknownTag(t) => write!(f, "unknown message tag {t}"),
            DecodeError::BadValue(what) => write!(f, "bad value of {what}"),
            DecodeError::TrailingData => write!(f, "numbers after the last message"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Appends the fields of messages to a batch.
#[derive(Clone, Debug, Default)]
pub struct Writer {
    buf: Vec<f64>,
}

impl Writer {
    /// An empty writer (no batch header: see [`Writer::finish_batch`]).
    pub fn new() -> Writer {
        Writer::default()
    }

    /// A number as it is.
    pub fn f64(&mut self, v: f64) {
        self.buf.push(v);
    }

    /// A whole number (exact below 2⁵³).
    pub fn uint(&mut self, v: u64) {
        self.buf.push(v as f64);
    }

    /// A count or index.
    pub fn usize(&mut self, v: usize) {
        self.buf.push(v as f64);
    }

    /// A flag as 0 or 1.
    pub fn bool(&mut self, v: bool) {
        self.buf.push(if v { 1.0 } else { 0.0 });
    }

    /// An optional number: NaN for `None` (so only for numbers that are never NaN themselves).
    pub fn opt_f64(&mut self, v: Option<f64>) {
        self.buf.push(v.unwrap_or(f64::NAN));
    }

    /// A list of numbers: its length, then the numbers.
    pub fn f64s(&mut self, v: &[f64]) {
        self.usize(v.len());
        self.buf.extend_from_slice(v);
    }

    /// The numbers written so far, as a batch of `count` messages.
    pub fn finish_batch(self, count: usize) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.buf.len() + 3);
        out.extend([MAGIC, VERSION, count as f64]);
        out.extend(self.buf);
        out
    }
}

/// Reads the fields of messages from a batch, checking each.
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    buf: &'a [f64],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Checks the batch header; returns the reader at the first message and the message count.
    pub fn batch(buf: &'a [f64]) -> Result<(Reader<'a>, usize), DecodeError> {
        match buf {
            [m, ..] if *m != MAGIC => Err(DecodeError::NotABatch),
            [] | [_] | [_, _] => Err(DecodeError::NotABatch),
            [_, v, ..] if *v != VERSION => Err(DecodeError::Version(*v)),
            [_, _, n, ..] => {
                let r = Reader { buf, pos: 3 };
                let count = r.check_uint(*n, MAX_LEN as u64, "message count")? as usize;
                Ok((r, count))
            }
        }
    }

    /// Whether every number was read.
    pub fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }

    /// The next number.
    pub fn f64(&mut self) -> Result<f64, DecodeError> {
        let v = *self.buf.get(self.pos).ok_or(DecodeError::Truncated)?;
        self.pos += 1;
        Ok(v)
    }

    fn check_uint(&self, v: f64, max: u64, what: &'static str) -> Result<u64, DecodeError> {
        if v >= 0.0 && v <= max as f64 && v.fract() == 0.0 {
            Ok(v as u64)
        } else {
            Err(DecodeError::BadValue(what))
        }
    }

    /// The next number as a whole number in 0..=`max`.
    pub fn uint(&mut self, max: u64, what: &'static str) -> Result<u64, DecodeError> {
        let v = self.f64()?;
        self.check_uint(v, max, what)
    }

    /// The next number as a count or index in 0..=`max`.
    pub fn usize(&mut self, max: usize, what: &'static str) -> Result<usize, DecodeError> {
        Ok(self.uint(max as u64, what)? as usize)
    }

    /// The next number as a flag (0 or 1).
    pub fn bool(&mut self, what: &'static str) -> Result<bool, DecodeError> {
        match self.f64()? {
            0.0 => Ok(false),
            1.0 => Ok(true),
            _ => Err(DecodeError::BadValue(what)),
        }
    }

    /// An optional number written by [`Writer::opt_f64`].
    pub fn opt_f64(&mut self) -> Result<Option<f64>, DecodeError> {
        let v = self.f64()?;
        Ok((!v.is_nan()).then_some(v))
    }

    /// A list written by [`Writer::f64s`], at most `max` long.
    pub fn f64s(&mut self, max: usize, what: &'static str) -> Result<Vec<f64>, DecodeError> {
        let n = self.usize(max.min(MAX_LEN), what)?;
        let end = self.pos.checked_add(n).ok_or(DecodeError::Truncated)?;
        let items = self.buf.get(self.pos..end).ok_or(DecodeError::Truncated)?;
        self.pos = end;
        Ok(items.to_vec())
    }
}
