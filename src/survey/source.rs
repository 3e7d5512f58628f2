//! An export file as rows of cells: CSV text (delimiter detected) or a spreadsheet's first
//! sheet (XLSX, XLS, ODS through calamine).

use std::path::Path;

use calamine::{Data, DataRef, Reader, Xlsx, XlsxError, open_workbook, open_workbook_auto};

use super::SurveyError;
use super::decode::{TextEncoding, decode_to_utf8};
use crate::jobs::Progress;

/// Rows shown in the import dialog's preview and used to propose column roles.
pub const SAMPLE_ROWS: usize = 500;

/// Where the rows come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// Delimited text.
    Csv {
        /// The encoding found.
        encoding: TextEncoding,
        /// The delimiter found: `,` `;` tab or `|`.
        delimiter: u8,
    },
    /// A spreadsheet.
    Sheet {
        /// The sheet read (the first one).
        sheet: String,
    },
}

/// An export ready to be read.
#[derive(Clone, Debug)]
pub struct Source {
    /// The file's name, for reports.
    pub file_name: String,
    /// CSV or spreadsheet.
    pub kind: SourceKind,
    body: Body,
}

#[derive(Clone, Debug)]
enum Body {
    /// CSV text, valid UTF-8.
    Text(Vec<u8>),
    Cells(Vec<Vec<String>>),
}

/// A share of an export's rows (see [`Source::parts`]).
pub enum Part<'a> {
    /// Lines of CSV text, the first being `first_line` of the file.
    Text {
        /// The text.
        bytes: &'a [u8],
        /// Its first line's number in the file.
        first_line: u64,
    },
    /// Spreadsheet rows.
    Cells(&'a [Vec<String>]),
}

/// A damage that stops an export from being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// Not text: NUL bytes in it.
    Binary,
    /// A quote opened on this line is never closed: the rest of the file is one cell.
    UnclosedQuote {
        /// The line where the quote opens.
        line: u64,
    },
}

impl Damage {
    /// The damage in words, with what the user can do about it.
    pub fn describe(self, language: crate::i18n::Language) -> String {
        use crate::i18n::{Text, msg};
        match self {
            Damage::Binary => Text::StatsBinary.get(language).to_owned(),
            Damage::UnclosedQuote { line } => {
                msg::stats_unclosed_quote(language, msg::StatsUnclosedQuote { line })
            }
        }
    }
}

/// One row of cells, however it is stored.
pub trait RowRef {
    /// The cell of a column, if the row has it.
    fn cell(&self, column: usize) -> Option<&[u8]>;
}

impl RowRef for csv::ByteRecord {
    #[inline]
    fn cell(&self, column: usize) -> Option<&[u8]> {
        self.get(column)
    }
}

impl RowRef for Vec<String> {
    #[inline]
    fn cell(&self, column: usize) -> Option<&[u8]> {
        self.get(column).map(String::as_bytes)
    }
}

