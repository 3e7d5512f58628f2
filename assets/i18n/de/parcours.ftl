# Parcours — Deutsch.

language-name = Deutsch


## Menus

menu-file = Datei
menu-edit = Bearbeiten
menu-view = Ansicht
menu-map = Karte
menu-help = Hilfe
new = Neu
open = Öffnen…
open-recent = Zuletzt geöffnet
no-recent-files = Keine zuletzt geöffneten Dateien
save = Speichern
save-as = Speichern unter…
open-example = Beispielprojekt öffnen
quit = Beenden
undo = Rückgängig
redo = Wiederholen
cut = Ausschneiden
copy = Kopieren
paste = Einfügen
duplicate = Duplizieren
duplicate-map = Karte duplizieren
delete = Löschen
rename = Umbenennen
select-all = Alles auswählen
select-neighbour = Benachbarte Karte auswählen
fit-to-screen = An Fenster anpassen
zoom-in = Vergrößern
zoom-out = Verkleinern
actual-size = Originalgröße
language = Sprache
show-navigator = Projektnavigator
show-inspector = Inspektor
add-stage = Phase hinzufügen
add-lane = Zeile hinzufügen
new-map-from-template = Neue Karte aus Vorlage
about = Über Parcours
keyboard-shortcuts = Tastenkürzel

## Navigator

maps = Karten
personas = Personas
add-map = Karte hinzufügen
add-persona = Persona hinzufügen
move-up = Nach oben
move-down = Nach unten
move-left = Nach links
move-right = Nach rechts
no-persona = Keine Persona
seen-through = Aus Sicht von
project = Projekt

collapse-navigator = Navigator einklappen

## Inspector

title = Titel
description = Beschreibung
channel = Kanal
phase = Abschnitt
owner = Verantwortlich
moment-of-truth = Moment der Wahrheit
emotion = Emotion
expected = Erwartetes Erlebnis
notes = Notizen
severity = Schweregrad
frequency = Häufigkeit
votes = Stimmen
touchpoints = Kontaktpunkte
pain-points = Schmerzpunkte
impact = Wirkung
effort = Aufwand
name = Name
color = Farbe
other-color = Andere Farbe
width = Breite
kind = Art
segment = Segment
goals = Ziele
frustrations = Frustrationen
quote = Zitat
photo = Foto
choose-photo = Foto wählen…
remove-photo = Foto entfernen
client = Kunde
author = Autor
created = Erstellt
modified = Geändert
nothing-selected = Wählen Sie eine Karte, eine Phase oder eine Zeile, um sie hier zu bearbeiten.
cards-selected = { $count ->
        [one] { $count } Karte ausgewählt
       *[other] { $count } Karten ausgewählt
    }
stage = Phase
lane = Zeile
card = Karte
map-details = Karte
stages = Phasen
none = Keine

## Canvas

add-card = Karte hinzufügen
new-card = Neue Karte
new-stage = Neue Phase
new-lane = Neue Zeile
new-map = Neue Karte
new-persona = Neue Persona
empty-map-hint = Zeigen Sie auf eine Zelle und klicken Sie auf +, um eine Karte hinzuzufügen
not-saved-yet = Noch nicht gespeichert
no-survey-attached = Keine Umfrage verknüpft

## Surveys

