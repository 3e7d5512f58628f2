//! The one text measure of the map: how wide a text is in the map's fonts, and how it breaks
//! into lines in a box. The canvas and every export draw the lines it gives, so a title wraps
//! at the same word on screen, on paper and in a browser.
//!
//! Widths are those egui gives: the text font shaped (with its kerning) by the shaper egui
//! uses, symbols and emoji from the fallback fonts at egui's scale for them.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::fonts::MAP_FONTS;

/// One font, ready to measure.
struct Face {
    font: FontRef<'static>,
    shaper: harfrust::ShaperData,
    /// The font's glyphs are drawn this much smaller than the text size.
    scale: f32,
    units_per_em: f32,
}

impl Face {
    fn new(data: &'static [u8], scale: f32) -> Option<Self> {
        let font = FontRef::new(data).ok()?;
        let shaper = harfrust::ShaperData::new(&font);
        let units_per_em = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        Some(Self {
            font,
            shaper,
            scale,
            units_per_em,
        })
    }

    fn has(&self, c: char) -> bool {
        self.font.charmap().map(c).is_some()
    }

    /// The advance of `c` alone, at text size 1.
    fn advance(&self, c: char) -> f32 {
        let Some(glyph) = self.font.charmap().map(c) else {
            return 0.0;
        };
        let metrics = self
            .font
            .glyph_metrics(Size::unscaled(), LocationRef::default());
        metrics.advance_width(glyph).unwrap_or_default() * self.scale / self.units_per_em
    }

    /// The width of `text`, shaped, at text size 1.
    fn shaped_width(&self, text: &str) -> f32 {
        let shaper = self.shaper.shaper(&self.font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let units: i32 = glyphs.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * self.scale / self.units_per_em
    }
}

/// Lines of text broken to fit a box.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Wrapped {
    /// The lines, top to bottom; the last ends with "…" when the text was cut.
    pub lines: Vec<String>,
    /// Whether the text was cut to fit its rows.
    pub elided: bool,
}

/// The map's text measure, shared by every renderer.
pub struct TextMeasure {
    faces: Vec<Face>,
    /// The text font's ascent and line height, at text size 1.
    ascent: f32,
    row_height: f32,
    /// Widths of words already measured, at text size 1: map texts repeat their words.
    words: Mutex<HashMap<String, f32>>,
}

static MEASURE: LazyLock<TextMeasure> = LazyLock::new(TextMeasure::new);

/// Breaks are allowed at these characters (they are dropped at a break); no-break spaces
/// keep "3 000 €" and « » together.
fn is_break(c: char) -> bool {
    c == ' ' || c == '\t'
}

