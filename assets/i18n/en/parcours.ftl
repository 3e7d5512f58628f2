# Parcours — English.

language-name = English


## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-map = Map
menu-help = Help
new = New
open = Open…
open-recent = Open recent
no-recent-files = No recent files
save = Save
save-as = Save as…
open-example = Open the example project
quit = Quit
undo = Undo
redo = Redo
cut = Cut
copy = Copy
paste = Paste
duplicate = Duplicate
duplicate-map = Duplicate map
delete = Delete
rename = Rename
select-all = Select all
select-neighbour = Select the neighbouring card
fit-to-screen = Fit to screen
zoom-in = Zoom in
zoom-out = Zoom out
actual-size = Actual size
language = Language
show-navigator = Project navigator
show-inspector = Inspector
add-stage = Add stage
add-lane = Add lane
new-map-from-template = New map from template
about = About Parcours
keyboard-shortcuts = Keyboard shortcuts

## Navigator

maps = Maps
personas = Personas
add-map = Add map
add-persona = Add persona
move-up = Move up
move-down = Move down
move-left = Move left
move-right = Move right
no-persona = No persona
seen-through = Seen through
project = Project

collapse-navigator = Fold the navigator away

## Inspector

title = Title
description = Description
channel = Channel
phase = Phase
owner = Owner
moment-of-truth = Moment of truth
emotion = Emotion
expected = Expected experience
notes = Notes
severity = Severity
frequency = Frequency
votes = Votes
touchpoints = Touchpoints
pain-points = Pain points
impact = Impact
effort = Effort
name = Name
color = Colour
other-color = Other colour
width = Width
kind = Kind
segment = Segment
goals = Goals
frustrations = Frustrations
quote = Quote
photo = Photo
choose-photo = Choose photo…
remove-photo = Remove photo
client = Client
author = Author
created = Created
modified = Modified
nothing-selected = Select a card, a stage or a lane to edit it here.
cards-selected = { $count ->
        [one] { $count } card selected
       *[other] { $count } cards selected
    }
stage = Stage
lane = Lane
card = Card
map-details = Map
stages = Stages
none = None

## Canvas

add-card = Add card
new-card = New card
new-stage = New stage
new-lane = New lane
new-map = New map
new-persona = New persona
empty-map-hint = Point at a cell and click + to add a card
not-saved-yet = Not saved yet
no-survey-attached = No survey attached

## Surveys

import-survey = Import survey…
import-survey-title = Import survey
survey-files = Survey exports
survey-read-error = Could not read the survey
no-card-for-survey = No answers for this touchpoint
surveys = Surveys
survey = Survey
all-segments = All segments
period = Period
period-to = to
any-month = any
heat-map = Heat map
badges-show = Badges
dashboard = Dashboard
back-to-map = Back to the map
compare-with = Compare with
no-comparison = no comparison
more-filters = Period, badges…
reset-filter = Reset filter
step-columns = 1. Columns
preview-first-rows = The first rows
columns-and-roles = What each column is
step-touchpoints = 2. Touchpoints
next = Next
back = Back
import = Import
refresh = Refresh
column = Column
role = Role
found-in-column = Found
header-rows = Header rows
csat-scale = CSAT scale
ces-scale = CES scale
ces-direction = CES direction
ces-higher-easier = higher = easier
ces-lower-easier = 1 = easiest (flipped on import)
date-order-label = Dates
date-order-auto = decided from the whole column
day-first = dd/mm/yyyy
month-first = m/d/yyyy
role-ignore = Ignore
role-touchpoint = Touchpoint
role-date = Date
role-verbatim = Verbatim
role-respondent = Respondent id
role-count = Count
value-in-file = In the file
answers = Answers
on-the-map = On the map
leave-out = Leave out
unassigned = Not on the map
create-touchpoint = New touchpoint
new-touchpoints-go-to = New touchpoints go to stage
suggested = suggested
matched = matched
not-matched = not matched
no-touchpoint-column = No touchpoint column and no touchpoint in the headers: the scores will count for the whole survey, not for a touchpoint.
no-score-column = Choose at least one NPS, CSAT or CES column.
import-report = Import report
copy-report = Copy report
rows-skipped = Rows skipped
values-not-counted = Values not counted
warnings-label = To check
survey-scores = Survey scores
low-sample = low sample
detractors = Detractors
passives = Passives
promoters = Promoters
trend-by-month = Trend by month
verbatims = Verbatims
search-verbatims = Search the comments
ranked-by = Touchpoints ranked by
whole-survey = whole survey
emotion-against-nps = Emotion curve against NPS
stage-averages = Stage averages
no-survey-yet = No survey imported yet. File ➡ Import survey…, or drop a CSV or XLSX export on the window.
remove-survey = Remove survey
refresh-from-file = Refresh from its file
top2-box = top-2-box
mean-label = mean
agree-label = agree
line-of-interaction = Line of interaction
line-of-visibility = Line of visibility
line-of-internal-interaction = Line of internal interaction
no-map = This project has no map yet. Add one from a template in the Map menu.
delete-stage = Delete stage
delete-lane = Delete lane
insert-stage-before = Insert stage before
insert-stage-after = Insert stage after
insert-lane-above = Insert lane above
insert-lane-below = Insert lane below