import-survey = Umfrage importieren…
import-survey-title = Umfrage importieren
survey-files = Umfrageexporte
survey-read-error = Die Umfrage konnte nicht gelesen werden
no-card-for-survey = Keine Antworten für diesen Kontaktpunkt
surveys = Umfragen
survey = Umfrage
all-segments = Alle Segmente
period = Zeitraum
period-to = bis
any-month = beliebig
heat-map = Heatmap
badges-show = Kennzahlen
dashboard = Dashboard
back-to-map = Zurück zur Karte
compare-with = Vergleichen mit
no-comparison = kein Vergleich
more-filters = Zeitraum, Kennzahlen…
reset-filter = Filter zurücksetzen
step-columns = 1. Spalten
preview-first-rows = Die ersten Zeilen
columns-and-roles = Was jede Spalte ist
step-touchpoints = 2. Kontaktpunkte
next = Weiter
back = Zurück
import = Importieren
refresh = Aktualisieren
column = Spalte
role = Rolle
found-in-column = Gefunden
header-rows = Kopfzeilen
csat-scale = CSAT-Skala
ces-scale = CES-Skala
ces-direction = CES-Richtung
ces-higher-easier = höher = leichter
ces-lower-easier = 1 = am leichtesten (beim Import umgekehrt)
date-order-label = Datumsangaben
date-order-auto = aus der ganzen Spalte bestimmt
day-first = tt/mm/jjjj
month-first = m/t/jjjj
role-ignore = Ignorieren
role-touchpoint = Kontaktpunkt
role-date = Datum
role-verbatim = Freitext
role-respondent = Befragten-ID
role-count = Anzahl
value-in-file = In der Datei
answers = Antworten
on-the-map = Auf der Karte
leave-out = Weglassen
unassigned = Nicht auf der Karte
create-touchpoint = Neuer Kontaktpunkt
new-touchpoints-go-to = Neue Kontaktpunkte kommen in die Phase
suggested = vorgeschlagen
matched = zugeordnet
not-matched = nicht zugeordnet
no-touchpoint-column = Keine Kontaktpunkt-Spalte und kein Kontaktpunkt in den Kopfzeilen: Die Werte zählen für die ganze Umfrage, nicht für einen Kontaktpunkt.
no-score-column = Wählen Sie mindestens eine NPS-, CSAT- oder CES-Spalte.
import-report = Importbericht
copy-report = Bericht kopieren
rows-skipped = Übersprungene Zeilen
values-not-counted = Nicht gezählte Werte
warnings-label = Zu prüfen
survey-scores = Umfragewerte
low-sample = kleine Stichprobe
detractors = Kritiker
passives = Passive
promoters = Promotoren
trend-by-month = Verlauf nach Monat
verbatims = Freitextantworten
search-verbatims = Kommentare durchsuchen
ranked-by = Kontaktpunkte geordnet nach
whole-survey = ganze Umfrage
emotion-against-nps = Emotionskurve und NPS
stage-averages = Mittelwerte der Phasen
no-survey-yet = Noch keine Umfrage importiert. Datei ➡ Umfrage importieren…, oder ziehen Sie einen CSV- oder XLSX-Export auf das Fenster.
remove-survey = Umfrage entfernen
refresh-from-file = Aus der Datei aktualisieren
top2-box = Top-2-Box
mean-label = Mittelwert
agree-label = Zustimmung
line-of-interaction = Interaktionslinie
line-of-visibility = Sichtbarkeitslinie
line-of-internal-interaction = Linie der internen Interaktion
no-map = Dieses Projekt hat noch keine Karte. Fügen Sie eine aus einer Vorlage im Menü Karte hinzu.
delete-stage = Phase löschen
delete-lane = Zeile löschen
insert-stage-before = Phase davor einfügen
insert-stage-after = Phase danach einfügen
insert-lane-above = Zeile darüber einfügen
insert-lane-below = Zeile darunter einfügen

## Status bar and dialogs

saved = Gespeichert
unsaved = Ungespeicherte Änderungen
untitled = Unbenannt
zoom = Zoom
unsaved-title = Ungespeicherte Änderungen
unsaved-question = Die Änderungen an diesem Projekt zuerst speichern?
changed-on-disk-title = Die Datei wurde von einem anderen Programm geändert
changed-on-disk-text = Seit Parcours sie geöffnet oder gespeichert hat, wurde die Datei auf der Festplatte geändert (ein anderes Programm, ein git pull, ein anderes Parcours-Fenster). Jetzt zu speichern ersetzt diese Version durch Ihre.
overwrite-it = Durch meine ersetzen
save-elsewhere = Unter anderem Namen speichern…
reload-file = Datei neu laden
already-open-title = Diese Datei ist in einem anderen Fenster geöffnet
already-open = { $file } ist auch in einem anderen Parcours-Fenster geöffnet (Prozess { $process }). In beiden zu speichern würde die Arbeit des anderen ersetzen: schließen Sie eines davon oder speichern Sie dieses unter einem anderen Namen.
dont-save = Nicht speichern
cancel = Abbrechen
ok = OK
error-title = Etwas ist schiefgegangen
could-not-open = Die Datei konnte nicht geöffnet werden
could-not-save = Die Datei konnte nicht gespeichert werden
colon = { ": " }
file-not-text = das ist keine Textdatei; ein Parcours-Projekt ist eine RON-Textdatei
file-not-a-file = das ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät): ein Parcours-Projekt ist eine RON-Textdatei
file-foreign = das ist kein Parcours-Projekt (es sollte mit `format: "parcours"` beginnen)
file-too-new = diese Datei wurde von einer neueren Version von Parcours geschrieben (Formatversion { $found }; diese liest bis { $supported }); aktualisieren Sie Parcours, um sie zu öffnen
project-files = Parcours-Projekte
example-project = Beispielprojekt
about-text = Parcours kartiert Customer Journeys: Phasen, Kontaktpunkte, Emotionen, Schmerzpunkte und Chancen, gespeichert als eine lesbare RON-Datei.
close = Schließen
image-files = Bilder
own-file-dialog = der Desktop hat keinen Dateidialog, daher dieser von Parcours
file-dialog-save = Speichern
file-dialog-open = Öffnen
file-dialog-cancel = Abbrechen
file-dialog-file = Datei:
reading = Lesen
saving = Speichern
cancelling = Wird abgebrochen…
file-dialog-new-folder = Neuer Ordner
file-dialog-show-hidden = Versteckte Dateien anzeigen
keys-ctrl-wheel = Strg+Mausrad
zoom-around-pointer = Um den Zeiger zoomen
keys-drag-background = Hintergrund ziehen
pan = Verschieben
keys-shift-drag = Umschalt+Ziehen
rubber-band = Mit einem Auswahlrahmen auswählen
keys-shift-click = Umschalt/Strg+Klick
toggle-selection = Zur Auswahl hinzufügen oder daraus entfernen

