#!/usr/bin/env python3
"""Composes the intake's domain set from hand-written fragments, each with its gold answers.

Every fragment below was written by hand, as people type (typos, slang, British and American words, run-ons),
with the answers a careful reader would take from it in the contract's ids. A description joins one fragment
about what happens and where with zero or more about exercise and times, warning signs (affirmed, negated,
hedged, other people's), daily life and medicines; its gold is the union of its fragments' answers. Fragments
that answer the same question are never joined.

The split is made at the fragment level before any tuning: within each pool, fragments alternate between the
development and the test half, and each half's descriptions use only that half's fragments, so a phrase tuned on
in dev.jsonl never appears in test.jsonl. Seeded, so running it again writes the same files.

    python3 tests/intake-eval/compose.py     # writes tests/intake-eval/dev.jsonl (test.jsonl is frozen)

"confirm" lists the danger questions a hedge leaves open ("maybe a bit numb?"): the intake should ask them, not answer.
"""
import json
import random
from pathlib import Path

T, F = True, False

# What happens and where.
CORE = [
    ("my left calf keeps twitching", {"episode.kind": "twitch", "episode.locations": ["calf"], "episode.sides": "one_side"}),
    ("both calves cramping like mad", {"episode.kind": "spasm", "episode.locations": ["calf"], "episode.sides": "both_sides"}),
    ("right hamstring cramped up bad", {"episode.kind": "spasm", "episode.locations": ["thigh"], "episode.sides": "one_side"}),
    ("eyelid twitch that wont stop", {"episode.kind": "twitch", "episode.locations": ["eyelid"]}),
    ("my quads keep fasciculating", {"episode.kind": "twitch", "episode.locations": ["thigh"]}),
    ("got a charlie horse in my left foot", {"episode.kind": "spasm", "episode.locations": ["foot"], "episode.sides": "one_side"}),
    ("little flickers in my thigh muscle", {"episode.kind": "twitch", "episode.locations": ["thigh"]}),
    ("calf cramps", {"episode.kind": "spasm", "episode.locations": ["calf"]}),
    ("twitching in my right bicep", {"episode.kind": "twitch", "episode.locations": ["arm"], "episode.sides": "one_side"}),
    ("my toes curl and cramp", {"episode.kind": "spasm", "episode.locations": ["foot"]}),
    ("random twitches all over my legs", {"episode.kind": "twitch", "episode.sides": "both_sides"}),
    ("hamstrings seized up", {"episode.kind": "spasm", "episode.locations": ["thigh"]}),
    ("left eye lid been twitching", {"episode.kind": "twitch", "episode.locations": ["eyelid"], "episode.sides": "one_side"}),
    ("cramp in the arch of my foot", {"episode.kind": "spasm", "episode.locations": ["foot"]}),
    ("calf twitches and cramps on and off", {"episode.kind": "both", "episode.locations": ["calf"]}),
    ("my feet cramp up", {"episode.kind": "spasm", "episode.locations": ["foot"]}),
    ("thumb muscle twitching", {"episode.kind": "twitch", "episode.locations": ["hand"]}),
    ("cramps in my stomach muscles", {"episode.kind": "spasm", "episode.locations": ["abdomen"]}),
    ("my right quad is jumping under the skin", {"episode.kind": "twitch", "episode.locations": ["thigh"], "episode.sides": "one_side"}),
    ("lower back spasms", {"episode.kind": "spasm", "episode.locations": ["back"]}),
    ("calf muscle twiching non stop", {"episode.kind": "twitch", "episode.locations": ["calf"]}),
    ("cramp in both thighs", {"episode.kind": "spasm", "episode.locations": ["thigh"], "episode.sides": "both_sides"}),
    ("my hands cramped into a claw", {"episode.kind": "spasm", "episode.locations": ["hand"], "symptom.hand_foot_spasm": T}),
    ("fingers curled in on their own and locked", {"episode.kind": "spasm", "episode.locations": ["hand"], "symptom.hand_foot_spasm": T}),
    ("left shin muscle twitchy", {"episode.kind": "twitch", "episode.locations": ["calf"], "episode.sides": "one_side"}),
    ("crampin in my calfs", {"episode.kind": "spasm", "episode.locations": ["calf"]}),
    ("twitchy glutes", {"episode.kind": "twitch", "episode.locations": ["other"]}),
    ("spasms in my neck", {"episode.kind": "spasm", "episode.locations": ["other"]}),
    ("my left quad keeps rippling", {"episode.kind": "twitch", "episode.locations": ["thigh"], "episode.sides": "one_side"}),
    ("calves keep knotting up", {"episode.kind": "spasm", "episode.locations": ["calf"]}),
]

