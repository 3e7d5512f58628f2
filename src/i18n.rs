//! The one translation mechanism: every string the user reads comes from here, in English
//! or French. No egui here, so that edits, templates and the command line can use it too.

use crate::model::{Channel, Frequency, LaneKind, Phase};

pub use crate::model::Language;

macro_rules! texts {
    ($($key:ident => $en:literal, $fr:literal;)*) => {
        /// A translatable text of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Text { $($key),* }

        impl Text {
            /// The text in `language`.
            pub fn get(self, language: Language) -> &'static str {
                match self {
                    $(Text::$key => match language {
                        Language::En => $en,
                        Language::Fr => $fr,
                    }),*
                }
            }
        }
    };
}

texts! {
    // Menus.
    MenuFile => "File", "Fichier";
    MenuEdit => "Edit", "Édition";
    MenuView => "View", "Affichage";
    MenuMap => "Map", "Carte";
    MenuHelp => "Help", "Aide";
    New => "New", "Nouveau";
    Open => "Open…", "Ouvrir…";
    OpenRecent => "Open recent", "Ouvrir un fichier récent";
    NoRecentFiles => "No recent files", "Aucun fichier récent";
    Save => "Save", "Enregistrer";
    SaveAs => "Save as…", "Enregistrer sous…";
    OpenExample => "Open the example project", "Ouvrir le projet d'exemple";
    Quit => "Quit", "Quitter";
    Undo => "Undo", "Annuler";
    Redo => "Redo", "Rétablir";
    Cut => "Cut", "Couper";
    Copy => "Copy", "Copier";
    Paste => "Paste", "Coller";
    Duplicate => "Duplicate", "Dupliquer";
    DuplicateMap => "Duplicate map", "Dupliquer la carte";
    Delete => "Delete", "Supprimer";
    Rename => "Rename", "Renommer";
    SelectAll => "Select all", "Tout sélectionner";
    SelectNeighbour => "Select the neighbouring card", "Sélectionner la carte voisine";
    FitToScreen => "Fit to screen", "Ajuster à l'écran";
    ZoomIn => "Zoom in", "Zoom avant";
    ZoomOut => "Zoom out", "Zoom arrière";
    ActualSize => "Actual size", "Taille réelle";
    Language => "Language", "Langue";
    ShowNavigator => "Project navigator", "Navigateur de projet";
    ShowInspector => "Inspector", "Inspecteur";
    AddStage => "Add stage", "Ajouter une étape";
    AddLane => "Add lane", "Ajouter une ligne";
    NewMapFromTemplate => "New map from template", "Nouvelle carte depuis un modèle";
    About => "About Parcours", "À propos de Parcours";
    KeyboardShortcuts => "Keyboard shortcuts", "Raccourcis clavier";
    // Navigator.
    Maps => "Maps", "Cartes";
    Personas => "Personas", "Personas";
    AddMap => "Add map", "Ajouter une carte";
    AddPersona => "Add persona", "Ajouter un persona";
    MoveUp => "Move up", "Monter";
    MoveDown => "Move down", "Descendre";
    MoveLeft => "Move left", "Déplacer à gauche";
    MoveRight => "Move right", "Déplacer à droite";
    NoPersona => "No persona", "Aucun persona";
    SeenThrough => "Seen through", "Vue par";
    Project => "Project", "Projet";
    // Inspector.
    Title => "Title", "Titre";
    Description => "Description", "Description";
    Channel => "Channel", "Canal";
    Phase => "Phase", "Phase";
    Owner => "Owner", "Responsable";
    MomentOfTruth => "Moment of truth", "Moment de vérité";
    Emotion => "Emotion", "Émotion";
    Expected => "Expected experience", "Expérience attendue";
    Notes => "Notes", "Notes";
    Severity => "Severity", "Gravité";
    Frequency => "Frequency", "Fréquence";
    Votes => "Votes", "Votes";
    Touchpoints => "Touchpoints", "Points de contact";
    PainPoints => "Pain points", "Irritants";
    Impact => "Impact", "Impact";
    Effort => "Effort", "Effort";
    Name => "Name", "Nom";
    Color => "Colour", "Couleur";
    Width => "Width", "Largeur";
    Kind => "Kind", "Type";
    Segment => "Segment", "Segment";
    Goals => "Goals", "Objectifs";
    Frustrations => "Frustrations", "Frustrations";
    Quote => "Quote", "Citation";
    Photo => "Photo", "Photo";
    ChoosePhoto => "Choose photo…", "Choisir une photo…";
    RemovePhoto => "Remove photo", "Retirer la photo";
    Client => "Client", "Client";
    Author => "Author", "Auteur";
    Created => "Created", "Créé le";
    Modified => "Modified", "Modifié le";
    NothingSelected => "Select a card, a stage or a lane to edit it here.", "Sélectionnez une carte, une étape ou une ligne pour la modifier ici.";
    CardsSelected => "cards selected", "cartes sélectionnées";
    Stage => "Stage", "Étape";
    Lane => "Lane", "Ligne";
    Card => "Card", "Carte";
    CardsWord => "cards", "cartes";
    MapDetails => "Map", "Carte";
    Stages => "Stages", "Étapes";
    None => "None", "Aucune";
    // Canvas.
    AddCard => "Add card", "Ajouter une carte";
    NewCard => "New card", "Nouvelle carte";
    NewStage => "New stage", "Nouvelle étape";
    NewLane => "New lane", "Nouvelle ligne";
    NewMap => "New map", "Nouvelle carte";
    NewPersona => "New persona", "Nouveau persona";
    EmptyMapHint => "Point at a cell and click + to add a card", "Survolez une case et cliquez sur + pour ajouter une carte";
    NotSavedYet => "Not saved yet", "Pas encore enregistré";
    NoSurveyAttached => "No survey attached", "Aucune enquête rattachée";
    // Surveys.
    ImportSurvey => "Import survey…", "Importer une enquête…";
    ImportSurveyTitle => "Import survey", "Importer une enquête";
    SurveyFiles => "Survey exports", "Exports d'enquête";
    SurveyReadError => "Could not read the survey", "Impossible de lire l'enquête";
    NoCardForSurvey => "No answers for this touchpoint", "Aucune réponse pour ce point de contact";
    Surveys => "Surveys", "Enquêtes";
    Survey => "Survey", "Enquête";
    AllSegments => "All segments", "Tous les segments";
    Period => "Period", "Période";
    PeriodTo => "to", "à";
    AnyMonth => "any", "tout";
    HeatMap => "Heat map", "Carte de chaleur";
    BadgesShow => "Badges", "Badges";
    Dashboard => "Dashboard", "Tableau de bord";
    BackToMap => "Back to the map", "Retour à la carte";
    CompareWith => "Compare with", "Comparer avec";
    NoComparison => "no comparison", "pas de comparaison";
    ResetFilter => "Reset filter", "Réinitialiser le filtre";
    StepColumns => "1. Columns", "1. Colonnes";
    PreviewFirstRows => "The first rows", "Les premières lignes";
    ColumnsAndRoles => "What each column is", "Ce qu'est chaque colonne";
    StepTouchpoints => "2. Touchpoints", "2. Points de contact";
    Next => "Next", "Suivant";
    Back => "Back", "Retour";
    Import => "Import", "Importer";
    Refresh => "Refresh", "Actualiser";
    Column => "Column", "Colonne";
    Role => "Role", "Rôle";
    FoundInColumn => "Found", "Constat";
    HeaderRows => "Header rows", "Lignes d'en-tête";
    CsatScale => "CSAT scale", "Échelle CSAT";
    CesScale => "CES scale", "Échelle CES";
    CesDirection => "CES direction", "Sens du CES";
    CesHigherEasier => "higher = easier", "plus haut = plus facile";
    CesLowerEasier => "1 = easiest (flipped on import)", "1 = le plus facile (inversé à l'import)";
    DateOrderLabel => "Dates", "Dates";
    DateOrderAuto => "decided from the whole column", "déduit de toute la colonne";
    DayFirst => "dd/mm/yyyy", "jj/mm/aaaa";
    MonthFirst => "m/d/yyyy", "m/j/aaaa";
    RoleIgnore => "Ignore", "Ignorer";
    RoleTouchpoint => "Touchpoint", "Point de contact";
    RoleDate => "Date", "Date";
    RoleVerbatim => "Verbatim", "Verbatim";
    RoleRespondent => "Respondent id", "Identifiant du répondant";
    RoleCount => "Count", "Effectif";
    ValueInFile => "In the file", "Dans le fichier";
    Answers => "Answers", "Réponses";
    OnTheMap => "On the map", "Sur la carte";
    LeaveOut => "Leave out", "Écarter";
    Unassigned => "Not on the map", "Hors carte";
    CreateTouchpoint => "New touchpoint", "Nouveau point de contact";
    NewTouchpointsGoTo => "New touchpoints go to stage", "Les nouveaux points de contact vont dans l'étape";
    Suggested => "suggested", "suggéré";
    Matched => "matched", "rattaché";
    NotMatched => "not matched", "non rattaché";
    NoTouchpointColumn => "No touchpoint column and no touchpoint in the headers: the scores will count for the whole survey, not for a touchpoint.", "Pas de colonne de points de contact ni de point de contact dans les en-têtes : les scores compteront pour toute l'enquête, pas pour un point de contact.";
    NoScoreColumn => "Choose at least one NPS, CSAT or CES column.", "Choisissez au moins une colonne NPS, CSAT ou CES.";
    ImportReport => "Import report", "Rapport d'import";
    CopyReport => "Copy report", "Copier le rapport";
    RowsSkipped => "Rows skipped", "Lignes écartées";
    ValuesNotCounted => "Values not counted", "Valeurs non comptées";
    WarningsLabel => "To check", "À vérifier";
    SurveyScores => "Survey scores", "Scores d'enquête";
    LowSample => "low sample", "échantillon faible";
    Detractors => "Detractors", "Détracteurs";
    Passives => "Passives", "Passifs";
    Promoters => "Promoters", "Promoteurs";
    TrendByMonth => "Trend by month", "Tendance par mois";
    Verbatims => "Verbatims", "Verbatims";
    SearchVerbatims => "Search the comments", "Rechercher dans les commentaires";
    RankedBy => "Touchpoints ranked by", "Points de contact classés par";
    WholeSurvey => "whole survey", "toute l'enquête";
    EmotionAgainstNps => "Emotion curve against NPS", "Courbe des émotions et NPS";
    StageAverages => "Stage averages", "Moyennes par étape";
    NoSurveyYet => "No survey imported yet. File ➡ Import survey…, or drop a CSV or XLSX export on the window.", "Aucune enquête importée. Fichier ➡ Importer une enquête…, ou déposez un export CSV ou XLSX sur la fenêtre.";
    RemoveSurvey => "Remove survey", "Retirer l'enquête";
    RefreshFromFile => "Refresh from its file", "Actualiser depuis son fichier";
    Responses => "responses", "réponses";
    Top2Box => "top-2-box", "top-2";
    MeanLabel => "mean", "moyenne";
    AgreeLabel => "agree", "d'accord";
    LineOfInteraction => "Line of interaction", "Ligne d'interaction";
    LineOfVisibility => "Line of visibility", "Ligne de visibilité";
    LineOfInternalInteraction => "Line of internal interaction", "Ligne d'interaction interne";
    NoMap => "This project has no map yet. Add one from a template in the Map menu.", "Ce projet n'a pas encore de carte. Ajoutez-en une depuis un modèle dans le menu Carte.";
    DeleteStage => "Delete stage", "Supprimer l'étape";
    DeleteLane => "Delete lane", "Supprimer la ligne";
    InsertStageBefore => "Insert stage before", "Insérer une étape avant";
    InsertStageAfter => "Insert stage after", "Insérer une étape après";
    InsertLaneAbove => "Insert lane above", "Insérer une ligne au-dessus";
    InsertLaneBelow => "Insert lane below", "Insérer une ligne en dessous";
    // Status bar and dialogs.
    Saved => "Saved", "Enregistré";
    Unsaved => "Unsaved changes", "Modifications non enregistrées";
    Untitled => "Untitled", "Sans titre";
    Zoom => "Zoom", "Zoom";
    UnsavedTitle => "Unsaved changes", "Modifications non enregistrées";
    UnsavedQuestion => "Save the changes to this project first?", "Enregistrer d'abord les modifications de ce projet ?";
    DontSave => "Don't save", "Ne pas enregistrer";
    Cancel => "Cancel", "Annuler";
    Ok => "OK", "OK";
    ErrorTitle => "Something went wrong", "Un problème est survenu";
    CouldNotOpen => "Could not open the file", "Impossible d'ouvrir le fichier";
    CouldNotSave => "Could not save the file", "Impossible d'enregistrer le fichier";
    LineWord => "line", "ligne";
    ColumnWord => "column", "colonne";
    Colon => ": ", " : ";
    FileNotText => "this is not a text file; a Parcours project is a RON text file", "ce n'est pas un fichier texte ; un projet Parcours est un fichier texte RON";
    FileForeign => "this is not a Parcours project (it should start with `format: \"parcours\"`)", "ce n'est pas un projet Parcours (il devrait commencer par `format: \"parcours\"`)";
    FileTooNew => "this file was written by a newer version of Parcours; update Parcours to open it", "ce fichier a été écrit par une version plus récente de Parcours ; mettez Parcours à jour pour l'ouvrir";
    ProjectFiles => "Parcours projects", "Projets Parcours";
    ExampleProject => "Example project", "Projet d'exemple";
    AboutText => "Parcours maps customer journeys: stages, touchpoints, emotions, pain points and opportunities, saved as one readable RON file.", "Parcours cartographie les parcours clients : étapes, points de contact, émotions, irritants et opportunités, enregistrés dans un seul fichier RON lisible.";
    Close => "Close", "Fermer";
    ImageFiles => "Images", "Images";
    OwnFileDialog => "the desktop has no file dialog, so this is Parcours's", "le bureau n'a pas de dialogue de fichiers, voici celui de Parcours";
    FileDialogSave => "Save", "Enregistrer";
    FileDialogOpen => "Open", "Ouvrir";
    FileDialogCancel => "Cancel", "Annuler";
    FileDialogFile => "File:", "Fichier :";
    Reading => "Reading", "Lecture de";
    Saving => "Saving", "Enregistrement de";
    Cancelling => "Cancelling…", "Annulation…";
    FileDialogNewFolder => "New folder", "Nouveau dossier";
    FileDialogShowHidden => "Show hidden files", "Afficher les fichiers cachés";
    KeysCtrlWheel => "Ctrl+wheel", "Ctrl+molette";
    ZoomAroundPointer => "Zoom around the pointer", "Zoomer autour du pointeur";
    KeysDragBackground => "Drag the background", "Glisser le fond";
    Pan => "Pan", "Déplacer la vue";
    KeysShiftDrag => "Shift+drag", "Maj+glisser";
    RubberBand => "Select with a rubber band", "Sélectionner au lasso";
    KeysShiftClick => "Shift/Ctrl+click", "Maj/Ctrl+clic";
    ToggleSelection => "Add to or remove from the selection", "Ajouter à la sélection ou en retirer";
    // Edit names for the history ("Undo move 'X'").
    EditAddCard => "add", "ajout de";
    EditDeleteCard => "delete", "suppression de";
    EditMoveCard => "move", "déplacement de";
    EditChangeCard => "change", "modification de";
    EditRenameCard => "rename", "renommage de";
    EditAddStage => "add stage", "ajout de l'étape";
    EditDeleteStage => "delete stage", "suppression de l'étape";
    EditMoveStage => "move stage", "déplacement de l'étape";
    EditChangeStage => "change stage", "modification de l'étape";
    EditResizeStage => "resize stage", "redimensionnement de l'étape";
    EditAddLane => "add lane", "ajout de la ligne";
    EditDeleteLane => "delete lane", "suppression de la ligne";
    EditMoveLane => "move lane", "déplacement de la ligne";
    EditChangeLane => "change lane", "modification de la ligne";
    EditAddMap => "add map", "ajout de la carte";
    EditDeleteMap => "delete map", "suppression de la carte";
    EditMoveMap => "move map", "déplacement de la carte";
    EditChangeMap => "change map", "modification de la carte";
    EditAddPersona => "add persona", "ajout du persona";
    EditImportSurvey => "import survey", "import de l'enquête";
    EditDeleteWave => "remove survey", "retrait de l'enquête";
    EditChangeWave => "change survey", "modification de l'enquête";
    EditDeletePersona => "delete persona", "suppression du persona";
    EditChangePersona => "change persona", "modification du persona";
    EditChangeProject => "change project details", "modification du projet";
    EditSeveral => "edit of cards", "modification de cartes";
    EditPaste => "paste", "collage";
    EditDuplicate => "duplicate", "duplication";
    EditDeleteSeveral => "delete cards", "suppression de cartes";
    EditMoveSeveral => "move cards", "déplacement de cartes";
    // Templates.
    TemplatePurchase => "Six-stage purchase journey", "Parcours d'achat en six étapes";
    Template5A => "Kotler's 5A", "Les 5A de Kotler";
    TemplateBeforeDuringAfter => "Before, during, after purchase", "Avant, pendant, après l'achat";
    TemplateBlueprint => "Service blueprint", "Service blueprint";
    TemplateBlank => "Blank map", "Carte vierge";
}

