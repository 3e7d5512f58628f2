//! `parcours stats FILE` as a script runs it: exit codes, JSON on stdout, messages on stderr.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn stats(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE")
        .arg("stats")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn json_figures_of_the_google_forms_export() {
    let (code, stdout, _) = stats(&["tests/data/perso_googleforms_fr.csv", "--format", "json"]);
    assert_eq!(code, Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let nps = &json["rows"][0]["nps"];
    assert_eq!(nps["n"], 93);
    assert_eq!(json["rows"][0]["touchpoint"], serde_json::Value::Null);
    assert!((nps["score"].as_f64().unwrap() - 11.83).abs() < 0.005);
}

#[test]
fn the_table_names_every_touchpoint() {
    let (code, stdout, _) = stats(&["tests/data/reponses_parcours_velo.csv"]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("touchpoint "), "{stdout}");
    assert_eq!(
        stdout.lines().count(),
        13,
        "a header and twelve touchpoints:\n{stdout}"
    );
    assert!(stdout.contains("Livraison à domicile"));
}

#[test]
fn nothing_usable_is_a_failure_that_says_why() {
    let (code, stdout, stderr) =
        stats(&["tests/data/SomervilleHappinessSurvey2015_utf16le_noheader.csv"]);
    assert_eq!(code, Some(1));
    assert!(stdout.is_empty());
    assert!(stderr.contains("no NPS, CSAT or CES column"), "{stderr}");
    let (code, _, stderr) = stats(&["tests/data/reponses_parcours_velo.csv", "--nps", "99"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("no column \"99\""), "{stderr}");
    let (code, _, stderr) = stats(&["no/such/export.csv"]);
    assert_eq!(code, Some(3));
    assert!(stderr.contains("export.csv"), "{stderr}");
}
