//! `parcours export`: the options of the command line, read into [`ExportOptions`], with a
//! clear error for an unknown map, wave, segment, month, page size or scale.

use std::path::{Path, PathBuf};

use super::{ExportOptions, Format, PageSize, PdfLayout};
use crate::i18n::{Language, msg};
use crate::model::{MetricKind, Month, Project};

/// What `parcours export` is asked for.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ExportArgs {
    /// The format; by default the one the output file's extension names, else PDF.
    #[arg(long, value_parser = ["svg", "png", "pdf", "csv", "html"])]
    pub format: Option<String>,
    /// The map, by name or number (1 for the first); the first map by default.
    #[arg(long, value_name = "NAME|ID")]
    pub map: Option<String>,
    /// The file written; next to the project, named after it and the map, by default.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// PDF paper size: A4, A3, A2, A1, A0, Letter, Tabloid.
    #[arg(long, value_name = "SIZE", default_value = "A3")]
    pub page: String,
    /// PDF pages turned sideways (the default for one page and posters).
    #[arg(long, conflicts_with = "portrait")]
    pub landscape: bool,
    /// PDF pages upright (the default for booklets).
    #[arg(long)]
    pub portrait: bool,
    /// PDF margins, in millimetres.
    #[arg(long, value_name = "MM", default_value_t = 10.0)]
    pub margin: f32,
    /// PDF: the map tiled over several pages at --scale, to assemble on a wall.
    #[arg(long, conflicts_with = "booklet")]
    pub poster: bool,
    /// Poster print scale, "100%" or "1.5".
    #[arg(long, value_name = "SCALE", default_value = "100%")]
    pub scale: String,
    /// PDF: a cover, the whole map, then pages per stage with scores and verbatims.
    #[arg(long)]
    pub booklet: bool,
    /// PDF: the presentation, one landscape slide for the overview then one per stage.
    #[arg(long, conflicts_with_all = ["booklet", "poster"])]
    pub slides: bool,
    /// Slides: each stage's speaker notes beneath its slide.
    #[arg(long, requires = "slides")]
    pub notes: bool,
    /// Slides: the saved view played, by name; every lane and stage by default.
    #[arg(long, value_name = "NAME", requires = "slides")]
    pub view: Option<String>,
    /// PNG resolution in dots per inch (96 is 1×, 192 is 2×).
    #[arg(long, value_name = "DPI", default_value_t = 192.0)]
    pub dpi: f32,
    /// The survey wave shown, by name; the latest by default.
    #[arg(long, value_name = "NAME")]
    pub wave: Option<String>,
    /// Only this segment's answers.
    #[arg(long, value_name = "NAME")]
    pub segment: Option<String>,
    /// Answers from this month on (YYYY-MM).
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<String>,
    /// Answers up to this month (YYYY-MM).
    #[arg(long, value_name = "YYYY-MM")]
    pub to: Option<String>,
    /// Tint touchpoint cards by this metric: nps, csat or ces.
    #[arg(long, value_name = "METRIC", value_parser = ["nps", "csat", "ces"])]
    pub heat: Option<String>,
    /// Leave survey scores out.
    #[arg(long)]
    pub no_scores: bool,
    /// CSV delimiter: "," or ";" (then decimals take a comma).
    #[arg(long, value_name = "CHAR", default_value = ",")]
    pub delimiter: String,
}

/// An option of `parcours export` that does not fit the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgError {
    /// No map has this name or number.
    NoMap(String),
    /// No wave has this name.
    NoWave(String),
    /// The wave has no such segment.
    NoSegment(String),
    /// Not a month.
    BadMonth(String),
    /// Not a paper size.
    BadPage(String),
    /// Not a scale.
    BadScale(String),
    /// Not a delimiter.
    BadDelimiter(String),
    /// The map has no saved view of this name.
    NoView(String, Vec<String>),
}

impl ArgError {
    /// What is wrong and what is expected, in `language`.
    pub fn describe(&self, language: Language, project: &Project) -> String {
        let list = |names: Vec<&str>| names.join(", ");
        match self {
            ArgError::NoMap(name) => msg::export_arg_no_map(
                language,
                msg::ExportArgNoMap {
                    map: name.as_str(),
                    maps: list(project.maps.iter().map(|m| m.name.as_str()).collect()),
                },
            ),
            ArgError::NoWave(name) => msg::export_arg_no_wave(
                language,
                msg::ExportArgNoWave {
                    wave: name.as_str(),
                    waves: list(project.waves.iter().map(|w| w.name.as_str()).collect()),
                },
            ),
            ArgError::NoSegment(name) => msg::export_arg_no_segment(
                language,
                msg::ExportArgNoSegment {
                    segment: name.as_str(),
                    segments: list(
                        project
                            .waves
                            .iter()
                            .flat_map(|w| w.segments.iter().map(String::as_str))
                            .collect(),
                    ),
                },
            ),
            ArgError::BadMonth(text) => msg::export_arg_bad_month(
                language,
                msg::ExportArgBadMonth {
                    month: text.as_str(),
                },
            ),
            ArgError::BadPage(text) => msg::export_arg_bad_page(
                language,
                msg::ExportArgBadPage {
                    page: text.as_str(),
                    pages: list(PageSize::ALL.iter().map(|p| p.name()).collect()),
                },
            ),
            ArgError::BadScale(text) => msg::export_arg_bad_scale(
                language,
                msg::ExportArgBadScale {
                    scale: text.as_str(),
                },
            ),
            ArgError::NoView(name, views) => msg::export_no_view(
                language,
                msg::ExportNoView {
                    name: name.as_str(),
                    views: views.join(", "),
                },
            ),
            ArgError::BadDelimiter(text) => msg::export_arg_bad_delimiter(
                language,
                msg::ExportArgBadDelimiter {
                    delimiter: text.as_str(),
                },
            ),
        }
    }
}