## Status bar and dialogs

saved = Saved
unsaved = Unsaved changes
untitled = Untitled
zoom = Zoom
unsaved-title = Unsaved changes
unsaved-question = Save the changes to this project first?
changed-on-disk-title = The file was changed by another program
changed-on-disk-text = Since Parcours opened or last saved it, the file was changed on disk (another program, a git pull, another Parcours window). Saving now replaces that version with yours.
overwrite-it = Replace it with mine
save-elsewhere = Save as another file…
reload-file = Reload the file
already-open-title = This file is open in another window
already-open = { $file } is also open in another Parcours window (process { $process }). Saving in both would replace each other's work: close one of them, or save this one as another file.
dont-save = Don't save
cancel = Cancel
ok = OK
error-title = Something went wrong
could-not-open = Could not open the file
could-not-save = Could not save the file
colon = { ": " }
file-not-text = this is not a text file; a Parcours project is a RON text file
file-not-a-file = this is not a regular file (a folder, a pipe or a device): a Parcours project is a RON text file
file-foreign = this is not a Parcours project (it should start with `format: "parcours"`)
file-too-new = this file was written by a newer version of Parcours (format version { $found }; this one reads up to { $supported }); update Parcours to open it
project-files = Parcours projects
example-project = Example project
about-text = Parcours maps customer journeys: stages, touchpoints, emotions, pain points and opportunities, saved as one readable RON file.
close = Close
image-files = Images
own-file-dialog = the desktop has no file dialog, so this is Parcours's
file-dialog-save = Save
file-dialog-open = Open
file-dialog-cancel = Cancel
file-dialog-file = File:
reading = Reading
saving = Saving
cancelling = Cancelling…
file-dialog-new-folder = New folder
file-dialog-show-hidden = Show hidden files
keys-ctrl-wheel = Ctrl+wheel
zoom-around-pointer = Zoom around the pointer
keys-drag-background = Drag the background
pan = Pan
keys-shift-drag = Shift+drag
rubber-band = Select with a rubber band
keys-shift-click = Shift/Ctrl+click
toggle-selection = Add to or remove from the selection

## Edit names for the history ("Undo move 'X'")

edit-add-card = add
edit-delete-card = delete
edit-move-card = move
edit-change-card = change
edit-rename-card = rename
edit-add-stage = add stage
edit-delete-stage = delete stage
edit-move-stage = move stage
edit-change-stage = change stage
edit-resize-stage = resize stage
edit-add-lane = add lane
edit-delete-lane = delete lane
edit-move-lane = move lane
edit-change-lane = change lane
edit-add-map = add map
edit-delete-map = delete map
edit-move-map = move map
edit-change-map = change map
edit-change-views = change saved views
edit-add-persona = add persona
edit-import-survey = import survey
edit-delete-wave = remove survey
edit-change-wave = change survey
edit-delete-persona = delete persona
edit-change-persona = change persona
edit-change-project = change project details
edit-several = edit of cards
edit-paste = paste
edit-duplicate = duplicate
edit-delete-several = delete cards
edit-move-several = move cards

## Templates

template-purchase = Six-stage purchase journey
template5-a = Kotler's 5A
template-before-during-after = Before, during, after purchase
template-blueprint = Service blueprint
template-blank = Blank map

## Names of channels, phases, frequencies, severities and lane kinds

