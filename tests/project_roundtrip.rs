//! Any project survives save → load unchanged.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use parcours::file::{load_project, parse_project, save_project, to_ron};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_project_survives_ron_text_unchanged(project in common::any_project()) {
        let text = to_ron(&project).unwrap();
        let loaded = parse_project(text.as_bytes(), Path::new("p.ron")).unwrap();
        prop_assert_eq!(&loaded, &project);
        // And the text is stable: saving again gives the same bytes.
        prop_assert_eq!(to_ron(&loaded).unwrap(), text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_project_survives_a_save_to_disk(project in common::any_project()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("projet.ron");
        save_project(&project, &path).unwrap();
        prop_assert_eq!(load_project(&path).unwrap(), project);
    }
}
