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
    if let Some((encoding, bom_length)) = Encoding::for_bom(&bytes) {
        let detected = if encoding == UTF_8 {
            TextEncoding::Utf8Bom
        } else if encoding == encoding_rs::UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            TextEncoding::Utf16Be
        };
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        return (text.into_owned(), detected);
    }
    match String::from_utf8(bytes) {
        Ok(text) => (text, TextEncoding::Utf8),
        Err(error) => {
            let bytes = error.into_bytes();
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(&bytes);
            (text.into_owned(), TextEncoding::Windows1252)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