channel-web = Web site
channel-mobile-app = Mobile app
channel-store = Store
channel-phone = Phone
channel-email = E-mail
channel-social-media = Social media
channel-chatbot = Chat
channel-delivery = Delivery
channel-word-of-mouth = Word of mouth
channel-advertising = Advertising
channel-mail = Post
channel-other = Other
phase-before = Before purchase
phase-during = During purchase
phase-after = After purchase
frequency-rarely = Rarely
frequency-sometimes = Sometimes
frequency-often = Often
frequency-always = Always
severity-1 = Minor
severity-2 = Moderate
severity-3 = Major
severity-4 = Critical
lane-kind-text = Text
lane-kind-touchpoints = Touchpoints
lane-kind-emotion = Emotion curve
lane-kind-pain-points = Pain points
lane-kind-opportunities = Opportunities
lane-kind-metrics = Survey scores
lane-kind-physical-evidence = Physical evidence
lane-kind-frontstage = Frontstage
lane-kind-backstage = Backstage
lane-kind-support = Support processes

## Template contents: stages and lanes

purchase-stage-1 = Need recognition
purchase-stage-2 = Information search
purchase-stage-3 = Comparison
purchase-stage-4 = Decision
purchase-stage-5 = Purchase
purchase-stage-6 = Loyalty
five-a-stage-1 = Aware
five-a-stage-2 = Appeal
five-a-stage-3 = Ask
five-a-stage-4 = Act
five-a-stage-5 = Advocate
before-during-after-stage-1 = Before purchase
before-during-after-stage-2 = During purchase
before-during-after-stage-3 = After purchase
blueprint-stage-1 = Discover
blueprint-stage-2 = Book
blueprint-stage-3 = Use
blueprint-stage-4 = Pay
blueprint-stage-5 = Follow up
blank-stage-1 = Stage 1
blank-stage-2 = Stage 2
blank-stage-3 = Stage 3
lane-doing = Doing
lane-thinking = Thinking
lane-touchpoints = Touchpoints
lane-emotion = Emotion
lane-pain-points = Pain points
lane-opportunities = Opportunities
lane-survey-scores = Survey scores
lane-physical-evidence = Physical evidence
lane-customer-actions = Customer actions
lane-frontstage = Frontstage
lane-backstage = Backstage
lane-support = Support processes

## Import report and column notes

