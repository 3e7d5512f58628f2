# Parcours — Français.

language-name = Français


## Menus

menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-map = Carte
menu-help = Aide
new = Nouveau
open = Ouvrir…
open-recent = Ouvrir un fichier récent
no-recent-files = Aucun fichier récent
save = Enregistrer
save-as = Enregistrer sous…
open-example = Ouvrir le projet d'exemple
quit = Quitter
undo = Annuler
redo = Rétablir
cut = Couper
copy = Copier
paste = Coller
duplicate = Dupliquer
duplicate-map = Dupliquer la carte
delete = Supprimer
rename = Renommer
select-all = Tout sélectionner
select-neighbour = Sélectionner la carte voisine
fit-to-screen = Ajuster à l'écran
zoom-in = Zoom avant
zoom-out = Zoom arrière
actual-size = Taille réelle
language = Langue
show-navigator = Navigateur de projet
show-inspector = Inspecteur
add-stage = Ajouter une étape
add-lane = Ajouter une ligne
new-map-from-template = Nouvelle carte depuis un modèle
about = À propos de Parcours
keyboard-shortcuts = Raccourcis clavier

## Navigator

maps = Cartes
personas = Personas
add-map = Ajouter une carte
add-persona = Ajouter un persona
move-up = Monter
move-down = Descendre
move-left = Déplacer à gauche
move-right = Déplacer à droite
no-persona = Aucun persona
seen-through = Vue par
project = Projet

collapse-navigator = Replier le navigateur

## Inspector

title = Titre
description = Description
channel = Canal
phase = Phase
owner = Responsable
moment-of-truth = Moment de vérité
emotion = Émotion
expected = Expérience attendue
notes = Notes
severity = Gravité
frequency = Fréquence
votes = Votes
touchpoints = Points de contact
pain-points = Irritants
impact = Impact
effort = Effort
name = Nom
color = Couleur
other-color = Autre couleur
width = Largeur
kind = Type
segment = Segment
goals = Objectifs
frustrations = Frustrations
quote = Citation
photo = Photo
choose-photo = Choisir une photo…
remove-photo = Retirer la photo
client = Client
author = Auteur
created = Créé le
modified = Modifié le
nothing-selected = Sélectionnez une carte, une étape ou une ligne pour la modifier ici.
cards-selected = { $count ->
        [one] { $count } carte sélectionnée
       *[other] { $count } cartes sélectionnées
    }
stage = Étape
lane = Ligne
card = Carte
map-details = Carte
stages = Étapes
none = Aucune

## Canvas

add-card = Ajouter une carte
new-card = Nouvelle carte
new-stage = Nouvelle étape
new-lane = Nouvelle ligne
new-map = Nouvelle carte
new-persona = Nouveau persona
empty-map-hint = Survolez une case et cliquez sur + pour ajouter une carte
not-saved-yet = Pas encore enregistré
no-survey-attached = Aucune enquête rattachée

## Surveys