fn month(text: &Option<String>) -> Result<Option<Month>, ArgError> {
    let Some(text) = text else {
        return Ok(None);
    };
    let parsed = text.split_once('-').and_then(|(year, month)| {
        let year: i32 = year.parse().ok()?;
        let month: u32 = month.parse().ok()?;
        (1..=12).contains(&month).then(|| Month::new(year, month))
    });
    parsed
        .map(Some)
        .ok_or_else(|| ArgError::BadMonth(text.clone()))
}

/// A print scale: "100%", "150 %" or "1.5".
pub fn parse_scale(text: &str) -> Option<f32> {
    let trimmed = text.trim();
    let value = match trimmed.strip_suffix('%') {
        Some(percent) => percent.trim().replace(',', ".").parse::<f32>().ok()? / 100.0,
        None => trimmed.replace(',', ".").parse::<f32>().ok()?,
    };
    (value.is_finite() && (0.05..=20.0).contains(&value)).then_some(value)
}

/// The file an export writes by default: beside the project, "PROJECT - MAP.EXT".
pub fn default_out(project_file: &Path, map_name: &str, format: Format) -> PathBuf {
    let stem = project_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Characters a file name cannot hold on some system are left out.
    let map: String = map_name
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .collect();
    let name = format!("{stem} - {}.{}", map.trim(), format.extension());
    project_file.with_file_name(name)
}

impl ExportArgs {
    /// The export these options ask for, for `project` read from `project_file`.
    pub fn options(
        &self,
        project: &Project,
        project_file: &Path,
        language: Language,
        date: String,
    ) -> Result<(ExportOptions, PathBuf), ArgError> {
        let map = match &self.map {
            None => project.maps.first(),
            Some(wanted) => project
                .maps
                .iter()
                .find(|m| m.name.eq_ignore_ascii_case(wanted.trim()))
                .or_else(|| {
                    let number: usize = wanted.trim().parse().ok()?;
                    project.maps.get(number.checked_sub(1)?)
                }),
        }
        .ok_or_else(|| ArgError::NoMap(self.map.clone().unwrap_or_default()))?;
        let wave = match &self.wave {
            None => None,
            Some(name) => Some(
                project
                    .waves
                    .iter()
                    .find(|w| w.name.eq_ignore_ascii_case(name.trim()))
                    .ok_or_else(|| ArgError::NoWave(name.clone()))?,
            ),
        };
        let shown_wave = wave.or_else(|| project.waves.last());
        let segment = match &self.segment {
            None => None,
            Some(name) => {
                let found = shown_wave.and_then(|w| {
                    w.segments
                        .iter()
                        .find(|s| s.eq_ignore_ascii_case(name.trim()))
                });
                Some(
                    found
                        .cloned()
                        .ok_or_else(|| ArgError::NoSegment(name.clone()))?,
                )
            }
        };
        let size =
            PageSize::from_name(&self.page).ok_or_else(|| ArgError::BadPage(self.page.clone()))?;
        let scale =
            parse_scale(&self.scale).ok_or_else(|| ArgError::BadScale(self.scale.clone()))?;
        let delimiter = match self.delimiter.as_str() {
            "," => b',',
            ";" => b';',
            other => return Err(ArgError::BadDelimiter(other.to_owned())),
        };
        let format = match &self.format {
            Some(name) => Format::from_extension(name),
            None => self
                .out
                .as_ref()
                .and_then(|p| p.extension())
                .and_then(|e| Format::from_extension(&e.to_string_lossy())),
        }
        .unwrap_or(Format::Pdf);
        let mut options = ExportOptions::new(map.id, language, date);
        options.format = format;
        options.page.size = size;
        options.page.landscape = if self.booklet {
            self.landscape
        } else {
            !self.portrait
        };
        options.page.margin_mm = self.margin.clamp(0.0, 100.0);
        options.pdf = if self.booklet {
            PdfLayout::Booklet
        } else if self.poster {
            PdfLayout::Poster { scale }
        } else if self.slides {
            PdfLayout::Slides { notes: self.notes }
        } else {
            PdfLayout::OnePage
        };
        options.view = match &self.view {
            None => None,
            Some(name) => Some(
                map.views
                    .iter()
                    .position(|v| v.name.eq_ignore_ascii_case(name.trim()))
                    .ok_or_else(|| {
                        ArgError::NoView(
                            name.clone(),
                            map.views.iter().map(|v| v.name.clone()).collect(),
                        )
                    })?,
            ),
        };
        options.png_scale = (self.dpi / 96.0).clamp(0.1, 20.0);
        options.scores = !self.no_scores;
        options.wave = wave.map(|w| w.id);
        options.filter.segment = segment;
        options.filter.from = month(&self.from)?;
        options.filter.to = month(&self.to)?;
        options.heat = match self.heat.as_deref() {
            Some("nps") => Some(MetricKind::Nps),
            Some("csat") => Some(MetricKind::Csat),
            Some("ces") => Some(MetricKind::Ces),
            _ => None,
        };
        options.csv_delimiter = delimiter;
        let out = self
            .out
            .clone()
            .unwrap_or_else(|| default_out(project_file, &map.name, format));
        Ok((options, out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_read_as_percent_or_factor() {
        assert_eq!(parse_scale("100%"), Some(1.0));
        assert_eq!(parse_scale("150 %"), Some(1.5));
        assert_eq!(parse_scale("0.5"), Some(0.5));
        assert_eq!(parse_scale("0"), None);
        assert_eq!(parse_scale("big"), None);
    }
}
