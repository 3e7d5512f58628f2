//! File → Export…: the format, the map, the page options, a live preview of the first page
//! and where the file goes. The export itself runs as background work, started by the app.

use std::path::{Path, PathBuf};

use egui::{ColorImage, Context, Id, Modal, RichText, TextureHandle, TextureOptions, Ui};

use super::choice::choice_combo;
use super::command::Command;
use super::frame::{FrameCtx, Outbox};
use crate::export::{
    ExportError, ExportOptions, Format, PageSize, PdfLayout, PreviewImage, command::default_out,
    preview,
};
use crate::i18n::{Text, format, msg};
use crate::jobs::Job;
use crate::model::Project;

/// The longest side of the preview, in points.
const PREVIEW_SIDE: f32 = 300.0;

/// The export dialog's state.
pub struct ExportDialog {
    /// What is to be exported.
    pub options: ExportOptions,
    /// Where it goes.
    pub destination: Option<PathBuf>,
    /// The options the preview shows (or is being drawn for).
    preview_of: Option<ExportOptions>,
    /// The preview being drawn.
    preview_job: Option<Job<Result<Option<PreviewImage>, ExportError>>>,
    /// The preview drawn: a picture, nothing (CSV), or why it could not be drawn.
    preview: Option<Result<Option<TextureHandle>, String>>,
}

impl ExportDialog {
    /// The dialog on `options`, the file going to `destination`.
    pub fn new(options: ExportOptions, destination: Option<PathBuf>) -> Self {
        Self {
            options,
            destination,
            preview_of: None,
            preview_job: None,
            preview: None,
        }
    }

    /// Gives `path` the extension of the chosen format.
    pub fn set_destination(&mut self, path: &Path) {
        self.destination = Some(path.with_extension(self.options.format.extension()));
    }

    /// Whether the dialog is still drawing its preview (for tests).
    pub fn is_drawing(&self) -> bool {
        self.preview_job.is_some()
    }

    /// Draws the preview again on a worker thread when the options changed; takes it when
    /// it is done.
    fn update_preview(&mut self, ctx: &Context, project: &Project) {
        if let Some(job) = &self.preview_job
            && let Ok(Some(result)) = job.try_take()
        {
            self.preview = Some(match result {
                Ok(Some(image)) => {
                    let size = [image.width as usize, image.height as usize];
                    let color = ColorImage::from_rgba_premultiplied(size, &image.rgba);
                    Ok(Some(ctx.load_texture(
                        "export_preview",
                        color,
                        TextureOptions::LINEAR,
                    )))
                }
                Ok(None) => Ok(None),
                Err(error) => Err(error.to_string()),
            });
            self.preview_job = None;
        }
        if self.preview_job.is_none() && self.preview_of.as_ref() != Some(&self.options) {
            let options = self.options.clone();
            self.preview_of = Some(options.clone());
            let project = project.clone();
            let wake = ctx.clone();
            let side = (PREVIEW_SIDE * ctx.pixels_per_point()) as u32;
            self.preview_job = Some(Job::spawn(
                0,
                move |_| preview(&project, &options, side),
                move || wake.request_repaint(),
            ));
        }
    }
}

fn format_name(format: Format) -> Text {
    match format {
        Format::Pdf => Text::ExportFormatPdf,
        Format::Png => Text::ExportFormatPng,
        Format::Svg => Text::ExportFormatSvg,
        Format::Csv => Text::ExportFormatCsv,
        Format::Html => Text::ExportFormatHtml,
    }
}