import-survey = Importer une enquête…
import-survey-title = Importer une enquête
survey-files = Exports d'enquête
survey-read-error = Impossible de lire l'enquête
no-card-for-survey = Aucune réponse pour ce point de contact
surveys = Enquêtes
survey = Enquête
all-segments = Tous les segments
period = Période
period-to = à
any-month = tout
heat-map = Carte de chaleur
badges-show = Badges
dashboard = Tableau de bord
back-to-map = Retour à la carte
compare-with = Comparer avec
no-comparison = pas de comparaison
more-filters = Période, badges…
reset-filter = Réinitialiser le filtre
step-columns = 1. Colonnes
preview-first-rows = Les premières lignes
columns-and-roles = Ce qu'est chaque colonne
step-touchpoints = 2. Points de contact
next = Suivant
back = Retour
import = Importer
refresh = Actualiser
column = Colonne
role = Rôle
found-in-column = Constat
header-rows = Lignes d'en-tête
csat-scale = Échelle CSAT
ces-scale = Échelle CES
ces-direction = Sens du CES
ces-higher-easier = plus haut = plus facile
ces-lower-easier = 1 = le plus facile (inversé à l'import)
date-order-label = Dates
date-order-auto = déduit de toute la colonne
day-first = jj/mm/aaaa
month-first = m/j/aaaa
role-ignore = Ignorer
role-touchpoint = Point de contact
role-date = Date
role-verbatim = Verbatim
role-respondent = Identifiant du répondant
role-count = Effectif
value-in-file = Dans le fichier
answers = Réponses
on-the-map = Sur la carte
leave-out = Écarter
unassigned = Hors carte
create-touchpoint = Nouveau point de contact
new-touchpoints-go-to = Les nouveaux points de contact vont dans l'étape
suggested = suggéré
matched = rattaché
not-matched = non rattaché
no-touchpoint-column = Pas de colonne de points de contact ni de point de contact dans les en-têtes : les scores compteront pour toute l'enquête, pas pour un point de contact.
no-score-column = Choisissez au moins une colonne NPS, CSAT ou CES.
import-report = Rapport d'import
copy-report = Copier le rapport
rows-skipped = Lignes écartées
values-not-counted = Valeurs non comptées
warnings-label = À vérifier
survey-scores = Scores d'enquête
low-sample = échantillon faible
detractors = Détracteurs
passives = Passifs
promoters = Promoteurs
trend-by-month = Tendance par mois
verbatims = Verbatims
search-verbatims = Rechercher dans les commentaires
ranked-by = Points de contact classés par
whole-survey = toute l'enquête
emotion-against-nps = Courbe des émotions et NPS
stage-averages = Moyennes par étape
no-survey-yet = Aucune enquête importée. Fichier ➡ Importer une enquête…, ou déposez un export CSV ou XLSX sur la fenêtre.
remove-survey = Retirer l'enquête
refresh-from-file = Actualiser depuis son fichier
top2-box = top-2
mean-label = moyenne
agree-label = d'accord
line-of-interaction = Ligne d'interaction
line-of-visibility = Ligne de visibilité
line-of-internal-interaction = Ligne d'interaction interne
no-map = Ce projet n'a pas encore de carte. Ajoutez-en une depuis un modèle dans le menu Carte.
delete-stage = Supprimer l'étape
delete-lane = Supprimer la ligne
insert-stage-before = Insérer une étape avant
insert-stage-after = Insérer une étape après
insert-lane-above = Insérer une ligne au-dessus
insert-lane-below = Insérer une ligne en dessous

## Status bar and dialogs

saved = Enregistré
unsaved = Modifications non enregistrées
untitled = Sans titre
zoom = Zoom
unsaved-title = Modifications non enregistrées
unsaved-question = Enregistrer d'abord les modifications de ce projet ?
changed-on-disk-title = Le fichier a été modifié par un autre programme
changed-on-disk-text = Depuis que Parcours l'a ouvert ou enregistré, le fichier a été modifié sur le disque (un autre programme, un git pull, une autre fenêtre de Parcours). Enregistrer maintenant remplace cette version par la vôtre.
overwrite-it = Le remplacer par le mien
save-elsewhere = Enregistrer sous un autre nom…
reload-file = Recharger le fichier
already-open-title = Ce fichier est ouvert dans une autre fenêtre
already-open = { $file } est aussi ouvert dans une autre fenêtre de Parcours (processus { $process }). Enregistrer dans les deux remplacerait le travail de l'autre : fermez l'une d'elles, ou enregistrez celle-ci sous un autre nom.
dont-save = Ne pas enregistrer
cancel = Annuler
ok = OK
error-title = Un problème est survenu
could-not-open = Impossible d'ouvrir le fichier
could-not-save = Impossible d'enregistrer le fichier
colon = { " : " }
file-not-text = ce n'est pas un fichier texte ; un projet Parcours est un fichier texte RON
file-not-a-file = ce n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : un projet Parcours est un fichier texte RON
file-foreign = ce n'est pas un projet Parcours (il devrait commencer par `format: "parcours"`)
file-too-new = ce fichier a été écrit par une version plus récente de Parcours (format { $found } ; celle-ci lit jusqu'au format { $supported }) ; mettez Parcours à jour pour l'ouvrir
project-files = Projets Parcours
example-project = Projet d'exemple
about-text = Parcours cartographie les parcours clients : étapes, points de contact, émotions, irritants et opportunités, enregistrés dans un seul fichier RON lisible.
close = Fermer
image-files = Images
own-file-dialog = le bureau n'a pas de dialogue de fichiers, voici celui de Parcours
file-dialog-save = Enregistrer
file-dialog-open = Ouvrir
file-dialog-cancel = Annuler
file-dialog-file = Fichier :
reading = Lecture de
saving = Enregistrement de
cancelling = Annulation…
file-dialog-new-folder = Nouveau dossier
file-dialog-show-hidden = Afficher les fichiers cachés
keys-ctrl-wheel = Ctrl+molette
zoom-around-pointer = Zoomer autour du pointeur
keys-drag-background = Glisser le fond
pan = Déplacer la vue
keys-shift-drag = Maj+glisser
rubber-band = Sélectionner au lasso
keys-shift-click = Maj/Ctrl+clic
toggle-selection = Ajouter à la sélection ou en retirer

## Edit names for the history ("Undo move 'X'")

edit-add-card = ajout de
edit-delete-card = suppression de
edit-move-card = déplacement de
edit-change-card = modification de
edit-rename-card = renommage de
edit-add-stage = ajout de l'étape
edit-delete-stage = suppression de l'étape
edit-move-stage = déplacement de l'étape
edit-change-stage = modification de l'étape
edit-resize-stage = redimensionnement de l'étape
edit-add-lane = ajout de la ligne
edit-delete-lane = suppression de la ligne
edit-move-lane = déplacement de la ligne
edit-change-lane = modification de la ligne
edit-add-map = ajout de la carte
edit-delete-map = suppression de la carte
edit-move-map = déplacement de la carte
edit-change-map = modification de la carte
edit-change-views = modification des vues
edit-add-persona = ajout du persona
edit-import-survey = import de l'enquête
edit-delete-wave = retrait de l'enquête
edit-change-wave = modification de l'enquête
edit-delete-persona = suppression du persona
edit-change-persona = modification du persona
edit-change-project = modification du projet
edit-several = modification de cartes
edit-paste = collage
edit-duplicate = duplication
edit-delete-several = suppression de cartes
edit-move-several = déplacement de cartes

## Templates

template-purchase = Parcours d'achat en six étapes
template5-a = Les 5A de Kotler
template-before-during-after = Avant, pendant, après l'achat
template-blueprint = Service blueprint
template-blank = Carte vierge

## Names of channels, phases, frequencies, severities and lane kinds

channel-web = Site web
channel-mobile-app = Application mobile
channel-store = Magasin
channel-phone = Téléphone
channel-email = E-mail
channel-social-media = Réseaux sociaux
channel-chatbot = Chat
channel-delivery = Livraison
channel-word-of-mouth = Bouche-à-oreille
channel-advertising = Publicité
channel-mail = Courrier
channel-other = Autre
phase-before = Avant l'achat
phase-during = Pendant l'achat
phase-after = Après l'achat
frequency-rarely = Rarement
frequency-sometimes = Parfois
frequency-often = Souvent
frequency-always = Toujours
severity-1 = Mineure
severity-2 = Modérée
severity-3 = Majeure
severity-4 = Critique
lane-kind-text = Texte
lane-kind-touchpoints = Points de contact
lane-kind-emotion = Courbe émotionnelle
lane-kind-pain-points = Irritants
lane-kind-opportunities = Opportunités
lane-kind-metrics = Scores d'enquête
lane-kind-physical-evidence = Preuves physiques
lane-kind-frontstage = Front-office
lane-kind-backstage = Back-office
lane-kind-support = Processus de support

## Template contents: stages and lanes

purchase-stage-1 = Reconnaissance du besoin
purchase-stage-2 = Recherche d'information
purchase-stage-3 = Comparaison
purchase-stage-4 = Décision
purchase-stage-5 = Achat
purchase-stage-6 = Fidélisation
five-a-stage-1 = Connaissance (Aware)
five-a-stage-2 = Attrait (Appeal)
five-a-stage-3 = Questionnement (Ask)
five-a-stage-4 = Action (Act)
five-a-stage-5 = Recommandation (Advocate)
before-during-after-stage-1 = Avant l'achat
before-during-after-stage-2 = Pendant l'achat
before-during-after-stage-3 = Après l'achat
blueprint-stage-1 = Découvrir
blueprint-stage-2 = Réserver
blueprint-stage-3 = Utiliser
blueprint-stage-4 = Payer
blueprint-stage-5 = Suivre
blank-stage-1 = Étape 1
blank-stage-2 = Étape 2
blank-stage-3 = Étape 3
lane-doing = Ce que fait le client
lane-thinking = Ce qu'il pense
lane-touchpoints = Points de contact
lane-emotion = Émotion
lane-pain-points = Irritants
lane-opportunities = Opportunités
lane-survey-scores = Scores d'enquête
lane-physical-evidence = Preuves physiques
lane-customer-actions = Actions du client
lane-frontstage = Front-office
lane-backstage = Back-office
lane-support = Processus de support

## Import report and column notes

column-name = colonne { $number } « { $header } »
list-and = { " et " }
skip-no-touchpoint = point de contact vide
skip-touchpoint-ignored = point de contact « { $touchpoint } » ignoré
skip-no-answer = ni note ni commentaire
skip-bad-count = effectif illisible « { $value } »
value-out-of-scale = ligne { $line }, { $column } : « { $value } » hors de l'échelle { $metric } { $scale }, non compté
value-not-a-score = ligne { $line }, { $column } : « { $value } » n'est pas une note { $metric }, non compté
value-not-a-date = ligne { $line }, { $column } : « { $value } » n'est pas une date, réponse sans mois
date-order-month-first = m/j/aaaa
date-order-day-first = jj/mm/aaaa
warning-date-order-guessed = toutes les dates conviennent aux deux ordres : lues comme { $order }
warning-date-order-mixed = les dates mélangent jj/mm et mm/jj : lues jour d'abord quand c'est possible
warning-column = { $column } : { $note }
warning-pooled = { $metric } compte ensemble les réponses de { $columns }, comme demandé
warning-minority = { $column } : seules { $counted } des { $answered } réponses tiennent dans l'échelle { $metric } { $scale } ; la colonne n'est pas comptée ({ $advice })
advice-scale-command-line = vérifiez l'échelle de la question
advice-scale-import-dialog = choisissez l'échelle de la question dans le dialogue d'import
note-scale-found = { $metric } : réponses de { $min } à { $max }, échelle { $scale }
note-scale-found-top-two = { $metric } : réponses de { $min } à { $max }, échelle { $scale }, top-2 = { $top }
note-nps-one-to-ten = recommandation demandée de 1 à 10, pas de 0 à 10 : aucun 0 parmi les réponses
note-above-scale = des réponses vont jusqu'à { $max }, au-delà de l'échelle { $scale } : elles ne sont pas comptées
note-derived = groupe, catégorie ou total calculé à partir des réponses { $metric } (comme le groupe NPS de Qualtrics) : jamais compté comme des réponses
note-also-looks-like-command-line = ressemble aussi à { $metric } ; non comptée, c'est la { $counted } qui l'est (utilisez { $option } { $number } pour compter celle-ci à la place)
note-also-looks-like-import-dialog = ressemble aussi à { $metric } ; non comptée, c'est la { $counted } qui l'est (choisissez { $metric } comme rôle pour compter celle-ci, et Ignorer pour l'autre)
note-narrow-answers = réponses de { $min } à { $max } seulement : pas une échelle { $metric }
note-fits-no-scale = réponses de { $min } à { $max }, hors des échelles { $metric } ({ $scales })
note-not-counted-command-line = { $why } ; non comptée (utilisez { $option } { $number } pour la compter quand même)
note-not-counted-import-dialog = { $why } ; non comptée (choisissez { $metric } comme rôle pour la compter quand même)
note-answer-codes = réponses codées ({ $first } … { $last }, comme LimeSurvey) : lues selon leur rang, le premier code étant la réponse la plus basse
note-counts-by-values-command-line = nombres entiers à côté des notes, chaque point de contact et note une seule fois : lus comme des effectifs
note-counts-by-values-import-dialog = nombres entiers à côté des notes, chaque point de contact et note une seule fois : lus comme des effectifs (choisissez Ignorer comme rôle si ce n'en sont pas)
note-outside-chosen-scale = réponses de { $min } à { $max }, hors de l'échelle { $metric } { $scale } : celles qui en sortent ne seront pas comptées (choisissez l'échelle ci-dessus, ou un autre rôle)
report-summary = { $read ->
        [one] { $read } ligne lue
       *[other] { $read } lignes lues
    }, { $used ->
        [one] { $used } utilisée
       *[other] { $used } utilisées
    }, { $skipped ->
        [one] { $skipped } écartée
       *[other] { $skipped } écartées
    } ; { $values ->
        [one] { $values } valeur non comptée
       *[other] { $values } valeurs non comptées
    }.
report-file = { $file } : { $summary }
report-dates-read-as = dates lues comme { $order }
report-nothing-left-out = Aucune ligne écartée, aucune valeur hors échelle.
report-skipped-line = ligne { $line } : { $reason }

## Figures and captions on screen

response-count = { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
stage-averages-pooled = Toutes les réponses des points de contact de l'étape, mises en commun.
opportunity-caption = Impact { $impact } · Effort { $effort }
status-zoom = Zoom { $percent }
status-cards = { $map } · { $count ->
        [one] { $count } carte
       *[other] { $count } cartes
    }
window-title = { $name } — Parcours
delimiter-tab = tabulation
encoding-utf8-bom = UTF-8 avec BOM
source-sheet = feuille « { $sheet } »
layout-long = format long (une colonne de points de contact)
layout-wide = format large (une colonne par point de contact)
layout-aggregated = effectifs agrégés
layout-overall = scores pour toute l'enquête
header-row-count = { $rows ->
        [one] { $rows } ligne d'en-tête
       *[other] { $rows } lignes d'en-tête
    }
map-counts = { $stages ->
        [one] { $stages } étape
       *[other] { $stages } étapes
    } · { $lanes ->
        [one] { $lanes } ligne
       *[other] { $lanes } lignes
    } · { $cards ->
        [one] { $cards } carte
       *[other] { $cards } cartes
    }

## What can be wrong in a project file

item-persona = persona
item-map = carte
item-stage = étape
item-lane = ligne
item-card = carte
item-wave = enquête
problem-duplicate-id = l'identifiant { $id } de cet élément ({ $item }) est déjà utilisé par un autre
problem-stage-width = la largeur de l'étape { $stage } n'est pas un nombre
problem-card-stage = la carte { $card } est dans l'étape { $stage }, que sa carte n'a pas
problem-card-lane = la carte { $card } est dans la ligne { $lane }, que sa carte n'a pas
problem-card-kind = la carte { $card } ne peut pas être dans la ligne { $lane } (les lignes « { $kind } » n'accueillent pas ce genre de carte)
problem-persona = la carte { $map } est vue par le persona { $persona }, qui n'existe pas
problem-cell = une cellule de scores de l'enquête { $wave } nomme un point de contact ou un segment qu'elle ne liste pas
problem-wave-card = un point de contact de l'enquête { $wave } est rattaché à la carte { $card }, qu'aucune carte n'a
problem-count-too-large = une cellule de scores de l'enquête { $wave } a un effectif de plus de { $max }, ce qu'aucune enquête n'a
problem-counts = l'enquête { $wave } a plus d'effectifs { $metric } que son échelle { $scale } n'en permet
save-failed = rien n'a été modifié : l'enregistrement s'est arrêté en { $step } ({ $error })
save-step-check = vérifiant le fichier
save-step-write = écrivant la nouvelle version
save-step-sync = l'écrivant sur le disque
save-step-backup = gardant la version précédente en .bak
save-step-rename = mettant la nouvelle version en place
save-not-regular-file = ce n'est pas un fichier ordinaire (un dossier ou un périphérique) : rien n'a été écrit ; enregistrez sous un autre nom
save-read-only = le fichier est en lecture seule : rien n'a été écrit ; rendez-le modifiable, ou enregistrez sous un autre nom
save-no-temporary-name = tous les noms temporaires à côté du fichier sont pris : rien n'a été écrit ; supprimez les fichiers .parcours-… de ce dossier
file-error-place = , ligne { $line }, colonne { $column }
file-not-written = impossible d'écrire le projet : { $message }

## The command line

cli-no-window = parcours : impossible d'ouvrir la fenêtre : { $error }
cli-check-valid = { $file } : valide, { $maps ->
        [one] { $maps } carte
       *[other] { $maps } cartes
    }, { $stages ->
        [one] { $stages } étape
       *[other] { $stages } étapes
    }, { $cards ->
        [one] { $cards } carte
       *[other] { $cards } cartes
    }
fmt-canonical = { $file } : déjà sous forme canonique
fmt-rewritten = { $file } : réécrit sous forme canonique
fmt-not-canonical = { $file } : pas sous forme canonique
stats-no-such-column = { $file } : aucune colonne « { $wanted } » ; les colonnes sont : { $columns }
stats-file-why = { $file } : { $why }
stats-empty = le fichier est vide
stats-binary = ce n'est pas un fichier texte (il contient des octets NUL) : exportez l'enquête en CSV, XLSX ou ODS
stats-no-data-rows = le fichier a un en-tête mais aucune réponse dessous
stats-unclosed-quote = ligne { $line } : un guillemet s'y ouvre et n'est jamais fermé, si bien que le reste du fichier se lit comme une seule cellule ; fermez-le, ou supprimez-le
stats-no-score-column = aucune colonne NPS, CSAT ou CES parmi les { $columns } colonnes ; désignez-en une avec --nps, --csat ou --ces
stats-no-score = aucune note n'a pu être lue : { $read } lignes lues, { $skipped } écartées, { $values } valeurs non comptées
stats-all = (tout)
stats-touchpoint = point de contact
stats-responses = réponses
stats-top-two = top-2 %
stats-mean = moyenne
stats-agree = d'accord %
stats-csat-scale = CSAT sur { $scale } : top-2 % est la part des réponses { $answers }
stats-ces-scale = CES sur { $scale } : « d'accord % » est la part des réponses { $answers }
stats-skipped-line = ligne { $line } écartée : { $reason }
stats-warning = attention : { $warning }
survey-unreadable = { $file } : { $error }
survey-bad-sheet = { $file } : tableur illisible ({ $message })
survey-no-sheet = { $file } : le classeur n'a aucune feuille
survey-unpacks = { $file } : le classeur se décompresse en { $megabytes } Mo, plus que Parcours ne lit (2 000 Mo) ; il est endommagé ou fait pour remplir la mémoire
survey-too-large = { $file } : la feuille s'étend sur { $rows } lignes × { $columns } colonnes, plus que Parcours ne lit (60 millions de cellules) ; exportez les seules lignes de l'enquête en CSV et importez-les
edit-no-item = aucun élément ({ $item }) d'identifiant { $id }
edit-duplicate-id = l'identifiant { $id } est déjà utilisé

## Months, shortened as in dates ("Mar 2026")

month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
month-year = { $month } { $year }

## Survey charts

trend-low-sample = ○ un mois de moins de { $n } réponses : pas de bande, à lire avec prudence

## Key names in shortcuts

key-ctrl = Ctrl
key-alt = Alt
key-shift = Maj
key-left = Gauche
key-right = Droite
key-up = Haut
key-down = Bas
key-delete = Suppr
key-backspace = Retour arrière
key-escape = Échap
key-enter = Entrée

## Recovery after a crash

recovery-title = Travail non enregistré la dernière fois
recovery-text = Parcours ne s'est pas fermé normalement la dernière fois. Une copie de { $name } a été gardée ({ $time }).
recovery-copy-holds = La copie : { $counts }.
recovery-saved-holds = Le fichier enregistré : { $counts }.
recovery-restore = Restaurer la version de { $time }
recovery-open-saved = Ouvrir le fichier enregistré
recovery-discard = Abandonner la copie
cli-check-counts = { $maps ->
        [one] { $maps } carte
       *[other] { $maps } cartes
    }, { $stages ->
        [one] { $stages } étape
       *[other] { $stages } étapes
    }, { $cards ->
        [one] { $cards } carte
       *[other] { $cards } cartes
    }

## Exports: the title block and the legend of a map that leaves the app
export-persona = vu par { $persona }
export-survey = Scores : { $survey }
legend-channels = Canaux
legend-severity = Points de douleur
legend-heat = Carte de chaleur : { $metric }
legend-figures = Chaque badge donne un chiffre avec sa marge d'erreur (± à 95 % de confiance) et n, le nombre de réponses sur lequel il est calculé ; ⚠ signale moins de { $low } réponses : à lire avec prudence.
booklet-stage = Étape { $index } sur { $count } : { $stage }
quoted = « { $text } »
export-error-no-map = Le projet n'a pas de carte « { $map } ».
export-error-no-wave = Le projet n'a pas de vague d'enquête « { $wave } ».
export-error-image-too-large = L'image ferait { $width } × { $height } pixels, plus qu'on ne peut dessiner : choisissez une échelle plus petite.
export-error-poster-too-large = L'affiche prendrait { $columns } × { $rows } pages : choisissez une échelle plus petite ou un papier plus grand.
export-error-render = L'export n'a pas pu être dessiné : { $reason }
export-cancelled = Export annulé.
export-arg-no-map = Aucune carte ne s'appelle ou ne porte le numéro « { $map } » ; les cartes sont : { $maps }.
export-arg-no-wave = Aucune vague d'enquête ne s'appelle « { $wave } » ; les vagues sont : { $waves }.
export-arg-no-segment = Aucun segment ne s'appelle « { $segment } » ; les segments sont : { $segments }.
export-arg-bad-month = « { $month } » n'est pas un mois : écrivez-le AAAA-MM, par exemple 2026-01.
export-arg-bad-page = « { $page } » n'est pas un format de papier ; les formats sont : { $pages }.
export-arg-bad-scale = « { $scale } » n'est pas une échelle d'impression : écrivez un pourcentage (100%) ou un facteur (1.5), entre 5% et 2000%.
export-arg-bad-delimiter = « { $delimiter } » n'est pas un séparateur CSV : utilisez « , » ou « ; ».
export-written = { $file } écrit ({ $size }).

## The export dialog
export-menu = Exporter…
repeat-export = Refaire le dernier export
export-title = Exporter
export-format = Format
export-format-pdf = Document PDF
export-format-png = Image PNG
export-format-svg = Dessin SVG
export-format-csv = Tableau CSV (tableur)
export-format-html = Visionneuse HTML (s'ouvre dans tout navigateur)
export-layout = Mise en page
export-one-page = Une page
export-poster = Affiche
export-booklet = Livret
export-paper = Papier
export-landscape = Paysage
export-margins = Marges
export-poster-scale = Échelle d'impression
export-resolution = Résolution
export-dpi = { $dpi } ppp
export-delimiter = Séparateur
export-comma = Virgule ( , )
export-semicolon = Point-virgule ( ; ), virgule décimale
export-scores = Afficher les scores
export-destination = Enregistrer dans
export-no-destination = Choisissez où enregistrer le fichier.
export-choose-file = Choisir…
export-preview = Première page
export-button = Exporter
export-csv-preview = Une ligne par carte : { $rows } lignes, avec tous les champs et les chiffres des points de contact avec leur n.
exporting = Export de
export-failed = Export impossible
export-done = { $file } exporté ({ $size })
export-files = Exports
quote-in-exports = Le citer dans les exports (livret, visionneuse HTML)

## Presenting
present = Présenter
present-map = Présenter la carte
next-step = Étape suivante
previous-step = Étape précédente
first-stage = Première étape
last-stage = Dernière étape
go-to-stage = Aller à cette étape
overview = Vue d'ensemble
scroll-stage-down = Plus bas dans l'étape
scroll-stage-up = Plus haut dans l'étape
blank-black = Écran noir (à nouveau pour revenir)
blank-white = Écran blanc (à nouveau pour revenir)
laser-pointer = Pointeur laser, allumé ou éteint
zoom-on-card = Zoomer sur la carte sous le pointeur, ou revenir
presenter-window = Fenêtre de l'intervenant
end-presentation = Terminer la présentation
shortcuts-in-presentation = Pendant une présentation
presenter-window-title = Intervenant — Parcours
presenter-now = Maintenant
presenter-next = Ensuite
presenter-end = Fin de la présentation
presenter-notes = Notes
presenter-no-notes = Pas de notes pour cette étape.
presenter-elapsed = Écoulé { $time }
presenter-clock = Heure { $time }
slide-more-below = { $marker } · suite plus bas
slide-marker = { $stage } · { $number } / { $count }
speaker-notes = Notes de l'intervenant
saved-views = Vues enregistrées
everything = Tout
new-view = Nouvelle vue
view-default-name = Vue { $number }
view-name = Nom
view-lanes = Couloirs montrés
view-stages = Étapes présentées, dans l'ordre
view-move-up = Plus tôt
view-move-down = Plus tard
view-zoom-on = Zoom sur
view-whole-stage = toute l'étape
view-persona = Persona
view-persona-map = celui de la carte
view-wave = Vague d'enquête
view-wave-editor = celle choisie dans l'éditeur
view-filter = Filtre
view-filter-editor = celui de l'éditeur
view-filter-take = Prendre le filtre actuel
view-filter-clear = Prendre celui de l'éditeur
present-view = Présenter cette vue
delete-view = Supprimer cette vue
pdf-slides = Présentation (une diapositive par étape)
slides-notes = Notes de l'intervenant sous chaque diapositive
slides-view = Vue
export-no-view = La carte n'a pas de vue enregistrée nommée « { $name } ». Ses vues : { $views }.

## Tested differences
difference-significant = significatif
difference-not-significant = peut-être du bruit
difference-not-tested = non testé (échelles différentes ou trop peu de réponses)
test-nps-difference = Différence de deux NPS à 95 % : test z, chaque NPS avec la variance de sa marge. z = { $statistic }, p = { $p_value }.
test-two-proportion = Parts top-2 à 95 % : test z de deux proportions (poolé). z = { $statistic }, p = { $p_value }.
test-welch = Moyennes à 95 % : test t de Welch. t = { $statistic }, ddl = { $degrees }, p = { $p_value }.
segment-against-rest = { $segment } face au reste
rest-of-answers = Le reste

## Opportunities sized by the survey
sizing-heading = Dans l’enquête
opportunity-touchpoints = Points de contact visés
sizing-reach = Portée : { $answers } réponses { $touchpoints ->
        [one] à un point de contact
       *[other] à { $touchpoints } points de contact
    } ({ $share } de toutes les réponses)
sizing-detractors = Détracteurs concernés : { $detractors } ({ $share } { $margin })
sizing-what-if = Si ces détracteurs devenaient passifs, le NPS passerait de { $today } à { $what_if } ({ $margin }).
sizing-suggested = Impact suggéré par les données : { $impact } / 5 (NPS { $uplift })
sizing-use-suggested = Prendre cet impact
sizing-nothing = Aucun des points de contact visés n’a de réponses NPS dans cette vague. Reliez-la à des points de contact, ou ses irritants à des points de contact, pour la dimensionner.

## Timer
timer = Minuteur
timer-show = Minuteur
timer-start-pause = Lancer ou mettre en pause le minuteur
timer-start = Lancer
timer-pause = Pause
timer-reset = Réinitialiser
timer-more-minute = Une minute de plus
timer-less-minute = Une minute de moins
timer-more-five = Cinq minutes de plus
timer-less-five = Cinq minutes de moins
timer-hide = Masquer le minuteur
shortcuts-on-timer = Le pointeur sur le minuteur
edit-vote = vote

## Dot voting
vote-start-menu = Lancer un vote…
vote-setup-title = Vote par gommettes
votes-per-participant = Gommettes par participant
vote-on = Voter sur
kind-pain-points = Irritants
kind-opportunities = Opportunités
kind-touchpoints = Points de contact
kind-notes = Notes
vote-hidden = Cacher les gommettes jusqu’au dévoilement
vote-participants = Participants
vote-participants-hint = Un nom par ligne, ou aucun pour des votants anonymes
vote-anonymous = Votants anonymes
vote-start = Lancer le vote
vote-name = Vote { $number }
participant-name = Participant { $number }
now-voting = Au tour de { $participant } — { $dots ->
        [0] plus de gommette
        [one] une gommette restante
       *[other] { $dots } gommettes restantes
    }
vote-next-participant = Participant suivant
vote-end = Clore le vote…
vote-how-to = Cliquez sur une carte pour y poser une gommette, cliquez à nouveau pour la reprendre.
vote-no-dots-left = Plus de gommette : cliquez sur l’une des vôtres pour la reprendre, ou passez au participant suivant.
vote-not-on-this-kind = Ce vote ne porte pas sur ce type de carte.
vote-everyone-voted = Tout le monde a voté : l’animateur peut clore le vote.
vote-end-title = Clore le vote ?
vote-end-question = { $dots ->
        [one] Une gommette
       *[other] { $dots } gommettes
    } de { $voted } { $participants ->
        [one] participant sur un
       *[other] participants sur { $participants }
    }. Une fois clos, plus personne ne peut y voter, et le résultat est montré à tous.
vote-end-and-reveal = Clore et dévoiler
vote-keep-voting = Continuer le vote
vote-result-title = Résultat — { $name }
vote-result-caption = { $participants ->
        [one] Un participant
       *[other] { $participants } participants
    }, { $dots ->
        [one] une gommette
       *[other] { $dots } gommettes
    }, clos le { $ended }
vote-no-dots = Aucune carte n’a reçu de gommette.
dot-count = { $count ->
        [one] une gommette
       *[other] { $count } gommettes
    }

## Priority matrix
priority-matrix = Matrice de priorisation
matrix-how-to = Chaque opportunité selon son effort (en largeur) et son impact (en hauteur). Faites glisser un point pour les changer ; cliquez dessus pour sélectionner la carte.
matrix-empty = Cette carte n’a pas encore d’opportunité : ajoutez-en dans le couloir des opportunités.
quadrant-quick-wins = Gains rapides
quadrant-big-bets = Grands projets
quadrant-fill-ins = Tâches d’appoint
quadrant-money-pits = Gouffres
matrix-point = Impact { $impact } / 5, effort { $effort } / 5 : { $quadrant }
matrix-effort-axis = Effort
matrix-impact-axis = Impact

## Quick capture
quick-capture = Saisie rapide
quick-capture-hint = Tapez puis Entrée : une carte. Tab : la case suivante.
quick-capture-close = Fermer la saisie rapide

## Evidence labels
evidence = Fondement
evidence-none = aucun
evidence-observed = Observé
evidence-research = Issu d’une étude
evidence-assumed = Supposé
evidence-proposed = Proposé
evidence-observed-letter = O
evidence-research-letter = É
evidence-assumed-letter = S
evidence-proposed-letter = P
legend-evidence = Fondement
view-evidence = Seulement les cartes au fondement

## Action plan
actions = Actions
action-title = Action
action-due = Échéance
action-due-hint = AAAA-MM-JJ
action-due-not-a-date = Ce n’est pas une date : écrivez-la 2026-12-31.
action-status = État
action-remove = Retirer
action-add = Ajouter une action
action-to-do = À faire
action-doing = En cours
action-done = Fait
action-dropped = Abandonné
action-plan = Plan d’action
action-plan-how-to = Toutes les actions des irritants et opportunités de la carte. Cliquez sur un en-tête pour trier, sur une carte pour la sélectionner.
action-plan-empty = Aucune action pour l’instant : ajoutez-en dans l’inspecteur d’un irritant ou d’une opportunité.
action-plan-sort = Trier selon cette colonne (à nouveau : l’ordre de la carte)
action-on = Sur
booklet-action = Action : { $title } — { $owner }, { $due }, { $status }

## Workshop summary
summary-menu = Synthèse de l’atelier…
summary-title = Synthèse de l’atelier — { $map }
summary-votes = Votes
summary-no-vote = Pas encore de vote.
summary-no-opportunity = Pas encore d’opportunité.
summary-no-action = Pas encore d’action.
summary-no-owner = sans responsable
summary-changes = Changements pendant cette séance
summary-no-change = Aucun.
summary-change-counts = { $added } { $added ->
        [one] ajoutée
       *[other] ajoutées
    }, { $removed } { $removed ->
        [one] retirée
       *[other] retirées
    }, { $changed } { $changed ->
        [one] modifiée
       *[other] modifiées
    }
summary-copy = Copier
summary-copied = Copié.