/// The name of a channel.
pub fn channel_name(channel: Channel, language: Language) -> &'static str {
    let (en, fr) = match channel {
        Channel::Web => ("Web site", "Site web"),
        Channel::MobileApp => ("Mobile app", "Application mobile"),
        Channel::Store => ("Store", "Magasin"),
        Channel::Phone => ("Phone", "Téléphone"),
        Channel::Email => ("E-mail", "E-mail"),
        Channel::SocialMedia => ("Social media", "Réseaux sociaux"),
        Channel::Chatbot => ("Chat", "Chat"),
        Channel::Delivery => ("Delivery", "Livraison"),
        Channel::WordOfMouth => ("Word of mouth", "Bouche-à-oreille"),
        Channel::Advertising => ("Advertising", "Publicité"),
        Channel::Mail => ("Post", "Courrier"),
        Channel::Other => ("Other", "Autre"),
    };
    pick(language, en, fr)
}

/// The name of a phase.
pub fn phase_name(phase: Phase, language: Language) -> &'static str {
    let (en, fr) = match phase {
        Phase::Before => ("Before purchase", "Avant l'achat"),
        Phase::During => ("During purchase", "Pendant l'achat"),
        Phase::After => ("After purchase", "Après l'achat"),
    };
    pick(language, en, fr)
}

