//! Hostile exports cannot take the app down: a workbook whose used area is huge is refused
//! with its size, from the command line and from the window, and nothing is lost.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use common::ui::{drop_file, harness, settle};
use egui_kittest::kittest::Queryable;
use parcours::survey::{Source, SurveyError};

/// A 2-cell workbook: A1 and XFD1048576, the last cell a sheet can have.
fn corner_to_corner(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("corners.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "nps").unwrap();
    sheet.write_number(1_048_575, 16_383, 9.0).unwrap();
    book.save(&path).unwrap();
    path
}

#[test]
fn a_workbook_spanning_the_whole_sheet_is_refused_with_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = corner_to_corner(dir.path());
    assert!(std::fs::metadata(&path).unwrap().len() < 20_000);
    match Source::open(&path) {
        Err(SurveyError::TooLarge { rows, columns, .. }) => {
            assert_eq!((rows, columns), (1_048_576, 16_384));
        }
        other => panic!("expected a refusal, got {:?}", other.map(|s| s.len())),
    }
}

#[test]
fn stats_says_so_and_exits_as_for_an_unreadable_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = corner_to_corner(dir.path());
    let output = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .env("LC_ALL", "C")
        .arg("stats")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("the sheet spans 1,048,576 rows × 16,384 columns"),
        "{stderr}"
    );
}

#[test]
fn the_window_refuses_it_and_keeps_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = corner_to_corner(dir.path());
    let project = parcours::example::example_project();
    let mut harness = harness(project.clone());
    drop_file(&mut harness, path);
    settle(&mut harness);
    harness.get_by_label_contains("the sheet spans 1,048,576 rows");
    assert_eq!(harness.state().project(), &project);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_read_only_project_is_not_overwritten_and_the_user_is_told_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier.ron");
    let project = parcours::example::example_project();
    parcours::file::save_project(&project, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let error = parcours::file::save_project(
        &parcours::model::Project::empty(parcours::i18n::Language::En),
        &path,
    )
    .unwrap_err();
    let said = error.describe(parcours::i18n::Language::En);
    assert!(
        said.contains("the file is read-only: nothing was written"),
        "{said}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let output = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .env("LC_ALL", "C")
        .arg("check")
        .arg(&fifo)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_stats_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .env("LC_ALL", "C")
        .args(["stats", "tests/data/reponses_parcours_velo.csv"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the table is written, as `| head -0` does.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(output.status.code(), Some(101), "{stderr}");
}

#[test]
fn damage_on_the_first_line_of_a_project_is_called_damage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let text = parcours::example::EXAMPLE_RON.replacen(
        "#![enable(implicit_some)]",
        "#![enable(implicit_some",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let error = parcours::file::load_project(&path).unwrap_err();
    assert!(
        matches!(error, parcours::file::FileError::Invalid { .. }),
        "{error}"
    );
}

#[test]
fn a_wave_with_impossible_counts_or_a_missing_card_is_refused() {
    let mut project = common::ui::example_with_survey();
    project.waves[0].cells[0].responses = u64::MAX - 10;
    let text = parcours::file::to_ron(&project).unwrap();
    let error =
        parcours::file::parse_project(text.as_bytes(), std::path::Path::new("p.ron")).unwrap_err();
    assert!(
        error
            .describe(parcours::i18n::Language::En)
            .contains("holds a count above"),
        "{error}"
    );

    let mut project = common::ui::example_with_survey();
    project.waves[0].touchpoints[0].card = Some(parcours::model::CardId(999_999));
    let text = parcours::file::to_ron(&project).unwrap();
    let error =
        parcours::file::parse_project(text.as_bytes(), std::path::Path::new("p.ron")).unwrap_err();
    assert!(
        error
            .describe(parcours::i18n::Language::En)
            .contains("card 999999, which no map has"),
        "{error}"
    );
}

fn stats_of(dir: &std::path::Path, name: &str, bytes: &[u8]) -> (Option<i32>, String, String) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_parcours"))
        .env("LC_ALL", "C")
        .arg("stats")
        .arg(&path)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn damaged_exports_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    // A quote opened on line 3 and never closed: the rest is one cell.
    let mut text = String::from("touchpoint,nps\nWeb,9\n\"Store,3\n");
    for _ in 0..1000 {
        text.push_str("Web,10\n");
    }
    // Line 2 is read; the warning says where the rest went.
    let (_, stdout, _) = stats_of(dir.path(), "quote.csv", text.as_bytes());
    assert!(
        stdout.contains("warning: line 3: a quote opens there and is never closed"),
        "{stdout}"
    );
    // When nothing could be read at all, the quote is the error.
    let swallowed = text.replacen("Web,9\n", "", 1);
    let (code, _, stderr) = stats_of(dir.path(), "swallowed.csv", swallowed.as_bytes());
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("line 2: a quote opens there and is never closed"),
        "{stderr}"
    );
    // NUL bytes: not text.
    let (_, _, stderr) = stats_of(dir.path(), "nul.csv", &[0u8; 2048]);
    assert!(stderr.contains("this is not a text file"), "{stderr}");
    // A header and nothing under it.
    let (_, _, stderr) = stats_of(dir.path(), "empty.csv", b"touchpoint,nps,csat\n");
    assert!(stderr.contains("a header but no answers"), "{stderr}");
}

#[test]
fn utf16_without_its_bom_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = "touchpoint,nps\nWeb,9\nWeb,10\nStore,3\nStore,6\nWeb,8\n";
    let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let (code, stdout, stderr) = stats_of(dir.path(), "utf16.csv", &bytes);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Store"), "{stdout}");
}