## Edit names for the history ("Undo move 'X'")

edit-add-card = Hinzufügen
edit-delete-card = Löschen
edit-move-card = Verschieben
edit-change-card = Ändern
edit-rename-card = Umbenennen
edit-add-stage = Phase hinzufügen
edit-delete-stage = Phase löschen
edit-move-stage = Phase verschieben
edit-change-stage = Phase ändern
edit-resize-stage = Phasenbreite ändern
edit-add-lane = Zeile hinzufügen
edit-delete-lane = Zeile löschen
edit-move-lane = Zeile verschieben
edit-change-lane = Zeile ändern
edit-add-map = Karte hinzufügen
edit-delete-map = Karte löschen
edit-move-map = Karte verschieben
edit-change-map = Karte ändern
edit-change-views = Gespeicherte Ansichten ändern
edit-add-persona = Persona hinzufügen
edit-import-survey = Umfrage importieren
edit-delete-wave = Umfrage entfernen
edit-change-wave = Umfrage ändern
edit-delete-persona = Persona löschen
edit-change-persona = Persona ändern
edit-change-project = Projektangaben ändern
edit-several = Bearbeiten von Karten
edit-paste = Einfügen
edit-duplicate = Duplizieren
edit-delete-several = Karten löschen
edit-move-several = Karten verschieben

## Templates

template-purchase = Kaufprozess in sechs Phasen
template5-a = Kotlers 5A
template-before-during-after = Vor, während und nach dem Kauf
template-blueprint = Service Blueprint
template-blank = Leere Karte

## Names of channels, phases, frequencies, severities and lane kinds

channel-web = Website
channel-mobile-app = Mobile App
channel-store = Geschäft
channel-phone = Telefon
channel-email = E-Mail
channel-social-media = Soziale Medien
channel-chatbot = Chat
channel-delivery = Lieferung
channel-word-of-mouth = Mundpropaganda
channel-advertising = Werbung
channel-mail = Post
channel-other = Sonstiges
phase-before = Vor dem Kauf
phase-during = Während des Kaufs
phase-after = Nach dem Kauf
frequency-rarely = Selten
frequency-sometimes = Manchmal
frequency-often = Oft
frequency-always = Immer
severity-1 = Gering
severity-2 = Mittel
severity-3 = Schwer
severity-4 = Kritisch
lane-kind-text = Text
lane-kind-touchpoints = Kontaktpunkte
lane-kind-emotion = Emotionskurve
lane-kind-pain-points = Schmerzpunkte
lane-kind-opportunities = Chancen
lane-kind-metrics = Umfragewerte
lane-kind-physical-evidence = Physische Belege
lane-kind-frontstage = Frontstage
lane-kind-backstage = Backstage
lane-kind-support = Unterstützungsprozesse

## Template contents: stages and lanes

purchase-stage-1 = Bedarfserkennung
purchase-stage-2 = Informationssuche
purchase-stage-3 = Vergleich
purchase-stage-4 = Entscheidung
purchase-stage-5 = Kauf
purchase-stage-6 = Kundenbindung
five-a-stage-1 = Aufmerksamkeit (Aware)
five-a-stage-2 = Anziehung (Appeal)
five-a-stage-3 = Nachfrage (Ask)
five-a-stage-4 = Handlung (Act)
five-a-stage-5 = Empfehlung (Advocate)
before-during-after-stage-1 = Vor dem Kauf
before-during-after-stage-2 = Während des Kaufs
before-during-after-stage-3 = Nach dem Kauf
blueprint-stage-1 = Entdecken
blueprint-stage-2 = Buchen
blueprint-stage-3 = Nutzen
blueprint-stage-4 = Bezahlen
blueprint-stage-5 = Nachbetreuung
blank-stage-1 = Phase 1
blank-stage-2 = Phase 2
blank-stage-3 = Phase 3
lane-doing = Was der Kunde tut
lane-thinking = Was er denkt
lane-touchpoints = Kontaktpunkte
lane-emotion = Emotion
lane-pain-points = Schmerzpunkte
lane-opportunities = Chancen
lane-survey-scores = Umfragewerte
lane-physical-evidence = Physische Belege
lane-customer-actions = Kundenaktionen
lane-frontstage = Frontstage
lane-backstage = Backstage
lane-support = Unterstützungsprozesse

## Import report and column notes

