//! Choosing a file: the desktop's own dialog, run on a worker thread so that the window keeps
//! drawing, or, where the desktop has none (no xdg-desktop-portal with a file chooser, no
//! zenity), Parcours's own dialog, saying so the first time. Never a click that does nothing.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use egui::Context;

use crate::i18n::{Language, Text};
use crate::model::PersonaId;

/// What a chosen file is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    /// A project to open.
    Open,
    /// Where to save the project.
    SaveAs,
    /// A survey export to import.
    ImportSurvey,
    /// A persona's photo.
    PersonaPhoto(PersonaId),
    /// Where an export goes.
    ExportTo(crate::export::Format),
}

/// A file to ask the user for.
pub struct FileRequest {
    /// What it is for.
    pub purpose: FilePurpose,
    /// The dialog's title.
    pub title: String,
    /// The filter's name and its extensions.
    pub filter: (String, Vec<&'static str>),
    /// A file name to propose (saving).
    pub file_name: Option<String>,
    /// The folder to start in.
    pub folder: Option<PathBuf>,
}

impl FileRequest {
    fn saves(&self) -> bool {
        matches!(self.purpose, FilePurpose::SaveAs | FilePurpose::ExportTo(_))
    }
}

/// The file dialog under way, if any.
pub struct FileDialogs {
    native: bool,
    waiting: Option<(FilePurpose, Receiver<Option<PathBuf>>)>,
    own: Option<(FilePurpose, egui_file::FileDialog)>,
    told: bool,
    /// The folder Parcours's own dialog starts in when the request names none.
    default_folder: Option<PathBuf>,
}

impl Default for FileDialogs {
    fn default() -> Self {
        Self {
            native: native_dialogs_available(),
            waiting: None,
            own: None,
            told: false,
            default_folder: None,
        }
    }
}

impl FileDialogs {
    /// Parcours's own dialog only, starting in `folder` (tests, and desktops known to have
    /// no dialog).
    pub fn own_only(folder: Option<PathBuf>) -> Self {
        Self {
            native: false,
            default_folder: folder,
            ..Self::default()
        }
    }

    /// Whether a dialog is on screen or awaited: the keys belong to it.
    pub fn is_open(&self) -> bool {
        self.waiting.is_some() || self.own.is_some()
    }

    /// Asks for a file; the answer comes from [`FileDialogs::ui`] in a later frame. A second
    /// request while one is open is ignored.
    pub fn request(&mut self, ctx: &Context, request: FileRequest, language: Language) {
        if self.is_open() {
            return;
        }
        if self.native {
            self.waiting = Some((request.purpose, native_dialog(ctx, request)));
            return;
        }
        let t = |text: Text| text.get(language);
        let title = if self.told {
            request.title.clone()
        } else {
            self.told = true;
            format!("{} — {}", request.title, t(Text::OwnFileDialog))
        };
        let folder = request
            .folder
            .clone()
            .or_else(|| self.default_folder.clone())
            .or_else(home_folder)
            .unwrap_or_else(|| PathBuf::from("."));
        let extensions = request.filter.1.clone();
        let shown = Box::new(move |path: &Path| {
            path.is_dir()
                || path
                    .extension()
                    .map(|e| e.to_string_lossy().to_lowercase())
                    .is_some_and(|e| extensions.contains(&e.as_str()))
        });
        let dialog = if request.saves() {
            egui_file::FileDialog::save_file()
        } else {
            egui_file::FileDialog::open_file()
        };
        let mut dialog = dialog
            .title(&title)
            .initial_path(folder)
            .show_files_filter(shown)
            .open_button_text(t(Text::FileDialogOpen).into())
            .save_button_text(t(Text::FileDialogSave).into())
            .cancel_button_text(t(Text::FileDialogCancel).into())
            .file_label_text(t(Text::FileDialogFile).into())
            .new_folder_button_text(t(Text::FileDialogNewFolder).into())
            .show_hidden_checkbox_text(t(Text::FileDialogShowHidden).into())
            .show_rename(false)
            .show_new_folder(request.saves())
            .default_size([760.0, 440.0])
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0]);
        if let Some(name) = &request.file_name {
            dialog = dialog.default_filename(name);
        }
        dialog.open();
        self.own = Some((request.purpose, dialog));
    }

    /// Shows Parcours's own dialog if it is open, and returns the file chosen, once, when
    /// there is one. A cancelled dialog just closes.
    pub fn ui(&mut self, ctx: &Context) -> Option<(FilePurpose, PathBuf)> {
        if let Some((purpose, receiver)) = &self.waiting {
            let purpose = *purpose;
            match receiver.try_recv() {
                Ok(chosen) => {
                    self.waiting = None;
                    return chosen.map(|path| (purpose, path));
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.waiting = None,
            }
        }
        let (purpose, dialog) = self.own.as_mut()?;
        let purpose = *purpose;
        dialog.show(ctx);
        match dialog.state() {
            egui_file::State::Open => None,
            egui_file::State::Selected => {
                let chosen = dialog.path().map(Path::to_owned);
                self.own = None;
                chosen.map(|path| (purpose, with_extension(path, purpose)))
            }
            egui_file::State::Cancelled | egui_file::State::Closed => {
                self.own = None;
                None
            }
        }
    }
}