impl TextMeasure {
    /// The measure, loaded once.
    pub fn get() -> &'static TextMeasure {
        &MEASURE
    }

    fn new() -> Self {
        let faces: Vec<Face> = MAP_FONTS
            .iter()
            .filter_map(|f| Face::new(f.data, f.scale))
            .collect();
        let (ascent, row_height) = faces.first().map_or((0.8, 1.2), |face| {
            let m = face.font.metrics(Size::unscaled(), LocationRef::default());
            let upm = face.units_per_em;
            (m.ascent / upm, (m.ascent - m.descent + m.leading) / upm)
        });
        Self {
            faces,
            ascent,
            row_height,
            words: Mutex::default(),
        }
    }

    /// Which of [`MAP_FONTS`] draws `c`: the first that has it (the text font when none has).
    pub fn face_for(&self, c: char) -> usize {
        self.faces.iter().position(|f| f.has(c)).unwrap_or(0)
    }

    /// The height of a line of text of `size`.
    pub fn row_height(&self, size: f32) -> f32 {
        self.row_height * size
    }

    /// From the top of a line to its baseline, for text of `size`.
    pub fn ascent(&self, size: f32) -> f32 {
        self.ascent * size
    }

    /// The width of `text` at `size`.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut width = 0.0;
        let mut word_start = 0;
        for (i, c) in text.char_indices() {
            if is_break(c) {
                width += self.word_width(&text[word_start..i]) + self.char_width(' ');
                word_start = i + c.len_utf8();
            }
        }
        (width + self.word_width(&text[word_start..])) * size
    }

    fn char_width(&self, c: char) -> f32 {
        match c {
            // Thin and narrow no-break spaces: half a space, as egui draws them.
            '\u{2009}' | '\u{202F}' => 0.5 * self.char_width(' '),
            _ => self
                .faces
                .get(self.face_for(c))
                .map_or(0.0, |f| f.advance(c)),
        }
    }

    /// The width of a word (no break inside) at text size 1, cached.
    fn word_width(&self, word: &str) -> f32 {
        if word.is_empty() {
            return 0.0;
        }
        if let Ok(words) = self.words.lock()
            && let Some(width) = words.get(word)
        {
            return *width;
        }
        let width = self.measure_word(word);
        if let Ok(mut words) = self.words.lock() {
            // A bound on the cache, for maps of very many distinct words.
            if words.len() > 200_000 {
                words.clear();
            }
            words.insert(word.to_owned(), width);
        }
        width
    }

    /// Runs of the text font are shaped; other characters take their font's advance.
    fn measure_word(&self, word: &str) -> f32 {
        let mut width = 0.0;
        let mut run_start = None;
        for (i, c) in word.char_indices() {
            let in_text_font = self.face_for(c) == 0 && !matches!(c, '\u{2009}' | '\u{202F}');
            match (in_text_font, run_start) {
                (true, None) => run_start = Some(i),
                (false, Some(start)) => {
                    width += self.faces[0].shaped_width(&word[start..i]);
                    run_start = None;
                }
                _ => {}
            }
            if !in_text_font {
                width += self.char_width(c);
            }
        }
        if let Some(start) = run_start {
            width += self.faces[0].shaped_width(&word[start..]);
        }
        width
    }

    /// Breaks `text` into lines no wider than `max_width` at `size`, at most `max_rows`
    /// (none for no limit), the last cut with "…" when the text does not fit. Lines break
    /// between words; a word wider than the box breaks where it must. A line break in the
    /// text starts a new line.
    pub fn wrap(&self, text: &str, size: f32, max_width: f32, max_rows: Option<usize>) -> Wrapped {
        let max_rows = max_rows.unwrap_or(usize::MAX).max(1);
        let limit = max_width / size.max(f32::EPSILON);
        let space = self.char_width(' ');
        let mut lines: Vec<String> = Vec::new();
        let mut cut = false;
        'paragraphs: for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split(is_break) {
                let width = self.word_width(word);
                let joined = if line.is_empty() {
                    width
                } else {
                    line_width + space + width
                };
                if joined <= limit || (line.is_empty() && word.is_empty()) {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width = joined;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    if lines.len() > max_rows {
                        cut = true;
                        break 'paragraphs;
                    }
                }
                // The word starts a line; if it is wider than the box, it breaks inside.
                let mut rest = word;
                while self.word_width(rest) > limit {
                    let (head, tail) = self.split_to_fit(rest, limit);
                    lines.push(head.to_owned());
                    rest = tail;
                    if lines.len() > max_rows {
                        cut = true;
                        break 'paragraphs;
                    }
                }
                line = rest.to_owned();
                line_width = self.word_width(rest);
            }
            lines.push(line);
            if lines.len() > max_rows {
                cut = true;
                break;
            }
        }
        if cut || lines.len() > max_rows {
            lines.truncate(max_rows);
            if let Some(last) = lines.last_mut() {
                self.ellipsize(last, limit);
            }
            cut = true;
        }
        Wrapped { lines, elided: cut }
    }

    /// The longest head of `word` (at least one character) that fits `limit`, and the rest.
    fn split_to_fit<'w>(&self, word: &'w str, limit: f32) -> (&'w str, &'w str) {
        let mut end = 0;
        for (i, c) in word.char_indices() {
            let next = i + c.len_utf8();
            if end > 0 && self.measure_word(&word[..next]) > limit {
                break;
            }
            end = next;
        }
        word.split_at(end)
    }

    /// Cuts `line` so that it fits `limit` with "…" after it.
    fn ellipsize(&self, line: &mut String, limit: f32) {
        let ellipsis = self.char_width('…');
        while !line.is_empty() && self.width(line, 1.0) + ellipsis > limit {
            line.pop();
        }
        let trimmed = line.trim_end().len();
        line.truncate(trimmed);
        line.push('…');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_title_stays_on_one_line() {
        let m = TextMeasure::get();
        let wrapped = m.wrap("Site web", 13.0, 200.0, Some(2));
        assert_eq!(wrapped.lines, ["Site web"]);
        assert!(!wrapped.elided);
    }

    #[test]
    fn a_long_title_wraps_between_words_and_is_cut_after_its_rows() {
        let m = TextMeasure::get();
        let text = "Card number 12 with a title long enough to wrap onto two lines and more";
        let wrapped = m.wrap(text, 13.0, 150.0, Some(2));
        assert_eq!(wrapped.lines.len(), 2);
        assert!(wrapped.elided);
        assert!(wrapped.lines[1].ends_with('…'));
        assert!(text.starts_with(&wrapped.lines[0]));
        for line in &wrapped.lines {
            assert!(m.width(line, 13.0) <= 150.0, "{line}");
        }
        let whole = m.wrap(text, 13.0, 150.0, None);
        assert!(!whole.elided);
        assert_eq!(whole.lines.join(" "), text);
    }

    #[test]
    fn a_word_wider_than_its_box_breaks_inside() {
        let m = TextMeasure::get();
        let wrapped = m.wrap("Anticonstitutionnellement", 13.0, 60.0, None);
        assert!(wrapped.lines.len() > 1);
        assert_eq!(wrapped.lines.concat(), "Anticonstitutionnellement");
    }

    #[test]
    fn widths_grow_with_the_text_and_its_size() {
        let m = TextMeasure::get();
        let a = m.width("Comparateur", 13.0);
        assert!(a > 50.0 && a < 100.0, "{a}");
        assert!((m.width("Comparateur", 26.0) - 2.0 * a).abs() < 0.01);
        assert!(m.width("🌐", 15.0) > 5.0);
    }
}
