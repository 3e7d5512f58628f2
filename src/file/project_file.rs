//! Reading and writing a project as RON.

use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::atomic::write_atomically;
use super::error::{FileError, Invalid};
use super::fingerprint::Fingerprint;
use super::validate::{location_of_id, validate};
use crate::model::{FORMAT_NAME, FORMAT_VERSION, Project};

/// The part of a file read first, to tell a foreign or newer file before anything else.
#[derive(Deserialize)]
#[serde(rename = "Project")]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// The RON text of a project: pretty-printed, fields in a fixed order, so that a small
/// change to the project is a small diff.
pub fn to_ron(project: &Project) -> Result<String, ron::Error> {
    let config = PrettyConfig::new()
        .struct_names(true)
        .indentor("  ")
        .escape_strings(false)
        .extensions(Extensions::UNWRAP_VARIANT_NEWTYPES | Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(project, config)?;
    text.push('\n');
    Ok(text)
}

/// Parses a project from file bytes; `path` is only used in error messages.
pub fn parse_project(bytes: &[u8], path: &Path) -> Result<Project, FileError> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let (line, column) = line_and_column(&bytes[..error.valid_up_to()]);
        FileError::NotText {
            path: path.to_owned(),
            line,
            column,
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A project file is parsed once; the header is read again only to explain a failure
    // (a foreign file, a newer version) better than the parser's message would.
    let mut project: Project = ron::from_str(text).map_err(|error| why_not(text, path, error))?;
    if project.format != FORMAT_NAME {
        return Err(FileError::Foreign {
            path: path.to_owned(),
        });
    }
    if project.version > FORMAT_VERSION {
        return Err(FileError::TooNew {
            path: path.to_owned(),
            found: project.version,
            supported: FORMAT_VERSION,
        });
    }
    // Version 1 is the first format; migrations from older versions go here when a
    // version 2 changes the layout.
    project.version = FORMAT_VERSION;
    validate(&mut project).map_err(|problem| {
        let (line, column) = location_of_id(text, problem.id);
        FileError::Invalid {
            path: path.to_owned(),
            line,
            column,
            reason: Invalid::Problem(problem.kind),
        }
    })?;
    Ok(project)
}

/// Why `text` is not a project, given the parser's `error`: not a Parcours file at all,
/// a file from a newer Parcours, or a damaged project.
fn why_not(text: &str, path: &Path, error: ron::error::SpannedError) -> FileError {
    let invalid = |error: ron::error::SpannedError| FileError::Invalid {
        path: path.to_owned(),
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
        reason: Invalid::Syntax(error.code.to_string()),
    };
    // A file that starts as Parcours writes its projects is a damaged project, even when
    // the damage is on its first line.
    let head: String = text
        .chars()
        .take(400)
        .filter(|c| !c.is_whitespace())
        .collect();
    let looks_like_ours = head.starts_with("#![enable(") || head.contains("format:\"parcours\"");
    match ron::from_str::<Header>(text) {
        // Lost on the first line: some other kind of file. Further on: a damaged project.
        Err(header_error) if header_error.span.start.line <= 1 && !looks_like_ours => {
            FileError::Foreign {
                path: path.to_owned(),
            }
        }
        Err(header_error) => invalid(header_error),
        Ok(header) if header.format.as_deref() != Some(FORMAT_NAME) => FileError::Foreign {
            path: path.to_owned(),
        },
        Ok(Header {
            version: Some(found),
            ..
        }) if found > FORMAT_VERSION => FileError::TooNew {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        },
        Ok(_) => invalid(error),
    }
}

/// Reads a project file.
pub fn load_project(path: &Path) -> Result<Project, FileError> {
    load_project_and_print(path).map(|(project, _)| project)
}

/// Reads a project file, with the fingerprint of what was read (from the same read).
pub fn load_project_and_print(path: &Path) -> Result<(Project, Fingerprint), FileError> {
    let io = |source| FileError::Io {
        path: path.to_owned(),
        source,
    };
    // A FIFO or a device would block the read, or never end it: refused at once.
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(FileError::NotAFile {
            path: path.to_owned(),
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let print = Fingerprint::of(&bytes, &metadata);
    Ok((parse_project(&bytes, path)?, print))
}

/// Saves a project atomically, keeping the previous version as `NAME.ron.bak`.
pub fn save_project(project: &Project, path: &Path) -> Result<(), FileError> {
    save_project_and_print(project, path).map(|_| ())
}

/// [`save_project`], with the fingerprint of the file written (from the bytes written; its
/// time and size asked of the system), or `None` when the system cannot say.
pub fn save_project_and_print(
    project: &Project,
    path: &Path,
) -> Result<Option<Fingerprint>, FileError> {
    let text = to_ron(project).map_err(|error| FileError::Serialize {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    write_atomically(path, text.as_bytes()).map_err(|error| FileError::Save {
        path: path.to_owned(),
        step: error.step,
        refusal: error.refusal,
        source: error.source,
    })?;
    Ok(std::fs::metadata(path)
        .ok()
        .map(|metadata| Fingerprint::of(text.as_bytes(), &metadata)))
}

/// Writes an export atomically over `path` (no backup: an export is made again at will),
/// keeping the mode of a file it replaces.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    super::atomic::write_atomically_without_backup(path, bytes).map_err(|error| FileError::Save {
        path: path.to_owned(),
        step: error.step,
        refusal: error.refusal,
        source: error.source,
    })
}

/// 1-based line and column just after `bytes`.
fn line_and_column(bytes: &[u8]) -> (usize, usize) {
    let line = bytes.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&bytes[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn binary_bytes_are_refused_with_a_location() {
        let error = parse_project(b"Pro\nj\xff\xfe", Path::new("x.ron")).unwrap_err();
        assert_eq!(error.location(), Some((2, 2)));
    }

    #[test]
    fn a_foreign_ron_file_is_refused() {
        let error = parse_project(b"(name: \"x\")", Path::new("x.ron")).unwrap_err();
        assert!(
            error.to_string().contains("not a Parcours project"),
            "{error}"
        );
        let json = br#"{"stages": ["a", "b"]}"#;
        let error = parse_project(json, Path::new("x.json")).unwrap_err();
        assert!(matches!(error, FileError::Foreign { .. }), "{error}");
    }

    #[test]
    fn a_newer_version_is_refused_as_such() {
        let mut project = Project::empty(Language::En);
        project.version = FORMAT_VERSION + 1;
        let text = to_ron(&project).unwrap();
        let error = parse_project(text.as_bytes(), Path::new("x.ron")).unwrap_err();
        assert!(matches!(error, FileError::TooNew { found, .. } if found == FORMAT_VERSION + 1));
    }

    #[test]
    fn a_truncated_file_gives_line_and_column() {
        let project = crate::example::example_project();
        let text = to_ron(&project).unwrap();
        let half = &text[..text.len() / 2];
        let error = parse_project(half.as_bytes(), Path::new("x.ron")).unwrap_err();
        let (line, _) = error.location().unwrap();
        assert!(line > 10, "{error}");
    }
}