impl Source {
    /// Reads a file: spreadsheets by their extension, anything else as CSV.
    pub fn open(path: &Path) -> Result<Source, SurveyError> {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "xlsb" | "ods") {
            return Self::open_sheet(path, file_name, &extension);
        }
        let bytes = std::fs::read(path).map_err(|source| SurveyError::Io {
            file: file_name.clone(),
            source,
        })?;
        Ok(Self::from_bytes(file_name, bytes))
    }

    /// Reads CSV bytes.
    pub fn from_bytes(file_name: String, bytes: Vec<u8>) -> Source {
        let (text, encoding) = decode_to_utf8(bytes);
        let delimiter = detect_delimiter(&String::from_utf8_lossy(head_of(&text, 64 * 1024)));
        Source {
            file_name,
            kind: SourceKind::Csv {
                encoding,
                delimiter,
            },
            body: Body::Text(text),
        }
    }

    /// Wraps cells already read (tests, pasted data).
    pub fn from_cells(file_name: String, sheet: String, cells: Vec<Vec<String>>) -> Source {
        Source {
            file_name,
            kind: SourceKind::Sheet { sheet },
            body: Body::Cells(cells),
        }
    }

    fn open_sheet(path: &Path, file_name: String, extension: &str) -> Result<Source, SurveyError> {
        // XLSX, XLSB and ODS are zips: one whose parts say they unpack to more than Parcours
        // reads (a zip bomb) is refused before any part is unpacked.
        if let Some(bytes) = unpacked_size(path).filter(|n| *n > MAX_UNPACKED_BYTES) {
            return Err(SurveyError::Unpacks {
                file: file_name,
                megabytes: bytes / 1_000_000,
            });
        }
        if matches!(extension, "xlsx" | "xlsm") {
            return Self::open_xlsx(path, file_name);
        }
        let invalid = |message: String| SurveyError::Sheet {
            file: file_name.clone(),
            message,
        };
        let mut workbook = open_workbook_auto(path).map_err(|e| invalid(e.to_string()))?;
        let sheet = first_sheet(&workbook, &file_name)?;
        let range = workbook
            .worksheet_range(&sheet)
            .map_err(|e| invalid(e.to_string()))?;
        let cells = range
            .rows()
            .map(|row| row.iter().map(cell_text).collect())
            .collect();
        Ok(Self::from_cells(file_name, sheet, cells))
    }

    /// Reads the first sheet of an XLSX workbook cell by cell, so that a hostile file (a cell
    /// at A1 and another at XFD1048576, or millions of cells packed in a small zip) is refused
    /// with its size before it can take the machine's memory.
    fn open_xlsx(path: &Path, file_name: String) -> Result<Source, SurveyError> {
        let invalid = |message: String| SurveyError::Sheet {
            file: file_name.clone(),
            message,
        };
        let mut workbook: Xlsx<_> =
            open_workbook(path).map_err(|e: XlsxError| invalid(e.to_string()))?;
        let sheet = first_sheet(&workbook, &file_name)?;
        let too_large = |rows: u64, columns: u64| SurveyError::TooLarge {
            file: file_name.clone(),
            rows,
            columns,
        };
        let mut reader = workbook
            .worksheet_cells_reader(&sheet)
            .map_err(|e| invalid(e.to_string()))?;
        let mut found: Vec<(u32, u32, String)> = Vec::new();
        let (mut first_row, mut last_row, mut first_column, mut last_column) =
            (u32::MAX, 0u32, u32::MAX, 0u32);
        while let Some(cell) = reader.next_cell().map_err(|e| invalid(e.to_string()))? {
            let text = data_ref_text(cell.get_value());
            if text.is_empty() {
                continue;
            }
            if found.len() >= MAX_SHEET_CELLS {
                return Err(too_large(
                    u64::from(last_row) + 1,
                    u64::from(last_column) + 1,
                ));
            }
            let (row, column) = cell.get_position();
            first_row = first_row.min(row);
            last_row = last_row.max(row);
            first_column = first_column.min(column);
            last_column = last_column.max(column);
            found.push((row, column, text));
        }
        if found.is_empty() {
            return Ok(Self::from_cells(file_name, sheet, Vec::new()));
        }
        // Laid out in rows from the first used cell, as a spreadsheet shows them; a sheet
        // whose used area would hold more cells than that is refused.
        let rows = u64::from(last_row - first_row) + 1;
        let columns = u64::from(last_column - first_column) + 1;
        if rows.saturating_mul(columns) > MAX_SHEET_CELLS as u64 {
            return Err(too_large(rows, columns));
        }
        let (rows, columns) = (rows as usize, columns as usize);
        let mut cells = vec![vec![String::new(); columns]; rows];
        for (row, column, text) in found {
            cells[(row - first_row) as usize][(column - first_column) as usize] = text;
        }
        Ok(Self::from_cells(file_name, sheet, cells))
    }

    /// Why nothing could be read from a text export that gave no score, when it is one of
    /// the damages a user can fix: binary content, or a quote opened and never closed (the
    /// line where it opens). Checked only once a read found nothing, so it costs nothing
    /// to a good file.
    pub fn diagnose(&self) -> Option<Damage> {
        let (Body::Text(text), Some(delimiter)) = (&self.body, self.delimiter()) else {
            return None;
        };
        if text[..text.len().min(64 * 1024)].contains(&0) {
            return Some(Damage::Binary);
        }
        let mut line = 1u64;
        let (mut in_quotes, mut opened_at, mut at_field_start) = (false, 0u64, true);
        let mut i = 0;
        while i < text.len() {
            let b = text[i];
            if in_quotes {
                if b == b'"' {
                    if text.get(i + 1) == Some(&b'"') {
                        i += 2;
                        continue;
                    }
                    in_quotes = false;
                } else if b == b'\n' {
                    line += 1;
                }
            } else {
                if b == b'"' && at_field_start {
                    in_quotes = true;
                    opened_at = line;
                }
                at_field_start = b == delimiter || b == b'\n' || b == b'\r';
                if b == b'\n' {
                    line += 1;
                }
            }
            i += 1;
        }
        in_quotes.then_some(Damage::UnclosedQuote { line: opened_at })
    }

    /// The number of lines of a text export (counted fast; for a check of what was read).
    pub fn line_count(&self) -> Option<u64> {
        match &self.body {
            Body::Text(text) => Some(text.iter().filter(|b| **b == b'\n').count() as u64),
            Body::Cells(_) => None,
        }
    }

    /// The size of the text, or the number of cells.
    pub fn len(&self) -> usize {
        match &self.body {
            Body::Text(text) => text.len(),
            Body::Cells(cells) => cells.iter().map(Vec::len).sum(),
        }
    }

    /// Whether the export holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The delimiter, for CSV.
    pub fn delimiter(&self) -> Option<u8> {
        match self.kind {
            SourceKind::Csv { delimiter, .. } => Some(delimiter),
            SourceKind::Sheet { .. } => None,
        }
    }

    /// The first rows, headers included, as text (for detection and the preview).
    pub fn sample(&self, rows: usize) -> Vec<Vec<String>> {
        match &self.body {
            Body::Cells(cells) => cells.iter().take(rows).cloned().collect(),
            Body::Text(text) => {
                let mut reader = self.csv_reader(text);
                reader
                    .records()
                    .take(rows)
                    .filter_map(Result::ok)
                    .map(|r| r.iter().map(str::to_owned).collect())
                    .collect()
            }
        }
    }

    /// Calls `visit` with each row after the first `skip` and its line number in the file
    /// (1-based; a spreadsheet row's number).
    pub fn for_each_row(&self, skip: usize, visit: impl FnMut(u64, &dyn RowRef)) {
        if let Some(part) = self.parts(1).pop() {
            self.for_each_row_of(&part, skip, visit);
        }
    }

    /// Splits the rows into up to `count` parts of similar size, for reading in parallel.
    /// CSV text is cut only at line ends outside quoted fields.
    pub fn parts(&self, count: usize) -> Vec<Part<'_>> {
        match &self.body {
            Body::Cells(cells) => vec![Part::Cells(cells)],
            Body::Text(text) => {
                let bytes = text.as_slice();
                let mut parts = Vec::new();
                let (mut start, mut first_line, mut quotes_before) = (0, 1u64, 0usize);
                for k in 1..count.max(1) {
                    let mut end = bytes.len() * k / count;
                    if end <= start {
                        continue;
                    }
                    // Move to a line end where an even number of quotes came before.
                    let mut quotes =
                        quotes_before + memchr::memchr_iter(b'"', &bytes[start..end]).count();
                    let cut = loop {
                        match memchr::memchr(b'\n', &bytes[end..]) {
                            None => break None,
                            Some(offset) => {
                                let newline = end + offset;
                                quotes += memchr::memchr_iter(b'"', &bytes[end..newline]).count();
                                end = newline + 1;
                                if quotes.is_multiple_of(2) {
                                    break Some(end);
                                }
                            }
                        }
                    };
                    let Some(cut) = cut else { break };
                    let lines = memchr::memchr_iter(b'\n', &bytes[start..cut]).count() as u64;
                    parts.push(Part::Text {
                        bytes: &bytes[start..cut],
                        first_line,
                    });
                    first_line += lines;
                    quotes_before = quotes;
                    start = cut;
                }
                parts.push(Part::Text {
                    bytes: &bytes[start..],
                    first_line,
                });
                parts
            }
        }
    }

    /// Like [`Source::for_each_row`] for one part; `skip` rows are skipped at its start.
    pub fn for_each_row_of(
        &self,
        part: &Part<'_>,
        skip: usize,
        visit: impl FnMut(u64, &dyn RowRef),
    ) {
        self.for_each_row_with(part, skip, &Progress::default(), visit);
    }

    /// Like [`Source::for_each_row_of`], advancing `progress` by the bytes (or rows) read and
    /// stopping early when it is cancelled: then `false`.
    pub fn for_each_row_with(
        &self,
        part: &Part<'_>,
        skip: usize,
        progress: &Progress,
        mut visit: impl FnMut(u64, &dyn RowRef),
    ) -> bool {
        // Progress is told, and cancelling looked at, every so many rows.
        const EVERY: usize = 4096;
        match part {
            Part::Cells(cells) => {
                for (index, row) in cells.iter().enumerate().skip(skip) {
                    if index % EVERY == 0 {
                        progress.advance(EVERY as u64);
                        if progress.is_cancelled() {
                            return false;
                        }
                    }
                    visit(index as u64 + 1, row);
                }
            }
            Part::Text { bytes, first_line } => {
                let mut reader = self.csv_reader(bytes);
                let mut record = csv::ByteRecord::new();
                let mut index = 0;
                let mut told = 0;
                loop {
                    let line = reader.position().line() + first_line - 1;
                    match reader.read_byte_record(&mut record) {
                        Ok(true) => {}
                        // Only I/O errors are possible on a flexible reader over memory.
                        Ok(false) | Err(_) => break,
                    }
                    if index >= skip && !record.iter().all(|c| c.is_empty()) {
                        visit(line, &record);
                    }
                    index += 1;
                    if index % EVERY == 0 {
                        let at = reader.position().byte();
                        progress.advance(at - told);
                        told = at;
                        if progress.is_cancelled() {
                            return false;
                        }
                    }
                }
                progress.advance(reader.position().byte().saturating_sub(told));
            }
        }
        true
    }

    /// How much [`Source::for_each_row_with`] advances a progress over the whole export.
    pub fn progress_total(&self) -> u64 {
        match &self.body {
            Body::Text(text) => text.len() as u64,
            Body::Cells(cells) => cells.len() as u64,
        }
    }

    fn csv_reader<'a>(&self, bytes: &'a [u8]) -> csv::Reader<&'a [u8]> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(self.delimiter().unwrap_or(b','))
            .from_reader(bytes)
    }
}