column-name = column { $number } "{ $header }"
list-and = { " and " }
skip-no-touchpoint = no touchpoint
skip-touchpoint-ignored = touchpoint "{ $touchpoint }" set aside
skip-no-answer = no score and no comment
skip-bad-count = count "{ $value }" is not a whole number
value-out-of-scale = line { $line }, { $column }: "{ $value }" is outside the { $metric } scale { $scale }, not counted
value-not-a-score = line { $line }, { $column }: "{ $value }" is not a { $metric } score, not counted
value-not-a-date = line { $line }, { $column }: "{ $value }" is not a date, answer kept without a month
date-order-month-first = m/d/yyyy
date-order-day-first = dd/mm/yyyy
warning-date-order-guessed = every date fits both day/month orders: read as { $order }
warning-date-order-mixed = dates mix dd/mm and mm/dd: read day first where possible
warning-column = { $column }: { $note }
warning-pooled = { $metric } counts the answers of { $columns } together, as asked
warning-minority = { $column }: only { $counted } of { $answered } answers fit the { $metric } scale { $scale }; the column is not counted ({ $advice })
advice-scale-command-line = check the question's scale
advice-scale-import-dialog = choose the question's scale in the import dialog
note-scale-found = { $metric }: answers from { $min } to { $max }, read on { $scale }
note-scale-found-top-two = { $metric }: answers from { $min } to { $max }, read on { $scale }, top-2-box = { $top }
note-nps-one-to-ten = recommendation asked on 1–10, not 0–10: no answer is 0
note-above-scale = answers go up to { $max }, beyond the { $scale } scale: those are not counted
note-derived = a group, category or total derived from { $metric } answers (like Qualtrics' NPS group): never counted as answers
note-also-looks-like-command-line = also looks like { $metric }; not counted, { $counted } is (use { $option } { $number } to count it instead)
note-also-looks-like-import-dialog = also looks like { $metric }; not counted, { $counted } is (choose { $metric } as its role to count it, and Ignore for the other)
note-narrow-answers = answers only from { $min } to { $max }: not a { $metric } scale
note-fits-no-scale = answers from { $min } to { $max } fit no { $metric } scale ({ $scales })
note-not-counted-command-line = { $why }; not counted (use { $option } { $number } to count it anyway)
note-not-counted-import-dialog = { $why }; not counted (choose { $metric } as its role to count it anyway)
note-answer-codes = answers given as codes ({ $first } … { $last }, as LimeSurvey writes them): read by their position, the first code being the lowest answer
note-counts-by-values-command-line = whole numbers beside the scores, each touchpoint and score once: read as counts
note-counts-by-values-import-dialog = whole numbers beside the scores, each touchpoint and score once: read as counts (choose Ignore as its role if they are not)
note-outside-chosen-scale = answers run from { $min } to { $max }, outside the { $metric } scale { $scale }: those outside will not be counted (choose the scale above, or another role)
report-summary = { $read ->
        [one] { $read } row read
       *[other] { $read } rows read
    }, { $used } used, { $skipped } skipped; { $values ->
        [one] { $values } value
       *[other] { $values } values
    } not counted.
report-file = { $file }: { $summary }
report-dates-read-as = dates read as { $order }
report-nothing-left-out = No row skipped, no value out of scale.
report-skipped-line = line { $line }: { $reason }

## Figures and captions on screen

response-count = { $count ->
        [one] { $count } response
       *[other] { $count } responses
    }
stage-averages-pooled = All answers of the stage's touchpoints, pooled.
opportunity-caption = Impact { $impact } · Effort { $effort }
status-zoom = Zoom { $percent }
status-cards = { $map } · { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }
window-title = { $name } — Parcours
delimiter-tab = tab
encoding-utf8-bom = UTF-8 with BOM
source-sheet = sheet "{ $sheet }"
layout-long = long format (a touchpoint column)
layout-wide = wide format (a column per touchpoint)
layout-aggregated = aggregated counts
layout-overall = scores for the whole survey
header-row-count = { $rows ->
        [one] { $rows } header row
       *[other] { $rows } header rows
    }
map-counts = { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    } · { $lanes ->
        [one] { $lanes } lane
       *[other] { $lanes } lanes
    } · { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }

## What can be wrong in a project file

item-persona = persona
item-map = map
item-stage = stage
item-lane = lane
item-card = card
item-wave = survey wave
problem-duplicate-id = the id { $id } of this { $item } is already used by another item
problem-stage-width = the width of stage { $stage } is not a number
problem-card-stage = card { $card } is in stage { $stage }, which its map does not have
problem-card-lane = card { $card } is in lane { $lane }, which its map does not have
problem-card-kind = card { $card } cannot sit in lane { $lane } ({ $kind } lanes do not hold this kind of card)
problem-persona = map { $map } is seen through persona { $persona }, which does not exist
problem-cell = a score cell of survey wave { $wave } names a touchpoint or segment it does not list
problem-wave-card = a touchpoint of survey wave { $wave } is matched to card { $card }, which no map has
problem-count-too-large = a score cell of survey wave { $wave } holds a count above { $max }, which no survey has
problem-counts = survey wave { $wave } has more { $metric } counts than its scale { $scale } allows
save-failed = nothing was changed: the save stopped while { $step } ({ $error })
save-step-check = checking the file
save-step-write = writing the new version
save-step-sync = flushing it to the disk
save-step-backup = keeping the previous version as .bak
save-step-rename = putting the new version in place
save-not-regular-file = this is not a regular file (a folder or a device): nothing was written; save as another file
save-read-only = the file is read-only: nothing was written; make it writable, or save as another file
save-no-temporary-name = every temporary name beside the file is taken: nothing was written; remove the .parcours-… files of that folder
file-error-place = , line { $line }, column { $column }
file-not-written = could not write the project: { $message }

## The command line

cli-no-window = parcours: could not open the window: { $error }
cli-check-valid = { $file }: valid, { $maps ->
        [one] { $maps } map
       *[other] { $maps } maps
    }, { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    }, { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }
fmt-canonical = { $file }: already in canonical form
fmt-rewritten = { $file }: rewritten in canonical form
fmt-not-canonical = { $file }: not in canonical form
stats-no-such-column = { $file }: no column "{ $wanted }"; the columns are: { $columns }
stats-file-why = { $file }: { $why }
stats-empty = the file is empty
stats-binary = this is not a text file (it holds NUL bytes): export the survey as CSV, XLSX or ODS
stats-no-data-rows = the file has a header but no answers under it
stats-unclosed-quote = line { $line }: a quote opens there and is never closed, so the rest of the file reads as one cell; close it, or remove it
stats-no-score-column = no NPS, CSAT or CES column found among { $columns } columns; name one with --nps, --csat or --ces
stats-no-score = no score could be read: { $read } rows read, { $skipped } skipped, { $values } values not counted
stats-all = (all)
stats-touchpoint = touchpoint
stats-responses = responses
stats-top-two = top-2%
stats-mean = mean
stats-agree = agree%
stats-csat-scale = CSAT on { $scale }: top-2% is the share of { $answers }
stats-ces-scale = CES on { $scale }: agree% is the share of { $answers }
stats-skipped-line = skipped line { $line }: { $reason }
stats-warning = warning: { $warning }
survey-unreadable = { $file }: { $error }
survey-bad-sheet = { $file }: not a readable spreadsheet ({ $message })
survey-no-sheet = { $file }: the workbook has no sheet
survey-unpacks = { $file }: the workbook unpacks to { $megabytes } MB, more than Parcours reads (2,000 MB); it is damaged or built to fill the memory
survey-too-large = { $file }: the sheet spans { $rows } rows × { $columns } columns, more than Parcours reads (60 million cells); export the survey's own rows as CSV and import that
edit-no-item = no { $item } with id { $id }
edit-duplicate-id = id { $id } is already in use

## Months, shortened as in dates ("Mar 2026")

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
month-year = { $month } { $year }

## Survey charts

trend-low-sample = ○ a month with fewer than { $n } answers: no band, read it with care

## Key names in shortcuts

key-ctrl = Ctrl
key-alt = Alt
key-shift = Shift
key-left = Left
key-right = Right
key-up = Up
key-down = Down
key-delete = Delete
key-backspace = Backspace
key-escape = Escape
key-enter = Enter

## Recovery after a crash

recovery-title = Work not saved last time
recovery-text = Parcours did not close normally last time. A copy of { $name } was kept ({ $time }).
recovery-copy-holds = The copy: { $counts }.
recovery-saved-holds = The saved file: { $counts }.
recovery-restore = Restore the version of { $time }
recovery-open-saved = Open the saved file
recovery-discard = Discard the copy
cli-check-counts = { $maps ->
        [one] { $maps } map
       *[other] { $maps } maps
    }, { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    }, { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }

## Exports: the title block and the legend of a map that leaves the app
export-persona = seen by { $persona }
export-survey = Scores: { $survey }
legend-channels = Channels
legend-severity = Pain points
legend-heat = Heat map: { $metric }
legend-figures = Each badge gives a figure with its margin of error (± at 95% confidence) and n, the number of answers it is computed on; ⚠ marks fewer than { $low } answers: read it with care.
booklet-stage = Stage { $index } of { $count }: { $stage }
quoted = “{ $text }”
export-error-no-map = The project has no map “{ $map }”.
export-error-no-wave = The project has no survey wave “{ $wave }”.
export-error-image-too-large = The image would be { $width } × { $height } pixels, more than can be drawn: choose a smaller scale.
export-error-poster-too-large = The poster would take { $columns } × { $rows } pages: choose a smaller scale or larger paper.
export-error-render = The export could not be drawn: { $reason }
export-cancelled = Export cancelled.
export-arg-no-map = No map is named or numbered “{ $map }”; the maps are: { $maps }.
export-arg-no-wave = No survey wave is named “{ $wave }”; the waves are: { $waves }.
export-arg-no-segment = No segment is named “{ $segment }”; the segments are: { $segments }.
export-arg-bad-month = “{ $month }” is not a month: write it YYYY-MM, e.g. 2026-01.
export-arg-bad-page = “{ $page }” is not a paper size; the sizes are: { $pages }.
export-arg-bad-scale = “{ $scale }” is not a print scale: write it as a percentage (100%) or a factor (1.5), between 5% and 2000%.
export-arg-bad-delimiter = “{ $delimiter }” is not a CSV delimiter: use “,” or “;”.
export-written = { $file } written ({ $size }).

## The export dialog
export-menu = Export…
repeat-export = Repeat last export
export-title = Export
export-format = Format
export-format-pdf = PDF document
export-format-png = PNG image
export-format-svg = SVG drawing
export-format-csv = CSV table (spreadsheet)
export-format-html = HTML viewer (opens in any browser)
export-layout = Layout
export-one-page = One page
export-poster = Poster
export-booklet = Booklet
export-paper = Paper
export-landscape = Landscape
export-margins = Margins
export-poster-scale = Print scale
export-resolution = Resolution
export-dpi = { $dpi } dpi
export-delimiter = Delimiter
export-comma = Comma ( , )
export-semicolon = Semicolon ( ; ), decimal comma
export-scores = Show the scores
export-destination = Save to
export-no-destination = Choose where to save the file.
export-choose-file = Choose…
export-preview = First page
export-button = Export
export-csv-preview = One row per card: { $rows } rows, with every field and the touchpoints' figures and n.
exporting = Exporting
export-failed = Could not export
export-done = Exported { $file } ({ $size })
export-files = Exports
quote-in-exports = Quote it in exports (booklet, HTML viewer)

## Presenting
present = Present
present-map = Present the map
next-step = Next stage
previous-step = Previous stage
first-stage = First stage
last-stage = Last stage
go-to-stage = Go to that stage
overview = Overview
scroll-stage-down = Further down the stage
scroll-stage-up = Back up the stage
blank-black = Black screen (again to come back)
blank-white = White screen (again to come back)
laser-pointer = Laser pointer on or off
zoom-on-card = Zoom on the card under the pointer, or back
presenter-window = Presenter's window
end-presentation = End the presentation
shortcuts-in-presentation = In a presentation
presenter-window-title = Presenter — Parcours
presenter-now = Now
presenter-next = Next
presenter-end = End of the presentation
presenter-notes = Notes
presenter-no-notes = No notes for this stage.
presenter-elapsed = Elapsed { $time }
presenter-clock = Time { $time }
slide-more-below = { $marker } · more below
slide-marker = { $stage } · { $number } / { $count }
speaker-notes = Speaker notes
saved-views = Saved views
everything = Everything
new-view = New view
view-default-name = View { $number }
view-name = Name
view-lanes = Lanes shown
view-stages = Stages played, in order
view-move-up = Earlier
view-move-down = Later
view-zoom-on = Zoom on
view-whole-stage = the whole stage
view-persona = Persona
view-persona-map = the map's
view-wave = Survey wave
view-wave-editor = the one chosen in the editor
view-filter = Filter
view-filter-editor = the editor's
view-filter-take = Use the current filter
view-filter-clear = Use the editor's
present-view = Present this view
delete-view = Delete this view
pdf-slides = Presentation (one slide per stage)
slides-notes = Speaker notes beneath each slide
slides-view = View
export-no-view = The map has no saved view named “{ $name }”. Its views: { $views }.

## Tested differences
difference-significant = significant
difference-not-significant = could be noise
difference-not-tested = not tested (different scales or too few answers)
test-nps-difference = Difference of two NPS at 95 %: z test, each NPS with the variance its margin uses. z = { $statistic }, p = { $p_value }.
test-two-proportion = Top-2 shares at 95 %: two-proportion z test (pooled). z = { $statistic }, p = { $p_value }.
test-welch = Means at 95 %: Welch's t test. t = { $statistic }, df = { $degrees }, p = { $p_value }.
segment-against-rest = { $segment } against the rest
rest-of-answers = The rest

## Opportunities sized by the survey
sizing-heading = In the survey
opportunity-touchpoints = Touchpoints it addresses
sizing-reach = Reach: { $answers } answers at { $touchpoints ->
        [one] one touchpoint
       *[other] { $touchpoints } touchpoints
    } ({ $share } of all answers)
sizing-detractors = Detractors there: { $detractors } ({ $share } { $margin })
sizing-what-if = If these detractors became passives, NPS would go from { $today } to { $what_if } ({ $margin }).
sizing-suggested = Impact suggested by the data: { $impact } / 5 (NPS { $uplift })
sizing-use-suggested = Use this impact
sizing-nothing = None of the touchpoints it addresses has NPS answers in this wave. Link it to touchpoints, or its pain points to touchpoints, to size it.

## Timer
timer = Timer
timer-show = Timer
timer-start-pause = Start or pause the timer
timer-start = Start
timer-pause = Pause
timer-reset = Reset
timer-more-minute = One minute more
timer-less-minute = One minute less
timer-more-five = Five minutes more
timer-less-five = Five minutes less
timer-hide = Hide the timer
shortcuts-on-timer = With the pointer on the timer
edit-vote = vote

## Dot voting
vote-start-menu = Start a vote…
vote-setup-title = Dot vote
votes-per-participant = Dots per participant
vote-on = Vote on
kind-pain-points = Pain points
kind-opportunities = Opportunities
kind-touchpoints = Touchpoints
kind-notes = Notes
vote-hidden = Hide the dots until the reveal
vote-participants = Participants
vote-participants-hint = One name per line, or none for anonymous voters
vote-anonymous = Anonymous voters
vote-start = Start the vote
vote-name = Vote { $number }
participant-name = Participant { $number }
now-voting = Now voting: { $participant } — { $dots ->
        [0] no dots left
        [one] one dot left
       *[other] { $dots } dots left
    }
vote-next-participant = Next participant
vote-end = End the vote…
vote-how-to = Click a card to place a dot, click it again to take the dot back.
vote-no-dots-left = No dots left: click one of your dots to take it back, or pass to the next participant.
vote-not-on-this-kind = This vote is not on cards of this kind.
vote-everyone-voted = Everyone has voted: the facilitator can end the vote.
vote-end-title = End the vote?
vote-end-question = { $dots ->
        [one] One dot
       *[other] { $dots } dots
    } from { $voted } of { $participants ->
        [one] one participant
       *[other] { $participants } participants
    }. Once ended, nobody can vote in it any more, and the result is shown to everyone.
vote-end-and-reveal = End and reveal
vote-keep-voting = Keep voting
vote-result-title = Result — { $name }
vote-result-caption = { $participants ->
        [one] One participant
       *[other] { $participants } participants
    }, { $dots ->
        [one] one dot
       *[other] { $dots } dots
    }, ended { $ended }
vote-no-dots = No card got a dot.
dot-count = { $count ->
        [one] one dot
       *[other] { $count } dots
    }

## Priority matrix
priority-matrix = Priority matrix
matrix-how-to = Each opportunity by its effort (across) and impact (up). Drag a point to change them; click it to select the card.
matrix-empty = This map has no opportunity yet: add some in the opportunities lane.
quadrant-quick-wins = Quick wins
quadrant-big-bets = Big bets
quadrant-fill-ins = Fill-ins
quadrant-money-pits = Money pits
matrix-point = Impact { $impact } / 5, effort { $effort } / 5: { $quadrant }
matrix-effort-axis = Effort
matrix-impact-axis = Impact

## Quick capture
quick-capture = Quick capture
quick-capture-hint = Type and press Enter: one card. Tab: the next cell.
quick-capture-close = Close quick capture

## Evidence labels
evidence = Evidence
evidence-none = none
evidence-observed = Observed
evidence-research = From research
evidence-assumed = Assumed
evidence-proposed = Proposed
evidence-observed-letter = O
evidence-research-letter = R
evidence-assumed-letter = A
evidence-proposed-letter = P
legend-evidence = Evidence
view-evidence = Only the cards labelled

## Action plan
actions = Actions
action-title = Action
action-due = Due
action-due-hint = YYYY-MM-DD
action-due-not-a-date = Not a date: write it as 2026-12-31.
action-status = Status
action-remove = Remove
action-add = Add an action
action-to-do = To do
action-doing = Doing
action-done = Done
action-dropped = Dropped
action-plan = Action plan
action-plan-how-to = Every action of the map's pain points and opportunities. Click a heading to sort by it, a card to select it.
action-plan-empty = No action yet: add them in the inspector of a pain point or an opportunity.
action-plan-sort = Sort by this column (again: the map's order)
action-on = On
booklet-action = Action: { $title } — { $owner }, { $due }, { $status }

## Workshop summary
summary-menu = Workshop summary…
summary-title = Workshop summary — { $map }
summary-votes = Votes
summary-no-vote = No vote yet.
summary-no-opportunity = No opportunity yet.
summary-no-action = No action yet.
summary-no-owner = no owner
summary-changes = Changes during this session
summary-no-change = None.
summary-change-counts = { $added } added, { $removed } removed, { $changed } changed
summary-copy = Copy
summary-copied = Copied.