# Exercise, and the four kinds of time: a session's length, an episode's length, time since onset, time since the session.
EXERCISE = [
    ("after my 75 min run", {"episode.timing": ["after_exercise"], "exercise.type": "run", "exercise.minutes": 75}),
    ("after an hour and a half of climbing", {"episode.timing": ["after_exercise"], "exercise.type": "other", "exercise.minutes": 90}),
    ("started during a 10k race this morning", {"episode.timing": ["during_exercise"], "exercise.type": "run", "exercise.recent": T}),
    ("each one only lasts a few seconds", {"episode.seconds": 3}),
    ("finished my run 30 min ago", {"exercise.type": "run", "exercise.recent": T, "exercise.hours_since": 0.5}),
    ("its been going on for 2 weeks", {"episode.days": 14}),
    ("did a 2 hour ride yesterday", {"exercise.type": "cycle", "exercise.minutes": 120, "exercise.recent": T, "exercise.hours_since": 24}),
    ("started 4 days ago", {"episode.days": 4}),
    ("after leg day at the gym", {"episode.timing": ["after_exercise"], "exercise.type": "strength"}),
    ("first spin class ever on monday", {"exercise.type": "cycle", "exercise.unaccustomed": T}),
    ("during football", {"episode.timing": ["during_exercise"], "exercise.type": "team_sport"}),
    ("lasts like 20 secs each time", {"episode.seconds": 20}),
    ("ran a half marathon 2 days ago", {"exercise.type": "run", "exercise.recent": F, "exercise.hours_since": 48}),
    ("for about three days now", {"episode.days": 3}),
    ("after swimming laps for 45 minutes", {"episode.timing": ["after_exercise"], "exercise.type": "swim", "exercise.minutes": 45}),
    ("been happening for a couple of months", {"episode.days": 60}),
    ("mid run, around mile 18 of the marathon", {"episode.timing": ["during_exercise"], "exercise.type": "run"}),
    ("each one lasted about 5 minutes", {"episode.seconds": 300}),
    ("after a six and a half hour hike yesterday", {"episode.timing": ["after_exercise"], "exercise.type": "walk", "exercise.minutes": 390, "exercise.recent": T, "exercise.hours_since": 24}),
    ("it started yesterday", {"episode.days": 1}),
    ("during my first ever HIIT class", {"episode.timing": ["during_exercise"], "exercise.type": "other", "exercise.unaccustomed": T}),
    ("went on for ten minutes straight", {"episode.seconds": 600}),
    ("since last week", {"episode.days": 7}),
    ("after a 40 minute jog", {"episode.timing": ["after_exercise"], "exercise.type": "run", "exercise.minutes": 40}),
    ("just got back from a 3 hour bike ride", {"exercise.type": "cycle", "exercise.minutes": 180, "exercise.recent": T}),
    ("did way more squats than usual at the gym on Saturday", {"exercise.type": "strength", "exercise.unaccustomed": T}),
    ("happens at night in bed", {"episode.timing": ["in_bed_at_night"]}),
    ("while sitting at my desk", {"episode.timing": ["at_rest"]}),
    ("every time i run", {"exercise.type": "run"}),
    ("after tennis", {"episode.timing": ["after_exercise"], "exercise.type": "other"}),
    ("after an ultra that took 11 hours", {"episode.timing": ["after_exercise"], "exercise.type": "run", "exercise.minutes": 660}),
    ("on and off for 6 months", {"episode.days": 180}),
    ("did a bootcamp class 3 days ago", {"exercise.type": "other", "exercise.recent": F, "exercise.hours_since": 72}),
    ("it goes on for a minute or two", {"episode.seconds": 90}),
    ("swam 90 mins in the pool this morning", {"exercise.type": "swim", "exercise.minutes": 90, "exercise.recent": T}),
]

