//! One mechanism for every string: every language has every message with the same
//! arguments, and no user-facing text is written in Rust outside the translations.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../build/ftl.rs"]
#[allow(dead_code)]
mod ftl;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use parcours::i18n::{Language, Text, msg};

fn translation(language: Language) -> PathBuf {
    Path::new("assets/i18n")
        .join(language.code())
        .join("parcours.ftl")
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = ftl::read_messages(&translation(Language::En)).unwrap();
    let mut problems = Vec::new();
    for language in Language::ALL {
        let messages = ftl::read_messages(&translation(language)).unwrap();
        for (id, message) in &english {
            match messages.get(id) {
                None => problems.push(format!("{}: no {id}", language.code())),
                Some(other) => {
                    let theirs: BTreeSet<_> = other.variables.iter().collect();
                    let ours: BTreeSet<_> = message.variables.iter().collect();
                    if theirs != ours {
                        problems.push(format!(
                            "{}: {id} takes {theirs:?}, English {ours:?}",
                            language.code()
                        ));
                    }
                }
            }
        }
        for id in messages.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in English", language.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_text_is_translated_and_none_is_left_empty() {
    for language in Language::ALL {
        for text in Text::ALL {
            let shown = text.get(language);
            assert!(
                !shown.is_empty() || text == Text::Colon,
                "{text:?} in {language:?}"
            );
        }
    }
    // A message with arguments gets them, and its plural form.
    assert_eq!(
        msg::header_row_count(Language::En, msg::HeaderRowCount { rows: 1 }),
        "1 header row"
    );
    assert_eq!(
        msg::header_row_count(Language::En, msg::HeaderRowCount { rows: 2 }),
        "2 header rows"
    );
    assert_eq!(
        msg::header_row_count(Language::Fr, msg::HeaderRowCount { rows: 1 }),
        "1 ligne d'en-tête"
    );
    assert_eq!(
        msg::header_row_count(Language::Fr, msg::HeaderRowCount { rows: 2 }),
        "2 lignes d'en-tête"
    );
    assert_eq!(
        msg::header_row_count(Language::De, msg::HeaderRowCount { rows: 2 }),
        "2 Kopfzeilen"
    );
}

/// Literals that are not user-facing text, by file: words the importer looks for in
/// headers, names written in files, messages of the file grammar (given in the parser's
/// language, as RON's own are).
const NOT_USER_FACING: &[(&str, &str)] = &[
    // Words the importer recognises in headers, in the languages of the exports.
    ("src/survey/detect.rs", "customer type"),
    ("src/survey/detect.rs", "type de client"),
    ("src/survey/detect.rs", "start time"),
    ("src/survey/detect.rs", "completion time"),
    ("src/survey/detect.rs", "end time"),
    ("src/survey/detect.rs", "open ended"),
    ("src/survey/detect.rs", "respondent id"),
    ("src/survey/detect.rs", "response id"),
    ("src/survey/detect.rs", "id reponse"),
    ("src/survey/detect.rs", "record id"),
    ("src/survey/detect.rs", "antwort id"),
    ("src/survey/detect.rs", "Response"),
    ("src/survey/detect.rs", "Open-Ended Response"),
    ("src/survey/detect.rs", "Réponse"),
    // The name given to a column without a header: stored in the wave's mapping and
    // matched when the wave is refreshed from its file, so it cannot change with the
    // interface language.
    ("src/survey/detect.rs", "Column {}"),
    // The encoding's name in logs and the command line's JSON; the dialog translates it.
    ("src/survey/decode.rs", "UTF-8 with BOM"),
    // The file grammar's messages, in the words of the RON parser around them.
    (
        "src/model/wave.rs",
        "expected a month YYYY-MM, got {text:?}",
    ),
    (
        "src/model/wave.rs",
        "expected answer counts like \\\"0 4 12\\\", found {n:?}",
    ),
    ("src/model/language.rs", "Language"),
    ("src/model/language.rs", "a language's name"),
    ("src/file/validate.rs", "id: {id},"),
    // Names of encodings and of the prefix pandas gives unnamed columns.
    ("src/survey/decode.rs", "Windows-1252"),
    ("src/survey/detect.rs", "Unnamed: "),
    // A message to the developer, when the build fails.
    (
        "src/i18n/bundle.rs",
        "add formatters for more than eight languages",
    ),
    // The program's name before its message, as Unix tools write it.
    ("src/main.rs", "parcours stats: {}"),
    // Paper sizes, named as printers and the command line name them in every language.
    ("src/export/page.rs", "Letter"),
    ("src/export/page.rs", "Tabloid"),
    // The family names the map's fonts go by inside an export.
    ("src/export/svg.rs", "Parcours Text"),
    ("src/export/svg.rs", "Parcours Icons"),
    ("src/export/svg.rs", "Parcours Emoji"),
    ("src/export/svg.rs", "Parcours Symbols"),
];

/// Words that are the same in every language.
const UNTRANSLATED_WORDS: &[&str] = &["NPS", "CSAT", "CES", "Parcours", "top", "BOM", "UTF"];

/// The string literals of a Rust source, with their lines, outside comments, attributes
/// and the test module.
fn literals(source: &str) -> Vec<(usize, String)> {
    let source = source.split("#[cfg(test)]").next().unwrap_or(source);
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") || trimmed.starts_with("#[") || trimmed.starts_with("#![") {
            continue;
        }
        let bytes: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                '/' if bytes.get(i + 1) == Some(&'/') => break,
                '\'' => {
                    // A char literal ('"', '\'') or a lifetime: skip the char literal.
                    if bytes.get(i + 2) == Some(&'\'') {
                        i += 3;
                    } else if bytes.get(i + 1) == Some(&'\\') && bytes.get(i + 3) == Some(&'\'') {
                        i += 4;
                    } else {
                        i += 1;
                    }
                }
                '"' => {
                    let mut text = String::new();
                    i += 1;
                    while i < bytes.len() && bytes[i] != '"' {
                        if bytes[i] == '\\' {
                            text.push(bytes[i]);
                            i += 1;
                        }
                        if i < bytes.len() {
                            text.push(bytes[i]);
                        }
                        i += 1;
                    }
                    found.push((number + 1, text));
                    i += 1;
                }
                _ => i += 1,
            }
        }
    }
    found
}