#[test]
fn a_very_wide_export_and_a_line_of_delimiters_are_read_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    // 30,000 touchpoint columns ("NPS - T12"), as a wide export has them: quadratic work
    // on the columns took minutes, linear work takes a moment.
    let columns = 30_000;
    let mut text: String = (0..columns)
        .map(|i| format!("NPS - T{i}"))
        .collect::<Vec<_>>()
        .join(",");
    text.push('\n');
    for row in 0..4 {
        let values: Vec<String> = (0..columns).map(|i| ((i + row) % 11).to_string()).collect();
        text.push_str(&values.join(","));
        text.push('\n');
    }
    let start = std::time::Instant::now();
    let (code, stdout, stderr) = stats_of(dir.path(), "wide.csv", text.as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("T29999"), "the last column is read");
    assert!(start.elapsed().as_secs() < 30, "took {:?}", start.elapsed());

    // One line of 915,000 delimiters in a two-column export.
    let mut text = String::from("touchpoint;nps\n");
    text.push_str(&";".repeat(915_000));
    text.push_str("\nWeb;9\nStore;4\n");
    let start = std::time::Instant::now();
    let (code, stdout, stderr) = stats_of(dir.path(), "semicolons.csv", text.as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Store"), "{stdout}");
    assert!(start.elapsed().as_secs() < 30, "took {:?}", start.elapsed());
}

#[test]
fn a_workbook_that_says_it_unpacks_to_gigabytes_is_refused_before_unpacking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().write_string(0, 0, "nps").unwrap();
    book.save(&path).unwrap();
    // As a zip bomb's central directory says: a part of 4 GB.
    let mut bytes = std::fs::read(&path).unwrap();
    let signature = [0x50, 0x4b, 0x01, 0x02];
    let entry = bytes
        .windows(4)
        .position(|w| w == signature)
        .expect("a central directory");
    bytes[entry + 24..entry + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    std::fs::write(&path, &bytes).unwrap();
    match Source::open(&path) {
        Err(SurveyError::Unpacks { megabytes, .. }) => assert!(megabytes > 2_000),
        other => panic!("expected a refusal, got {:?}", other.map(|s| s.len())),
    }
}

/// A tiny ODS whose one cell is repeated over every row and column of a sheet.
fn repeated_everywhere(dir: &std::path::Path) -> std::path::PathBuf {
    use std::io::Write as _;
    let path = dir.join("repeated.ods");
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="S">
<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#;
    let file = std::fs::File::create(&path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    path
}

#[test]
fn an_ods_whose_cells_repeat_over_the_whole_sheet_is_refused_not_expanded() {
    let dir = tempfile::tempdir().unwrap();
    let path = repeated_everywhere(dir.path());
    // 17 billion cells if expanded: refused with a message, in a moment, memory untouched.
    let error = match Source::open(&path) {
        Err(error) => error,
        Ok(source) => panic!("expected a refusal, got {} rows", source.len()),
    };
    let message = error.describe(parcours::i18n::Language::En);
    assert!(message.contains("repeated.ods"), "{message}");
}