/// The options of the chosen format.
fn format_options(ui: &mut Ui, frame: &FrameCtx<'_>, options: &mut ExportOptions) {
    let t = |text: Text| frame.t(text);
    match options.format {
        Format::Pdf => {
            ui.label(t(Text::ExportLayout));
            ui.horizontal(|ui| {
                let poster = matches!(options.pdf, PdfLayout::Poster { .. });
                if ui
                    .selectable_label(options.pdf == PdfLayout::OnePage, t(Text::ExportOnePage))
                    .clicked()
                {
                    options.pdf = PdfLayout::OnePage;
                }
                if ui.selectable_label(poster, t(Text::ExportPoster)).clicked() && !poster {
                    options.pdf = PdfLayout::Poster { scale: 1.0 };
                }
                if ui
                    .selectable_label(options.pdf == PdfLayout::Booklet, t(Text::ExportBooklet))
                    .clicked()
                {
                    options.pdf = PdfLayout::Booklet;
                }
                let slides = matches!(options.pdf, PdfLayout::Slides { .. });
                if ui.selectable_label(slides, t(Text::PdfSlides)).clicked() && !slides {
                    options.pdf = PdfLayout::Slides { notes: false };
                }
            });
            ui.end_row();
            if let PdfLayout::Slides { notes } = &mut options.pdf {
                // Slides are the size of the screen they are shown on: no paper, no margins.
                ui.label("");
                ui.checkbox(notes, t(Text::SlidesNotes));
                ui.end_row();
                let views = frame
                    .project()
                    .map(options.map)
                    .map(|m| m.views.iter().map(|v| v.name.clone()).collect::<Vec<_>>())
                    .unwrap_or_default();
                if !views.is_empty() {
                    let label = ui.label(t(Text::SlidesView)).id;
                    let mut choices = vec![None];
                    choices.extend((0..views.len()).map(Some));
                    let everything = t(Text::Everything).to_owned();
                    choice_combo(
                        ui,
                        "export_view",
                        label,
                        &mut options.view,
                        choices,
                        |v| {
                            v.and_then(|i| views.get(i).cloned())
                                .unwrap_or(everything.clone())
                        },
                        None,
                    );
                    ui.end_row();
                }
                return;
            }
            let label = ui.label(t(Text::ExportPaper)).id;
            ui.horizontal(|ui| {
                choice_combo(
                    ui,
                    "export_paper",
                    label,
                    &mut options.page.size,
                    PageSize::ALL,
                    |s| s.name().to_owned(),
                    None,
                );
                ui.checkbox(&mut options.page.landscape, t(Text::ExportLandscape));
            });
            ui.end_row();
            let label = ui.label(t(Text::ExportMargins)).id;
            ui.add(
                egui::DragValue::new(&mut options.page.margin_mm)
                    .range(0.0..=50.0)
                    .speed(0.5)
                    .fixed_decimals(0)
                    .suffix(" mm"),
            )
            .labelled_by(label);
            ui.end_row();
            if let PdfLayout::Poster { scale } = &mut options.pdf {
                let label = ui.label(t(Text::ExportPosterScale)).id;
                let mut percent = *scale * 100.0;
                ui.add(egui::Slider::new(&mut percent, 25.0..=400.0).suffix(" %"))
                    .labelled_by(label);
                *scale = (percent / 100.0).clamp(0.05, 20.0);
                ui.end_row();
            }
        }
        Format::Png => {
            ui.label(t(Text::ExportResolution));
            ui.horizontal(|ui| {
                for (scale, dpi) in [(1.0, 96), (2.0, 192), (300.0 / 96.0, 300)] {
                    let label = msg::export_dpi(frame.language, msg::ExportDpi { dpi });
                    let chosen = (options.png_scale - scale).abs() < 0.01;
                    if ui.selectable_label(chosen, label).clicked() {
                        options.png_scale = scale;
                    }
                }
            });
            ui.end_row();
        }
        Format::Csv => {
            ui.label(t(Text::ExportDelimiter));
            ui.horizontal(|ui| {
                ui.radio_value(&mut options.csv_delimiter, b',', t(Text::ExportComma));
                ui.radio_value(&mut options.csv_delimiter, b';', t(Text::ExportSemicolon));
            });
            ui.end_row();
        }
        Format::Svg | Format::Html => {}
    }
}