/// Whether a literal is markup (SVG, HTML): a tag, or an attribute with its value.
fn is_markup(literal: &str) -> bool {
    let tag = literal.char_indices().any(|(i, c)| {
        c == '<'
            && literal[i + 1..].starts_with(|n: char| n.is_ascii_alphabetic() || "/!?".contains(n))
    });
    tag || literal.contains("=\\\"")
}

/// Whether a literal reads as words: a word of two letters or more besides the untranslated
/// ones, once the format arguments are taken out, in a phrase or capitalised. Markup is
/// not: its words are in the messages it is filled with.
fn reads_as_words(literal: &str) -> bool {
    if is_markup(literal) {
        return false;
    }
    let mut without_arguments = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => without_arguments.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = without_arguments
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2 && !UNTRANSLATED_WORDS.contains(w))
        // Acronyms (UTF, OUT_DIR) and identifiers (ImportId) are not words of a language.
        .filter(|w| w.chars().skip(1).all(char::is_lowercase))
        .collect();
    let phrase = without_arguments.trim().contains(' ');
    let capitalised = words
        .first()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    !words.is_empty() && (phrase || capitalised)
}

fn rust_files(folder: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_user_facing_text_is_written_in_rust() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let mut problems = Vec::new();
    for file in &files {
        let name = file.to_string_lossy().replace('\\', "/");
        let source = std::fs::read_to_string(file).unwrap();
        let code = source.split("#[cfg(test)]").next().unwrap_or(&source);
        for banned in ["Language::Fr", "pick("] {
            if code.contains(banned) {
                problems.push(format!("{name}: {banned}"));
            }
        }
        for (line, literal) in literals(&source) {
            let allowed = NOT_USER_FACING
                .iter()
                .any(|(f, l)| *f == name && *l == literal);
            if reads_as_words(&literal) && !allowed {
                problems.push(format!("{name}:{line}: \"{literal}\""));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "user-facing text belongs in assets/i18n/*/parcours.ftl:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scanner_finds_what_it_should() {
    assert!(reads_as_words("Save as…"));
    assert!(reads_as_words("{} rows read"));
    assert!(reads_as_words("Cancel"));
    assert!(!reads_as_words("NPS {} {}"));
    assert!(!reads_as_words("{name}  —  {folder}"));
    assert!(!reads_as_words("csv"));
    assert!(!reads_as_words("OUT_DIR"));
    assert!(!reads_as_words("<text x=\\\"{}\\\" y=\\\"{}\\\">"));
    assert!(!reads_as_words(
        "viewport\\\" content=\\\"width=device-width\\\">"
    ));
    assert!(reads_as_words("Less < more"));
    assert!(!reads_as_words("ImportId"));
    let found = literals("let a = \"one two\"; // \"not this\"\nlet c = '\"'; let b = \"x\";");
    assert_eq!(found, [(1, "one two".to_owned()), (2, "x".to_owned())]);
}