/// The first `length` bytes of UTF-8 text, or a little fewer: cut before a character.
fn head_of(text: &[u8], length: usize) -> &[u8] {
    let mut end = length.min(text.len());
    while end > 0 && end < text.len() && text[end] & 0xC0 == 0x80 {
        end -= 1;
    }
    &text[..end]
}

/// The text of a spreadsheet cell: whole numbers without `.0`, dates as ISO.
/// The most cells a sheet's used area may hold: a survey export is far below (a million
/// answers to 50 questions); a file beyond is refused, not read into memory.
const MAX_SHEET_CELLS: usize = 60_000_000;

/// The name of a workbook's first sheet, the one read.
fn first_sheet<R: std::io::Read + std::io::Seek, W: Reader<R>>(
    workbook: &W,
    file_name: &str,
) -> Result<String, SurveyError> {
    workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| SurveyError::NoSheet {
            file: file_name.to_owned(),
        })
}

/// The most a workbook's parts may unpack to, in bytes.
const MAX_UNPACKED_BYTES: u64 = 2_000_000_000;

/// What the parts of the zip at `path` say they unpack to, when it reads as a zip.
fn unpacked_size(path: &Path) -> Option<u64> {
    let file = std::fs::File::open(path).ok()?;
    let mut archive = zip::ZipArchive::new(file).ok()?;
    let mut total = 0u64;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).ok()?;
        total = total.saturating_add(entry.size());
    }
    Some(total)
}