column-name = Spalte { $number } „{ $header }“
list-and = { " und " }
skip-no-touchpoint = kein Kontaktpunkt
skip-touchpoint-ignored = Kontaktpunkt „{ $touchpoint }“ weggelassen
skip-no-answer = weder Wert noch Kommentar
skip-bad-count = Anzahl „{ $value }“ ist keine ganze Zahl
value-out-of-scale = Zeile { $line }, { $column }: „{ $value }“ liegt außerhalb der { $metric }-Skala { $scale }, nicht gezählt
value-not-a-score = Zeile { $line }, { $column }: „{ $value }“ ist kein { $metric }-Wert, nicht gezählt
value-not-a-date = Zeile { $line }, { $column }: „{ $value }“ ist kein Datum, Antwort ohne Monat behalten
date-order-month-first = m/t/jjjj
date-order-day-first = tt/mm/jjjj
warning-date-order-guessed = jedes Datum passt zu beiden Reihenfolgen von Tag und Monat: gelesen als { $order }
warning-date-order-mixed = die Daten mischen tt/mm und mm/tt: wo möglich mit dem Tag zuerst gelesen
warning-column = { $column }: { $note }
warning-pooled = { $metric } zählt die Antworten von { $columns } zusammen, wie gewünscht
warning-minority = { $column }: nur { $counted } von { $answered } Antworten passen zur { $metric }-Skala { $scale }; die Spalte wird nicht gezählt ({ $advice })
advice-scale-command-line = prüfen Sie die Skala der Frage
advice-scale-import-dialog = wählen Sie die Skala der Frage im Importdialog
note-scale-found = { $metric }: Antworten von { $min } bis { $max }, gelesen auf { $scale }
note-scale-found-top-two = { $metric }: Antworten von { $min } bis { $max }, gelesen auf { $scale }, Top-2-Box = { $top }
note-nps-one-to-ten = Empfehlung auf 1–10 gefragt, nicht auf 0–10: keine Antwort ist 0
note-above-scale = Antworten gehen bis { $max }, über die Skala { $scale } hinaus: diese werden nicht gezählt
note-derived = eine Gruppe, Kategorie oder Summe, abgeleitet aus { $metric }-Antworten (wie die NPS-Gruppe von Qualtrics): nie als Antworten gezählt
note-also-looks-like-command-line = sieht auch nach { $metric } aus; nicht gezählt, { $counted } wird gezählt (mit { $option } { $number } wird stattdessen diese gezählt)
note-also-looks-like-import-dialog = sieht auch nach { $metric } aus; nicht gezählt, { $counted } wird gezählt (wählen Sie { $metric } als ihre Rolle, um sie zu zählen, und Ignorieren für die andere)
note-narrow-answers = Antworten nur von { $min } bis { $max }: keine { $metric }-Skala
note-fits-no-scale = Antworten von { $min } bis { $max } passen zu keiner { $metric }-Skala ({ $scales })
note-not-counted-command-line = { $why }; nicht gezählt (mit { $option } { $number } wird sie trotzdem gezählt)
note-not-counted-import-dialog = { $why }; nicht gezählt (wählen Sie { $metric } als ihre Rolle, um sie trotzdem zu zählen)
note-answer-codes = Antworten als Codes ({ $first } … { $last }, wie LimeSurvey sie schreibt): nach ihrer Position gelesen, der erste Code ist die niedrigste Antwort
note-counts-by-values-command-line = ganze Zahlen neben den Werten, jeder Kontaktpunkt und Wert nur einmal: als Anzahlen gelesen
note-counts-by-values-import-dialog = ganze Zahlen neben den Werten, jeder Kontaktpunkt und Wert nur einmal: als Anzahlen gelesen (wählen Sie Ignorieren als Rolle, wenn es keine sind)
note-outside-chosen-scale = Antworten von { $min } bis { $max }, außerhalb der { $metric }-Skala { $scale }: diese werden nicht gezählt (wählen Sie oben die Skala oder eine andere Rolle)
report-summary = { $read ->
        [one] { $read } Zeile gelesen
       *[other] { $read } Zeilen gelesen
    }, { $used } verwendet, { $skipped } übersprungen; { $values ->
        [one] { $values } Wert
       *[other] { $values } Werte
    } nicht gezählt.
report-file = { $file }: { $summary }
report-dates-read-as = Daten gelesen als { $order }
report-nothing-left-out = Keine Zeile übersprungen, kein Wert außerhalb der Skala.
report-skipped-line = Zeile { $line }: { $reason }

## Figures and captions on screen

response-count = { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    }
stage-averages-pooled = Alle Antworten der Kontaktpunkte der Phase, zusammengefasst.
opportunity-caption = Wirkung { $impact } · Aufwand { $effort }
status-zoom = Zoom { $percent }
status-cards = { $map } · { $count ->
        [one] { $count } Karte
       *[other] { $count } Karten
    }
window-title = { $name } — Parcours
delimiter-tab = Tabulator
encoding-utf8-bom = UTF-8 mit BOM
source-sheet = Tabellenblatt „{ $sheet }“
layout-long = Langformat (eine Kontaktpunkt-Spalte)
layout-wide = Breitformat (eine Spalte pro Kontaktpunkt)
layout-aggregated = aggregierte Anzahlen
layout-overall = Werte für die ganze Umfrage
header-row-count = { $rows ->
        [one] { $rows } Kopfzeile
       *[other] { $rows } Kopfzeilen
    }
map-counts = { $stages ->
        [one] { $stages } Phase
       *[other] { $stages } Phasen
    } · { $lanes ->
        [one] { $lanes } Zeile
       *[other] { $lanes } Zeilen
    } · { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }

## What can be wrong in a project file

