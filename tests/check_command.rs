//! `parcours check FILE` validates a project without a window.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

/// The command in the C locale, which reads as English.
fn parcours() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parcours"));
    command.env("LC_ALL", "C").env_remove("LANGUAGE");
    command
}

#[test]
fn the_example_project_is_valid() {
    let output = parcours()
        .args(["check", "assets/exemple-velo.ron"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    assert!(stdout.contains("valid, 1 map, 6 stages, "), "{stdout}");
}

#[test]
fn a_file_cut_in_half_gives_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("assets/exemple-velo.ron").unwrap();
    let path = dir.path().join("half.ron");
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();
    let output = parcours().arg("check").arg(&path).output().unwrap();
    let code = output.status.code().unwrap();
    assert!(code != 0 && code < 100, "exit {code}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    let prefix = format!("{}:", path.display());
    assert!(stderr.starts_with(&prefix), "{stderr}");
    let rest: Vec<&str> = stderr[prefix.len()..].splitn(3, ':').collect();
    assert!(rest[0].parse::<usize>().unwrap() > 100, "line in {stderr}");
    assert!(rest[1].parse::<usize>().is_ok(), "column in {stderr}");
}

#[test]
fn a_binary_file_is_refused_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("image.ron");
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    std::fs::write(&path, bytes).unwrap();
    let output = parcours().arg("check").arg(&path).output().unwrap();
    let code = output.status.code().unwrap();
    assert!(code != 0 && code < 100, "exit {code}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let prefix = format!("{}:", path.display());
    let rest: Vec<&str> = stderr[prefix.len()..].splitn(3, ':').collect();
    assert!(
        rest[0].parse::<usize>().is_ok() && rest[1].parse::<usize>().is_ok(),
        "{stderr}"
    );
}

#[test]
fn a_missing_file_says_so() {
    let output = parcours()
        .args(["check", "no/such/file.ron"])
        .output()
        .unwrap();
    let code = output.status.code().unwrap();
    assert!(code != 0 && code < 100);
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("no/such/file.ron")
    );
}

#[test]
fn the_system_locale_or_the_option_chooses_the_language() {
    let output = parcours()
        .env("LC_ALL", "fr_CA.UTF-8")
        .args(["check", "assets/exemple-velo.ron"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("valide, 1 carte, 6 étapes, "), "{stdout}");

    let output = parcours()
        .args(["check", "--language", "de", "assets/exemple-velo.ron"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("gültig, 1 Karte, 6 Phasen, "), "{stdout}");
}
