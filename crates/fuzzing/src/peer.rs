//! A server played from fuzz input, for the probe steps that are generic over
//! `AsyncRead + AsyncWrite`: its bytes, cut into reads where the input says, then how it ends.
//!
//! Reads are answered at once from the script and writes are taken whole, so a step runs to
//! its outcome in a single poll and the same input always gives the same outcome; only a
//! stalled peer leaves the step to its (short, real) deadline.

use std::collections::VecDeque;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The deadline the oracles give a probe step: long enough for a step that reads a script to
/// finish, short enough that a stalled peer costs a few milliseconds.
pub const STEP: Duration = Duration::from_millis(5);

/// How the peer ends once its bytes are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// FIN: reads return 0 bytes.
    Close,
    /// RST: reads fail with `ConnectionReset`.
    Reset,
    /// Stays open and silent: reads never complete.
    Stall,
}

/// What the peer sends and how; see [`Script::from_fuzz`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Script {
    pub bytes: Vec<u8>,
    /// Bytes per read, 0 for "as many as the reader asks for".
    pub cut: usize,
    pub end: End,
}

impl Script {
    /// The first byte chooses the ending (mostly a close or a reset: a stall costs [`STEP`] of
    /// real time) and how the bytes are cut into reads (1 to 31 bytes each, or not at all);
    /// the rest is what the server sends.
    pub fn from_fuzz(data: &[u8]) -> Script {
        let (control, bytes) = match data.split_first() {
            Some((&control, bytes)) => (control, bytes),
            None => (0, data),
        };
        let end = match control & 0x07 {
            0..=3 => End::Close,
            4..=6 => End::Reset,
            _ => End::Stall,
        };
        Script {
            bytes: bytes.to_vec(),
            cut: usize::from(control >> 3),
            end,
        }
    }

    /// A peer playing this script.
    pub fn peer(&self) -> ScriptedPeer {
        let chunks = match self.cut {
            0 => vec![self.bytes.clone()],
            n => self.bytes.chunks(n).map(<[u8]>::to_vec).collect(),
        };
        ScriptedPeer {
            chunks: chunks.into_iter().filter(|c| !c.is_empty()).collect(),
            end: self.end,
            received: Vec::new(),
        }
    }

    /// The same bytes and ending, delivered as one read.
    pub fn whole(&self) -> Script {
        Script {
            cut: 0,
            ..self.clone()
        }
    }
}

/// The stream a probe step talks to; see [`Script`].
#[derive(Debug)]
pub struct ScriptedPeer {
    chunks: VecDeque<Vec<u8>>,
    end: End,
    /// Everything the step wrote.
    pub received: Vec<u8>,
}

impl AsyncRead for ScriptedPeer {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if let Some(front) = self.chunks.front_mut() {
            let n = front.len().min(buf.remaining());
            buf.put_slice(front.get(..n).unwrap_or_default());
            front.drain(..n);
            if front.is_empty() {
                self.chunks.pop_front();
            }
            return Poll::Ready(Ok(()));
        }
        match self.end {
            End::Close => Poll::Ready(Ok(())),
            End::Reset => Poll::Ready(Err(io::ErrorKind::ConnectionReset.into())),
            // Never woken: the step's own deadline wakes the task and ends it.
            End::Stall => Poll::Pending,
        }
    }
}

impl AsyncWrite for ScriptedPeer {
    fn poll_write(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.received.extend_from_slice(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// Runs a probe step to its end on this thread's runtime (one per thread, kept: building a
/// runtime per input would cost more than most steps). Panics if the step outlives its
/// deadline by far: every step must end on its own.
pub fn run<F: Future>(step: F) -> F::Output {
    thread_local! {
        static RUNTIME: Option<tokio::runtime::Runtime> = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .ok();
    }
    let started = std::time::Instant::now();
    let out = RUNTIME.with(|runtime| match runtime {
        Some(runtime) => runtime.block_on(step),
        None => panic!("could not build a tokio runtime for the probe oracles"),
    });
    // Generous: a busy machine may delay the wake-up, a hang would take far longer.
    let limit = Duration::from_secs(3);
    assert!(
        started.elapsed() < limit,
        "a probe step took {:?} with a {STEP:?} deadline",
        started.elapsed()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    #[test]
    fn a_script_is_read_in_its_cuts_then_ends() {
        let script = Script::from_fuzz(&[(2 << 3) | 4, 1, 2, 3, 4, 5]);
        assert_eq!(script.end, End::Reset);
        assert_eq!(script.cut, 2);
        let mut peer = script.peer();
        let reads = run(async {
            let mut reads = Vec::new();
            let mut buf = [0u8; 16];
            loop {
                match peer.read(&mut buf).await {
                    Ok(n) => reads.push(buf.get(..n).unwrap_or_default().to_vec()),
                    Err(e) => {
                        assert_eq!(e.kind(), io::ErrorKind::ConnectionReset);
                        break;
                    }
                }
            }
            let _ = peer.write_all(b"hello").await;
            reads
        });
        assert_eq!(reads, [vec![1, 2], vec![3, 4], vec![5]]);
        assert_eq!(peer.received, b"hello");
        assert_eq!(Script::from_fuzz(&[7]).end, End::Stall);
        assert_eq!(Script::from_fuzz(&[]).end, End::Close);
    }

    #[test]
    fn a_stalled_peer_is_cut_off_by_the_deadline() {
        let mut peer = Script::from_fuzz(&[7, 1]).peer();
        let out = run(async {
            let mut buf = [0u8; 4];
            let first = peer.read(&mut buf).await.ok();
            let second = tokio::time::timeout(STEP, peer.read(&mut buf)).await;
            (first, second.is_err())
        });
        assert_eq!(out, (Some(1), true));
    }
}