# Warning signs, affirmed, negated, hedged (confirm) or about other people.
SIGNS = [
    ("no numbness or tingling", {"symptom.numbness": F, "symptom.tingling": F}),
    ("nothing swollen", {"symptom.swelling": F}),
    ("pee is dark yellow, not brown", {"hydration.thirst_signs": T, "symptom.dark_urine": F}),
    ("a bit of a headache but not terrible", {"symptom.severe_headache": F}),
    ("my urine looks like it always does", {"symptom.dark_urine": F}),
    ("pee the colour of coke", {"symptom.dark_urine": T}),
    ("wee is really dark brown", {"symptom.dark_urine": T}),
    ("bum and between my legs feel numb", {"symptom.saddle_numbness_or_bladder": T}),
    ("struggling to pee", {"symptom.saddle_numbness_or_bladder": T}),
    ("swallowing is hard", {"symptom.swallowing_or_speech": T}),
    ("my speech got slurry", {"symptom.swallowing_or_speech": T}),
    ("felt a bit faint", {"hydration.thirst_signs": T}, ["symptom.near_faint"]),
    ("agony", {"episode.pain": 9}),
    ("puffy fingers and my rings are tight", {"symptom.swollen_hands_feet": T}),
    ("my arm and jaw ache", {"symptom.arm_jaw_neck_pain": T}),
    ("feeling clammy", {"symptom.cold_sweat": T}),
    ("heart racing", {"symptom.palpitations": T}),
    ("my wife says my face is drooping on one side", {"symptom.face_droop": T}),
    ("hit my head on saturday", {"history.head_injury": T}),
    ("i've stopped sweating even though i'm boiling", {"symptom.hot_dry_skin": T}),
    ("temp was 39.5C", {"symptom.temperature_c": 39.5, "symptom.fever": T}),
    ("thermometer said 102F", {"symptom.temperature_c": 38.9, "symptom.fever": T}),
    ("both legs numb", {"symptom.both_legs_weak_or_numb": T, "symptom.numbness": T}),
    ("heard a pop", {"symptom.pop_or_snap": T}),
    ("can't put weight on it", {"symptom.cannot_bear_weight": T}),
    ("lockjaw", {"symptom.jaw_stiffness": T}),
    ("tingling lips", {"symptom.tingling_lips": T}),
    ("shaky and sweaty, I'm diabetic", {"symptom.low_sugar_signs": T, "history.conditions": ["diabetes"]}),
    ("feel sick", {"symptom.nausea": T}),
    ("not nauseous", {"symptom.nausea": F}),
    ("no chest pain", {"symptom.chest_pain": F}),
    ("not short of breath", {"symptom.breathing_difficulty": F}),
    ("maybe slightly numb?", {}, ["symptom.numbness"]),
    ("urine might be a bit darker than normal", {}, ["symptom.dark_urine"]),
    ("no weakness", {"symptom.weakness": F}),
    ("not dizzy, no headache", {"symptom.severe_headache": F}),
    ("threw up twice", {"symptom.vomiting": T}),
    ("haven't been sick", {"symptom.vomiting": F}),
    ("it's swollen and red", {"symptom.swelling": T, "symptom.redness": T}),
    ("no swelling or redness", {"symptom.swelling": F, "symptom.redness": F}),
    ("a bit confused maybe?", {}, ["symptom.confusion"]),
    ("not confused at all", {"symptom.confusion": F}),
    ("the pain is excruciating", {"episode.pain": 9}),
    ("sudden out of nowhere", {"symptom.sudden_onset": T}),
    ("came on suddenly", {"symptom.sudden_onset": T}),
    ("new back pain too", {"symptom.back_pain": T}),
    ("no back pain", {"symptom.back_pain": F}),
    ("chest feels tight", {"symptom.chest_pain": T}),
    ("mild headache", {"symptom.severe_headache": F}),
    ("pins and needles", {"symptom.tingling": T}),
    ("nearly passed out", {"symptom.near_faint": T}),
    ("did not pass out", {"symptom.collapse_or_seizure": F}),
    ("my skin is really hot and dry", {"symptom.hot_dry_skin": T}),
    ("still not better after resting in the shade for half an hour", {"symptom.heat_not_improving": T}),
    ("heart is pounding", {"symptom.palpitations": T}),
    ("both my legs feel weak", {"symptom.both_legs_weak_or_numb": T, "symptom.weakness": T}),
    ("trouble opening my mouth", {"symptom.jaw_stiffness": T}),
    ("felt like someone kicked me in the back of the heel", {"symptom.pop_or_snap": T}),
    ("numb around my mouth", {"symptom.tingling_lips": T}),
    ("left side of my body feels weak", {"symptom.one_side_weak_or_numb": T, "symptom.weakness": T}),
    ("pee is normal", {"symptom.dark_urine": F}),
    ("urine is clear", {"symptom.dark_urine": F}),
    ("no fever", {"symptom.fever": F}),
    ("ran a temp of 38.5", {"symptom.fever": T, "symptom.temperature_c": 38.5}),
]