/// A project saved as "plan" is "plan.ron".
fn with_extension(path: PathBuf, purpose: FilePurpose) -> PathBuf {
    if purpose == FilePurpose::SaveAs && path.extension().is_none() {
        path.with_extension("ron")
    } else {
        path
    }
}

/// Runs the desktop's dialog on a worker thread; the answer arrives on the channel, and the
/// window is asked to draw again when it does.
fn native_dialog(ctx: &Context, request: FileRequest) -> Receiver<Option<PathBuf>> {
    let (sender, receiver) = channel();
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let mut dialog = rfd::AsyncFileDialog::new()
            .set_title(&request.title)
            .add_filter(&request.filter.0, &request.filter.1);
        if let Some(folder) = &request.folder {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = &request.file_name {
            dialog = dialog.set_file_name(name);
        }
        let chosen = if request.saves() {
            pollster::block_on(dialog.save_file())
        } else {
            pollster::block_on(dialog.pick_file())
        };
        let path = chosen.map(|handle| handle.path().to_owned());
        // The window may be gone; then nobody is waiting.
        let _ = sender.send(path.map(|p| with_extension(p, request.purpose)));
        ctx.request_repaint();
    });
    receiver
}

fn home_folder() -> Option<PathBuf> {
    directories::UserDirs::new().map(|dirs| dirs.home_dir().to_owned())
}

/// Whether the desktop can show a file dialog. On Linux that takes zenity, or an
/// xdg-desktop-portal on the session bus with a file chooser behind it; elsewhere the
/// system always has one. `PARCOURS_FILE_DIALOG=own` asks for Parcours's own.
fn native_dialogs_available() -> bool {
    if std::env::var("PARCOURS_FILE_DIALOG").is_ok_and(|v| v == "own") {
        return false;
    }
    if !cfg!(target_os = "linux") {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
        })
    };
    if on_path("zenity") {
        return true;
    }
    let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists());
    session_bus && portal_has_file_chooser()
}

/// Whether an installed portal backend implements the file chooser.
fn portal_has_file_chooser() -> bool {
    let data_dirs = std::env::var("XDG_DATA_DIRS")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".to_owned());
    data_dirs.split(':').any(|dir| {
        let portals = Path::new(dir).join("xdg-desktop-portal/portals");
        let Ok(entries) = std::fs::read_dir(portals) else {
            return false;
        };
        entries.flatten().any(|entry| {
            std::fs::read_to_string(entry.path())
                .is_ok_and(|text| text.contains("org.freedesktop.impl.portal.FileChooser"))
        })
    })
}
