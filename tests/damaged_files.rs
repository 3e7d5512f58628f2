//! A damaged file is refused with a place in it, never a panic; whatever is accepted can be
//! laid out and edited.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use parcours::example::EXAMPLE_RON;
use parcours::file::{FileError, parse_project};
use parcours::layout::MapLayout;
use proptest::prelude::*;

fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    match parse_project(bytes, Path::new("damaged.ron")) {
        Ok(project) => {
            for map in &project.maps {
                let _ = MapLayout::compute(map);
            }
        }
        Err(FileError::Io { .. } | FileError::Serialize { .. }) => {
            prop_assert!(false, "parsing bytes cannot fail on I/O");
        }
        Err(error) => {
            let (line, column) = error.location().expect("a place in the file");
            prop_assert!(line >= 1 && column >= 1);
            let lines = bytes.split(|b| *b == b'\n').count();
            prop_assert!(line <= lines.max(1), "line {line} of {lines}");
            prop_assert!(error.to_string().starts_with("damaged.ron:"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_file_cut_anywhere_is_refused_with_its_place(cut in 0..EXAMPLE_RON.len()) {
        check(&EXAMPLE_RON.as_bytes()[..cut])?;
    }

    #[test]
    fn a_file_with_bytes_replaced_never_panics(
        changes in prop::collection::vec((0..EXAMPLE_RON.len(), any::<u8>()), 1..8)
    ) {
        let mut bytes = EXAMPLE_RON.as_bytes().to_vec();
        for (at, byte) in changes {
            bytes[at] = byte;
        }
        check(&bytes)?;
    }
}
