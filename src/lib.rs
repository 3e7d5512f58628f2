//! Parcours: customer-journey mapping. The library holds everything but the window, so that
//! tests, benchmarks and the command line use the same code as the app.

pub mod document;
pub mod edit;
pub mod example;
pub mod export;
pub mod file;
pub mod fmt;
pub mod i18n;
pub mod jobs;
pub mod layout;
pub mod metrics;
pub mod model;
pub mod present;
pub mod scene;
pub mod stats;
pub mod survey;
pub mod templates;
pub mod theme;
pub mod ui;
pub mod workshop;