item-persona = Persona
item-map = Karte
item-stage = Phase
item-lane = Zeile
item-card = Karte
item-wave = Umfrage
problem-duplicate-id = die ID { $id } dieses Elements ({ $item }) wird schon von einem anderen verwendet
problem-stage-width = die Breite der Phase { $stage } ist keine Zahl
problem-card-stage = Karte { $card } liegt in Phase { $stage }, die ihre Karte nicht hat
problem-card-lane = Karte { $card } liegt in Zeile { $lane }, die ihre Karte nicht hat
problem-card-kind = Karte { $card } kann nicht in Zeile { $lane } liegen (Zeilen der Art „{ $kind }“ nehmen diese Art Karte nicht auf)
problem-persona = Karte { $map } wird aus Sicht der Persona { $persona } gezeigt, die es nicht gibt
problem-cell = eine Wertezelle der Umfrage { $wave } nennt einen Kontaktpunkt oder ein Segment, das sie nicht aufführt
problem-wave-card = ein Kontaktpunkt der Umfrage { $wave } ist der Karte { $card } zugeordnet, die keine Karte hat
problem-count-too-large = eine Wertezelle der Umfrage { $wave } hat eine Anzahl über { $max }, was keine Umfrage hat
problem-counts = Umfrage { $wave } hat mehr { $metric }-Anzahlen, als ihre Skala { $scale } erlaubt
save-failed = nichts wurde geändert: das Speichern brach ab beim { $step } ({ $error })
save-step-check = Prüfen der Datei
save-step-write = Schreiben der neuen Version
save-step-sync = Schreiben auf die Festplatte
save-step-backup = Aufbewahren der vorigen Version als .bak
save-step-rename = Einsetzen der neuen Version
save-not-regular-file = das ist keine gewöhnliche Datei (ein Ordner oder ein Gerät): nichts wurde geschrieben; speichern Sie unter einem anderen Namen
save-read-only = die Datei ist schreibgeschützt: nichts wurde geschrieben; heben Sie den Schutz auf oder speichern Sie unter einem anderen Namen
save-no-temporary-name = alle temporären Namen neben der Datei sind vergeben: nichts wurde geschrieben; entfernen Sie die .parcours-…-Dateien dieses Ordners
file-error-place = , Zeile { $line }, Spalte { $column }
file-not-written = das Projekt konnte nicht geschrieben werden: { $message }

## The command line

cli-no-window = parcours: das Fenster konnte nicht geöffnet werden: { $error }
cli-check-valid = { $file }: gültig, { $maps ->
        [one] { $maps } Karte
       *[other] { $maps } Karten
    }, { $stages ->
        [one] { $stages } Phase
       *[other] { $stages } Phasen
    }, { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }
fmt-canonical = { $file }: schon in kanonischer Form
fmt-rewritten = { $file }: in kanonische Form umgeschrieben
fmt-not-canonical = { $file }: nicht in kanonischer Form
stats-no-such-column = { $file }: keine Spalte „{ $wanted }“; die Spalten sind: { $columns }
stats-file-why = { $file }: { $why }
stats-empty = die Datei ist leer
stats-binary = das ist keine Textdatei (sie enthält NUL-Bytes): exportieren Sie die Umfrage als CSV, XLSX oder ODS
stats-no-data-rows = die Datei hat eine Kopfzeile, aber keine Antworten darunter
stats-unclosed-quote = Zeile { $line }: dort öffnet ein Anführungszeichen, das nie geschlossen wird, sodass der Rest der Datei als eine Zelle gelesen wird; schließen oder entfernen Sie es
stats-no-score-column = keine NPS-, CSAT- oder CES-Spalte unter { $columns } Spalten; nennen Sie eine mit --nps, --csat oder --ces
stats-no-score = kein Wert konnte gelesen werden: { $read } Zeilen gelesen, { $skipped } übersprungen, { $values } Werte nicht gezählt
stats-all = (alle)
stats-touchpoint = Kontaktpunkt
stats-responses = Antworten
stats-top-two = Top-2 %
stats-mean = Mittel
stats-agree = Zust. %
stats-csat-scale = CSAT auf { $scale }: Top-2 % ist der Anteil der Antworten { $answers }
stats-ces-scale = CES auf { $scale }: Zust. % ist der Anteil der Antworten { $answers }
stats-skipped-line = Zeile { $line } übersprungen: { $reason }
stats-warning = Warnung: { $warning }
survey-unreadable = { $file }: { $error }
survey-bad-sheet = { $file }: keine lesbare Tabelle ({ $message })
survey-no-sheet = { $file }: die Arbeitsmappe hat kein Tabellenblatt
survey-unpacks = { $file }: die Arbeitsmappe entpackt sich auf { $megabytes } MB, mehr als Parcours liest (2.000 MB); sie ist beschädigt oder darauf angelegt, den Speicher zu füllen
survey-too-large = { $file }: das Tabellenblatt umfasst { $rows } Zeilen × { $columns } Spalten, mehr als Parcours liest (60 Millionen Zellen); exportieren Sie nur die Zeilen der Umfrage als CSV und importieren Sie diese
edit-no-item = kein Element ({ $item }) mit der ID { $id }
edit-duplicate-id = die ID { $id } wird schon verwendet

