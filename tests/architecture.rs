//! The rules that keep the code easy to change, checked on the sources: egui only under
//! `src/ui/`, every colour a named design token (`src/theme.rs`) converted in one place, and
//! the window's data flowing one way: only the app (`src/ui/app/`) changes the document.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Each source file (relative to `src/`) with its lines of code (comments left out).
fn sources() -> Vec<(String, Vec<(usize, String)>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let code = std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim_start().starts_with("//"))
                .map(|(i, l)| (i + 1, l.to_owned()))
                .collect();
            (name, code)
        })
        .collect()
}

#[test]
fn egui_is_used_only_under_src_ui() {
    let mut offenders = Vec::new();
    for (name, code) in sources() {
        if name.starts_with("ui/") {
            continue;
        }
        for (line, text) in code {
            if text.contains("egui") || text.contains("eframe") {
                offenders.push(format!("src/{name}:{line}: {}", text.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "egui outside src/ui/:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn every_colour_is_a_named_token() {
    let mut offenders = Vec::new();
    for (name, code) in sources() {
        if name == "ui/style.rs" {
            continue;
        }
        for (line, text) in code {
            if text.contains("Color32::from_") {
                offenders.push(format!("src/{name}:{line}: {}", text.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "colours written out of src/theme.rs:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn only_the_app_changes_the_document() {
    let mut offenders = Vec::new();
    for (name, code) in sources() {
        if !name.starts_with("ui/") || name.starts_with("ui/app/") {
            continue;
        }
        for (line, text) in code {
            // Panels are functions over a read-only frame context, not methods of the app.
            if text.contains("impl ParcoursApp") || text.contains("&mut Document") {
                offenders.push(format!("src/{name}:{line}: {}", text.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "a panel reaches the app or the document:\n{}",
        offenders.join("\n")
    );
}
