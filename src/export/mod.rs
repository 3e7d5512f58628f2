//! Exports: a map leaves the app as SVG, PNG, PDF (one page, a poster over several pages, a
//! booklet), CSV or a self-contained HTML viewer. Every drawing comes from the scene, drawn
//! without the editor's marks, under a title block and above a legend. No egui here.

mod booklet;
pub mod command;
mod csv;
mod html;
mod page;
mod pdf;
mod pdf_scene;
mod preview;
pub mod render;
mod slides;
pub mod svg;

pub use page::{PageSetup, PageSize};
pub use preview::{PreviewImage, preview};

use crate::i18n::{Language, Text, format, msg};
use crate::layout::MapLayout;
use crate::metrics::{CardScores, Filter};
use crate::model::{JourneyMap, MapId, MetricKind, Project, Wave, WaveId};
use crate::scene::{Scene, SceneInput, ScoreView, SheetInfo, build_scene, sheet_scene};

/// What a map is exported as.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Format {
    /// A vector image with real text.
    Svg,
    /// An image.
    Png,
    /// A PDF document.
    #[default]
    Pdf,
    /// A table of the cards and their figures.
    Csv,
    /// One web page that shows the project's maps without Parcours.
    Html,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Format; 5] = [
        Format::Pdf,
        Format::Png,
        Format::Svg,
        Format::Csv,
        Format::Html,
    ];

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    /// The format a file name's extension names.
    pub fn from_extension(extension: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(extension))
    }
}

/// How a PDF lays the map out.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum PdfLayout {
    /// The whole map fitted on one page.
    #[default]
    OnePage,
    /// The map at `scale` (1.0 = 100 %, a map unit a CSS pixel), tiled over pages to
    /// assemble on a wall.
    Poster {
        /// The print scale.
        scale: f32,
    },
    /// A cover, the whole map, then a page per stage with its cards, scores and verbatims.
    Booklet,
    /// The presentation: one landscape slide per step of the view (the overview, then each
    /// stage), with the speaker notes beneath each slide when `notes`.
    Slides {
        /// Whether each slide has its stage's notes beneath it.
        notes: bool,
    },
}

/// Everything an export is made from besides the project.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportOptions {
    /// The format.
    pub format: Format,
    /// The map (the HTML viewer holds every map, this one shown first).
    pub map: MapId,
    /// Page size, orientation and margins (PDF).
    pub page: PageSetup,
    /// One page, poster or booklet (PDF).
    pub pdf: PdfLayout,
    /// Pixels per map unit (PNG): 1 for 96 DPI, 2 for a screen's "2×".
    pub png_scale: f32,
    /// Whether survey scores are shown.
    pub scores: bool,
    /// The wave whose figures are shown; the latest when `None`.
    pub wave: Option<WaveId>,
    /// Segment and period of the figures.
    pub filter: Filter,
    /// The heat-map metric.
    pub heat: Option<MetricKind>,
    /// Metrics left off the badges, by [`MetricKind`] index.
    pub hidden_badges: [bool; 3],
    /// The language of captions, legend and headings.
    pub language: Language,
    /// The CSV's delimiter: `,`, or `;` (then decimals take a comma, as Excel expects).
    pub csv_delimiter: u8,
    /// The date written in the title block, `YYYY-MM-DD`.
    pub date: String,
    /// The saved view slides play, by index in the map's views (everything when `None`).
    #[serde(default)]
    pub view: Option<usize>,
}

impl ExportOptions {
    /// Options for `map` in `language`: a PDF of one A3 landscape page, with scores.
    pub fn new(map: MapId, language: Language, date: String) -> Self {
        Self {
            format: Format::Pdf,
            map,
            page: PageSetup::default(),
            pdf: PdfLayout::OnePage,
            png_scale: 2.0,
            scores: true,
            wave: None,
            filter: Filter::default(),
            heat: None,
            hidden_badges: [false; 3],
            language,
            csv_delimiter: b',',
            date,
            view: None,
        }
    }
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.describe(Language::En))]
pub enum ExportError {
    /// The map is not in the project.
    NoMap(String),
    /// The wave is not in the project.
    NoWave(String),
    /// The image would be too large to draw.
    ImageTooLarge {
        /// Its width.
        width: u64,
        /// Its height.
        height: u64,
    },
    /// The poster would take too many pages.
    PosterTooLarge {
        /// Pages across.
        columns: usize,
        /// Pages down.
        rows: usize,
    },
    /// Drawing or writing failed.
    Render(String),
    /// The export was cancelled.
    Cancelled,
}

impl ExportError {
    /// What went wrong, in `language`.
    pub fn describe(&self, language: Language) -> String {
        match self {
            ExportError::NoMap(map) => {
                msg::export_error_no_map(language, msg::ExportErrorNoMap { map: map.as_str() })
            }
            ExportError::NoWave(wave) => msg::export_error_no_wave(
                language,
                msg::ExportErrorNoWave {
                    wave: wave.as_str(),
                },
            ),
            ExportError::ImageTooLarge { width, height } => msg::export_error_image_too_large(
                language,
                msg::ExportErrorImageTooLarge {
                    width: format::count(language, *width),
                    height: format::count(language, *height),
                },
            ),
            ExportError::PosterTooLarge { columns, rows } => msg::export_error_poster_too_large(
                language,
                msg::ExportErrorPosterTooLarge {
                    columns: *columns,
                    rows: *rows,
                },
            ),
            ExportError::Render(reason) => msg::export_error_render(
                language,
                msg::ExportErrorRender {
                    reason: reason.as_str(),
                },
            ),
            ExportError::Cancelled => Text::ExportCancelled.get(language).to_owned(),
        }
    }
}