## Months, shortened as in dates ("Mar 2026")

month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.
month-year = { $month } { $year }

## Survey charts

trend-low-sample = ○ ein Monat mit weniger als { $n } Antworten: kein Band, mit Vorsicht zu lesen

## Key names in shortcuts

key-ctrl = Strg
key-alt = Alt
key-shift = Umschalt
key-left = Links
key-right = Rechts
key-up = Oben
key-down = Unten
key-delete = Entf
key-backspace = Rücktaste
key-escape = Esc
key-enter = Eingabe

## Recovery after a crash

recovery-title = Beim letzten Mal nicht gespeicherte Arbeit
recovery-text = Parcours wurde beim letzten Mal nicht normal beendet. Eine Kopie von { $name } wurde aufbewahrt ({ $time }).
recovery-copy-holds = Die Kopie: { $counts }.
recovery-saved-holds = Die gespeicherte Datei: { $counts }.
recovery-restore = Die Version von { $time } wiederherstellen
recovery-open-saved = Die gespeicherte Datei öffnen
recovery-discard = Die Kopie verwerfen
cli-check-counts = { $maps ->
        [one] { $maps } Karte
       *[other] { $maps } Karten
    }, { $stages ->
        [one] { $stages } Phase
       *[other] { $stages } Phasen
    }, { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }

## Exports: the title block and the legend of a map that leaves the app
export-persona = aus Sicht von { $persona }
export-survey = Werte: { $survey }
legend-channels = Kanäle
legend-severity = Schmerzpunkte
legend-heat = Heatmap: { $metric }
legend-figures = Jedes Badge zeigt einen Wert mit seiner Fehlermarge (± bei 95 % Konfidenz) und n, der Zahl der Antworten, auf denen er beruht; ⚠ markiert weniger als { $low } Antworten: mit Vorsicht lesen.
booklet-stage = Phase { $index } von { $count }: { $stage }
quoted = „{ $text }“
export-error-no-map = Das Projekt hat keine Karte „{ $map }“.
export-error-no-wave = Das Projekt hat keine Umfragewelle „{ $wave }“.
export-error-image-too-large = Das Bild wäre { $width } × { $height } Pixel groß, mehr als gezeichnet werden kann: Wählen Sie einen kleineren Maßstab.
export-error-poster-too-large = Das Poster bräuchte { $columns } × { $rows } Seiten: Wählen Sie einen kleineren Maßstab oder größeres Papier.
export-error-render = Der Export konnte nicht gezeichnet werden: { $reason }
export-cancelled = Export abgebrochen.
export-arg-no-map = Keine Karte heißt oder hat die Nummer „{ $map }“; die Karten sind: { $maps }.
export-arg-no-wave = Keine Umfragewelle heißt „{ $wave }“; die Wellen sind: { $waves }.
export-arg-no-segment = Kein Segment heißt „{ $segment }“; die Segmente sind: { $segments }.
export-arg-bad-month = „{ $month }“ ist kein Monat: Schreiben Sie JJJJ-MM, z. B. 2026-01.
export-arg-bad-page = „{ $page }“ ist kein Papierformat; die Formate sind: { $pages }.
export-arg-bad-scale = „{ $scale }“ ist kein Druckmaßstab: Schreiben Sie einen Prozentwert (100%) oder einen Faktor (1.5), zwischen 5% und 2000%.
export-arg-bad-delimiter = „{ $delimiter }“ ist kein CSV-Trennzeichen: Verwenden Sie „,“ oder „;“.
export-written = { $file } geschrieben ({ $size }).

## The export dialog
export-menu = Exportieren…
repeat-export = Letzten Export wiederholen
export-title = Exportieren
export-format = Format
export-format-pdf = PDF-Dokument
export-format-png = PNG-Bild
export-format-svg = SVG-Zeichnung
export-format-csv = CSV-Tabelle (Tabellenkalkulation)
export-format-html = HTML-Ansicht (öffnet in jedem Browser)
export-layout = Layout
export-one-page = Eine Seite
export-poster = Poster
export-booklet = Broschüre
export-paper = Papier
export-landscape = Querformat
export-margins = Ränder
export-poster-scale = Druckmaßstab
export-resolution = Auflösung
export-dpi = { $dpi } dpi
export-delimiter = Trennzeichen
export-comma = Komma ( , )
export-semicolon = Semikolon ( ; ), Dezimalkomma
export-scores = Werte zeigen
export-destination = Speichern unter
export-no-destination = Wählen Sie, wo die Datei gespeichert wird.
export-choose-file = Wählen…
export-preview = Erste Seite
export-button = Exportieren
export-csv-preview = Eine Zeile pro Karte: { $rows } Zeilen, mit allen Feldern und den Werten der Kontaktpunkte samt n.
exporting = Exportiere
export-failed = Export nicht möglich
export-done = { $file } exportiert ({ $size })
export-files = Exporte
quote-in-exports = In Exporten zitieren (Broschüre, HTML-Ansicht)

