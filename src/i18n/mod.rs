//! The one translation mechanism: every string the user reads comes from the Fluent files
//! under `assets/i18n/<language>/`, embedded in the binary. No egui here, so that edits,
//! templates and the command line can use it too.
//!
//! Messages without arguments are [`Text`] values; messages with arguments are functions
//! in [`msg`], taking their arguments by name. Both are generated from the English file by
//! the build script, so a message id or an argument that English does not have does not
//! compile; a test checks that every language has every message with the same arguments.

mod bundle;
pub mod format;
mod locale;
mod names;

use std::borrow::Cow;

pub use crate::model::Language;
pub use bundle::format_message;
pub use locale::{language_for_locales, system_language};
pub use names::{
    action_status_name, channel_name, evidence_letter, evidence_name, frequency_name,
    lane_kind_name, phase_name, severity_name, title_names_lane_kind,
};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Text {
    /// The text in `language`.
    pub fn get(self, language: Language) -> &'static str {
        bundle::plain_text(self, language)
    }
}

/// An argument of a message: a whole number (which plural rules can select on, written for
/// the message's language), or text, written as it is (figures with decimals are written by
/// [`format`] first).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A whole number.
    Int(i64),
    /// Text, shown as it is.
    Text(String),
}

macro_rules! int_args {
    ($($t:ty),*) => {
        $(impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Int(i64::try_from(value).unwrap_or(i64::MAX))
            }
        })*
    };
}
int_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(value: Cow<'_, str>) -> Self {
        Arg::Text(value.into_owned())
    }
}
