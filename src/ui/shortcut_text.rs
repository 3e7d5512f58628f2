//! Keyboard shortcuts written in the interface language: "Ctrl+Maj+S", "Suppr", "Links",
//! as the menus and the shortcuts dialog show them.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Language, Text};

/// `shortcut` in words of `language`, modifiers first: `Ctrl+Shift+S`, `Strg+Umschalt+S`.
pub fn shortcut_text(shortcut: &KeyboardShortcut, language: Language) -> String {
    let mut parts: Vec<String> = Vec::new();
    let Modifiers {
        alt,
        ctrl,
        shift,
        mac_cmd,
        command,
    } = shortcut.modifiers;
    if mac_cmd {
        parts.push("⌘".to_owned());
    } else if ctrl || command {
        parts.push(Text::KeyCtrl.get(language).to_owned());
    }
    if alt {
        parts.push(Text::KeyAlt.get(language).to_owned());
    }
    if shift {
        parts.push(Text::KeyShift.get(language).to_owned());
    }
    parts.push(key_name(shortcut.logical_key, language));
    parts.join("+")
}

/// A key's name: the keys with words in them translated, the others as printed on them.
fn key_name(key: Key, language: Language) -> String {
    let text = match key {
        Key::ArrowLeft => Text::KeyLeft,
        Key::ArrowRight => Text::KeyRight,
        Key::ArrowUp => Text::KeyUp,
        Key::ArrowDown => Text::KeyDown,
        Key::Delete => Text::KeyDelete,
        Key::Backspace => Text::KeyBackspace,
        Key::Escape => Text::KeyEscape,
        Key::Enter => Text::KeyEnter,
        Key::Plus => return "+".to_owned(),
        Key::Minus => return "−".to_owned(),
        Key::Equals => return "=".to_owned(),
        other => return other.symbol_or_name().to_owned(),
    };
    text.get(language).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_named_in_the_language() {
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        let save_as = KeyboardShortcut::new(
            Modifiers {
                shift: true,
                ..Modifiers::COMMAND
            },
            Key::S,
        );
        assert_eq!(shortcut_text(&undo, Language::En), "Ctrl+Z");
        assert_eq!(shortcut_text(&save_as, Language::Fr), "Ctrl+Maj+S");
        assert_eq!(shortcut_text(&save_as, Language::De), "Strg+Umschalt+S");
        let delete = KeyboardShortcut::new(Modifiers::NONE, Key::Delete);
        assert_eq!(shortcut_text(&delete, Language::Fr), "Suppr");
        let left = KeyboardShortcut::new(Modifiers::NONE, Key::ArrowLeft);
        assert_eq!(shortcut_text(&left, Language::De), "Links");
    }
}
