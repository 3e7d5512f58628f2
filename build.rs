//! Reads the translations under `assets/i18n/<language>/parcours.ftl` and writes, for the
//! crate to include:
//!
//! - `languages.rs`: the `Language` enum, one variant per folder (English first), with each
//!   language's code, its own name (the message `language-name`) and its Fluent source;
//! - `messages.rs`: the `Text` enum, one variant per English message without arguments, and
//!   one function per message with arguments, taking them by name in a struct of the
//!   message's name. A message id or an argument that does not exist in English, or one
//!   left out, does not compile.
//!
//! Every file must parse: a syntax error in any language fails the build with its line.

// A build script stops the build with a message: that is what a panic does here.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[path = "build/ftl.rs"]
mod ftl;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use ftl::Message;

const FOLDER: &str = "assets/i18n";
const FILE: &str = "parcours.ftl";
const SOURCE_LANGUAGE: &str = "en";

fn main() {
    println!("cargo:rerun-if-changed={FOLDER}");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let mut codes: Vec<String> = std::fs::read_dir(root.join(FOLDER))
        .expect("assets/i18n exists")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().join(FILE).is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    codes.sort_by_key(|code| code != SOURCE_LANGUAGE);
    assert_eq!(
        codes.first().map(String::as_str),
        Some(SOURCE_LANGUAGE),
        "{FOLDER}/{SOURCE_LANGUAGE}/{FILE} is the source language"
    );

    let mut messages_by_language = Vec::new();
    for code in &codes {
        let path = root.join(FOLDER).join(code).join(FILE);
        println!("cargo:rerun-if-changed={}", path.display());
        messages_by_language.push(ftl::read_messages(&path).unwrap_or_else(|e| panic!("{e}")));
    }

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    std::fs::write(
        out.join("languages.rs"),
        languages_rs(&codes, &messages_by_language),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(
        out.join("messages.rs"),
        messages_rs(&messages_by_language[0]),
    )
    .expect("OUT_DIR is writable");
}

/// `menu-file` → `MenuFile`, `template5-a` → `Template5A`.
fn camel(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// `menu-file` → `menu_file`.
fn snake(id: &str) -> String {
    id.replace('-', "_")
}

fn languages_rs(codes: &[String], messages: &[BTreeMap<String, Message>]) -> String {
    let mut out = String::new();
    let variants: Vec<String> = codes.iter().map(|c| camel(c)).collect();
    out.push_str(
        "/// A language of the interface and of templates: one per folder of translations.\n",
    );
    out.push_str("#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]\n");
    out.push_str("pub enum Language {\n");
    for (index, (variant, code)) in variants.iter().zip(codes).enumerate() {
        let _ = writeln!(out, "    /// `{code}`.");
        if index == 0 {
            out.push_str("    #[default]\n");
        }
        let _ = writeln!(out, "    {variant},");
    }
    out.push_str("}\n\nimpl Language {\n");
    let _ = writeln!(
        out,
        "    /// Every language, English first, then by code.\n    pub const ALL: [Language; {}] = [{}];",
        codes.len(),
        variants
            .iter()
            .map(|v| format!("Language::{v}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    /// The language's code, as its folder is named (`en`, `fr`…).\n");
    out.push_str("    pub const fn code(self) -> &'static str {\n        match self {\n");
    for (variant, code) in variants.iter().zip(codes) {
        let _ = writeln!(out, "            Language::{variant} => {code:?},");
    }
    out.push_str("        }\n    }\n");
    out.push_str("\n    /// The name project files write for the language (`En`, `Fr`…).\n");
    out.push_str("    pub const fn file_name(self) -> &'static str {\n        match self {\n");
    for variant in &variants {
        let _ = writeln!(out, "            Language::{variant} => {variant:?},");
    }
    out.push_str("        }\n    }\n");
    let _ = writeln!(
        out,
        "\n    /// The names project files write, in the order of `ALL`.\n    pub const FILE_NAMES: [&'static str; {}] = [{}];",
        codes.len(),
        variants
            .iter()
            .map(|v| format!("{v:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    /// The language's own name (its message `language-name`).\n");
    out.push_str("    pub const fn native_name(self) -> &'static str {\n        match self {\n");
    for ((variant, code), messages) in variants.iter().zip(codes).zip(messages) {
        let name = messages
            .get("language-name")
            .and_then(|m| m.plain.clone())
            .unwrap_or_else(|| code.clone());
        let _ = writeln!(out, "            Language::{variant} => {name:?},");
    }
    out.push_str("        }\n    }\n");
    out.push_str("\n    /// The language's translations, in Fluent syntax.\n");
    out.push_str("    pub const fn fluent_source(self) -> &'static str {\n        match self {\n");
    for (variant, code) in variants.iter().zip(codes) {
        let _ = writeln!(
            out,
            "            Language::{variant} => include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{FOLDER}/{code}/{FILE}\")),"
        );
    }
    out.push_str("        }\n    }\n}\n");
    out
}

fn messages_rs(messages: &BTreeMap<String, Message>) -> String {
    let mut out = String::new();
    let plain: Vec<&String> = messages
        .iter()
        .filter(|(_, m)| m.variables.is_empty())
        .map(|(id, _)| id)
        .collect();
    out.push_str("/// A message without arguments, by its id in the translations.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[allow(missing_docs)]\n");
    out.push_str("pub enum Text {\n");
    for id in &plain {
        let _ = writeln!(out, "    {},", camel(id));
    }
    out.push_str("}\n\nimpl Text {\n");
    let _ = writeln!(
        out,
        "    /// Every message without arguments.\n    pub const ALL: [Text; {}] = [{}];",
        plain.len(),
        plain
            .iter()
            .map(|id| format!("Text::{}", camel(id)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    /// The message's id in the translations.\n");
    out.push_str("    pub const fn id(self) -> &'static str {\n        match self {\n");
    for id in &plain {
        let _ = writeln!(out, "            Text::{} => {id:?},", camel(id));
    }
    out.push_str("        }\n    }\n}\n\n");

    out.push_str("/// The messages with arguments, one function each.\n#[allow(clippy::too_many_arguments)]\npub mod msg {\n");
    out.push_str("    #[allow(unused_imports)]\n    use super::{Arg, Language};\n\n");
    let with_args: Vec<(&String, &Message)> = messages
        .iter()
        .filter(|(_, m)| !m.variables.is_empty())
        .collect();
    for (id, message) in with_args {
        // The arguments go by name, in a struct: a misspelt or missing one does not
        // compile, and their order in the text can change without changing any call.
        let generics: Vec<String> = (0..message.variables.len())
            .map(|i| format!("T{i}"))
            .collect();
        let fields: Vec<String> = message
            .variables
            .iter()
            .zip(&generics)
            .map(|(v, t)| format!("        /// `${v}`.\n        pub {}: {t},", snake(v)))
            .collect();
        let bounds: Vec<String> = generics.iter().map(|t| format!("{t}: Into<Arg>")).collect();
        let args: Vec<String> = message
            .variables
            .iter()
            .map(|v| format!("({v:?}, args.{}.into())", snake(v)))
            .collect();
        let name = camel(id);
        let _ = writeln!(
            out,
            "    /// The arguments of `{id}`.\n    pub struct {name}<{}> {{\n{}\n    }}\n",
            generics.join(", "),
            fields.join("\n")
        );
        let _ = writeln!(out, "    /// `{id}`.");
        let _ = writeln!(
            out,
            "    pub fn {}<{}>(language: Language, args: {name}<{}>) -> String {{\n        super::format_message(language, {id:?}, vec![{}])\n    }}\n",
            snake(id),
            bounds.join(", "),
            generics.join(", "),
            args.join(", ")
        );
    }
    out.push_str("}\n");
    out
}
