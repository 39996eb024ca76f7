//! Content-encoding negotiation and compression of response bodies.

use std::io::Write;

use warp::http::HeaderValue;

/// Bodies smaller than this are not worth compressing.
pub const MIN_BYTES: usize = 1024;

/// An encoding Mothra can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Brotli: smaller, preferred.
    Brotli,
    /// Gzip: understood everywhere.
    Gzip,
}

impl Encoding {
    /// The `Content-Encoding` token.
    pub fn token(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }

    /// The file suffix of a precompressed asset.
    pub fn suffix(self) -> &'static str {
        match self {
            Encoding::Brotli => ".br",
            Encoding::Gzip => ".gz",
        }
    }
}

/// The best encoding `Accept-Encoding` allows: brotli, then gzip; an
/// encoding with `q=0` is refused.
pub fn negotiate(accept: Option<&HeaderValue>) -> Option<Encoding> {
    let accept = accept?.to_str().ok()?;
    let allows = |name: &str| {
        accept.split(',').any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let token = parts.next().unwrap_or("");
            let q_zero = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            token.eq_ignore_ascii_case(name) && !q_zero
        })
    };
    if allows("br") {
        Some(Encoding::Brotli)
    } else if allows("gzip") {
        Some(Encoding::Gzip)
    } else {
        None
    }
}

/// Compresses `bytes` with settings that favour speed: JSON is made per request.
pub fn compress(bytes: &[u8], encoding: Encoding) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 4);
    match encoding {
        Encoding::Brotli => {
            let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 4, 22);
            writer
                .write_all(bytes)
                .expect("writing to memory cannot fail");
            drop(writer);
        }
        Encoding::Gzip => {
            let mut writer = flate2::write::GzEncoder::new(&mut out, flate2::Compression::new(5));
            writer
                .write_all(bytes)
                .expect("writing to memory cannot fail");
            writer.finish().expect("writing to memory cannot fail");
        }
    }
    out
}