# Other people's histories and what-ifs: no answers.
ASIDE = [
    ("my dad had a clot in his leg", {}),
    ("my mate passed out at the finish", {}),
    ("should I worry about ALS?", {}),
    ("my mum has MS", {}),
    ("if it gets worse I'll see the GP", {}),
    ("my brother had rhabdo once", {}),
    ("a friend had a stroke at 40", {}),
    ("what if its a heart thing", {}),
    ("my sister is pregnant", {}),
    ("my coach said it might be low sodium", {}),
    ("googled it and now worried about blood clots", {}),
    ("my grandad had parkinsons", {}),
]

# Fluids, food, sleep, caffeine, stress, weather.
DAILY = [
    ("5 coffees today", {"caffeine.mg_today": 480}),
    ("drank loads and loads of plain water", {"hydration.plain_water_overload": T}),
    ("only slept like 4 hrs", {"sleep.hours": 4}),
    ("it was 32C out", {"exercise.hot_conditions": T}),
    ("it was 33 degrees", {"exercise.hot_conditions": T}),
    ("about 2 litres of water so far", {"hydration.liters_today": 2}),
    ("sweating buckets", {"hydration.heavy_sweating": T}),
    ("super stressed with work", {"stress.level": 9}),
    ("a couple of red bulls", {"caffeine.mg_today": 160, "caffeine.stimulants": T}),
    ("slept six and a half hours", {"sleep.hours": 6.5}),
    ("had a sports drink", {"hydration.electrolytes": T}),
    ("only drank plain water", {"hydration.electrolytes": F}),
    ("really thirsty", {"hydration.thirst_signs": T}),
    ("3 cups of tea", {"caffeine.mg_today": 141}),
    ("it was roasting, like 90F", {"exercise.hot_conditions": T}),
    ("no caffeine", {"caffeine.mg_today": 0}),
    ("barely slept", {"sleep.hours": 4}),
    ("pre workout before the session", {"caffeine.stimulants": T}),
    ("drank 1.5 litres during the race", {"hydration.liters_today": 1.5}),
    ("not stressed", {"stress.level": 2}),
    ("humid as hell", {"exercise.hot_conditions": T}),
    ("had 16 ounces of water", {"hydration.liters_today": 0.47}),
    ("two double espressos", {"caffeine.mg_today": 252}),
    ("drinking tons of water at every aid station", {"hydration.plain_water_overload": T}),
    ("slept 8 hours", {"sleep.hours": 8}),
    ("stress is like 8/10", {"stress.level": 8}),
    ("dry mouth", {"hydration.thirst_signs": T}),
    ("electrolyte tabs in my bottles", {"hydration.electrolytes": T}),
]

# Medicines, conditions, risks.
HEALTH = [
    ("on the pill", {"history.clot_risk": ["oestrogen_pill_or_hrt"], "medication.classes": ["other"]}),
    ("came back from a long flight on friday", {"history.clot_risk": ["long_travel"]}),
    ("I'm pregnant", {"person.pregnant": T}),
    ("swam in a lake last weekend", {"history.water_exposure": T, "exercise.type": "swim"}),
    ("take sertraline", {"medication.classes": ["antidepressant"]}),
    ("i'm 34", {"person.age": 34}),
    ("had knee surgery 3 weeks ago", {"history.clot_risk": ["recent_surgery"]}),
    ("did a mud run on the weekend", {"history.water_exposure": T, "exercise.type": "run"}),
    ("on statins", {"medication.classes": ["statin"]}),
    ("had a DVT before", {"history.clot_risk": ["previous_clot"]}),
    ("i'm 52 years old", {"person.age": 52}),
    ("I'm on HRT", {"history.clot_risk": ["oestrogen_pill_or_hrt"]}),
    ("type 1 diabetic", {"history.conditions": ["diabetes"]}),
    ("use my ventolin inhaler a lot", {"medication.classes": ["asthma_bronchodilator"]}),
    ("just started a new blood pressure tablet", {"medication.classes": ["blood_pressure"], "medication.changed_recently": T}),
    ("had a knock to the head playing rugby", {"history.head_injury": T, "exercise.type": "team_sport"}),
    ("leg was in a cast till last month", {"history.clot_risk": ["immobile"]}),
    ("drove 6 hours to get here", {"history.clot_risk": ["long_travel"]}),
    ("not pregnant", {"person.pregnant": F}),
    ("gave birth 4 weeks ago", {"person.pregnant": T}),
]

