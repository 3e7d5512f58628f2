//! `parcours export PROJECT`: each format written where asked, and a clear error with the
//! exit code for each bad option.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The command in the C locale, which reads as English.
fn parcours() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parcours"));
    command.env("LC_ALL", "C").env_remove("LANGUAGE");
    command
}

/// The example with its survey wave, saved in a scratch folder.
fn project_file() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("velo.ron");
    parcours::file::save_project(&common::ui::example_with_survey(), &path).unwrap();
    (folder, path)
}

fn export(project: &Path, args: &[&str]) -> Output {
    parcours()
        .arg("export")
        .arg(project)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn every_format_is_written_where_asked() {
    let (folder, project) = project_file();
    for (format, magic) in [
        ("svg", &b"<?xml"[..]),
        ("png", &b"\x89PNG"[..]),
        ("pdf", &b"%PDF"[..]),
        ("csv", &b"\xEF\xBB\xBFmap,"[..]),
        ("html", &b"<!DOCTYPE html>"[..]),
    ] {
        let out = folder.path().join(format!("out.{format}"));
        let output = export(
            &project,
            &["--format", format, "--out", out.to_str().unwrap()],
        );
        assert_eq!(output.status.code(), Some(0), "{format}: {output:?}");
        assert!(std::fs::read(&out).unwrap().starts_with(magic), "{format}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("written"), "{stderr}");
    }
}

#[test]
fn the_format_follows_the_file_name_and_the_file_goes_beside_the_project() {
    let (folder, project) = project_file();
    let out = folder.path().join("map.png");
    let output = export(&project, &["--out", out.to_str().unwrap(), "--dpi", "96"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let png = image::open(&out).unwrap();
    let output = export(&project, &["--dpi", "192", "--format", "png"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let beside = folder
        .path()
        .join("velo - Achat d'un vélo électrique — aujourd'hui.png");
    assert_eq!(image::open(&beside).unwrap().width(), png.width() * 2);
}

#[test]
fn poster_booklet_and_filters_are_options() {
    let (folder, project) = project_file();
    let out = folder.path().join("poster.pdf");
    let output = export(
        &project,
        &[
            "--poster",
            "--page",
            "a4",
            "--scale",
            "50%",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let out = folder.path().join("booklet.pdf");
    let output = export(
        &project,
        &[
            "--booklet",
            "--wave",
            "vague 1",
            "--from",
            "2026-01",
            "--to",
            "2026-06",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let out = folder.path().join("plain.csv");
    let output = export(&project, &["--no-scores", "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let csv = String::from_utf8(std::fs::read(&out).unwrap()).unwrap();
    assert!(!csv.contains("-64.2"), "no figures without scores");
}

#[test]
fn bad_options_say_what_is_expected() {
    let (folder, project) = project_file();
    let out = folder.path().join("x.pdf");
    let out = out.to_str().unwrap();
    for (args, says) in [
        (
            vec!["--map", "Nowhere"],
            "No map is named or numbered “Nowhere”; the maps are: Achat d'un vélo électrique",
        ),
        (vec!["--map", "7"], "No map is named or numbered “7”"),
        (vec!["--wave", "Vague 9"], "the waves are: Vague 1"),
        (
            vec!["--segment", "Martians"],
            "No segment is named “Martians”",
        ),
        (
            vec!["--from", "2026-13"],
            "“2026-13” is not a month: write it YYYY-MM",
        ),
        (
            vec!["--page", "A7"],
            "the sizes are: A4, A3, A2, A1, A0, Letter, Tabloid",
        ),
        (
            vec!["--poster", "--scale", "huge"],
            "“huge” is not a print scale",
        ),
        (vec!["--delimiter", "|"], "is not a CSV delimiter"),
    ] {
        let mut all = args.clone();
        all.extend(["--out", out]);
        let output = export(&project, &all);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(!Path::new(out).exists(), "nothing written");
    }
    // An option the command does not have: clap's own message, the same exit code.
    let output = export(&project, &["--colour", "red"]);
    assert_eq!(output.status.code(), Some(2));
    // A project that cannot be read, as `check` says it.
    let output = parcours().args(["export", "missing.ron"]).output().unwrap();
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    // Too large an image: the export's own message.
    let output = export(
        &project,
        &["--format", "png", "--dpi", "1900", "--out", out],
    );
    assert_eq!(output.status.code(), Some(6), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("choose a smaller scale"), "{stderr}");
}

/// `--slides`: one page for the overview and one per stage of the view; `--notes` puts the
/// speaker notes beneath each slide, where `pdftotext` finds them.
#[test]
fn slides_take_a_page_per_stage_of_the_view_and_carry_the_notes() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("velo.ron");
    let mut project = common::ui::example_with_survey();
    let map = &mut project.maps[0];
    map.stages[1].notes = "Rappeler le forum des cyclistes.".into();
    let stages = vec![map.stages[1].id, map.stages[3].id];
    map.views.push(parcours::model::SavedView {
        name: "Comité".into(),
        stages: Some(stages),
        ..Default::default()
    });
    parcours::file::save_project(&project, &path).unwrap();

    let out = folder.path().join("slides.pdf");
    let status = parcours()
        .args(["export", "--slides", "--notes", "--view", "comité", "--out"])
        .arg(&out)
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let info = Command::new("pdfinfo").arg(&out).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Pages:           3"), "{info}");
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Rappeler le forum des cyclistes."), "{text}");

    // Every stage without a view: 1 + 6 pages.
    let all = folder.path().join("all.pdf");
    let status = parcours()
        .args(["export", "--slides", "--out"])
        .arg(&all)
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let info = Command::new("pdfinfo").arg(&all).output().unwrap();
    assert!(String::from_utf8_lossy(&info.stdout).contains("Pages:           7"));

    // An unknown view is named, with the views there are.
    let output = parcours()
        .args(["export", "--slides", "--view", "Board", "--out"])
        .arg(folder.path().join("x.pdf"))
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("Board") && said.contains("Comité"), "{said}");
}
