//! The interface language from the system's locales, negotiated among the languages
//! Parcours has (`fr_CA` → French, `de_AT` → German, anything else → English).

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::Language;

/// The language of the system's preferred locales.
pub fn system_language() -> Language {
    language_for_locales(&sys_locale::get_locales().collect::<Vec<_>>())
}

/// The best of Parcours' languages for `locales`, most preferred first, written as BCP 47
/// (`fr-CA`) or POSIX (`fr_CA.UTF-8`, `de_AT@euro`) names; English when none fits.
pub fn language_for_locales<S: AsRef<str>>(locales: &[S]) -> Language {
    let requested: Vec<LanguageIdentifier> = locales
        .iter()
        .filter_map(|locale| {
            let name = locale.as_ref();
            // POSIX names carry an encoding and a modifier that BCP 47 does not have.
            let name = name.split(['.', '@']).next().unwrap_or(name);
            name.replace('_', "-").parse().ok()
        })
        .collect();
    let available: Vec<LanguageIdentifier> = Language::ALL
        .iter()
        .filter_map(|l| l.code().parse().ok())
        .collect();
    let default = Language::default().code().parse().ok();
    let chosen = negotiate_languages(
        &requested,
        &available,
        default.as_ref(),
        NegotiationStrategy::Filtering,
    );
    chosen
        .first()
        .and_then(|id| Language::from_code(id.language.as_str()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_choose_the_closest_language() {
        assert_eq!(language_for_locales(&["fr_FR.UTF-8"]), Language::Fr);
        assert_eq!(language_for_locales(&["fr-CA"]), Language::Fr);
        assert_eq!(language_for_locales(&["de_AT@euro"]), Language::De);
        assert_eq!(language_for_locales(&["de-CH"]), Language::De);
        assert_eq!(language_for_locales(&["en_GB.UTF-8"]), Language::En);
        assert_eq!(language_for_locales(&["es_ES", "de_DE"]), Language::De);
        assert_eq!(language_for_locales(&["C"]), Language::En);
        assert_eq!(language_for_locales::<&str>(&[]), Language::En);
    }
}