/// A map ready to be exported: its drawing and what it was drawn from.
pub struct Prepared<'p> {
    /// The project.
    pub project: &'p Project,
    /// The map.
    pub map: &'p JourneyMap,
    /// The wave shown, when scores are.
    pub wave: Option<&'p Wave>,
    /// Its figures under the filter.
    pub scores: CardScores,
    /// The map's layout, without editor space.
    pub layout: MapLayout,
    /// The map alone.
    pub map_scene: Scene,
    /// The map under its title block and above its legend.
    pub sheet: Scene,
}

/// The wave an export shows: the one asked for, else the latest; none without scores.
pub(super) fn wave_of<'p>(project: &'p Project, options: &ExportOptions) -> Option<&'p Wave> {
    if !options.scores {
        return None;
    }
    match options.wave {
        Some(id) => project.wave(id),
        None => project.waves.last(),
    }
}

/// Draws the map of `options` as it leaves the app.
pub fn prepare<'p>(
    project: &'p Project,
    options: &ExportOptions,
    map: &'p JourneyMap,
) -> Prepared<'p> {
    let wave = wave_of(project, options);
    let scores = CardScores::of(wave, &options.filter);
    let layout = MapLayout::with_options(map, wave.is_some(), false);
    let persona = map
        .persona
        .and_then(|id| project.persona(id))
        .map(|p| p.name.as_str());
    let view = ScoreView {
        hidden_badges: options.hidden_badges,
        heat: options.heat.filter(|_| wave.is_some()),
        any_wave: wave.is_some(),
    };
    let map_scene = build_scene(&SceneInput {
        map,
        layout: &layout,
        persona,
        scores: &scores,
        view,
        language: options.language,
        editor: false,
        full_titles: false,
        last_vote: true,
    });
    let info = SheetInfo {
        project: &project.info.title,
        client: &project.info.client,
        map,
        persona,
        date: options.date.clone(),
        survey: wave.map(|w| crate::scene::survey_caption(w, &options.filter, options.language)),
        heat: view.heat,
        scales: scores.scales,
        language: options.language,
    };
    let sheet = sheet_scene(&map_scene, &info);
    Prepared {
        project,
        map,
        wave,
        scores,
        layout,
        map_scene,
        sheet,
    }
}

/// The title of an exported map: "Project — Map".
pub fn title_of(project: &Project, map: &JourneyMap) -> String {
    if project.info.title.is_empty() {
        map.name.clone()
    } else {
        format!("{} — {}", project.info.title, map.name)
    }
}

/// Makes the export of `options`; `progress` hears how far it is (0 … 1) and returns
/// `false` to cancel.
pub fn export(
    project: &Project,
    options: &ExportOptions,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Result<Vec<u8>, ExportError> {
    let map = project
        .map(options.map)
        .ok_or_else(|| ExportError::NoMap(options.map.0.to_string()))?;
    if let Some(id) = options.wave
        && project.wave(id).is_none()
    {
        return Err(ExportError::NoWave(id.0.to_string()));
    }
    if !progress(0.05) {
        return Err(ExportError::Cancelled);
    }
    let title = title_of(project, map);
    match options.format {
        Format::Csv => Ok(csv::cards_csv(project, options)),
        Format::Html => html::viewer(project, options, progress),
        Format::Svg => {
            let prepared = prepare(project, options, map);
            Ok(svg::scene_svg(&prepared.sheet, &title, svg::SvgFlavour::File).into_bytes())
        }
        Format::Png => {
            let prepared = prepare(project, options, map);
            if !progress(0.3) {
                return Err(ExportError::Cancelled);
            }
            let svg = svg::scene_svg(&prepared.sheet, &title, svg::SvgFlavour::Render);
            let tree = render::parse(&svg)?;
            if !progress(0.5) {
                return Err(ExportError::Cancelled);
            }
            render::png(&tree, options.png_scale)
        }
        Format::Pdf => {
            let prepared = prepare(project, options, map);
            if !progress(0.2) {
                return Err(ExportError::Cancelled);
            }
            match options.pdf {
                PdfLayout::OnePage => pdf::one_page(&prepared, options, &title),
                PdfLayout::Poster { scale } => pdf::poster(&prepared, options, &title, scale),
                PdfLayout::Booklet => booklet::booklet(&prepared, options, &title, progress),
                PdfLayout::Slides { notes } => {
                    slides::slides(project, options, map, notes, &title, progress)
                }
            }
        }
    }
}

/// The verbatims an export quotes for a touchpoint: those the user chose, else the first
/// `max` of the wave under the filter.
pub fn quotes_of(
    card: &crate::model::Card,
    wave: Option<&Wave>,
    filter: &Filter,
    max: usize,
) -> Vec<String> {
    if let crate::model::CardContent::Touchpoint(t) = &card.content
        && !t.quotes.is_empty()
    {
        return t.quotes.clone();
    }
    let Some(wave) = wave else {
        return Vec::new();
    };
    crate::metrics::find_verbatims(wave, card.id, filter, "")
        .matching
        .iter()
        .take(max)
        .filter_map(|i| wave.verbatims.get(*i))
        .map(|v| v.text.clone())
        .collect()
}