/// The name of a pain point frequency.
pub fn frequency_name(frequency: Frequency, language: Language) -> &'static str {
    let (en, fr) = match frequency {
        Frequency::Rarely => ("Rarely", "Rarement"),
        Frequency::Sometimes => ("Sometimes", "Parfois"),
        Frequency::Often => ("Often", "Souvent"),
        Frequency::Always => ("Always", "Toujours"),
    };
    pick(language, en, fr)
}

/// The name of a pain point severity (1 to 4).
pub fn severity_name(severity: u8, language: Language) -> &'static str {
    let (en, fr) = match severity {
        0 | 1 => ("Minor", "Mineure"),
        2 => ("Moderate", "Modérée"),
        3 => ("Major", "Majeure"),
        _ => ("Critical", "Critique"),
    };
    pick(language, en, fr)
}

/// The name of a lane kind.
pub fn lane_kind_name(kind: LaneKind, language: Language) -> &'static str {
    let (en, fr) = match kind {
        LaneKind::Text => ("Text", "Texte"),
        LaneKind::Touchpoints => ("Touchpoints", "Points de contact"),
        LaneKind::Emotion => ("Emotion curve", "Courbe émotionnelle"),
        LaneKind::PainPoints => ("Pain points", "Irritants"),
        LaneKind::Opportunities => ("Opportunities", "Opportunités"),
        LaneKind::Metrics => ("Survey scores", "Scores d'enquête"),
        LaneKind::PhysicalEvidence => ("Physical evidence", "Preuves physiques"),
        LaneKind::Frontstage => ("Frontstage", "Front-office"),
        LaneKind::Backstage => ("Backstage", "Back-office"),
        LaneKind::Support => ("Support processes", "Processus de support"),
    };
    pick(language, en, fr)
}

fn pick(language: Language, en: &'static str, fr: &'static str) -> &'static str {
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_pick_the_language() {
        assert_eq!(Language::from_locale("fr_FR.UTF-8"), Language::Fr);
        assert_eq!(Language::from_locale("fr_CA"), Language::Fr);
        assert_eq!(Language::from_locale("en_GB.UTF-8"), Language::En);
        assert_eq!(Language::from_locale("de_DE"), Language::En);
        assert_eq!(Language::from_locale("C"), Language::En);
    }

    #[test]
    fn texts_differ_between_languages() {
        assert_eq!(Text::MenuFile.get(Language::En), "File");
        assert_eq!(Text::MenuFile.get(Language::Fr), "Fichier");
    }
}
