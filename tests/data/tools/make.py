"""Writes the small exports of this folder, each in the style of one survey tool, and their
expected figures computed here, independently of Parcours (`python3 make.py`).

The answers are drawn from a fixed seed, so the files are the same on every run.
"""

import csv
import io
import json
import random

rng = random.Random(2026)
TOUCHPOINTS = ["Paiement en ligne", "Livraison", "Service client"]


def nps(values):
    values = [v for v in values if v is not None]
    n = len(values)
    p = sum(1 for v in values if v >= 9)
    d = sum(1 for v in values if v <= 6)
    return {"n": n, "promoters": p, "detractors": d, "score": 100 * (p - d) / n}


def csat(values, top):
    values = [v for v in values if v is not None]
    n = len(values)
    return {"n": n, "top2_pct": 100 * sum(1 for v in values if v >= top) / n,
            "mean": sum(values) / n}


def ces(values, agree_from):
    values = [v for v in values if v is not None]
    n = len(values)
    return {"n": n, "mean": sum(values) / n,
            "agree_pct": 100 * sum(1 for v in values if v >= agree_from) / n}


def write(name, rows, expected, delimiter=","):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    with open(name.replace(".csv", ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
        f.write("\n")


def score(low, high, skew=0.0):
    """An answer between low and high, leaning towards high when skew > 0."""
    x = rng.random() ** (1.0 / (1.0 + skew))
    return low + min(int(x * (high - low + 1)), high - low)


def maybe(value, blank=0.1):
    return None if rng.random() < blank else value


def cell(value):
    return "" if value is None else str(value)


# Qualtrics, three header rows; Q1_NPS_GROUP beside the 0–10 answers, spelled so only in
# the first and third rows (the label row says "… - Group").
rows = [
    ["StartDate", "EndDate", "ResponseId", "Q1_NPS_GROUP", "Q1", "Q2", "Q3"],
    ["Start Date", "End Date", "Response ID",
     "How likely are you to recommend us to a friend? - Group",
     "How likely are you to recommend us to a friend?",
     "Which touchpoint are you rating?", "Why?"],
    ['{"ImportId":"startDate","timeZone":"America/Denver"}',
     '{"ImportId":"endDate","timeZone":"America/Denver"}', '{"ImportId":"_recordId"}',
     '{"ImportId":"QID1_NPS_GROUP"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}',
     '{"ImportId":"QID3_TEXT"}'],
]
answers = {t: [] for t in TOUCHPOINTS}
for i in range(120):
    t = TOUCHPOINTS[i % 3]
    v = maybe(score(0, 10, skew=1.0))
    answers[t].append(v)
    group = "" if v is None else (1 if v <= 6 else 2 if v <= 8 else 3)
    day = 1 + i % 28
    rows.append([f"2026-03-{day:02} 10:00:00", f"2026-03-{day:02} 10:05:00", f"R_{i:04}",
                 group, cell(v), t, "" if i % 4 else "Rapide"])
write("qualtrics_nps_group.csv", rows,
      {t: {"nps": nps(v)} for t, v in answers.items()})

# An aggregated export whose count column is headed "respondents".
rows = [["touchpoint", "nps", "respondents"]]
counts = {"Paiement en ligne": [0, 0, 0, 0, 0, 0, 12, 0, 30, 41, 57],
          "Livraison": [0, 0, 0, 0, 0, 63, 0, 80, 0, 72, 68]}
expected = {}
for t, c in counts.items():
    values = []
    for score_value, n in enumerate(c):
        if n:
            rows.append([t, score_value, n])
            values += [score_value] * n
    expected[t] = {"nps": nps(values)}
write("aggregated_respondents.csv", rows, expected)

# The same shape with a count column whose header says nothing: found by its values.
rows = [["Channel", "Score", "Volume"]]
expected = {}
for t, c in {"Web": [5, 9, 14, 40, 35], "Store": [2, 4, 20, 31, 18]}.items():
    values = []
    for i, n in enumerate(c):
        rows.append([t, i + 1, n])
        values += [i + 1] * n
    expected[t] = {"csat": csat(values, 4)}
write("aggregated_by_values.csv", rows, expected)

# A satisfaction question on 1–10 (Google Forms style: one header row).
rows = [["Timestamp", "Overall, how satisfied are you with your purchase?"]]
values = []
for i in range(300):
    v = maybe(score(1, 10, skew=1.5), blank=0.05)
    values.append(v)
    rows.append([f"3/{1 + i % 28}/2026 9:{i % 60:02}:00", cell(v)])
write("satisfaction_1_to_10.csv", rows, {"__overall__": {"csat": csat(values, 9)}})

# Two satisfaction items: a real 1–5 one, and a 1–3 "session length" one.
rows = [["Timestamp", "How satisfied were you with the workshop?",
         "How satisfied were you with the session length? (1 = too short, 2 = right, 3 = too long)"]]
values = []
for i in range(200):
    v = maybe(score(1, 5, skew=3.0), blank=0.05)
    values.append(v)
    rows.append([f"2026-04-{1 + i % 28:02} 10:00:00", cell(v), cell(score(1, 3))])
write("two_satisfaction_items.csv", rows, {"__overall__": {"csat": csat(values, 4)}})

# SurveyMonkey: two header rows, its standard satisfaction labels.
labels = ["Very dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied",
          "Somewhat satisfied", "Very satisfied"]
rows = [["Respondent ID", "Collector ID", "Start Date", "End Date",
         "Which channel did you use?", "How satisfied were you with your visit?",
         "How likely is it that you would recommend this company to a friend or colleague?"],
        ["", "", "", "", "Response", "Response", "Response"]]
answers = {t: ([], []) for t in TOUCHPOINTS}
for i in range(150):
    t = TOUCHPOINTS[(i * 7) % 3]
    s = maybe(score(1, 5, skew=0.8))
    r = maybe(score(0, 10, skew=0.8))
    answers[t][0].append(s)
    answers[t][1].append(r)
    rows.append([str(114000000 + i), "405000000", f"04/{1 + i % 28:02}/2026 10:00:00 AM",
                 f"04/{1 + i % 28:02}/2026 10:04:00 AM", t,
                 "" if s is None else labels[s - 1], cell(r)])
write("surveymonkey_labels.csv", rows,
      {t: {"csat": csat(s, 4), "nps": nps(r)} for t, (s, r) in answers.items()})

# Typeform, Spanish: HTML and an entity in the headers.
rows = [["#", "¿Qué <strong>canal</strong> usaste?",
         "¿Qué tan probable es que recomiendes nuestra tienda a un amigo?",
         "¿Qué te ha parecido? Cuéntanos, ¡es anónimo! &#39;Opinión&#39;",
         "Submit Date (UTC)", "Network ID"]]
answers = {t: [] for t in ["Web", "Tienda", "Teléfono"]}
for i in range(90):
    t = ["Web", "Tienda", "Teléfono"][i % 3]
    v = maybe(score(0, 10, skew=1.2))
    answers[t].append(v)
    rows.append([f"tf{i:05}", t, cell(v), "", f"2026-05-{1 + i % 28:02} 12:00:00",
                 f"{rng.randrange(16**10):010x}"])
write("typeform_spanish.csv", rows, {t: {"nps": nps(v)} for t, v in answers.items()})

# German, semicolons (Excel): an ease question on 1–7 and a channel column.
rows = [["Datum", "Kanal", "Der Kundenservice hat es mir leicht gemacht, mein Anliegen zu lösen."]]
answers = {t: [] for t in ["Telefon", "E-Mail", "Filiale"]}
for i in range(120):
    t = ["Telefon", "E-Mail", "Filiale"][i % 3]
    v = maybe(score(1, 7, skew=1.0))
    answers[t].append(v)
    rows.append([f"{1 + i % 28:02}.06.2026", t, cell(v)])
write("german_ease.csv", rows, {t: {"ces": ces(v, 5)} for t, v in answers.items()}, delimiter=";")

# LimeSurvey: answer codes A1…A11 for 0–10 and AO01…AO05 for 1–5.
rows = [["id", "submitdate", "lastpage", "startlanguage", "seed",
         "Which channel did you use?", "How likely are you to recommend us?",
         "How satisfied are you with our service?"]]
answers = {t: ([], []) for t in ["Web", "Phone", "Store"]}
for i in range(100):
    t = ["Web", "Phone", "Store"][i % 3]
    r = maybe(score(0, 10, skew=1.0))
    s = maybe(score(1, 5, skew=1.0))
    answers[t][0].append(r)
    answers[t][1].append(s)
    rows.append([str(i + 1), f"2026-06-{1 + i % 28:02} 08:00:00", "2", "en",
                 str(rng.randrange(10**9)), t, "" if r is None else f"A{r + 1}",
                 "" if s is None else f"AO{s:02}"])
write("limesurvey_codes.csv", rows,
      {t: {"nps": nps(r), "csat": csat(s, 4)} for t, (r, s) in answers.items()})

# A long export whose touchpoint column is headed "channel".
rows = [["date", "channel", "nps", "comment"]]
answers = {t: [] for t in ["Web", "App", "Store", "Phone"]}
for i in range(80):
    t = ["Web", "App", "Store", "Phone"][i % 4]
    v = maybe(score(0, 10, skew=0.5))
    answers[t].append(v)
    rows.append([f"2026-07-{1 + i % 28:02}", t, cell(v), ""])
write("channel_column.csv", rows, {t: {"nps": nps(v)} for t, v in answers.items()})
