using System.Security.Cryptography;
using System.Text.Json;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>The domain set of tests/intake-eval: its size, its shape, and a test half nobody tunes on.</summary>
public sealed class IntakeEvalSetTests
{
    private static readonly string Dev = TestPaths.Repo("tests", "intake-eval", "dev.jsonl");
    private static readonly string Test = TestPaths.Repo("tests", "intake-eval", "test.jsonl");

    // Each held-out half is pinned by the hash it had when first committed: it is scored, never tuned on, and if one of
    // these fails the file was edited and its figures are no longer held-out.
    // test.jsonl: split from dev before any intake code or lexicon was changed for issue 12.
    // test2.jsonl: a fresh half written without seeing the intake lexicon, scored once.
    // test3.jsonl (2026-12-02): 260 descriptions by an annotator who never saw the intake code, lexicon or other sets,
    //   following docs/intake-annotation-guide.md; committed before that day's intake changes were merged, scored once after.
    // test4.jsonl (2026-12-02, stop 23): 260 descriptions written blind from the same guide and the contract, committed
    //   before that stop's intake changes were merged; scored once, at the end of that stop.
    // test5.jsonl (2026-12-02, stop 24): 260 descriptions written blind from the same guide and the contract, committed
    //   before that stop's intake changes were merged; scored once, at the end of that stop.
    // test6.jsonl (2026-12-03, stop 25): 260 descriptions written blind from the guide (now with descriptions typed for
    //   someone else), the contract and the questions, committed before that stop's intake helper was merged.
    // test7.jsonl (2026-12-03, stop 26): 260 descriptions written blind from the same guide, the contract, the questions,
    //   the seeds and the triage floor (43 written as emergencies, 16 typed for someone else), pinned before scoring.
    //   Scored once on the stop's starting code; its misreads were then looked at, so it is no longer clean.
    // test8.jsonl (2026-12-03, stop 26): 260 more (46 written as emergencies, 21 typed for someone else), written blind
    //   the same way and pinned before any of that stop's intake changes were merged; scored once, at the end of that stop.
    // test9.jsonl (2026-12-03, stop 27): 260 more (47 written as emergencies, 22 typed for someone else), written blind the
    //   same way and pinned before any of that stop's intake changes were committed; to be scored once, at the end of that stop.
    // test10.jsonl (2026-12-03, stop 28): 260 more (49 written as emergencies, 25 typed for someone else), written blind by a
    //   helper that saw only copies of the guide, the contract, the questions, the seeds and the triage floor (no repo, no
    //   git log); pinned before any of that stop's intake changes were committed; to be scored once, at the end of that stop.
    // test11.jsonl (2026-12-03, stop 29): 260 more (50 written as emergencies, 28 typed for someone else), written blind the
    //   same way from copies only; pinned before any of that stop's intake changes were committed; to be scored once, at its end.
    // test12.jsonl (2026-12-03, stop 30): 260 more (54 written as emergencies, 28 typed for someone else), written blind the
    //   same way from copies only; pinned before any of that stop's intake changes were committed; to be scored once, at its end.
    // test13.jsonl (2026-12-03, stop 31): 260 more (55 written as emergencies, 33 typed for someone else), written blind the
    //   same way from copies only; pinned before any of that stop's intake changes were committed; to be scored once, at its end.
    // test14.jsonl (2026-12-03, stop 32): 260 more (55 written as emergencies, 30 typed for someone else), written blind the
    //   same way from copies only; pinned before any of that stop's intake changes were committed; to be scored once, at its end.
    // test15.jsonl (2026-12-04, stop 33): 260 more (55 written as emergencies, 30 typed for someone else), written blind the
    //   same way from copies only; pinned before any of that stop's intake changes were committed; to be scored once, at its end.
    // test-danger.jsonl (2026-12-04, stop 33): 200 written blind the same way, from copies only, to hunt under-triage: 130
    //   emergencies or urgent cases in the words of frightened, casual, stoic or regional writers (36 typed by a carer),
    //   and 70 harmless look-alikes that must not alarm. Pinned before that stop's intake changes; scored once, at its end.
    // test16.jsonl (2026-12-04, stop 34): 260 more (63 written as emergencies, 34 typed for someone else), written blind the
    //   same way from copies only; pinned before any of that stop's intake changes were committed; to be scored once, at its end.
    // test-danger2.jsonl (2026-12-04, stop 34): a second safety half, 200 written blind the same way (105 emergencies, 25
    //   urgent, 70 look-alikes, 33 typed by someone else), warning signs said in passing and in dialect; pinned before that
    //   stop's intake changes; scored on the starting code and once at its end.
    // test17.jsonl (2026-12-04, stop 35): 260 more (15 written as emergencies, 17 urgent, 32 doctor, 31 typed for someone
    //   else), written blind the same way from copies only; pinned before any of that stop's intake changes were committed;
    //   to be scored on the starting code and once at its end.
    // test-danger3.jsonl (2026-12-04, stop 35): a third safety half, 200 written blind the same way (106 emergencies, 25
    //   urgent or doctor, 69 look-alikes); pinned before that stop's intake changes; scored on the starting code and once
    //   at its end.
    // test-danger4.jsonl (2026-12-04, stop 35): a fourth safety half, 200 written blind the same way mid-stop (105
    //   emergencies, 25 urgent or doctor, 70 look-alikes, 52 typed by someone else), after test-danger3 had been scored
    //   once; pinned before the rest of that stop's intake changes; scored on the stop's starting code, on the pin commit's
    //   code and once at its end.
    // test-danger5.jsonl (2026-12-04, stop 36): a fifth safety half, 200 written blind the same way (133 emergencies, 28
    //   of them typed for someone else; 67 urgent, doctor or look-alikes); pinned before that stop's intake changes were
    //   committed; scored on the stop's starting code and once at its end.
    // test18.jsonl (2026-12-04, stop 36): 260 more everyday descriptions written blind (18 with a warning sign, 6 of them
    //   hedged; 32 typed for someone else); pinned before that stop's intake changes were committed; scored on the
    //   stop's starting code and once at its end.
    // test-danger6.jsonl (2026-12-04, stop 37): a sixth safety half, 200 written blind the same way (108 emergencies by the
    //   writer's labels, 53 typed for someone else, 40 look-alikes); pinned before that stop's intake changes were
    //   committed; scored on the stop's starting code and once at its end.
    // test19.jsonl (2026-12-04, stop 37): 260 more everyday descriptions written blind (29 with a warning sign, 35 typed
    //   for someone else, 44 with denials, hedges or others' history); pinned the same way.
    // test-danger7.jsonl (2026-12-04, stop 38): a seventh safety half, 200 written blind the same way (114 emergencies by
    //   the writer's labels, 54 typed for someone else, 40 look-alikes); pinned before that stop's intake changes were
    //   committed; scored on the stop's starting code and once at its end.
    // test20.jsonl (2026-12-04, stop 38): 260 more everyday descriptions written blind (30 with a warning sign, 37 typed
    //   for someone else, 46 with denials, hedges or others' history); pinned the same way.
    // test-danger8.jsonl (2026-12-04, stop 39): an eighth safety half, 200 written blind the same way (115 emergencies by
    //   the writer's labels, 56 typed for someone else, 40 look-alikes), by writers asked to vary more: second-language
    //   English, dictation, text-speak, long rambles, very short posts, regional English, signs told by what the person
    //   cannot do; pinned before that stop's intake changes were committed; scored on the stop's starting code and once
    //   at its end.
    // test21.jsonl (2026-12-04, stop 39): 260 more everyday descriptions written blind by writers asked to vary the same
    //   way (32 with a warning sign, 37 typed for someone else, 48 with denials or hedges); pinned the same way.
    // test-danger9.jsonl (2026-12-04, stop 40): a ninth safety half, 200 written blind the same way (115 emergencies by
    //   the writer's labels, 60 typed for someone else, 40 look-alikes), by writers asked to vary in new ways: formal older
    //   writers, teenagers, parents and coaches, sport jargon, minimisers, the sign buried mid-story, signs seen by someone
    //   else, time-jumbled stories; pinned before that stop's intake changes were committed; scored on the stop's starting
    //   code and once at its end.
    // test22.jsonl (2026-12-04, stop 40): 260 more everyday descriptions written blind by writers asked to vary the same
    //   new ways (33 with a warning sign, 36 typed for someone else, 48 with denials, hedges or others' history); pinned
    //   the same way.
    // test23.jsonl (2026-12-04, stop 41): 260 everyday descriptions written blind by writers asked to place times, drinks,
    //   doses and temperatures with their roles and to deny and hedge precisely (35 with a warning sign, 36 typed for
    //   someone else, 50 with denials or hedges); pinned before that stop's intake changes were committed; scored on the
    //   stop's starting code and once at its end.
    // test-danger10.jsonl (2026-12-04, stop 41): a tenth safety half, 200 written blind (115 emergencies spread over every
    //   emergency rule, 74 typed for someone else, 45 look-alikes), the sign buried mid-story or told by who saw it, with
    //   many times, number words, temperatures in C and F and fluids in pints, litres and ounces; pinned the same way.
    // test24.jsonl (2026-12-05, stop 42): 260 everyday descriptions written blind (62 typed for someone else, 43 needing a
    //   doctor or more by the writer's judgement), with session and episode lengths, relative days, drinks, doses, sleep,
    //   medicines and temperatures in many forms; pinned before that stop's intake changes were committed; scored on the
    //   stop's starting code and once at its end.
    // test-danger11.jsonl (2026-12-05, stop 42): an eleventh safety half, 200 written blind (115 emergencies over every
    //   emergency rule and rarer ones, 71 typed for someone else, 45 look-alikes); pinned the same way.
    // test25.jsonl (2026-12-05, stop 43): 260 everyday descriptions written blind (65 typed for someone else, 88 needing a
    //   doctor or more by the writer's judgement, 6 with a hedged sign to confirm); pinned before that stop's intake
    //   changes were committed; scored on the stop's starting code and once at its end.
    // test-danger12.jsonl (2026-12-05, stop 43): a twelfth safety half, 200 written blind (116 emergencies over every
    //   emergency rule and rarer ones told indirectly, 72 typed for someone else, 44 look-alikes); pinned the same way.
    // test26.jsonl (2026-12-05, stop 44): 260 everyday descriptions written blind (69 typed for someone else, 114 needing
    //   a doctor or more by the writer's judgement); pinned before that stop's next intake change was committed; scored on
    //   the stop's starting code and once at its end.
    // test-danger13.jsonl (2026-12-05, stop 44): a thirteenth safety half, 200 written blind (115 emergencies over every
    //   emergency rule and rarer ones told indirectly, 71 typed for someone else, 45 look-alikes); pinned the same way.
    // test27.jsonl (2026-12-05, stop 45): 260 everyday descriptions written blind (76 typed for someone else, 113 needing
    //   a doctor or more by the writer's judgement); pinned before that stop's first intake change was committed; scored on
    //   the stop's starting code and once at its end.
    // test-danger14.jsonl (2026-12-05, stop 45): a fourteenth safety half, 200 written blind (115 emergencies over every
    //   emergency rule and rarer ones told indirectly, 69 typed for someone else, 45 look-alikes); pinned the same way.
    // test28.jsonl (2026-12-05, stop 46): 260 everyday descriptions written blind (70 typed for someone else, about 98
    //   needing a doctor or more by the writer's judgement); pinned before that stop's first intake change was committed;
    //   scored on the stop's starting code and once at its end.
    // test-danger15.jsonl (2026-12-05, stop 46): a fifteenth safety half, 200 written blind (120 emergencies over every
    //   emergency rule and rarer ones told indirectly, 74 typed for someone else, 45 look-alikes, 35 in between); pinned the
    //   same way.
    // test29.jsonl (2026-12-05, stop 47): 260 everyday descriptions written blind (72 typed for someone else, about 50
    //   needing a doctor or more by the writer's judgement); pinned before that stop's first intake change was committed;
    //   scored on the stop's starting code and once at its end.
    // test-danger16.jsonl (2026-12-05, stop 47): a sixteenth safety half, 200 written blind (120 emergencies over every
    //   emergency rule and rarer ones told indirectly, 76 typed for someone else, some by a writer who first gives their
    //   own role, 45 look-alikes, 35 in between); pinned the same way.
    // test30.jsonl (2026-12-05, stop 48): 260 everyday descriptions written blind (70 typed for someone else, 26 needing a
    //   doctor or sooner and 10 emergencies by the writer's judgement); pinned before that stop's first intake change was
    //   committed; scored on the stop's starting code and once at its end.
    // test-danger17.jsonl (2026-12-05, stop 48): a seventeenth safety half, 200 written blind (120 emergencies told in
    //   everyday, hedged or buried words, 79 typed for someone else, some by a writer who first gives their own role or age,
    //   45 look-alikes, 35 in between); pinned the same way.
    // test31.jsonl (2026-12-05, stop 49): 260 everyday descriptions written blind (70 typed for someone else, 11
    //   emergencies by the writer's judgement, writers of many Englishes); pinned before that stop's first intake change was
    //   committed; scored on the stop's starting code and once at its end.
    // test-danger18.jsonl (2026-12-05, stop 49): an eighteenth safety half, 200 written blind (125 emergencies told in
    //   everyday, hedged, minimised or buried words, 82 typed for someone else, 45 look-alikes); pinned the same way.
    // test32.jsonl (2026-12-05, stop 50): 260 everyday descriptions written blind (70 typed for someone else, 11
    //   emergencies by the writer's judgement, many Englishes, times and amounts in many forms); pinned before that stop's
    //   first intake change was committed; scored on the stop's starting code and once at its end.
    // test-danger19.jsonl (2026-12-05, stop 50): a nineteenth safety half, 200 written blind (125 emergencies told as "just
    //   a cramp", hedged, minimised, buried or by bystanders, many with measurements; 86 typed for someone else; 45
    //   look-alikes); pinned the same way.
    // test33.jsonl (2026-12-06, stop 51): 260 everyday descriptions written blind (70 typed for someone else, 11
    //   emergencies by the writer's judgement, many sports, Englishes and forms of numbers and times); pinned before that
    //   stop's first intake change was committed; scored on the stop's starting code and once at its end.
    // test-danger20.jsonl (2026-12-06, stop 51): a twentieth safety half, 200 written blind (125 emergencies told late in
    //   rambling messages, after the fact, by coaches, carers and strangers, under wrong self-diagnoses, with times and
    //   measurements; 87 typed for someone else; 45 look-alikes); pinned the same way.
    // test34.jsonl (2026-12-06, stop 52): 260 everyday descriptions written blind (70 typed for someone else, 11
    //   emergencies by the writer's judgement, every kind of session with times, drinks, sleep, medicines and heat);
    //   pinned before that stop's first intake change was committed; scored on the stop's starting code and once at its end.
    // test-danger21.jsonl (2026-12-06, stop 52): a twenty-first safety half, 200 written blind (96 emergencies by the
    //   writer's judgement, told minimised, in passing, by people with long-term conditions, dictated, pasted from several
    //   messages or by someone else; 85 typed for someone else; 45 look-alikes); pinned the same way.
    // test35.jsonl (2026-12-06, stop 53): 260 everyday descriptions written blind (75 typed for someone else, 20
    //   emergencies and 43 look-alikes by the writer's judgement, every sport and walk of life with its times, drinks,
    //   sleep and medicines); pinned before that stop's first intake change was committed.
    // test-danger24.jsonl (2026-12-06, stop 53): a twenty-fourth safety half, 200 written blind (90 emergencies by the
    //   writer's judgement, asked as forum or chatbot questions with long backstories full of numbers, by older people,
    //   teenagers, workers, people in the heat, pregnant people and people on medicines; 81 typed for someone else; 46
    //   look-alikes); pinned the same way.
    // test36.jsonl (2026-12-06, stop 54): 260 everyday descriptions written blind (76 typed for someone else, 9
    //   emergencies, 10 urgent and 13 doctor by the writer's judgement, 57 with denials or hedges, numbers told every way);
    //   pinned before that stop's first intake change was committed.
    // test-danger27.jsonl (2026-12-06, stop 54): a twenty-seventh safety half, 200 written blind (90 emergencies by the
    //   writer's judgement, the sign buried in an everyday story or said indirectly, by workers, older people, pregnant
    //   people and people on medicines, as texts, voice notes and emails; 76 typed for someone else; 70 look-alikes);
    //   pinned the same way.
    // test37.jsonl (2026-12-06, stop 55): 260 everyday descriptions written blind (75 typed for someone else, 10
    //   emergencies, 9 urgent and 12 doctor by the writer's judgement, 57 with denials or hedges, sports from rowing to
    //   moving house); pinned before that stop's first intake change was committed.
    // test-danger30.jsonl (2026-12-06, stop 55): a thirtieth safety half, 200 written blind (90 emergencies by the
    //   writer's judgement, told as timelines with the sign late, short replies, long worried paragraphs, in slang or a
    //   comparison, by partners, parents, coaches, carers and workmates; 77 typed for someone else; 69 look-alikes);
    //   pinned the same way.
    // test38.jsonl (2026-12-06, stop 56): 260 everyday descriptions written blind (58 typed for someone else, 35
    //   emergencies, 35 urgent and 56 doctor by the writer's judgement, physical jobs and unusual sports, numbers told
    //   every way, mixed denials); pinned before that stop's first intake change was committed.
    // test-danger33.jsonl (2026-12-06, stop 56): a thirty-third safety half, 200 written blind (95 emergencies by the
    //   writer's judgement, the sign told by what the person could not do, buried in a list of denials, seen by others,
    //   or in the middle of a long message; 70 typed for someone else; 70 look-alikes); pinned the same way.
    // test-danger37.jsonl (2026-12-06, stop 57): a thirty-seventh safety half, 200 written blind (60 emergencies, 30
    //   urgent and 40 doctor by the writer's judgement, across the whole triage table with the sign mid-paragraph, in slang
    //   or told by its effect; 39 typed for someone else; 42 look-alikes); pinned before that stop's first intake change
    //   was committed.
    // test39.jsonl (2026-12-06, stop 57): 260 everyday descriptions written blind (19 emergencies, 24 urgent and 83
    //   doctor by the writer's judgement, every age and walk of life, times, volumes and temperatures told every way, a
    //   fifth with a warning sign denied or wondered about; 28 typed for someone else); pinned the same way.
    // test-danger40.jsonl (2026-12-06, stop 58): a fortieth safety half, 200 written blind (60 emergencies, 30 urgent and
    //   40 doctor by the writer's judgement, across the whole triage table, told plainly or mid-paragraph, in slang or by
    //   its effect; 35 typed for someone else; 45 look-alikes); pinned before that stop's first intake change was committed.
    // test41.jsonl (2026-12-06, stop 58): 260 everyday descriptions written blind (16 emergencies, 26 urgent and 96 doctor
    //   by the writer's judgement, every age, sport and job, sessions, times, fluids, heat, caffeine, sleep and medicines
    //   told every way, a fifth with a warning sign denied or wondered about; 46 typed for someone else); pinned the same way.
    // test-danger44.jsonl (2026-12-06, stop 59): a forty-fourth safety half, 200 written blind (60 emergencies, 30 urgent
    //   and 40 doctor by the writer's judgement, across the whole triage table, told plainly or mid-paragraph, in slang or
    //   by its effect; 43 typed for someone else; 47 look-alikes); pinned before that stop's first intake change was committed.
    // test45.jsonl (2026-12-06, stop 59): 260 everyday descriptions written blind (12 emergencies, 20 urgent and 96 doctor
    //   by the writer's judgement, every age, sport and job, sessions, times, fluids, heat, caffeine, sleep and medicines
    //   told every way, a fifth with a warning sign denied or wondered about; 31 typed for someone else); pinned the same way.
    // test-danger48.jsonl (2026-12-07, stop 60): a forty-eighth safety half, 200 written blind (60 emergencies, 30 urgent
    //   and 40 doctor by the writer's judgement, across the whole triage table, told plainly or mid-paragraph, in slang or
    //   by its effect; 39 typed for someone else; 46 look-alikes); pinned before that stop's first intake change was committed.
    // test49.jsonl (2026-12-07, stop 60): 260 everyday descriptions written blind (15 emergencies, 22 urgent and 90 doctor
    //   by the writer's judgement, every age, sport and job, sessions, times, fluids, heat, caffeine, sleep and medicines
    //   told every way, a fifth with a warning sign denied or wondered about; 25 typed for someone else); pinned the same way.
    // test-danger52.jsonl (2026-12-07, stop 61): a fifty-second safety half, 200 written blind (60 emergencies, 30 urgent
    //   and 40 doctor by the writer's judgement, across the whole triage table, told plainly, mid-paragraph, in slang, by its
    //   effect or under a long training story; 42 typed for someone else; 52 look-alikes); pinned before that stop's first
    //   intake change was committed.
    // test53.jsonl (2026-12-07, stop 61): 260 everyday descriptions written blind (16 emergencies, 22 urgent and 90 doctor
    //   by the writer's judgement, every age, sport and job, times, fluids, heat, caffeine, sleep and medicines told every
    //   way, 54 with a warning sign denied or wondered about; 26 typed for someone else); pinned the same way.
    // test-danger56.jsonl (2026-12-07, stop 62): a fifty-sixth safety half, 200 written blind (60 emergencies, 45 urgent
    //   and 45 doctor by the writer's judgement, every red flag at least twice, hedged signs, denials in lists; 58 typed
    //   for someone else; 41 look-alikes); pinned before that stop's first intake change was committed.
    // test57.jsonl (2026-12-07, stop 62): 260 everyday descriptions written blind (22 emergencies, 16 urgent and 41 doctor
    //   by the writer's judgement; eyelid and calf twitches, night cramps, sports, caffeine, sleep, shifts, pregnancy,
    //   medicines, fear of ALS, quantities told every way; 50 with a warning sign denied; 20 typed for someone else);
    //   pinned the same way.
    // test-danger60.jsonl (2026-12-07, stop 63): a sixtieth safety half, 200 written blind (66 emergencies, 31 urgent and
    //   29 doctor by the writer's judgement, every red flag at least twice, stated, hedged or denied in a list; emergencies
    //   that turn serious late in the story; 74 typed for someone else; 31 look-alikes); pinned before that stop's first
    //   intake change was committed.
    // test61.jsonl (2026-12-07, stop 63): 260 everyday descriptions written blind (31 emergencies, 30 urgent and 59 doctor
    //   by the writer's judgement; quantities told every way: ranges, fractions, fluids in every unit, coffee, sleep, stress,
    //   session lengths, times since; 35 typed for someone else; 28 look-alikes); pinned the same way.
    // test-danger64.jsonl (2026-12-07, stop 64): a safety half of 200 written blind (60 emergencies, 45 urgent and 45 doctor
    //   by the writer's judgement; every red flag at least twice in plain words, stated, hedged or denied; typed fast on a
    //   phone; 66 typed for someone else; 49 look-alikes); pinned before that stop's first intake change was committed.
    // test65.jsonl (2026-12-07, stop 64): 260 everyday descriptions written blind (32 emergencies, 32 urgent and 62 doctor
    //   by the writer's judgement; questions, diary notes and ALS worries; quantities in every unit; 28 typed for someone
    //   else; 26 look-alikes); pinned the same way.
    // test-danger68.jsonl (2026-12-07, stop 65): a safety half of 200 written blind (60 emergencies, 45 urgent and 45 doctor
    //   by the writer's judgement; emergencies hidden in an ordinary complaint, messages pasted from a chat or dictated by
    //   voice, signs that came and went or happened years ago; 28 typed for someone else; 49 look-alikes); pinned before
    //   that stop's first intake change was committed.
    // test69.jsonl (2026-12-07, stop 65): 260 everyday descriptions written blind (29 emergencies, 31 urgent and 70 doctor
    //   by the writer's judgement; journal notes, comparisons with before, supplements, long rambles; quantities in every
    //   form; 37 typed for someone else; 27 look-alikes); pinned the same way.
    // test-danger72.jsonl (2026-12-07, stop 66): a safety half of 200 written blind (62 emergencies, 45 urgent and 45 doctor
    //   by the writer's judgement; people at work and at home, on medicines, pregnant, teenagers and over-70s; the key sign
    //   told sideways, as a question, minimised or split over sentences; 28 typed for someone else; 42 look-alikes); pinned
    //   before that stop's first intake change was committed.
    // test73.jsonl (2026-12-07, stop 66): 260 everyday descriptions written blind (25 emergencies, 30 urgent and 55 doctor
    //   by the writer's judgement; filled-in forms, bullet lists, watch notes, abbreviations and emoji; quantities in every
    //   form; 33 typed for someone else; 24 look-alikes); pinned the same way.
    // test-danger76.jsonl (2026-12-07, stop 67): a safety half of 200 written blind (60 emergencies, 45 urgent and 45 doctor
    //   by the writer's judgement; told in fragments as it happens, or afterwards with what a doctor or 111 said; small
    //   complaints that turn at the end; half-known medical words and anxious lists; 24 typed for someone else; 38
    //   look-alikes); pinned before that stop's first intake change was committed.
    // test77.jsonl (2026-12-07, stop 67): 260 everyday descriptions written blind (23 emergencies, 30 urgent and 62 doctor
    //   by the writer's judgement; training weeks day by day, changes of routine; US, imperial and metric units, ranges and
    //   approximations, paces and race times; 35 typed for someone else; 40 look-alikes); pinned the same way.
    // test-danger80.jsonl (2026-12-07, stop 68): a safety half of 200 written blind (55 emergencies, 44 urgent and 49 doctor
    //   by the writer's judgement; typed in a hurry on a phone or dictated by voice; the warning sign as an aside; people
    //   over 65 and teenagers; long-term conditions and their medicines; 27 typed for someone else; 46 look-alikes and 6
    //   hedged); pinned before that stop's first intake change was committed.
    // test81.jsonl (2026-12-07, stop 68): 260 everyday descriptions written blind (8 emergencies, 13 urgent and 31 doctor
    //   by the writer's judgement; rowing, climbing, martial arts, dance, swimming and cycling words; shift work, newborns,
    //   exams; meals, supplements, alcohol and fasting; timelines over several days; Indian, South African, Nigerian and
    //   New Zealand English; 23 typed for someone else); pinned the same way.
    // test-danger84.jsonl (2026-12-08, stop 69): a safety half of 200 written blind (62 emergencies, 43 urgent and 46 doctor
    //   by the writer's judgement; told in order as to a GP receptionist or a 111 call handler; football, rugby, hockey,
    //   tennis, golf, gardening, DIY and moving house; regular medicines by brand or generic name; hedges, half-denials and
    //   double negatives; Scottish, Irish, Australian and Caribbean English; 28 typed for someone else, young children and
    //   elderly parents among them; 49 look-alikes and 15 hedged); pinned after that stop's first intake change (5b6a7e4)
    //   and scored on the stop's start build (1938340) by its summary lines only.
    // test85.jsonl (2026-12-08, stop 69): 260 everyday descriptions written blind (6 emergencies, 8 urgent and 15 doctor by
    //   the writer's judgement; sets and reps, CrossFit, HIIT, spin; parkrun to ultras, paces per km and per mile; drinks in
    //   glasses, mugs, bottles, mL, fl oz and pints; sleep by bed and wake times; deadlines, break-ups, moving and caring;
    //   older people, menopause and pregnancy; Canadian, Welsh, Singaporean and Filipino English; 32 typed for someone
    //   else; 12 hedged); pinned and scored the same way.
    // test-danger88.jsonl (2026-12-08, stop 70): 200 safety descriptions written blind (60 emergencies, 48 urgent, 43 doctor
    //   and 49 self-care by the writer's judgement; written by people whose first language is not English; symptoms told
    //   by comparisons and images; hill walking at altitude, skiing, cold-water swimming, riding, martial arts, cycle
    //   commuting; two or three problems in one message; onset by clock times; 27 typed for someone else; 11 hedged);
    //   pinned before that stop's first intake change and scored on the stop's start build (9521db3) by its summary lines
    //   only.
    // test89.jsonl (2026-12-08, stop 70): 260 everyday descriptions written blind (9 emergencies, 10 urgent and 35 doctor by
    //   the writer's judgement; answers to a coach's or a forum's questions; parents of teenage athletes; diets, fasting
    //   and sauna suits; hot climates and seasons; night cramps over 60; eyelid and face twitches from screens and exams;
    //   Australian, Irish, Jamaican and Kenyan English; 42 typed for someone else; 21 hedged); pinned and scored the same way.
    [Theory]
    [InlineData("test.jsonl", "2f4035f00820fa271fbcc1194a41da191d629ff80a21b7ec408409423fd15f8a")]
    [InlineData("test2.jsonl", "3aa5934e5217cd10ccae11c7cb3312417974ca1a54290b9c5859078b56d67735")]
    [InlineData("test3.jsonl", "240e04184afdfdbe37f31bb94dafe018b8a89c4c3329e7b746d63e77394a600e")]
    [InlineData("test4.jsonl", "53e9c7f6e75479cbd6fd0e760f1b8708f9187cc0c61cf10b19e5a1602ec98967")]
    [InlineData("test5.jsonl", "6c2cfb4d58d56d778390aa89ed59c9c0261949c59d602f28fcae45c950700d00")]
    [InlineData("test6.jsonl", "1e245a2b1a2c01e4a9fd23eb2b113d91f65f2eb1a00056484dc4c21f75bafde1")]
    [InlineData("test7.jsonl", "7a617db6c236609252318bdad2d6a0874e133c166e9d0649ab7cc0322b4bc334")]
    [InlineData("test8.jsonl", "51f4a2180945adaf33f84a8a1560cbeecbb4a9ec3f4241f24af38cdfe449c347")]
    [InlineData("test9.jsonl", "c45179e176c07679d3cf115be367fdddfe011a22796ede784d7c076fec0bc0c2")]
    [InlineData("test10.jsonl", "8b6002da2a4e5fa165b28f3777ef9ad81f6dd2980c02161f15525826c8af3ab0")]
    [InlineData("test11.jsonl", "447efc8ac853ca0d058cc35a33499ecb703b529ce7894a1015eedb584f36bf7b")]
    [InlineData("test12.jsonl", "2d5b1b0f8b8b1a58a5e2e4efa30649f384be57160ed964c8b0f8cad487bfb94b")]
    [InlineData("test13.jsonl", "6177db31dc3642ba1881df423188e9164a0788b038d2b429e0b0c03b700e1e2d")]
    [InlineData("test14.jsonl", "d00084c514fab34acbeab0653597e79e25a486586542faa17a7ca2ec48ef8a0f")]
    [InlineData("test-danger.jsonl", "52dfd49fc0d240efc646058e947cc9549e1091b0845cd6102a902875d4a4486a")]
    [InlineData("test15.jsonl", "7c7141ae49338b2b68d1a85824354c4cbde77b7d65aecea5bd8ac5e507474b80")]
    [InlineData("test16.jsonl", "502542770ad9dbd89bf2c15b6978adf309f3f094a74d914b749a50c5e4fadf31")]
    [InlineData("test-danger2.jsonl", "1d96c5d935b50b650225fcb495b15550f6f891e6237c89ad4833a70d406078d7")]
    [InlineData("test17.jsonl", "2dbc59b394a4d9bad2a4ee190b0a18ad97192d00466d000478b111807bbfa95d")]
    [InlineData("test-danger3.jsonl", "0b2ea9158bd06c0a9616e58893b6f9f2f4da92c6509bc6203c508a3f00546a27")]
    [InlineData("test-danger4.jsonl", "b2f27d078b2bbba287a3677ba0a8599dcf7e6a97e25aa4837a2d9c9853641a2c")]
    [InlineData("test-danger5.jsonl", "6fdd5f2f65628bdf603a34aaec994c55f7918d693f073aa47b45ffa8ac1a40d4")]
    [InlineData("test18.jsonl", "ad03c543cc5aa3a30cc68377f255bac36f6ce0b75a83b185f0186369759a16de")]
    [InlineData("test-danger6.jsonl", "25e5ebbf58548734d204d400985aba03def254e7ef284b195b5ccb03c407ce21")]
    [InlineData("test19.jsonl", "7838d5a88c6f86a7f8e430c3a41415b7ad7c16ed86c9b9921b7d03cd0beccbac")]
    [InlineData("test-danger7.jsonl", "fe7b9cc94c4b19490b0f7d4c983765201b70728526e2826177bdc467ac52ee8a")]
    [InlineData("test20.jsonl", "a211e9cb4682010c8727dd6cea215b1f6cb535182f6cfd26f251ca2a58e9e7ab")]
    [InlineData("test-danger8.jsonl", "b146336faab2b20c8114b0bfc4d3effc7f512f1b281335fbc66be8a51a98ac9a")]
    [InlineData("test21.jsonl", "2e779271b788e07070391f24fac55950c9dd895bdfcfca5a37f9e3d7be17e188")]
    [InlineData("test-danger9.jsonl", "554987d8f58eb30dfdd328d78d78eae7fbb6b6ae08da5c3f7ee146b6dbddcae0")]
    [InlineData("test22.jsonl", "8eb534d5b2bd862f8dff788d3b79b289c0d86268084a6d06bafef0aa2ec9783d")]
    [InlineData("test23.jsonl", "08d1f4a8bd678863d3ff1e5ad0c029a5ea9a262b032083d2953d7a1f22cd1b34")]
    [InlineData("test-danger10.jsonl", "876832223ef5b74e5183c9165c9bd178ee10405eaf70da44bedcfcb3a055502c")]
    [InlineData("test24.jsonl", "ec1c2daf776bc5354ba3aac6460225c3b6803dce34ac1ccc361bdb6f23ef32f3")]
    [InlineData("test-danger11.jsonl", "a69447d891cf9a9c0b1f357efd8030c2303952151414473a961931a45b16b74b")]
    [InlineData("test25.jsonl", "dc5b26d6de10b38c44c16ea931876ba2a3aa66cd90d85bd03c96fc8cc2f350ce")]
    [InlineData("test-danger12.jsonl", "8429933e970b2739e0a36207876d0915c7b1411b906e6964b1f41d782ea7309b")]
    [InlineData("test26.jsonl", "a19006adeb664015b0867b3f803f070b050251e3f6df29513dd35ae7161c9539")]
    [InlineData("test-danger13.jsonl", "fe9414e235fe5867f79d0a0b1b772a70b7b8684796efb10a99ce8d66a8a671da")]
    [InlineData("test27.jsonl", "91a0a73cb8ce97e36d38d685cb3a67409a3a9ae6b7d7220e6989cf7c04716ac0")]
    [InlineData("test-danger14.jsonl", "3195ad258438d0b86abdefee62f379767c097a8c76645a33635f43b114c8551e")]
    [InlineData("test28.jsonl", "3e3db77d02418fbed4bfc7cb1136506a46ebc4fc4ffbab6a640f7f07b699169d")]
    [InlineData("test-danger15.jsonl", "1f9660bc092f647745cd0c10381d328fcc6986a77e7d2ac9c60415aedb8be949")]
    [InlineData("test29.jsonl", "cb33c38842e5823c5d5797d27f848437299a55ed5611aeed2dba498797762e18")]
    [InlineData("test-danger16.jsonl", "3400cb577f02868bbd325cc8f9d56b8b2ef5038f6c4608d88ea8f96ee7793e54")]
    [InlineData("test30.jsonl", "841b262209ead5df0b0a6a2e24650eefa63abd49786b00468ef7fbf78f26dedb")]
    [InlineData("test-danger17.jsonl", "08b06f3d0d3e4b8f1e0356d5735cc38a33cdf1d133ae5012e2ec3fbda4374e28")]
    [InlineData("test31.jsonl", "df2f724f5448163fc029b56f43d5be9d902f1e1780dd6cfe1a8561a076cac27d")]
    [InlineData("test-danger18.jsonl", "27a717875fde8588ce57f843c17fb7c2e54c2bf6345b1690a30e019a370fc5ae")]
    [InlineData("test32.jsonl", "c12f2d9bfe0a9e15886eccfb1c2577998d0bf06348d48a47c959840677837ea2")]
    [InlineData("test-danger19.jsonl", "3995537c772a6c99e24c1d7f3afeb52a8bd37e85f26e11204474952e2b0e3712")]
    [InlineData("test33.jsonl", "77bf2f6ee26246b171ae86825551778235df98250a1867627335041be0f9a476")]
    [InlineData("test-danger20.jsonl", "d57145242eb2df76681236d84037a8734398edf43f030649ad36137f8ba07a14")]
    [InlineData("test34.jsonl", "51df15980dded44c08b1722dda0a238aaf1caeb43dda967a6df7a648d72723d2")]
    [InlineData("test-danger21.jsonl", "216222e1966aa19f80900eabb03e0890e3c92e8fc6c1f0de514e9505e2eef314")]
    [InlineData("test35.jsonl", "070e5ae2a16a05ff2c50c9bcd8e988a8258e5862c3824620f655046244faa223")]
    [InlineData("test-danger24.jsonl", "e71dca31c11fb5ae0ac720fe42be7e87e42b244dfb958a264cb1bbedfffafc3a")]
    [InlineData("test36.jsonl", "b945da71c29a56a7c5a9123624f2236688c4cfd7ec9566037fa01b0dabc2922f")]
    [InlineData("test-danger27.jsonl", "9520153dbce224c09d9598fd65c25bdc7a1d031a28dc8feebae58fcb331bdf30")]
    [InlineData("test37.jsonl", "ac929bc90e1487d4dddf23c6a5b7d061b01b749889a8901da342b204397797e5")]
    [InlineData("test-danger30.jsonl", "b7218b71f6d9938eab65dda66fc2083307a445f8832af5eb28c64216a01d23a0")]
    [InlineData("test38.jsonl", "5bfd8226d355629be242e0799e924619b5de46f036ee2df2b36dea60a96a9ea6")]
    [InlineData("test-danger33.jsonl", "da734a690cbc4a9658dd5a861e0feda6c8618b5cb3dcd2b0e98b5c8c966812d7")]
    [InlineData("test-danger37.jsonl", "cc053302e082744053c65fbc65cab0e971baec72ab0067d368af5a80da55e8fd")]
    [InlineData("test39.jsonl", "bd425c494b270fbd60bd4eee7cc1d088abd8a293c331d32c698a823bd303bd22")]
    [InlineData("test-danger40.jsonl", "6b6e74455363c9fee475138eff36df6c4630a1701fe588d3073e6cdffffe10eb")]
    [InlineData("test41.jsonl", "345633a24d05a900dd6a5d5e0060bf928d1591e0821a7dcd75e3de090ece89bb")]
    [InlineData("test-danger44.jsonl", "26b9eb2bf82de9c359677a311ce23b9ac00e4cbbdb447a2d48efcda1baf3830d")]
    [InlineData("test45.jsonl", "4d1f9c19b1752e0e4bfe2d2cf48f1034511202c4a106d627ec3efa5ebfa14ad1")]
    [InlineData("test-danger48.jsonl", "e58ea80ac788e37695ae52024da430c65aec8aa99669fa57f0da860347a82a52")]
    [InlineData("test49.jsonl", "23347395eefcfecfe54835b064880569b4912c60d7c4ecac75d9cd923152f676")]
    [InlineData("test-danger52.jsonl", "511b8768b87d34467895c9e720e2cf6119440058c1674f4664df2bb169f18fa2")]
    [InlineData("test53.jsonl", "041e464288adea5c6a1cdf4aace53f1ac4cef88e2c8b44632d734d721cc288ba")]
    [InlineData("test-danger56.jsonl", "f1f62df275bf3ef85a648421788c70c3268308836ff7958585fa1b6143419bc1")]
    [InlineData("test57.jsonl", "196c48098851e2fbea2c24b2a250eb3ce5e4b54b577aac4bd263aa964e3098dd")]
    [InlineData("test-danger60.jsonl", "0ef25c9357cc00b3e597efba19a562cc4a92e74ba5807795f3b75374864c2468")]
    [InlineData("test61.jsonl", "bf3a1700fd0c9e6b13062a57e920e4ac7c7c5f7fb34c592222f30d6b4fdcc12d")]
    [InlineData("test-danger64.jsonl", "4d1d503d75b3fa1daa92796536aae8d0b985e3689a3c26ea1016c1e388f73bca")]
    [InlineData("test65.jsonl", "eede288c25aa9e435877403a17ca471684eb3fc141a449f1968626a0689eeb39")]
    [InlineData("test-danger68.jsonl", "26f14c0f590ef6ab5c92aed93563bcb183aba4f5a7c98f7ffb8d882d3333a34f")]
    [InlineData("test69.jsonl", "b0f3af257ec28687a4153d64fa5cd79611218c8e591187a03c4d683668e84585")]
    [InlineData("test-danger72.jsonl", "2565a6fcf97ee621ba700f5e6775c2565ff145b305478f5176d2fa6a38eb643a")]
    [InlineData("test73.jsonl", "b4c9dcea36eef73b42cead8ae7149f26ef3d435a17787758570908f3aeb0487a")]
    [InlineData("test-danger76.jsonl", "cc654b3d62a774dfb08bbc0f19364b07ef32916b29ee58bcaebb8d820c5e2354")]
    [InlineData("test77.jsonl", "e81b1c87558cf69df79ac83e83c527f70a94e2c49a4c374de7575430b139f7d3")]
    [InlineData("test-danger80.jsonl", "19fc300e54878afce0b97d0b882d1d9049d794a68f7e6d26358d4f050b3b84ba")]
    [InlineData("test81.jsonl", "0e82f10189de21bc8daa5d545492fddeb42e64ad28119d9b3021453e51da6058")]
    [InlineData("test-danger84.jsonl", "ab3b349fd18f8d441f0755cea1c1db53fd42022b6c67b61f6d945cfc6bc97ca7")]
    [InlineData("test85.jsonl", "f125865512fec71d166233981a576923c1ed0dc6a5995c17c2adbadbe603fd68")]
    [InlineData("test-danger88.jsonl", "8f2952f0358caff80f8cef01da575913188b31274053fa85daccf2cbbe468c82")]
    [InlineData("test89.jsonl", "f6476c777cae8a670cf3e83f7cb17824347ffcccf96a4bc2084a341c98d82f90")]
    public void HeldOutHalf_File_IsUnchangedSinceItsFirstCommit(string file, string sha256)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(TestPaths.Repo("tests", "intake-eval", file))));

        Assert.Equal(sha256, hash);
    }

    [Fact]
    public void BothHalves_Together_HoldAtLeast400DescriptionsWithGoldAnswers()
    {
        var cases = File.ReadLines(Dev).Concat(File.ReadLines(Test)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.True(cases.Count >= 400, $"{cases.Count} descriptions");
        Assert.All(cases, c => Assert.Equal(JsonValueKind.Object, c.GetProperty("answers").ValueKind));
    }

    [Fact]
    public void Halves_ShareNoDescription()
    {
        var dev = File.ReadLines(Dev).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).ToHashSet();

        Assert.DoesNotContain(File.ReadLines(Test).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()), dev.Contains);
    }
}