/// The export dialog; `open` turns false when it closes.
pub(super) fn export_dialog_ui(
    ctx: &Context,
    frame: &FrameCtx<'_>,
    dialog: &mut ExportDialog,
    open: &mut bool,
    out: &mut Outbox,
) {
    let t = |text: Text| frame.t(text);
    dialog.update_preview(ctx, frame.project());
    let project = frame.project();
    let before = dialog.options.format;
    let response = Modal::new(Id::unique("export_dialog")).show(ctx, |ui| {
        ui.set_width(680.0);
        ui.heading(t(Text::ExportTitle));
        ui.add_space(6.0);
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(340.0);
                egui::Grid::new("export_options")
                    .num_columns(2)
                    .spacing([10.0, 8.0])
                    .show(ui, |ui| {
                        let options = &mut dialog.options;
                        let label = ui.label(t(Text::ExportFormat)).id;
                        choice_combo(
                            ui,
                            "export_format",
                            label,
                            &mut options.format,
                            Format::ALL,
                            |f| t(format_name(*f)).to_owned(),
                            None,
                        );
                        ui.end_row();
                        let label = ui.label(t(Text::MapDetails)).id;
                        let name = |id: &crate::model::MapId| {
                            project
                                .map(*id)
                                .map_or_else(String::new, |m| m.name.clone())
                        };
                        choice_combo(
                            ui,
                            "export_map",
                            label,
                            &mut options.map,
                            project.maps.iter().map(|m| m.id),
                            name,
                            Some(220.0),
                        );
                        ui.end_row();
                        format_options(ui, frame, options);
                        ui.label(t(Text::Survey));
                        let wave = options
                            .wave
                            .and_then(|id| project.wave(id))
                            .or_else(|| project.waves.last());
                        match wave {
                            Some(wave) => {
                                ui.vertical(|ui| {
                                    ui.checkbox(&mut options.scores, t(Text::ExportScores));
                                    let caption = crate::scene::survey_caption(
                                        wave,
                                        &options.filter,
                                        frame.language,
                                    );
                                    ui.label(RichText::new(caption).weak().small());
                                });
                            }
                            None => {
                                ui.label(RichText::new(t(Text::NoSurveyAttached)).weak());
                            }
                        }
                        ui.end_row();
                    });
                ui.add_space(10.0);
                ui.label(t(Text::ExportDestination));
                ui.horizontal(|ui| {
                    let shown = dialog.destination.as_ref().map_or_else(
                        || t(Text::ExportNoDestination).to_owned(),
                        |p| p.display().to_string(),
                    );
                    ui.add(egui::Label::new(RichText::new(shown).monospace()).truncate());
                });
                if ui.button(t(Text::ExportChooseFile)).clicked() {
                    out.command(Command::ChooseExportFile);
                }
            });
            ui.add_space(16.0);
            ui.vertical(|ui| {
                ui.set_width(PREVIEW_SIDE);
                ui.label(RichText::new(t(Text::ExportPreview)).weak());
                match &dialog.preview {
                    Some(Ok(Some(texture))) => {
                        let size = texture.size_vec2() / ctx.pixels_per_point();
                        ui.add(
                            egui::Image::new(texture)
                                .fit_to_exact_size(size)
                                .bg_fill(egui::Color32::WHITE),
                        );
                    }
                    Some(Ok(None)) => {
                        let rows = project.map(dialog.options.map).map_or(0, |m| m.cards.len());
                        ui.label(msg::export_csv_preview(
                            frame.language,
                            msg::ExportCsvPreview {
                                rows: format::count(frame.language, rows as u64),
                            },
                        ));
                    }
                    Some(Err(error)) => {
                        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                    }
                    // Being drawn: it shows in a moment (no spinner, which would draw
                    // frames meanwhile).
                    None => {
                        ui.allocate_space(egui::vec2(PREVIEW_SIDE, PREVIEW_SIDE * 0.7));
                    }
                }
            });
        });
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let ready = dialog.destination.is_some();
            if ui
                .add_enabled(ready, egui::Button::new(t(Text::ExportButton)))
                .clicked()
            {
                out.command(Command::RunExport);
            }
            if ui.button(t(Text::Cancel)).clicked() {
                *open = false;
            }
        });
    });
    // A new format: the file's extension follows it.
    if dialog.options.format != before
        && let Some(path) = dialog.destination.clone()
    {
        dialog.set_destination(&path);
    }
    if response.should_close() {
        *open = false;
    }
}

/// Where an export goes by default: beside the project, named after it and the map.
pub fn default_destination(
    project_file: Option<&Path>,
    map: &str,
    format: Format,
) -> Option<PathBuf> {
    project_file.map(|file| default_out(file, map, format))
}
