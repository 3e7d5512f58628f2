//! The project: everything saved in one file.

use serde::{Deserialize, Serialize};

use super::ids::{IdCounter, MapId, PersonaId, WaveId};
use super::language::Language;
use super::map::JourneyMap;
use super::wave::Wave;

/// The format name written at the top of every project file.
pub const FORMAT_NAME: &str = "parcours";
/// The current file format version.
pub const FORMAT_VERSION: u32 = 1;

/// A Parcours project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    /// The format version the file was written with.
    pub version: u32,
    /// Title, client, author, dates, language.
    pub info: ProjectInfo,
    /// The journey maps, in navigator order.
    pub maps: Vec<JourneyMap>,
    /// The personas.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// Imported surveys, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waves: Vec<Wave>,
    /// The next id to hand out; ids are never reused.
    pub next_id: IdCounter,
}

/// What the project is about and who made it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProjectInfo {
    /// Title.
    pub title: String,
    /// The client the map is made for.
    #[serde(default)]
    pub client: String,
    /// Author.
    #[serde(default)]
    pub author: String,
    /// Creation date, `YYYY-MM-DD`.
    #[serde(default)]
    pub created: String,
    /// Last modification date, `YYYY-MM-DD`.
    #[serde(default)]
    pub modified: String,
    /// The language of the project's content.
    pub language: Language,
}

/// A persona the map can be seen through.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Persona {
    /// Stable id.
    pub id: PersonaId,
    /// Name.
    pub name: String,
    /// Segment.
    #[serde(default)]
    pub segment: String,
    /// Goals, one per line.
    #[serde(default)]
    pub goals: String,
    /// Frustrations, one per line.
    #[serde(default)]
    pub frustrations: String,
    /// A quote in the persona's words.
    #[serde(default)]
    pub quote: String,
    /// Path of a photo, relative to the project file.
    #[serde(default)]
    pub photo: Option<String>,
}

impl Project {
    /// An empty project with no map.
    pub fn empty(language: Language) -> Self {
        Self {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            info: ProjectInfo {
                language,
                ..ProjectInfo::default()
            },
            maps: Vec::new(),
            personas: Vec::new(),
            waves: Vec::new(),
            next_id: IdCounter(1),
        }
    }

    /// The map with this id.
    pub fn map(&self, id: MapId) -> Option<&JourneyMap> {
        self.maps.iter().find(|m| m.id == id)
    }

    /// The map with this id, mutable.
    pub fn map_mut(&mut self, id: MapId) -> Option<&mut JourneyMap> {
        self.maps.iter_mut().find(|m| m.id == id)
    }

    /// The persona with this id.
    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    /// The wave with this id.
    pub fn wave(&self, id: WaveId) -> Option<&Wave> {
        self.waves.iter().find(|w| w.id == id)
    }

    /// Counts for a one-line summary: maps, stages, cards.
    pub fn counts(&self) -> (usize, usize, usize) {
        let stages = self.maps.iter().map(|m| m.stages.len()).sum();
        let cards = self.maps.iter().map(|m| m.cards.len()).sum();
        (self.maps.len(), stages, cards)
    }
}
