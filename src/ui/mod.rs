//! The window: everything egui lives here. The UI reads the project and emits
//! [`command::Action`]s, applied by the app after each frame.

mod app;
mod canvas;
mod choice;
pub mod command;
mod dialogs;
pub mod export_dialog;
mod file_dialog;
mod frame;
mod grid_item;
mod inspector;
mod memo;
mod menu;
mod navigator;
pub mod present;
mod selection;
mod shortcut_text;
mod status_bar;
mod style;
mod survey;
mod view_transform;
mod views_section;
mod workshop;

pub use app::ParcoursApp;
pub use command::Command;
pub use selection::Selection;
pub use view_transform::ViewTransform;

use std::path::PathBuf;

use crate::i18n::Language;

/// Opens the main window on `file`, or on the example project when there is none, in
/// `language` (else the one the user chose last, else the system's).
pub fn run(file: Option<PathBuf>, language: Option<Language>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Parcours")
            .with_inner_size([1280.0, 720.0])
            .with_maximized(true)
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Parcours",
        options,
        Box::new(move |cc| Ok(Box::new(ParcoursApp::new(&cc.egui_ctx, file, language)))),
    )
}
