//! The languages of the interface, of templates and of a project's own texts: one per folder
//! under `assets/i18n/`, listed by the build script.

use serde::de::{self, Deserializer, EnumAccess, VariantAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Language {
    /// The language whose code is `code` (`fr`, `FR`, `Fr`), if there is one.
    pub fn from_code(code: &str) -> Option<Self> {
        Language::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(code))
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let index = Language::ALL.iter().position(|l| l == self).unwrap_or(0);
        serializer.serialize_unit_variant("Language", index as u32, self.file_name())
    }
}

/// Reads a language from its name as written in a file; a language this build does not
/// know (written by a newer one) reads as English rather than making the file unreadable.
impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LanguageVisitor;

        impl<'de> Visitor<'de> for LanguageVisitor {
            type Value = Language;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a language's name")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Language, E> {
                Ok(Language::from_code(name).unwrap_or_default())
            }

            fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Language, A::Error> {
                let (VariantName(name), variant) = data.variant()?;
                variant.unit_variant()?;
                Ok(Language::from_code(&name).unwrap_or_default())
            }
        }

        /// A variant's name, whatever it is: formats write it as an identifier.
        struct VariantName(String);

        impl<'de> Deserialize<'de> for VariantName {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct NameVisitor;
                impl Visitor<'_> for NameVisitor {
                    type Value = VariantName;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("a language's name")
                    }
                    fn visit_str<E: de::Error>(self, name: &str) -> Result<VariantName, E> {
                        Ok(VariantName(name.to_owned()))
                    }
                }
                deserializer.deserialize_identifier(NameVisitor)
            }
        }

        deserializer.deserialize_enum("Language", &Language::FILE_NAMES, LanguageVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Info {
        language: Language,
    }

    #[test]
    fn languages_are_written_as_the_first_versions_wrote_them() {
        for (language, written) in [
            (Language::En, "(language:En)"),
            (Language::Fr, "(language:Fr)"),
            (Language::De, "(language:De)"),
        ] {
            let text = ron::to_string(&Info { language }).unwrap();
            assert_eq!(text, written);
            assert_eq!(ron::from_str::<Info>(&text).unwrap(), Info { language });
        }
    }

    #[test]
    fn a_language_from_a_newer_build_reads_as_english() {
        let info: Info = ron::from_str("(language: Es)").unwrap();
        assert_eq!(info.language, Language::En);
    }

    #[test]
    fn codes_are_read_in_any_case() {
        assert_eq!(Language::from_code("DE"), Some(Language::De));
        assert_eq!(Language::from_code("fr"), Some(Language::Fr));
        assert_eq!(Language::from_code("xx"), None);
    }
}