## Presenting
present = Präsentieren
present-map = Karte präsentieren
next-step = Nächste Phase
previous-step = Vorige Phase
first-stage = Erste Phase
last-stage = Letzte Phase
go-to-stage = Zu dieser Phase
overview = Übersicht
scroll-stage-down = Weiter unten in der Phase
scroll-stage-up = Weiter oben in der Phase
blank-black = Schwarzer Bildschirm (noch einmal: zurück)
blank-white = Weißer Bildschirm (noch einmal: zurück)
laser-pointer = Laserpointer ein oder aus
zoom-on-card = Auf die Karte unter dem Zeiger zoomen, oder zurück
presenter-window = Referentenansicht
end-presentation = Präsentation beenden
shortcuts-in-presentation = In einer Präsentation
presenter-window-title = Referentenansicht — Parcours
presenter-now = Jetzt
presenter-next = Danach
presenter-end = Ende der Präsentation
presenter-notes = Notizen
presenter-no-notes = Keine Notizen zu dieser Phase.
presenter-elapsed = Vergangen { $time }
presenter-clock = Uhrzeit { $time }
slide-more-below = { $marker } · weiter unten
slide-marker = { $stage } · { $number } / { $count }
speaker-notes = Notizen für die Präsentation
saved-views = Gespeicherte Ansichten
everything = Alles
new-view = Neue Ansicht
view-default-name = Ansicht { $number }
view-name = Name
view-lanes = Gezeigte Bahnen
view-stages = Gezeigte Phasen, in Reihenfolge
view-move-up = Früher
view-move-down = Später
view-zoom-on = Zoom auf
view-whole-stage = die ganze Phase
view-persona = Persona
view-persona-map = die der Karte
view-wave = Umfragewelle
view-wave-editor = die im Editor gewählte
view-filter = Filter
view-filter-editor = der des Editors
view-filter-take = Aktuellen Filter übernehmen
view-filter-clear = Den des Editors nehmen
present-view = Diese Ansicht präsentieren
delete-view = Diese Ansicht löschen
pdf-slides = Präsentation (eine Folie pro Phase)
slides-notes = Notizen unter jeder Folie
slides-view = Ansicht
export-no-view = Die Karte hat keine gespeicherte Ansicht „{ $name }“. Ihre Ansichten: { $views }.

## Tested differences
difference-significant = signifikant
difference-not-significant = vielleicht Zufall
difference-not-tested = nicht getestet (andere Skalen oder zu wenige Antworten)
test-nps-difference = Differenz zweier NPS bei 95 %: z-Test, jeder NPS mit der Varianz seiner Fehlermarge. z = { $statistic }, p = { $p_value }.
test-two-proportion = Top-2-Anteile bei 95 %: z-Test für zwei Anteile (gepoolt). z = { $statistic }, p = { $p_value }.
test-welch = Mittelwerte bei 95 %: Welch-t-Test. t = { $statistic }, FG = { $degrees }, p = { $p_value }.
segment-against-rest = { $segment } gegenüber dem Rest
rest-of-answers = Der Rest

## Opportunities sized by the survey
sizing-heading = In der Umfrage
opportunity-touchpoints = Adressierte Kontaktpunkte
sizing-reach = Reichweite: { $answers } Antworten an { $touchpoints ->
        [one] einem Kontaktpunkt
       *[other] { $touchpoints } Kontaktpunkten
    } ({ $share } aller Antworten)
sizing-detractors = Kritiker dort: { $detractors } ({ $share } { $margin })
sizing-what-if = Würden diese Kritiker zu Passiven, ginge der NPS von { $today } auf { $what_if } ({ $margin }).
sizing-suggested = Von den Daten vorgeschlagene Wirkung: { $impact } / 5 (NPS { $uplift })
sizing-use-suggested = Diese Wirkung übernehmen
sizing-nothing = Keiner der adressierten Kontaktpunkte hat NPS-Antworten in dieser Welle. Verknüpfen Sie sie mit Kontaktpunkten oder ihre Schmerzpunkte mit Kontaktpunkten, um sie zu bemessen.

## Timer
timer = Timer
timer-show = Timer
timer-start-pause = Timer starten oder anhalten
timer-start = Start
timer-pause = Pause
timer-reset = Zurücksetzen
timer-more-minute = Eine Minute mehr
timer-less-minute = Eine Minute weniger
timer-more-five = Fünf Minuten mehr
timer-less-five = Fünf Minuten weniger
timer-hide = Timer ausblenden
shortcuts-on-timer = Mit dem Zeiger auf dem Timer
edit-vote = Abstimmung

