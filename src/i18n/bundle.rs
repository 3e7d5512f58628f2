//! The Fluent bundles, one per language, built once; the texts without arguments are
//! formatted once per language and kept.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use super::{Arg, Language, Text, format};

type Bundle = FluentBundle<FluentResource>;

/// Every language's bundle, in the order of [`Language::ALL`].
static BUNDLES: LazyLock<Vec<Bundle>> =
    LazyLock::new(|| Language::ALL.iter().map(|l| build(*l)).collect());

/// Every language's texts without arguments, in the order of [`Text::ALL`].
static PLAIN: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    Language::ALL
        .iter()
        .map(|language| {
            Text::ALL
                .iter()
                .map(|text| format_message(*language, text.id(), Vec::new()))
                .collect()
        })
        .collect()
});

fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0)
}

fn build(language: Language) -> Bundle {
    let id: LanguageIdentifier = language
        .code()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks around arguments are for bidirectional text, which no language here
    // needs; egui would draw them as boxes.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    // The build script checked that every file parses.
    let resource = match FluentResource::try_new(language.fluent_source().to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    // Duplicate ids are refused by the build script too.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The bundle's language, as its memoizer knows it: a formatter asks for it.
struct BundleLanguage(Language);

impl intl_memoizer::Memoizable for BundleLanguage {
    type Args = ();
    type Error = ();

    fn construct(id: LanguageIdentifier, (): ()) -> Result<Self, ()> {
        Ok(Self(
            Language::from_code(id.language.as_str()).unwrap_or_default(),
        ))
    }
}

/// Numbers in messages are written by [`format`], for the bundle's language.
fn format_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let language = memoizer
        .with_try_get::<BundleLanguage, _, _>((), |l| l.0)
        .unwrap_or_default();
    let decimals = number
        .options
        .maximum_fraction_digits
        .or(number.options.minimum_fraction_digits)
        .unwrap_or(0);
    Some(format::decimal(language, number.value, decimals))
}

/// The message `id` in `language` with its arguments; the English one when `language`
/// lacks it, and the id itself when English does too.
pub fn format_message(language: Language, id: &str, args: Vec<(&str, Arg)>) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        let value = match arg {
            Arg::Int(n) => FluentValue::from(n),
            Arg::Text(text) => FluentValue::from(text),
        };
        fluent_args.set(name, value);
    }
    for bundle in [&BUNDLES[index(language)], &BUNDLES[0]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    id.to_owned()
}

/// The text of a message without arguments.
pub fn plain_text(text: Text, language: Language) -> &'static str {
    // The variants are declared in the order of `Text::ALL`.
    PLAIN[index(language)][text as usize].as_str()
}