JOINS = [". ", ". ", ". ", ", ", " and ", " - ", ", ", ".\n", "... ", " and also "]
STARTS = ["", "", "", "hi, ", "so ", "ok so ", "Hello. ", "help - ", "", "quick question: "]


# The issue's own example phrases are unit tests, tuned on openly, so they belong to the development half.
ISSUE = {
    "after my 75 min run", "after an hour and a half of climbing", "finished my run 30 min ago", "started 4 days ago",
    "ran a half marathon 2 days ago", "it started yesterday", "did a 2 hour ride yesterday", "nothing swollen",
    "pee is dark yellow, not brown", "a bit of a headache but not terrible", "my urine looks like it always does",
    "pee the colour of coke", "bum and between my legs feel numb", "struggling to pee", "swallowing is hard",
    "my speech got slurry", "it was 32C out", "it was 33 degrees", "drank loads and loads of plain water",
    "puffy fingers and my rings are tight", "agony", "felt a bit faint", "my arm and jaw ache", "feeling clammy",
    "heart racing", "my wife says my face is drooping on one side", "hit my head on saturday",
    "i've stopped sweating even though i'm boiling", "temp was 39.5C", "thermometer said 102F", "both legs numb",
    "heard a pop", "can't put weight on it", "lockjaw", "tingling lips", "shaky and sweaty, I'm diabetic",
    "my hands cramped into a claw", "first spin class ever on monday", "on the pill", "came back from a long flight on friday",
    "I'm pregnant", "swam in a lake last weekend", "5 coffees today", "slept six and a half hours", "a couple of red bulls",
}


def halves(pool):
    """The issue's phrases go to the development half; the rest alternate between the two halves."""
    issue = [f for f in pool if f[0] in ISSUE]
    rest = [f for f in pool if f[0] not in ISSUE]
    return issue + rest[0::2], rest[1::2]


def compose(rng, pools, count):
    cases, seen = [], set()
    while len(cases) < count:
        parts = [rng.choice(pools["core"])]
        for name, chance in (("exercise", 0.75), ("signs", 0.7), ("signs", 0.35), ("aside", 0.2), ("daily", 0.5), ("health", 0.25)):
            if rng.random() < chance:
                parts.append(rng.choice(pools[name]))
        rng.shuffle(parts[1:])
        answers, confirm, ok = {}, [], True
        for part in parts:
            gold, asks = part[1], (part[2] if len(part) > 2 else [])
            taken = set(answers) | set(confirm)
            if any(k in taken for k in gold) or any(c in taken for c in asks):
                ok = False
                break
            answers.update(gold)
            confirm += asks
        if not ok:
            continue
        text = rng.choice(STARTS) + parts[0][0]
        for part in parts[1:]:
            text += rng.choice(JOINS) + part[0]
        text = text[0].upper() + text[1:] if rng.random() < 0.6 else text
        if text in seen:
            continue
        seen.add(text)
        case = {"text": text, "answers": answers}
        if confirm:
            case["confirm"] = confirm
        cases.append(case)
    return cases


def main():
    here = Path(__file__).parent
    pools = {"core": CORE, "exercise": EXERCISE, "signs": SIGNS, "aside": ASIDE, "daily": DAILY, "health": HEALTH}
    # The test half (test.jsonl) was written once, before any tuning, and is pinned by a test: only the development
    # half is written again. Since 2026-12-02 a plural ("my calves") no longer answers episode.sides (the interview
    # asks: one side or both decides whether a clot is possible); test.jsonl keeps the earlier gold for those.
    for index, name in enumerate(("dev",)):
        half = {k: halves(v)[index] for k, v in pools.items()}
        cases = compose(random.Random(20261202 + index), half, 210)
        with open(here / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
