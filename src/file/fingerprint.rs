//! What a file was when Parcours last read or wrote it: its size, modification time and a
//! hash of its bytes, to tell whether something else changed it since.

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::SystemTime;

/// A file's size, modification time and content hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of the file at `path` now.
    pub fn of_file(path: &Path) -> std::io::Result<Self> {
        let metadata = std::fs::metadata(path)?;
        let bytes = std::fs::read(path)?;
        Ok(Self::of(&bytes, &metadata))
    }

    /// The fingerprint of a file whose `bytes` were just read or written, with its
    /// `metadata`: no second read.
    pub fn of(bytes: &[u8], metadata: &std::fs::Metadata) -> Self {
        Self {
            len: metadata.len(),
            modified: metadata.modified().ok(),
            hash: hash_of(bytes),
        }
    }

    /// Whether the file at `path` is not the one this fingerprint describes: it was
    /// changed, replaced or removed. A file whose size and time are the same is taken as
    /// unchanged without reading it; otherwise its bytes decide (a `touch` is no change).
    pub fn differs_from_file(&self, path: &Path) -> bool {
        let Ok(metadata) = std::fs::metadata(path) else {
            return true;
        };
        if metadata.len() == self.len && metadata.modified().ok() == self.modified {
            return false;
        }
        std::fs::read(path).map_or(true, |bytes| hash_of(&bytes) != self.hash)
    }
}

fn hash_of(bytes: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_by_another_program_is_seen_and_a_touch_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        std::fs::write(&path, b"one").unwrap();
        let print = Fingerprint::of_file(&path).unwrap();
        assert!(!print.differs_from_file(&path));
        // Same bytes, another time: not a change.
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(SystemTime::now() + std::time::Duration::from_secs(5))
            .unwrap();
        assert!(!print.differs_from_file(&path));
        std::fs::write(&path, b"two").unwrap();
        assert!(print.differs_from_file(&path));
        std::fs::remove_file(&path).unwrap();
        assert!(print.differs_from_file(&path));
    }
}
