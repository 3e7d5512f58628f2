//! The languages of the interface, of templates and of a project's own texts.

use serde::{Deserialize, Serialize};

/// A language of the interface and of templates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Language; 2] = [Language::En, Language::Fr];

    /// The language's own name.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
        }
    }

    /// The language of the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), English when
    /// it is neither French nor English.
    pub fn from_system() -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| std::env::var(var).ok())
            .find(|value| !value.is_empty())
            .map_or(Language::En, |value| Self::from_locale(&value))
    }

    /// The language of a locale name such as `fr_FR.UTF-8`.
    pub fn from_locale(locale: &str) -> Self {
        if locale.to_ascii_lowercase().starts_with("fr") {
            Language::Fr
        } else {
            Language::En
        }
    }
}