/// A cell read one at a time, as text.
fn data_ref_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Empty => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Float(f) => cell_text(&Data::Float(*f)),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => cell_text(&Data::DateTime(*d)),
        DataRef::Error(e) => format!("#{e:?}"),
    }
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d
            .as_datetime()
            .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_else(|| d.to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// The delimiter that splits the first lines into the same number of fields most
/// consistently: `,` `;` tab or `|`.
pub fn detect_delimiter(text: &str) -> u8 {
    let head: String = text.chars().take(64 * 1024).collect();
    let mut best = (b',', 0usize);
    for delimiter in [b',', b';', b'\t', b'|'] {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(head.as_bytes());
        let widths: Vec<usize> = reader
            .byte_records()
            .take(30)
            .filter_map(Result::ok)
            .map(|r| r.len())
            .collect();
        let Some(&first) = widths.first() else {
            continue;
        };
        if first < 2 {
            continue;
        }
        // Rows that agree with the header's width, weighted by that width.
        let agreeing = widths.iter().filter(|&&w| w == first).count();
        let score = agreeing * 100 + first;
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(detect_delimiter("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(detect_delimiter("a,b,c\n1,\"2;5\",3\n"), b',');
        assert_eq!(detect_delimiter("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(detect_delimiter("a|b|c\n1|2|3\n"), b'|');
    }

    #[test]
    fn quoted_fields_keep_their_line_breaks_and_lines_are_counted() {
        let source = Source::from_bytes(
            "t.csv".into(),
            b"id,comment,nps\n1,\"two\nlines\",9\n2,ok,7\n".to_vec(),
        );
        // Cut anywhere, the parts give the same rows with the same lines.
        for count in 1..6 {
            let mut lines = Vec::new();
            for (i, part) in source.parts(count).iter().enumerate() {
                source
                    .for_each_row_of(part, if i == 0 { 1 } else { 0 }, |line, _| lines.push(line));
            }
            assert_eq!(lines, [2, 4], "{count} parts");
        }
        let mut seen = Vec::new();
        source.for_each_row(1, |line, row| {
            seen.push((
                line,
                String::from_utf8_lossy(row.cell(1).unwrap()).into_owned(),
            ));
        });
        assert_eq!(
            seen,
            vec![(2, "two\nlines".to_owned()), (4, "ok".to_owned())]
        );
    }
}
