//! Turning the bytes of an export into text: UTF-8 (with or without BOM), UTF-16 with BOM,
//! and Windows-1252 when the bytes are not UTF-8.

use std::fmt;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// The encoding an export was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 without BOM.
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16 little-endian with BOM.
    Utf16Le,
    /// UTF-16 big-endian with BOM.
    Utf16Be,
    /// Windows-1252 (Western European code page), assumed when the bytes are not UTF-8.
    Windows1252,
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with BOM",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Windows1252 => "Windows-1252",
        })
    }
}

/// Decodes an export. UTF-8 without BOM takes the bytes over without copying them.
pub fn decode(bytes: Vec<u8>) -> (String, TextEncoding) {
    let (text, encoding) = decode_to_utf8(bytes);
    (String::from_utf8_lossy(&text).into_owned(), encoding)
}

/// Decodes an export into bytes that are valid UTF-8. UTF-8 without BOM takes the bytes
/// over as they are, after checking them on every core.
pub fn decode_to_utf8(bytes: Vec<u8>) -> (Vec<u8>, TextEncoding) {
    if let Some((encoding, bom_length)) = Encoding::for_bom(&bytes) {
        let detected = if encoding == UTF_8 {
            TextEncoding::Utf8Bom
        } else if encoding == encoding_rs::UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            TextEncoding::Utf16Be
        };
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        return (text.into_owned().into_bytes(), detected);
    }
    // UTF-16 without its BOM: text whose every other byte is zero.
    if let Some(encoding) = utf16_without_bom(&bytes) {
        let detected = if encoding == encoding_rs::UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            TextEncoding::Utf16Be
        };
        let (text, _) = encoding.decode_without_bom_handling(&bytes);
        return (text.into_owned().into_bytes(), detected);
    }
    if is_utf8(&bytes) {
        (bytes, TextEncoding::Utf8)
    } else {
        let (text, _) = WINDOWS_1252.decode_without_bom_handling(&bytes);
        (text.into_owned().into_bytes(), TextEncoding::Windows1252)
    }
}

/// Whether the bytes are UTF-8, checked in parallel for large files: the bytes are cut
/// before the first byte of a character, so that the parts are valid exactly when the whole
/// is.
/// The UTF-16 byte order of `bytes` when they read as UTF-16 without a BOM: in the first
/// kilobytes, nearly every byte at odd places (little-endian) or even places (big-endian)
/// is zero, and nearly none at the others, as in Latin text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let zero_at = |offset: usize| {
        head.iter()
            .skip(offset)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    let mostly = |n: usize| n * 10 >= pairs * 9;
    let rarely = |n: usize| n * 10 <= pairs;
    if mostly(odd) && rarely(even) {
        Some(encoding_rs::UTF_16LE)
    } else if mostly(even) && rarely(odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn is_utf8(bytes: &[u8]) -> bool {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if bytes.len() < 4 << 20 || threads < 2 {
        return std::str::from_utf8(bytes).is_ok();
    }
    let mut cuts = vec![0];
    for k in 1..threads {
        let mut cut = bytes.len() * k / threads;
        while cut < bytes.len() && bytes[cut] & 0xC0 == 0x80 {
            cut += 1;
        }
        cuts.push(cut.max(*cuts.last().unwrap_or(&0)));
    }
    cuts.push(bytes.len());
    std::thread::scope(|scope| {
        let checks: Vec<_> = cuts
            .windows(2)
            .map(|w| {
                let part = &bytes[w[0]..w[1]];
                scope.spawn(move || std::str::from_utf8(part).is_ok())
            })
            .collect();
        checks.into_iter().all(|c| c.join().unwrap_or(false))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_text_is_checked_in_parts_cut_between_characters() {
        // "é" is two bytes: wherever the cut falls, the parts agree with the whole.
        let text = "é".repeat(3 << 20);
        assert!(is_utf8(text.as_bytes()));
        let mut broken = text.into_bytes();
        let middle = broken.len() / 2;
        broken[middle] = 0xFF;
        assert!(!is_utf8(&broken));
        let (_, encoding) = decode_to_utf8(broken);
        assert_eq!(encoding, TextEncoding::Windows1252);
    }

    #[test]
    fn every_supported_encoding_is_recognised() {
        let (text, enc) = decode(b"\xEF\xBB\xBFcaf\xC3\xA9".to_vec());
        assert_eq!((text.as_str(), enc), ("café", TextEncoding::Utf8Bom));
        let (text, enc) = decode(b"caf\xC3\xA9".to_vec());
        assert_eq!((text.as_str(), enc), ("café", TextEncoding::Utf8));
        let (text, enc) = decode(b"caf\xE9;na\xEFve".to_vec());
        assert_eq!(
            (text.as_str(), enc),
            ("café;naïve", TextEncoding::Windows1252)
        );
        let (text, enc) = decode(b"\xFF\xFEa\x00\xE9\x00".to_vec());
        assert_eq!((text.as_str(), enc), ("aé", TextEncoding::Utf16Le));
        let (text, enc) = decode(b"\xFE\xFF\x00a\x00\xE9".to_vec());
        assert_eq!((text.as_str(), enc), ("aé", TextEncoding::Utf16Be));
    }
}