## Dot voting
vote-start-menu = Abstimmung starten…
vote-setup-title = Punktabstimmung
votes-per-participant = Punkte pro Person
vote-on = Abstimmen über
kind-pain-points = Schmerzpunkte
kind-opportunities = Chancen
kind-touchpoints = Kontaktpunkte
kind-notes = Notizen
vote-hidden = Punkte bis zur Auflösung verbergen
vote-participants = Teilnehmende
vote-participants-hint = Ein Name pro Zeile, oder keiner für anonyme Stimmen
vote-anonymous = Anonyme Stimmen
vote-start = Abstimmung starten
vote-name = Abstimmung { $number }
participant-name = Person { $number }
now-voting = Jetzt stimmt ab: { $participant } — { $dots ->
        [0] keine Punkte mehr
        [one] ein Punkt übrig
       *[other] { $dots } Punkte übrig
    }
vote-next-participant = Nächste Person
vote-end = Abstimmung beenden…
vote-how-to = Klicken Sie auf eine Karte, um einen Punkt zu setzen, und noch einmal, um ihn zurückzunehmen.
vote-no-dots-left = Keine Punkte mehr: Klicken Sie auf einen Ihrer Punkte, um ihn zurückzunehmen, oder geben Sie weiter.
vote-not-on-this-kind = Diese Abstimmung gilt nicht für Karten dieser Art.
vote-everyone-voted = Alle haben abgestimmt: Die Moderation kann die Abstimmung beenden.
vote-end-title = Abstimmung beenden?
vote-end-question = { $dots ->
        [one] Ein Punkt
       *[other] { $dots } Punkte
    } von { $voted } von { $participants ->
        [one] einer Person
       *[other] { $participants } Personen
    }. Danach kann niemand mehr abstimmen, und das Ergebnis wird allen gezeigt.
vote-end-and-reveal = Beenden und auflösen
vote-keep-voting = Weiter abstimmen
vote-result-title = Ergebnis — { $name }
vote-result-caption = { $participants ->
        [one] Eine Person
       *[other] { $participants } Personen
    }, { $dots ->
        [one] ein Punkt
       *[other] { $dots } Punkte
    }, beendet am { $ended }
vote-no-dots = Keine Karte hat einen Punkt bekommen.
dot-count = { $count ->
        [one] ein Punkt
       *[other] { $count } Punkte
    }

## Priority matrix
priority-matrix = Prioritätenmatrix
matrix-how-to = Jede Chance nach Aufwand (quer) und Wirkung (hoch). Ziehen Sie einen Punkt, um sie zu ändern; klicken Sie darauf, um die Karte auszuwählen.
matrix-empty = Diese Karte hat noch keine Chance: Fügen Sie welche in der Chancen-Bahn hinzu.
quadrant-quick-wins = Schnelle Erfolge
quadrant-big-bets = Große Vorhaben
quadrant-fill-ins = Lückenfüller
quadrant-money-pits = Geldgruben
matrix-point = Wirkung { $impact } / 5, Aufwand { $effort } / 5: { $quadrant }
matrix-effort-axis = Aufwand
matrix-impact-axis = Wirkung

## Quick capture
quick-capture = Schnellerfassung
quick-capture-hint = Tippen und Eingabe: eine Karte. Tab: die nächste Zelle.
quick-capture-close = Schnellerfassung schließen

## Evidence labels
evidence = Grundlage
evidence-none = keine
evidence-observed = Beobachtet
evidence-research = Aus Forschung
evidence-assumed = Angenommen
evidence-proposed = Vorgeschlagen
evidence-observed-letter = B
evidence-research-letter = F
evidence-assumed-letter = A
evidence-proposed-letter = V
legend-evidence = Grundlage
view-evidence = Nur Karten mit der Grundlage

## Action plan
actions = Maßnahmen
action-title = Maßnahme
action-due = Fällig
action-due-hint = JJJJ-MM-TT
action-due-not-a-date = Kein Datum: Schreiben Sie es als 2026-12-31.
action-status = Stand
action-remove = Entfernen
action-add = Maßnahme hinzufügen
action-to-do = Offen
action-doing = In Arbeit
action-done = Erledigt
action-dropped = Verworfen
action-plan = Maßnahmenplan
action-plan-how-to = Alle Maßnahmen der Schmerzpunkte und Chancen der Karte. Klicken Sie auf eine Überschrift zum Sortieren, auf eine Karte zum Auswählen.
action-plan-empty = Noch keine Maßnahme: Fügen Sie welche im Inspektor eines Schmerzpunkts oder einer Chance hinzu.
action-plan-sort = Nach dieser Spalte sortieren (nochmals: Reihenfolge der Karte)
action-on = Zu
booklet-action = Maßnahme: { $title } — { $owner }, { $due }, { $status }

## Workshop summary
summary-menu = Workshop-Zusammenfassung…
summary-title = Workshop-Zusammenfassung — { $map }
summary-votes = Abstimmungen
summary-no-vote = Noch keine Abstimmung.
summary-no-opportunity = Noch keine Chance.
summary-no-action = Noch keine Maßnahme.
summary-no-owner = ohne Verantwortliche
summary-changes = Änderungen in dieser Sitzung
summary-no-change = Keine.
summary-change-counts = { $added } hinzugefügt, { $removed } entfernt, { $changed } geändert
summary-copy = Kopieren
summary-copied = Kopiert.
