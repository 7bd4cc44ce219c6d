using System.Text.RegularExpressions;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Intake;

/// <summary>
/// The free-text intake: reads a description in English and answers the questions it covers, each with the span
/// of text behind it. No network and no model: the lexicon, unit patterns and the ConText step do the work.
/// </summary>
public sealed partial class IntakeReader(KnowledgeBase knowledge, IntakeLexicon lexicon)
{
    private const double SecondsPerDay = 86400;
    private const int CueAfterPenalty = 3;

    // "stretched it on the sideline and it let go after a minute": how far apart self-care and the cramp letting go may be.
    private const int ReliefReach = 6;

    /// <summary>Five minutes: shorter than any session people name, as long as a cramp may last.</summary>
    private const double ShortestSessionSeconds = 300;

    /// <summary>Ten minutes: a cramp this long is rare, a session this long common, so a time this long needs its cramp named first.</summary>
    private const double LongEpisodeSeconds = 600;

    // A duration this many words before an activity is the session's length ("a 75 min run", "90 minutes of climbing").
    private const int ActivityReach = 2;
    private const string SelfCareFailed = "episode.self_care_failed";
    private const string EpisodeKind = "episode.kind";
    private const string Locations = "episode.locations";
    private const string EpisodeDays = "episode.days";
    private const string EpisodePain = "episode.pain";
    private const string Sides = "episode.sides";
    private const string EpisodeTiming = "episode.timing";
    private const string AfterExercise = "after_exercise";
    private const string DuringExercise = "during_exercise";
    private const string ExerciseType = "exercise.type";
    private const string Palpitations = "symptom.palpitations";
    private const string ChestPain = "symptom.chest_pain";
    private const string BackPain = "symptom.back_pain";
    private const string BreathingDifficulty = "symptom.breathing_difficulty";
    private const string Reliever = "asthma_bronchodilator";
    // "after walking and at night for 4 weeks": another timing, joined by "and", may stand between the activity and the time.
    private const int TimingActivityReach = 5;
    private const int ForAWhileReach = 3;
    private const int StillReach = 3;
    // "didn't have any beetroot": how many words before a named cause a denial of it reaches.
    private const int CauseDenialReach = 3;
    // "Calf cramp in bed last night after my evening run lasted": how far back the clause of "lasted" may go.
    private const int LastedReach = 15;
    // "took my temp after my run it's 40.3": a body-temperature word reaches a few words on; "38.5 temp" names it after.
    private const int BareTemperatureReach = 5;
    // "pain about 5", "pain is maybe a 6": the filler words a bare pain score may sit behind.
    private const int PainScoreReach = 4;
    // "Face feeling funny on the same side": how many words before "same side" the part may be named.
    private const int SameSideReach = 5;
    // "Cheek's gone numb, left side": how many words before a side told as an aside its part may be.
    private const int SideAfterPartReach = 6;
    // "60 mins at about 40 degrees": how many words after "at" or "in" the heat or the cold may be named.
    private const int ConditionsReach = 4;
    // "took cipro for a UTI last week": how far after a medicine its time may come, and the days-to-weeks it counts as lately.
    private const int MedicineTimeReach = 5;
    // "parkrun felt like a 7/10": how near after a session a score with no word of its own rates the session, not pain.
    private const int ScoreOfSessionReach = 4;
    // "three marathons, each around 4 hours": a time after "each" that is a session's, not a cramp's, by its length.
    private const double EachSessionAtLeastMinutes = 20;
    // "on prednisolone for an asthma flare, started ...": how many words a medicine's reason may take before the comma.
    private const int MedicineClauseReach = 6;
    private const double MedicineLatelyMinHours = 48;
    private const double MedicineLatelyMaxHours = 24 * 90;
    // "been on prednisolone for 3 weeks" is a new medicine; "for 6 weeks" has settled in (the guide: within a few weeks).
    private const double MedicineForAtMostDays = 30;
    // "5 pints of beer": a drink named this near after a volume is what the volume is of.
    private const int WaterReach = 4;
    private const double HoursRecent = 24;
    // "my left arm and left leg twitch": a twitch or cramp this near after the parts of one side is told of them.
    private const int KindAfterPartsReach = 3;
    // "A journey of over 4 hours" is the clot risk of history.clot_risk (long_travel).
    private const double LongTravelHours = 4;

    // Body temperatures people measure; below 34 C a temperature is the weather's ("32C out"). Fever from 38 C.
    private const double MinBodyTemperature = 34;
    private const double MaxBodyTemperature = 45;
    private const double FeverCelsius = 38;
    // "104F after my football game in the heat": a Fahrenheit reading from 100.4 F to 42 C with no word of the weather beside
    // it may be a fever (FeverOrWeather); hotter is the air's.
    private const double FahrenheitFever = 100.4;
    private const double HighestFeverCelsius = 42;
    private const double HotCelsius = 25;

    /// <summary>Someone else named by the reader itself, not the lexicon: a pronoun of them ("he"), or "Mum's 66".</summary>
    private static readonly Trigger OtherPersonTrigger = new(TriggerCategory.OtherPerson, TriggerDirection.Forward, EndsAtComma: false);

    /// <summary>
    /// Someone the words point at without naming them as the writer's ("the mate I ran with", "his friend"): to the next
    /// comma only, and never the one a description is typed for while someone is named as "my".
    /// </summary>
    private static readonly Trigger SomeonePointedAt = new(TriggerCategory.OtherPerson, TriggerDirection.Forward, EndsAtComma: true);

    /// <summary>"in 2021": what it dates, earlier in its clause, is past.</summary>
    private static readonly Trigger YearGone = new(TriggerCategory.Historical, TriggerDirection.Backward, EndsAtComma: true);

    private static readonly Lazy<IntakeReader> Embedded = new(() => new(KnowledgeBase.Default, IntakeLexicon.Default));

    public static IntakeReader Default => Embedded.Value;

    /// <summary>
    /// Reads a description as the writer's own, or as about the one person it names when every complaint in it is that
    /// person's: "my wife can't lift her right arm and her speech is garbled" is her stroke, to be triaged as NHS 111 does
    /// once it has asked who the call is for. A description with a complaint of the writer's own stays theirs, and what it
    /// says of others is set aside ("my dad had MS and my calf twitches"); the family's history never names the subject.
    /// </summary>
    /// <param name="today">The writer's date, for "last Tuesday"; without it a day of the week gives no time.</param>
    public IntakeResult Read(string text, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = new Collected { Today = today?.DayOfWeek };
        var own = Read(text, first);
        // "Temp 102F." says nothing of whose it is (nor does the fever read from it): it goes with the rest of the story.
        var bareTemperature = lexicon.Roles.GetValueOrDefault(QuantityRole.BodyTemperature)?.Id;
        var temperatures = own.Findings.Where(f => f.Answer == bareTemperature).Select(f => f.Start).ToHashSet();
        var complaints = own.Findings.Where(f => IsComplaint(f.Answer) && !temperatures.Contains(f.Start) && !PlacedOnThem(text, f) &&
                                                 !SaidOfThem(text, f) && !InTheirSentence(text, f, first)).ToList();
        // About them: something said of them beyond their history, and no complaint of the writer's own; or, when the writer
        // never says "I" or "my" of themselves, the complaints come after the person is named ("my son is 12 and for a
        // month he's had tics in his face, eye blinking and cheek twitches"); or when it opens by saying it is typed for them;
        // or when the writer's only "complaint" is the bare word for theirs ("What can I get him for the cramps?"): a writer
        // with a cramp of their own says whose it is ("mine just twitches"). "102F" with nothing to say whose is asked either
        // way; it is no complaint of the writer's.
        var theirComplaint = own.SetAside.Any(s => s.Reason == SetAsideReason.OtherPerson && IsComplaint(s.Finding.Answer));
        // Said of them: set aside as theirs, or a complaint told of them ("He went down during sprints, said both legs
        // cramped").
        var saidOfThem = own.SetAside.Any(s => s.Reason == SetAsideReason.OtherPerson && !s.Finding.Answer.StartsWith("history.", StringComparison.Ordinal)) ||
                         own.Findings.Any(f => IsComplaint(f.Answer) && !temperatures.Contains(f.Start) && !complaints.Contains(f));
        var theirs = own.Subject is not null && saidOfThem &&
                     ((complaints.All(f => f.Answer == EpisodeKind && theirComplaint && !SaidAsOwn(text, f)) &&
                       !own.Confirm.Where(first.Confirm.Contains).Any(id => IsComplaint(id) && id != bareTemperature)) ||
                      (!first.WriterSpeaks && complaints.All(f => f.Start > first.NamedAt)) ||
                      first.WritingFor);
        var result = theirs
            ? Read(text, new Collected { Theirs = true, SubjectAt = first.NamedAt, Today = today?.DayOfWeek }) with { Subject = own.Subject }
            : own with { Subject = null };
        return IntakeCoverage.Measure(text, result);
    }

    /// <summary>
    /// "going down me left arm" (Irish and Northern English), "mi right shin" (Jamaican), and "him mouth twist" read as
    /// about the person named ("me mouth"): "me" or "mi" just before a body part, a side or a person ("Me mate's 45") is
    /// "my", which the lexicon is written in, and Jamaican "har" there is "her". Elsewhere they stay as they are ("told
    /// me", "mi run di 10k", "kicked me in the back of the heel"). A nurse's "L arm" and "R leg" (and "Lt", "Rt") are the
    /// left arm and the right leg, but "r" elsewhere is texting's "are" ("legs r sore").
    /// </summary>
    private List<Token> PossessiveBeforeAPart(List<Token> tokens)
    {
        var partsAt = LayerMatches(tokens, [])
            .Where(m => m.Item is Concept { Layer: IntakeLexicon.LocationLayer or IntakeLexicon.SideLayer } && tokens[m.First].Norm is not
                ("in" or "on" or "at" or "the" or "a" or "an" or "of" or "into" or "up" or "down" or "round" or "around" or "across" or
                 "behind" or "under" or "over" or "by" or "to" or "from" or "with"))
            .Select(m => m.First)
            // ... and a part that only a warning sign names ("a tightness in me chest").
            .Concat(lexicon.PartSigns.SelectMany(sign => sign.Parts.FindAll(tokens)).Select(m => m.First))
            .ToHashSet();
        bool BeforeAPartOrPerson(int i) => partsAt.Contains(i + 1) || (i + 1 < tokens.Count && lexicon.People.Contains(TextTokens.WithoutPossessive(tokens[i + 1].Norm)));
        return tokens.Select((t, i) => t.Norm is "me" or "mi" or "mih" && BeforeAPartOrPerson(i) ? t with { Norm = "my" }
            : t.Norm == "har" && BeforeAPartOrPerson(i) ? t with { Norm = "her" }
            : t.Norm is "l" or "lt" && partsAt.Contains(i + 1) ? t with { Norm = "left" }
            : t.Norm is "r" or "rt" && partsAt.Contains(i + 1) ? t with { Norm = "right" }
            : t).ToList();
    }

    /// <summary>The tokens with every possessive "'s" taken off, for finding body parts ("her jaw's been aching").</summary>
    private static List<Token> WithoutPossessives(List<Token> tokens) =>
        tokens.Select(t => t with { Norm = TextTokens.WithoutPossessive(t.Norm) }).ToList();

    /// <summary>A finding with "I", "my" or "mine" among the three words before it ("mine just twitches").</summary>
    private bool SaidAsOwn(string text, Finding finding) =>
        StandardTokens(text, 0, finding.Start).TakeLast(3).Any(t => lexicon.FirstPerson.Contains(t.Norm));

    /// <summary>
    /// A finding whose nearest person word before it in its sentence is theirs: "and his pee's proper broon", "we've had her
    /// lying down in the cool", "he's got cramps in both calves, says his legs feel weak and numb". A sentence that goes on
    /// about them without opening on "he" is still about them. "Me" spoken to ("told me", "won't let me") is no word of
    /// the writer's own body.
    /// </summary>
    private bool SaidOfThem(string text, Finding finding)
    {
        var sentences = TextTokens.Sentences(text).ToList();
        var at = sentences.FindLastIndex(s => s.Start <= finding.Start);
        var sentence = StandardTokens(text, sentences[at].Start, sentences[at].End);
        if (NearestPersonWord(sentence.TakeWhile(t => t.Start < finding.Start).ToList()) is { } whose)
        {
            return Theirs(whose, sentence);
        }

        // "... got cramps in her feet and then fainted. Came round after a minute": a sentence that names no one before the
        // finding goes on about the last person the sentence before it named, by "he" or "her" ("them" may be the signs).
        var previous = at > 0 ? StandardTokens(text, sentences[at - 1].Start, sentences[at - 1].End) : [];
        return NearestPersonWord(previous) is { } last && IsPronounOfThem(previous[last].Norm);

        int? NearestPersonWord(List<Token> before)
        {
            var i = before.FindLastIndex(t => TheirWord(t.Norm) || lexicon.FirstPerson.Contains(t.Norm));
            while (i >= 0 && MeSpokenTo(before, i))
            {
                i = i > 0 ? before.FindLastIndex(i - 1, t => TheirWord(t.Norm) || lexicon.FirstPerson.Contains(t.Norm)) : -1;
            }

            return i >= 0 ? i : null;
        }

        // "I've stretched the arm out for him": the writer acting on them names their part; "she can still grip my hand":
        // their grip on the writer's hand is theirs to test.
        bool Theirs(int i, List<Token> tokens) => !lexicon.FirstPerson.Contains(tokens[i].Norm) || WriterActsOnThem(tokens, i) ||
                                                  (tokens[i].Norm == "my" && i > 0 && tokens[i - 1].Norm is "grip" or "grips" or "gripped" or
                                                       "gripping" or "squeeze" or "squeezes" or "squeezed" or "squeezing" or "hold" or
                                                       "holds" or "held" or "holding" or "grab" or "grabbed" or "grabbing" or "clutched" or "clutching");
    }

    /// <summary>The sentence a finding starts in.</summary>
    private static (int Start, int End) SentenceOf(string text, Finding finding) =>
        TextTokens.Sentences(text).LastOrDefault(s => s.Start <= finding.Start);

    /// <summary>
    /// "I've given her water", "I've stretched the arm out for him": the writer doing something for them. "I'm doing CPR"
    /// too: the lexicon's given_to_someone_else words (the kiss of life, the defibrillator) are only ever given to another.
    /// </summary>
    private bool WriterActsOnThem(List<Token> tokens, int i) => tokens[i].Norm is "i" or "i've" or "i'd" or "i'm" or "i'll" &&
        tokens.Skip(i + 1).Take(7).TakeWhile(t => t.Norm != ",").Any(t => t.Norm is "him" or "her" or "them" || lexicon.GivenToSomeoneElse.Contains(t.Norm));

    /// <summary>
    /// A finding in the sentence that opens by naming them, with no word of the writer's own between: "A boy, 13, came off
    /// the rugby pitch with a bad headache, been sick".
    /// </summary>
    private bool InTheirSentence(string text, Finding finding, Collected first)
    {
        if (first.Named is null || finding.Start < first.NamedAt)
        {
            return false;
        }

        var (start, _) = SentenceOf(text, finding);
        var opening = StandardTokens(text, start, finding.Start);
        return opening.Count > 0 && (opening[0].Start == first.NamedAt || opening[TextTokens.OpeningWord(opening)].Start == first.NamedAt) &&
               !opening.Any(t => lexicon.FirstPerson.Contains(t.Norm));
    }

    /// <summary>A finding placed on someone else's body just after it: "little purple spots on his legs".</summary>
    private bool PlacedOnThem(string text, Finding finding) =>
        StandardTokens(text, finding.End, text.Length).Take(2).Select(t => t.Norm).ToList() is [var preposition, var whose] &&
        ((preposition is "on" or "in" or "of" or "down" or "across" or "over" or "under" && whose is "his" or "her") ||
         // ... or when the finding's words end on the preposition: "won't put weight on | her left leg".
         preposition is "his" or "her");

    /// <summary>
    /// Where a person named by their place in a group ends, when the sentence opens on one with an age just after ("Our
    /// prop (24)", "One of the lads, 47,", "A boy, 13,"): "our" and any word, "one of the/my/our" and any word, or "a" and
    /// a word for a person; null otherwise.
    /// </summary>
    private int? PersonByRole(List<Token> tokens)
    {
        var at = 0;
        if (at + 3 < tokens.Count && tokens[at].Norm == "one" && tokens[at + 1].Norm == "of" && tokens[at + 2].Norm is "the" or "my" or "our")
        {
            at += 3;
        }
        else if (at + 1 < tokens.Count && (tokens[at].Norm == "our" || (tokens[at].Norm is "a" or "an" && (lexicon.People.Contains(tokens[at + 1].Norm) || lexicon.Anyone.Contains(tokens[at + 1].Norm)))))
        {
            at += 1;
        }
        else
        {
            return null;
        }

        bool Age(int k) => k < tokens.Count && Quantities.AnyAge(tokens[k]) is not null;
        var aged = at + 3 < tokens.Count && tokens[at + 1].Norm == "(" && Age(at + 2) && tokens[at + 3].Norm == ")" ||
                   at + 2 < tokens.Count && tokens[at + 1].Norm == "," && Age(at + 2) && (at + 3 == tokens.Count || tokens[at + 3].Norm is "," or "and");
        return tokens[at].IsWord && aged ? at + 1 : null;
    }

    /// <summary>
    /// "told me", "rang me", "won't let me call anyone", "he wants me to ask what stretch to do", "she doesn't recognise me":
    /// the writer spoken to, held back, sent on an errand or not known, not the writer's body.
    /// </summary>
    private bool MeSpokenTo(List<Token> tokens, int i) =>
        tokens[i].Norm == "me" && i > 0 && (lexicon.SpokenTo.Contains(tokens[i - 1].Norm) || tokens[i - 1].Norm is "let" or "lets" ||
                                             tokens[i - 1].Norm is "recognise" or "recognize" or "recognising" or "recognizing" ||
                                             (tokens[i - 1].Norm is "wants" or "want" or "wanted" && i + 1 < tokens.Count && tokens[i + 1].Norm == "to"));

    private List<Token> StandardTokens(string text, int start, int end)
    {
        var quoted = QuotedFromThem(text);
        return Standardised(text, start, end)
            .Select(t => quoted.Any(q => q.Start <= t.Start && t.End <= q.End) ? t with { Norm = SpokenByThem(t.Norm) } : t)
            .ToList();
    }

    /// <summary>
    /// The tokens in the spelling the lexicon is written in, a word respelled by the word after it where the lexicon says
    /// so (spellings_before: Pidgin "e dey confuse" is "he dey confuse").
    /// </summary>
    private IEnumerable<Token> Standardised(string text, int start, int end)
    {
        var tokens = TextTokens.Tokenize(text, start, end).ToList();
        return tokens.Select((t, i) => t with { Norm = lexicon.Standard(t.Norm, i + 1 < tokens.Count ? tokens[i + 1].Norm : null) });
    }

    /// <summary>
    /// The spans of the text that quote someone else: "Voice note from my husband: 'I've got this pressure in my chest'",
    /// "he told the coach 'my legs won't work'". Their "I" and "my" are theirs, so inside such a quotation the first person
    /// is read as "he" and "his". The speaker is the nearest person named before the quotation, passing over one spoken
    /// to ("she told me", "said to my husband"); a quotation of the writer's own ("I was like 'my legs are jelly'"), or one
    /// with no one named before it, is left as it is.
    /// </summary>
    private List<(int Start, int End)> QuotedFromThem(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (text.IndexOfAny(['\'', '"', '\u201c', '\u2018']) < 0)
        {
            return spans;
        }

        var tokens = Standardised(text, 0, text.Length).ToList();
        for (var open = 0; open + 1 < tokens.Count; open++)
        {
            // An opening mark stands before a word with nothing between ("'cant feel"), after a space or a colon.
            var startsAWord = tokens[open].Norm is "'" or "\"" or "\u201c" && tokens[open + 1].Start == tokens[open].End &&
                              char.IsLetter(text[tokens[open].End]) &&
                              (open == 0 || tokens[open].Start > tokens[open - 1].End || tokens[open - 1].Norm is ":" or "(" or "-");
            if (!startsAWord)
            {
                continue;
            }

            // ... and closes straight after a word ("... layby'"), or inside one ("my legs'"); an elision with no close
            // ("'cause") quotes nothing.
            var close = -1;
            for (var k = open + 1; k < tokens.Count && close < 0; k++)
            {
                var closingMark = tokens[k].Norm is "'" or "\"" or "\u201d" && tokens[k].Start == tokens[k - 1].End;
                close = closingMark || (tokens[k].Norm.Length > 1 && tokens[k].Norm.EndsWith('\'')) ? k : -1;
            }

            if (close < 0)
            {
                continue;
            }

            if (SpeakerIsThem(tokens, open))
            {
                spans.Add((tokens[open].End, tokens[close].End));
            }

            open = close;
        }

        return spans;
    }

    /// <summary>Whether the nearest person before a quotation is someone else, passing over one spoken to.</summary>
    private bool SpeakerIsThem(List<Token> tokens, int open)
    {
        for (var i = open - 1; i >= 0; i--)
        {
            var norm = TextTokens.WithoutPossessive(tokens[i].Norm);
            var person = lexicon.People.Contains(norm);
            if (!person && !TheirWord(norm) && !lexicon.FirstPerson.Contains(norm))
            {
                continue;
            }

            // "told the coach", "said to my husband", "texted me": the one spoken to is not the speaker.
            var before = i - 1;
            while (person && before >= 0 && tokens[before].Norm is "the" or "my" or "our" or "his" or "her" or "their" or "a")
            {
                before--;
            }

            if (before >= 0 && (lexicon.SpokenTo.Contains(tokens[before].Norm) || tokens[before].Norm is "to" or "sent" or "tells") &&
                (person || norm is "me" or "him" or "her" or "them"))
            {
                i = before;
                continue;
            }

            return person || TheirWord(norm);
        }

        return false;
    }

    /// <summary>The first person of someone quoted, as the third: "I" is "he", "my" is "his".</summary>
    private static string SpokenByThem(string norm) => norm switch
    {
        "i" => "he",
        "i'm" or "i've" => "he's",
        "i'd" => "he'd",
        "i'll" => "he'll",
        "me" => "him",
        "my" or "mine" => "his",
        "myself" => "himself",
        _ => norm,
    };

    /// <summary>
    /// Read as about the person named, "her arm" is the arm in question, "she's 70" their age and "he stops" is "I stop":
    /// the lexicon is written in the first person.
    /// </summary>
    private static List<Token> AsTheirs(List<Token> tokens)
    {
        var mapped = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = tokens[i].Norm switch
            {
                // "They" too: a carer may not give the person's sex ("my partner ... now they can't get their words out"),
                // and where "they" are the legs ("their calves ... they're swollen") the first person reads the same.
                // "put her on water tablets", "took her home": "her" before a preposition or an article is "me", not "my".
                "her" when i + 1 < tokens.Count && tokens[i + 1].Norm is "on" or "in" or "to" or "off" or "up" or "down" or "out" or
                    "into" or "onto" or "home" or "over" or "a" or "an" or "the" or "some" or "and" or "," or "." or "properly" => "me",
                "his" or "her" or "their" => "my",
                "he" or "she" or "they" => "i",
                // "he's stopped", "she's been sick": "has" before a participle, so "i've" (the lexicon's "i've stopped").
                "he's" or "she's" when i + 1 < tokens.Count && HasParticiples.Contains(tokens[i + 1].Norm) => "i've",
                "he's" or "she's" or "they're" or "theyre" => "i'm",
                "he'd" or "she'd" or "they'd" => "i'd",
                "he'll" or "she'll" or "they'll" => "i'll",
                "him" or "them" => "me",
                "himself" or "herself" or "themselves" or "themself" => "myself",
                var word when i > 0 && tokens[i - 1].Norm is "he" or "she" => FirstPersonVerb(word),
                var word => word,
            };
            mapped.Add(tokens[i] with { Norm = norm });
        }

        return mapped;
    }

    /// <summary>
    /// A word as the person typed it (lower case, apostrophes straight), not as read: read as theirs (<see cref="AsTheirs"/>)
    /// a "he" is read "i", and only the text says whether the writer wrote "I" or "he", "my" or "his".
    /// </summary>
    private static string AsTyped(string text, Token token) =>
        text[token.Start..token.End].Replace('\u2019', '\'').ToLowerInvariant();

    /// <summary>
    /// The writer's own "I" as typed, not a "he" or "she" read as "I": read as theirs, "im 15 and my dad is 49" tells the
    /// writer's age, and the age in question is the dad's.
    /// </summary>
    private static bool WritersOwnWord(string text, Token token) => AsTyped(text, token) is "i" or "i'm" or "im" or "me";

    /// <summary>Participles that make "he's" "he has", not "he is" ("he's tired", "she's drunk" stay "i'm").</summary>
    private static readonly HashSet<string> HasParticiples = new(StringComparer.Ordinal)
    {
        "been", "had", "got", "gotten", "gone", "done", "stopped", "finished", "cooled", "run", "worked", "trained", "swum", "ridden",
        "exercised", "cycled", "ever", "never", "taken", "eaten", "started", "thrown",
    };

    /// <summary>The verb just after "he" or "she" as after "I": "stops" is "stop", "has" is "have", "goes" is "go".</summary>
    private static string FirstPersonVerb(string word) => word switch
    {
        "is" => "am",
        "has" => "have",
        "does" => "do",
        "doesn't" => "don't",
        "goes" => "go",
        _ when word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 => word[..^3] + "y",
        _ when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 => word[..^1],
        _ => word,
    };

    /// <summary>What is wrong, as against when and after what: a sign, or the twitch or cramp itself, where and how painful.</summary>
    private static bool IsComplaint(string answer) =>
        answer.StartsWith("symptom.", StringComparison.Ordinal) || answer is EpisodeKind or Locations or EpisodePain;

    private IntakeResult Read(string text, Collected collected)
    {
        collected.Clocks = ClockTimes.Read(text);
        collected.ClockSpans = ClockTimes.Spans(text);
        foreach (var (start, end) in TextTokens.Sentences(text))
        {
            // "ma chest's tight", "sweatin", "im": a dialect or text-speak word is read as the standard word the lexicon is
            // written in, so the reader's own word lists hold standard words only ("i'm", not "im").
            var tokens = StandardTokens(text, start, end);
            ReadSentence(text, PossessiveBeforeAPart(collected.Theirs ? AsTheirs(tokens) : tokens), collected);
            collected.Sentence++;
        }

        ReadQuestionsAboutAnyone(text, collected);
        AnswerWordsOfTheSigns(collected);
        var answers = Merge(collected.Findings);
        DropHeartThatSettled(text, collected, answers);
        AskPartSignsDeniedInWords(text, collected, answers);
        AskSignsExplainedOtherwise(text, collected, answers);
        ReadHeartPattern(collected, answers);
        ReadPainEasedAtRestOfTheHeart(collected, answers);
        ReadWaterOverload(collected, answers);
        ReadDaysSinceADate(text, collected, answers);
        // "a headache" said plainly without its severity, with vomiting or confusion, is the severe one (companions); "sort
        // of pressure in my chest ... sweating though I'm sitting down" is chest pain, the person unsure of the word, not of
        // the feeling, as a phone triager would take it (hedged_companions). Alone, either is asked.
        TakeWithCompanions(collected.SaidPlainly, lexicon.Companions, collected, answers);
        TakeWithCompanions(collected.Hedged, lexicon.HedgedCompanions, collected, answers);
        ReadSessionJustDone(collected, answers);
        ReadSettled(collected, answers);
        AskLongStanding(collected, answers);
        var notPlaces = PlacesOfTheHeart(answers, collected.HeartOnEffort);
        // A hedged sign that is plainly affirmed elsewhere needs no confirming; one denied elsewhere is asked, not taken as no.
        // A sign's word that no finding took is asked only while nothing answers the sign.
        var confirm = collected.Confirm.Distinct(StringComparer.Ordinal)
            .Where(id => !answers.TryGetValue(id, out var a) || a is BoolAnswer { Value: false })
            .Concat(collected.Unplaced.Where(id => !answers.ContainsKey(id) && !collected.Confirm.Contains(id)).Distinct(StringComparer.Ordinal))
            .ToList();
        foreach (var id in confirm)
        {
            answers.Remove(id);
        }

        var findings = collected.Findings.Select(f => f.Finding)
            .Where(f => answers.ContainsKey(f.Answer) && !(f.Answer == Locations && f.Value is ChoicesAnswer { Options: var o } && o.All(notPlaces.Contains)))
            .ToList();
        return new(answers, findings, collected.Historical, collected.SetAside, confirm) { Subject = collected.Named };
    }

    /// <summary>
    /// "Is it normal to pass out after a hard boxing session? I did, for a few seconds": a question about anyone, answered at
    /// once by the writer ("I did", "I have", "it happened to me"), is told of the writer, and what it asked is theirs.
    /// Left unanswered, a warning sign it names may still be the writer's ("Is it normal to faint after a hard spin
    /// class?", "Was that a seizure?"): it is asked, as a GP on the phone would ask "did you?", not dropped.
    /// </summary>
    private void ReadQuestionsAboutAnyone(string text, Collected collected)
    {
        var sentences = TextTokens.Sentences(text).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, end) = sentences[i];
            if (!text.AsSpan(end).TrimStart().StartsWith("?"))
            {
                continue;
            }

            var asked = collected.SetAside.Where(a => a.Reason == SetAsideReason.Hypothetical && a.Finding.Start >= start && a.Finding.End <= end).ToList();
            if (i + 1 < sentences.Count && AnsweredAsOwn().IsMatch(text[sentences[i + 1].Start..sentences[i + 1].End]))
            {
                foreach (var one in asked)
                {
                    collected.SetAside.Remove(one);
                    collected.Findings.Add(new(one.Finding, null, false));
                }
            }
            else if (AskedOfAnyone().IsMatch(text[start..end]) || AskedWhatItWas().IsMatch(text[start..end]))
            {
                collected.Confirm.AddRange(asked.Select(a => a.Finding.Answer).Where(AskWhenUncertain).Except(collected.Confirm));
            }
        }
    }

    [GeneratedRegex(@"^\W*(?:is it|is that|are they|it is)\s+(?:normal|ok|okay|bad|common|dangerous|serious|safe)\s+(?:to|for)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedOfAnyone();

    /// <summary>"Was that a seizure??", "Is this a stroke?": whether what happened was a warning sign is the writer's doubt.</summary>
    [GeneratedRegex(@"^\W*(?:is|was)\s+(?:it|this|that)\s+(?:a|an)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedWhatItWas();

    [GeneratedRegex(@"^\s*(?:yes,?\s*|yeah,?\s*|well,?\s*)?(?:i did|i have|i just did|i've had it|it happened to me|that happened to me|happened to me)\s*(?:[,.!;]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnsweredAsOwn();

    /// <summary>
    /// "numb round my privates", "my left arm and hand are numb": a stroke or spine sign told in words of numbness or
    /// weakness answers numbness or weakness too (signs_said_with; the annotation guide codes both), from the same words.
    /// </summary>
    private void AnswerWordsOfTheSigns(Collected collected)
    {
        foreach (var item in collected.Findings.Where(f => lexicon.SignsSaidWith.Contains(f.Finding.Answer) && f.Finding.Value is BoolAnswer { Value: true }).ToList())
        {
            var words = StandardTokens(item.Finding.Text, 0, item.Finding.Text.Length);
            foreach (var (id, said) in lexicon.SaidWithWords)
            {
                if (said.FindAll(words).Count > 0 && !collected.Findings.Any(f => f.Finding.Answer == id))
                {
                    collected.Findings.Add(item with { Finding = item.Finding with { Answer = id }, ConceptId = null });
                }
            }
        }
    }

    /// <summary>
    /// "there's a weight on my breastbone ... no chest pain": a sign read only from a part and a state near it, which a
    /// phrase of the sign's own denies, is asked, not taken either way (a yes would otherwise win the merge). A denial
    /// taken back with a "but" before the sign ("Breathing's fine. Well, it was, but now I'm struggling to get a breath
    /// in") denies nothing.
    /// </summary>
    private static void AskPartSignsDeniedInWords(string text, Collected collected, Dictionary<string, AnswerValue> answers) =>
        AskYesAnswersWhere(collected, answers, (said, yes) =>
            yes.All(f => collected.FromPartAndState.Contains(f.Finding)) &&
            said.Any(f => f.Finding.Value is BoolAnswer { Value: false } && f.ConceptId is not null &&
                          !yes.Any(y => y.Finding.Start > f.Finding.End && TakenBack().IsMatch(text[f.Finding.End..y.Finding.Start]))));

    /// <summary>
    /// "I was shivering for ages afterwards but that's just the cold", "got out shivering like mad ... no temperature or
    /// anything": a sign read only from words with another cause (explained_by) is asked, not taken, when the description
    /// names that cause or denies the sign itself. A fever said in its own words stays.
    /// </summary>
    private void AskSignsExplainedOtherwise(string text, Collected collected, Dictionary<string, AnswerValue> answers)
    {
        List<Token>? tokens = null;
        AskYesAnswersWhere(collected, answers, (said, yes) =>
        {
            if (yes.Count == 0 || !yes.All(f => f.ConceptId is { } concept && lexicon.ExplainedBy.ContainsKey(concept)))
            {
                return false;
            }

            // Only a sign read from such words needs the whole text's tokens, so they are made then, once.
            tokens ??= StandardTokens(text, 0, text.Length);
            return said.Any(f => f.Finding.Value is BoolAnswer { Value: false }) ||
                   yes.All(f => lexicon.ExplainedBy[f.ConceptId!].FindAll(tokens).Any(m => !CauseDenied(tokens, m.First)));
        });
    }

    /// <summary>"red pee, no beetroot", "didn't have any beetroot": a cause denied just before it explains nothing.</summary>
    private static bool CauseDenied(List<Token> tokens, int first)
    {
        for (var i = first - 1; i >= Math.Max(0, first - CauseDenialReach) && tokens[i].IsWord; i--)
        {
            if (tokens[i].Norm is "no" or "not" or "didn't" or "haven't" or "hadn't" or "without" or "never")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every yes answer whose findings (all said, and the yes ones) meet the condition is asked instead.</summary>
    private static void AskYesAnswersWhere(Collected collected, Dictionary<string, AnswerValue> answers,
        Func<List<Collected.Item>, List<Collected.Item>, bool> shouldAsk)
    {
        foreach (var id in answers.Where(a => a.Value is BoolAnswer { Value: true }).Select(a => a.Key).ToList())
        {
            var said = collected.Findings.Where(f => f.Finding.Answer == id).ToList();
            var yes = said.Where(f => f.Finding.Value is BoolAnswer { Value: true }).ToList();
            if (shouldAsk(said, yes))
            {
                answers.Remove(id);
                collected.Confirm.Add(id);
            }
        }
    }

    /// <summary>
    /// "My right hand's gone weak ... Been 3 months": FAST's signs come on suddenly, so a sign read only from a part and
    /// its state (no phrase of the sign's own said it) in a complaint of that many days or more is asked, not taken.
    /// </summary>
    private static void AskLongStanding(Collected collected, Dictionary<string, AnswerValue> answers)
    {
        if (answers.GetValueOrDefault(EpisodeDays) is not NumberAnswer { Value: var days })
        {
            return;
        }

        foreach (var (id, after) in collected.AskedAfterDays)
        {
            if (days >= after && answers.GetValueOrDefault(id) is BoolAnswer { Value: true } &&
                !collected.Findings.Any(f => f.Finding.Answer == id && f.ConceptId is not null))
            {
                answers.Remove(id);
                collected.Confirm.Add(id);
            }
        }
    }

    /// <summary>
    /// "thought it was a cramp in my left arm, now there's a tight band across my chest": in a heart story (one of the heart
    /// pattern's story_signs answered yes, or its answer with a companion or read on effort and at rest) the arm and the jaw
    /// are where the heart's pain is felt, so they are no places of the complaint (the annotation guide). Returns the places
    /// taken out.
    /// </summary>
    private IReadOnlyList<string> PlacesOfTheHeart(Dictionary<string, AnswerValue> answers, bool onEffort)
    {
        bool Yes(string id) => answers.GetValueOrDefault(id) is BoolAnswer { Value: true };
        if (lexicon.Heart is not { } heart ||
            !(heart.StorySigns.Any(Yes) || (Yes(heart.Answer.Id) && (onEffort || heart.Companions.Any(c => c.AffirmedIn(answers))))) ||
            answers.GetValueOrDefault(Locations) is not ChoicesAnswer { Options: var places })
        {
            return [];
        }

        var kept = places.Where(p => !heart.NotPlacesInTheStory.Contains(p)).ToList();
        if (kept.Count == 0)
        {
            // "left arm aches and I feel sick": the side is the heart's pain's, not a twitch's or cramp's.
            answers.Remove(Locations);
            answers.Remove(Sides);
        }
        else
        {
            answers[Locations] = new ChoicesAnswer(kept);
        }

        return heart.NotPlacesInTheStory;
    }

    /// <summary>
    /// The context of a given phrase in a sentence, as for the NegEx evaluation; null when the phrase is not in it.
    /// The phrase is masked while triggers are matched, so its own words never act as triggers.
    /// </summary>
    public FindingContext? ContextOf(string sentence, string phrase)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        // Hyphens are not words, as in the lexicon: "Mallory-Weiss tear" is found in "MALLORY-WEISS TEAR".
        var tokens = TextTokens.Tokenize(sentence).Where(t => t.Norm != "-").ToList();
        var words = PhraseMatcher<object>.Words(phrase);
        var first = Enumerable.Range(0, Math.Max(0, tokens.Count - words.Length + 1))
            .FirstOrDefault(i => words.Select((w, k) => tokens[i + k].Norm == w).All(x => x), -1);
        if (words.Length == 0 || first < 0)
        {
            return null;
        }

        var last = first + words.Length;
        var masked = tokens.Select((t, i) => i >= first && i < last ? t with { Norm = "\u0001" } : t).ToList();
        return ConText.Of(first, last, tokens, Triggers(lexicon.Triggers.FindAll(masked)), lexicon.Scopes);
    }

    /// <summary>
    /// Matches of the further layers, except inside a trigger ("runs in the family" is no run) or inside an exclusive
    /// finding ("trouble walking" is a warning sign, not a walk).
    /// </summary>
    private IEnumerable<PhraseMatch<LexiconItem>> LayerMatches(List<Token> tokens, List<PhraseMatch<LexiconItem>> main)
    {
        var blocked = main.Where(m => m.Item is Trigger || m.Item is Concept { Exclusive: true }).ToList();
        return lexicon.Layers
            .SelectMany(layer => layer.FindAll(tokens))
            .Where(m => !blocked.Any(b => b.First <= m.First && m.Last <= b.Last));
    }

    /// <summary>
    /// "he" or "her" standing for someone named before, as a trigger of their story; it takes in a "just", "now" or "only"
    /// straight after it, which would otherwise end its reach at once ("says he just got a cramp" is still his).
    /// </summary>
    private static PhraseMatch<Trigger> PronounOfThem(List<Token> tokens, int i) =>
        new(i, i + 1 < tokens.Count && tokens[i + 1].Norm is "just" or "now" or "only" ? i + 2 : i + 1, OtherPersonTrigger);

    /// <summary>The words that stand for someone named before: "he", "her", "she's".</summary>
    private static bool IsPronounOfThem(string norm) => norm is "he" or "she" or "his" or "her" or "he's" or "she's" or "him";

    /// <summary>A word for someone other than the writer: "he", "her", "them", "their".</summary>
    private static bool TheirWord(string norm) => IsPronounOfThem(norm) || norm is "they" or "their" or "them";

    private static List<PhraseMatch<Trigger>> Triggers(List<PhraseMatch<LexiconItem>> matches) =>
        matches.Where(m => m.Item is Trigger).Select(m => new PhraseMatch<Trigger>(m.First, m.Last, (Trigger)m.Item)).ToList();

    /// <summary>
    /// The lexicon's phrases in the sentence. A clause break ("and i'm", ", i") is a trigger whose last words may open a
    /// finding ("cramp, I'm red hot", "and I'm not sweating"): the finding is read too, and the break still ends the scopes
    /// before it.
    /// </summary>
    private List<PhraseMatch<LexiconItem>> FindingsWithinClauseBreaks(List<Token> tokens)
    {
        var matches = lexicon.Findings.FindAll(tokens);
        foreach (var clauseBreak in matches.Where(m => m.Item is Trigger { Category: TriggerCategory.Termination } && m.Last - m.First > 1).ToList())
        {
            for (var k = clauseBreak.First + 1; k < clauseBreak.Last; k++)
            {
                if (lexicon.Findings.LongestAt(tokens, k, item => item is not Trigger) is { } opened && opened.Last > clauseBreak.Last)
                {
                    // The finding takes the words after the break from whatever matched them alone.
                    var overlapped = matches.Where(m => m != clauseBreak && m.First < opened.Last && clauseBreak.Last <= m.First).ToList();
                    if (overlapped.All(m => m.Last <= opened.Last))
                    {
                        matches.RemoveAll(overlapped.Contains);
                        matches.Insert(matches.IndexOf(clauseBreak) + 1, opened);
                    }

                    break;
                }
            }
        }

        return matches;
    }

    private void ReadSentence(string text, List<Token> tokens, Collected collected)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var matches = FindingsWithinClauseBreaks(tokens);
        // "ventolin isn't helping", "my blue inhaler isnt helping": what does not help is the medicine, for its own trouble,
        // not the person's self-care for a twitch or cramp. A reliever inhaler that does not help is the asthma attack's sign
        // (NHS: call 999 if the reliever is not helping), so the breathing question is asked first.
        foreach (var notHelping in matches.Where(m => m.Item is Concept { Question.Id: SelfCareFailed }).ToList())
        {
            if (matches.FirstOrDefault(med => med.Item is Concept { Question.Id: var id } && id.StartsWith("medication.", StringComparison.Ordinal) &&
                                              (med.Last == notHelping.First ||
                                               (med.Last + 1 == notHelping.First && tokens[med.Last].Norm is "is" or "was" or "just"))) is { } medicine)
            {
                matches.Remove(notHelping);
                if (medicine.Item is Concept { Value: ChoicesAnswer { Options: var classes } } && classes.Contains(Reliever))
                {
                    collected.Confirm.Add(BreathingDifficulty);
                }
            }
        }

        // The words a finding's "..." skipped are read again: a sign of their own is kept ("feel confused and sick" for
        // "feel ... sick"), and a hedge among them leaves the finding uncertain ("pee was maybe a bit brown").
        var inGaps = matches.Where(m => m.Gapped && m.Item is Concept).ToList()
            .SelectMany(m => lexicon.Findings.FindAll(tokens[(m.First + 1)..(m.Last - 1)])
                .Select(inner => inner with { First = inner.First + m.First + 1, Last = inner.Last + m.First + 1 }))
            .ToList();
        matches.AddRange(inGaps.Where(inner => inner.Item is Concept));
        var triggers = Triggers(matches);
        // "no pain or weakness", "not brown or cola coloured": a denial that is a finding of its own ("no pain") still denies
        // the list after it, as "no" alone would; "not" only where a list goes on ("dark yellow (not brown) after a run").
        foreach (var denial in matches.Where(m => m.Item is Concept { Value: BoolAnswer { Value: false } or NumberAnswer { Value: 0 } } &&
                                                  (tokens[m.First].Norm is "no" or "without" ||
                                                   (tokens[m.First].Norm == "not" && m.Last < tokens.Count && tokens[m.Last].Norm is "or" or "nor"))).ToList())
        {
            if (lexicon.Findings.FindAll(tokens.GetRange(denial.First, 1)).FirstOrDefault(t => t.Item is Trigger { Category: TriggerCategory.Negation }) is { Item: Trigger no })
            {
                triggers.Add(new(denial.First, denial.First + 1, no));
            }
        }

        // The words just before a place, nearest first, back to a comma, "and" or "but" and no further than reach.
        IEnumerable<Token> BackInItsClause(int i, int reach) =>
            tokens.Take(i).Reverse().TakeWhile(t => t.Norm is not ("," or "and" or "but")).Take(reach);

        // "can't lie flat without gasping", "couldn't get up the stairs without stopping for breath": two negatives make a
        // finding; what cannot be done without it comes every time.
        triggers.RemoveAll(t => t.Item.Category == TriggerCategory.Negation && tokens[t.First].Norm == "without" &&
                                BackInItsClause(t.First, 5).Any(w => w.Norm is "can't" or "cannot" or "couldn't"));

        // "out cold maybe 10 secs", "cramped for perhaps 2 minutes", "was out for maybe a minute": a hedge just before a
        // number (in digits, or in words with its unit) hedges the number (the annotation guide codes it), not the sign it
        // measures.
        // Found once: the same phrases give the quantities below (Quantities.Read).
        var amountPhrases = lexicon.Quantities.FindAll(tokens);
        var amounts = amountPhrases.ToDictionary(m => m.First);
        bool NumberStartsAt(int k) => k < tokens.Count && (tokens[k].IsNumber ||
            (amounts.TryGetValue(k, out var word) && word.Item is NumberWord && amounts.TryGetValue(word.Last, out var unit) && unit.Item is Unit));
        triggers.RemoveAll(t => t.Item.Category == TriggerCategory.Uncertain && NumberStartsAt(t.Last));
        // "legs look kind of blotchy and bluish": a hedge before a colour guesses its shade, not whether it is there.
        triggers.RemoveAll(t => t.Item.Category == TriggerCategory.Uncertain && BeforeAColour(t.Last));
        // "Had exertional rhabdo in 2021", "a DVT back in 2019": what a year puts a date on, back to the start of its clause, is
        // past; "twitching since the marathon in 2024" is not, as what began then goes on, and a clause joined by "and" may
        // be now ("he's on atorvastatin and had a heart attack in 2019"). A number with a unit after it is no year ("chest pain
        // halfway through a swim in 2000 m of open water").
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Norm == "in" && tokens[i].IsNumber && tokens[i].Norm.Length == 4 && int.TryParse(tokens[i].Norm, out var year) &&
                year is >= 1950 and <= 2099 && (i + 1 == tokens.Count || !amounts.TryGetValue(i + 1, out var after) || after.Item is not Unit) &&
                !tokens.Take(i).Reverse().TakeWhile(w => w.Norm is not ("," or "." or "but")).Any(w => w.Norm is "since" or "from" or "and"))
            {
                triggers.Add(new(i - 1, i + 1, YearGone));
            }
        }

        // "I tried to tell my flatmate how it went", "rang my mum to say my arm was numb": the one spoken to is not the one
        // the words are about. (A question put to them keeps its "if": "asked my coach if the pain is normal" is no answer.)
        triggers.RemoveAll(t => t.Item.Category == TriggerCategory.OtherPerson && t.First > 0 && lexicon.SpokenTo.Contains(tokens[t.First - 1].Norm));
        // "clashed heads with another player at rugby yesterday, been throwing up": someone unnamed the writer did something
        // with is not who the words are about. ("squash with my brother - he threw up" still names him for the "he".)
        triggers.RemoveAll(t => t.Item.Category == TriggerCategory.OtherPerson && t.First > 0 && tokens[t.First - 1].Norm == "with" &&
                                tokens[t.First].Norm is "another" or "a" or "some" or "someone" or "somebody");
        // "Me and my husband did a charity walk", "me (52f) and my mate did a 10k": someone joined to the writer shares
        // what they did, and the words are the writer's too.
        bool JoinedToTheWriter(int first)
        {
            // The trigger may take in the "and" ("and my husband") or start after it.
            var and = tokens[first].Norm == "and" ? first : first > 0 && tokens[first - 1].Norm is "my" or "our" or "the" ? first - 2 : first - 1;
            if (and < 1 || tokens[and].Norm != "and")
            {
                return false;
            }

            var open = tokens[and - 1].Norm == ")" ? tokens.FindLastIndex(and - 1, Math.Min(and, 5), t => t.Norm == "(") : -1;
            return tokens[and - 1].Norm is "me" or "i" or "myself" || (open > 0 && tokens[open - 1].Norm is "me" or "i" or "myself");
        }

        triggers.RemoveAll(t => t.Item.Category == TriggerCategory.OtherPerson && JoinedToTheWriter(t.First));
        // "dove in at my friend's pool and hit my head", "stayed at my mum's place": a place of theirs the writer was at is
        // not them.
        triggers.RemoveAll(t => t.Item.Category == TriggerCategory.OtherPerson && t.First > 0 && t.Last < tokens.Count &&
                                tokens[t.First - 1].Norm is "at" or "in" or "into" or "to" or "from" or "round" or "near" &&
                                tokens[t.Last - 1].Norm.EndsWith("'s", StringComparison.Ordinal) && lexicon.SomeonesPlaces.Contains(tokens[t.Last].Norm));
        // "Mum's 66, her back flared up": a word for a person with an age, opening a sentence, names them. "The wife's
        // 58", "my laddie's 14", "husband 50, slipped disc history" too, and so does one with its "'s" before a verb
        // ("Husband's been having chest pains").
        // "Mum is 74 and swims", "Hubby (50) ran the marathon", "Dad, 81, was gardening": the age told after "is", in brackets
        // or between commas names them too; not for a word a writer may call themselves by ("Lad, 19, calves cramp").
        var opensOn = TextTokens.OpeningWord(tokens);
        if (tokens.Count > opensOn + 1 && lexicon.People.Contains(TextTokens.WithoutPossessive(tokens[opensOn].Norm)) &&
            (tokens[opensOn + 1].IsNumber || (!lexicon.CalledByThemselves.Contains(tokens[opensOn].Norm) && AgeTold(opensOn + 1)) ||
             (tokens[opensOn].Norm.EndsWith("'s", StringComparison.Ordinal) && tokens[opensOn + 1].Norm is "been" or "got" or "had" or "having" or "just" or "always") ||
             // "Mate had a seizure at footy", "Wife collapsed": a bare word for a person opening on a verb.
             (opensOn == 0 && tokens[1].Norm is "had" or "has" or "collapsed" or "fainted" or "says" or "said")) &&
            !triggers.Any(t => t.First <= opensOn))
        {
            triggers.Add(new(0, opensOn + 1, OtherPersonTrigger));
        }

        bool AgeTold(int k) => k + 1 < tokens.Count && Quantities.AnyAge(tokens[k + 1]) is not null &&
                               (tokens[k].Norm is "is" or "," || (tokens[k].Norm == "(" && k + 2 < tokens.Count && tokens[k + 2].Norm == ")"));

        // "Our prop (24) took a heavy tackle", "One of the lads, 47, came off", "A boy, 13, came off the pitch": a sentence
        // opening on someone of a group the writer looks after, with their age, names them (a coach or house parent who
        // says who they are first is not the one it is about). Opening the sentence only: "I'm a lad, 19" is the writer.
        if (PersonByRole(tokens) is { } roleEnd && !triggers.Any(t => t.First == 0 && t.Item.NamesSomeone))
        {
            triggers.RemoveAll(t => t.Last <= roleEnd);
            triggers.Add(new(0, roleEnd, OtherPersonTrigger));
        }

        // "The mate I ran with fainted at the finish", "His friend collapsed", "one of the other lads went down with chest
        // pains": a word for a person after "a", "the", "his", "her" or "other" is someone else, as "my mate" is in the
        // lexicon; not after a preposition ("football with the boys", "said to the lads"), where they do nothing.
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Norm;
            if ((lexicon.People.Contains(word) || lexicon.Anyone.Contains(word) || (word.EndsWith('s') && lexicon.People.Contains(word[..^1]))) &&
                tokens[i - 1].Norm is "a" or "the" or "his" or "her" or "their" or "other" &&
                // "I am a gentleman of 71", "I'm a lad": the writer saying what they are.
                (i < 2 || tokens[i - 2].Norm is not ("with" or "to" or "for" or "at" or "from" or "by" or "about" or "like" or "than" or "am" or "i'm") ||
                 // ... but "typing for a client" says whose the description is (writing_for).
                 (tokens[i - 2].Norm == "for" && lexicon.WritingFor.FindAll(tokens).Any(w => w.Last == i - 1))) &&
                !triggers.Any(t => t.First <= i && i < t.Last) && !JoinedToTheWriter(i - 1))
            {
                triggers.Add(new(i - 1, i + 1, SomeonePointedAt));
            }
        }

        // "He just told me he can't feel when he needs a wee", "I've given her water": the writer spoken to, or doing
        // something for them, is no complaint of the writer's.
        bool ActsOnThem(int i) => WriterActsOnThem(tokens, i);
        // "The calf isn't swollen that I can see", "I think she's dehydrated": the writer looking on or guessing is no
        // complaint of the writer's either.
        // "She's not a complainer so I'm uneasy", "I'm really worried": the writer's worry for them is no complaint either,
        // nor is the writer asking ("what do I do", "should I call an ambulance").
        bool LooksOn(int i) => (tokens[i].Norm == "i" && i > 0 && tokens[i - 1].Norm is "do" or "should" or "shall" or "can" or "could" or "would") ||
                              (tokens[i].Norm is "i" or "i've" && i + 1 < tokens.Count &&
                                (tokens[i + 1].Norm is "noticed" or "notice" or "think" or "thought" or "reckon" or "guess" or "suppose" ||
                                 (tokens[i + 1].Norm is "can" or "could" or "can't" or "couldn't" && i + 2 < tokens.Count && tokens[i + 2].Norm is "see" or "tell"))) ||
                              // "I'm not sure if they're weak", "I'm not so sure", "I don't know if she fainted": the writer unsure
                              // of what they see.
                              (tokens[i].Norm == "i'm" && i + 1 < tokens.Count &&
                               (tokens[i + 1].Norm == "unsure" ||
                                (tokens[i + 1].Norm == "not" && i + 2 + TextTokens.DegreeWords(tokens, i + 2) is var sure && sure < tokens.Count &&
                                 tokens[sure].Norm is "sure" or "convinced"))) ||
                              (tokens[i].Norm == "i" && i + 2 < tokens.Count && tokens[i + 1].Norm is "don't" or "dont" && tokens[i + 2].Norm == "know") ||
                              // "I'm really worried", "if I'm being paranoid".
                              (tokens[i].Norm == "i'm" && i + 1 + (i + 1 < tokens.Count && tokens[i + 1].Norm == "being" ? 1 : 0) is var after &&
                               after + TextTokens.DegreeWords(tokens, after) is var w && w < tokens.Count && lexicon.WorriedWords.Contains(tokens[w].Norm));
        // "my wife says I'm confused", "my calf twitches": a word of the writer's own (first_person in the lexicon), outside
        // the words naming someone else ("my son", "my wife says"), and not one the writer is only told, acts for them or
        // looks on with.
        collected.WriterSpeaks |= tokens.Where((t, i) => lexicon.FirstPerson.Contains(t.Norm) &&
            !MeSpokenTo(tokens, i) && !ActsOnThem(i) && !LooksOn(i) &&
            !triggers.Any(tr => tr.Item.Category is TriggerCategory.OtherPerson or TriggerCategory.Pseudo && tr.First <= i && i < tr.Last)).Any();
        // Read as theirs, "his friend" reads "my friend": the words as written say it is someone of theirs, not them.
        // "a girl with a heart condition who collapsed", told in a story typed for a daughter: "a" names someone new.
        bool Stranger(PhraseMatch<Trigger> t) =>
            t.Item == SomeonePointedAt || tokens[t.First].Norm is "another" or "a" or "an" ||
            tokens.Skip(t.First).Take(t.Last - t.First).Any(w => w.Norm is "else" or "beside" or "next") ||
            (collected.Theirs && AsTyped(text, tokens[t.First]) is "his" or "her" or "their");
        // "my buddy said I collapsed", "her teammate says she's ...": who reports and of whom (below, and read as theirs here).
        var reports = lexicon.Reporting.FindAll(tokens);
        if (collected.Theirs)
        {
            // Read as about the person named: what is said of them is their answer. "Another boy", "someone else" and "the
            // lad next to me" are never the one it is typed for ("My 15 yr old got cramp ... Another boy fainted").
            triggers.RemoveAll(t => t.Item.NamesSomeone && (tokens[t.First].Start == collected.SubjectAt || !Stranger(t)));
            // "One of my sprinters (19) ... Her teammate says she's burning up with a fever": someone of theirs who reports
            // what "he" or "she" has is telling the person's own story, not their own.
            triggers.RemoveAll(t => t.Item.NamesSomeone && tokens[t.First].Norm is "his" or "her" or "their" &&
                                    reports.Any(r => r.First == t.Last && r.Last < tokens.Count &&
                                                  IsPronounOfThem(tokens[tokens[r.Last].Norm == "that" && r.Last + 1 < tokens.Count ? r.Last + 1 : r.Last].Norm)));
        }

        // "My friend collapsed at the finish. He was confused": a sentence that opens on "he" or "her" after one about
        // someone else is about them too, also after a word that only moves the story on ("Now he's gone grey").
        var opener = tokens.FindIndex(t => t.Norm is not ("now" or "then" or "and" or "but" or "so" or "also" or "later" or "still" or "anyway" or ","));
        var goesOnAboutThem = collected.OtherPersonBefore && opener >= 0 &&
                              IsPronounOfThem(tokens[opener].Norm);
        if (goesOnAboutThem)
        {
            triggers.Add(PronounOfThem(tokens, opener));
        }

        // "my dad was cycling and got a cramp, now he says his chest is tight": after someone else is named, "he" or "she"
        // later in the sentence is them again, past a "now" or a comma that ended the first reach.
        if (triggers.FirstOrDefault(t => t.Item.NamesSomeone) is { } named)
        {
            triggers.AddRange(Enumerable.Range(named.Last, tokens.Count - named.Last)
                .Where(i => IsPronounOfThem(tokens[i].Norm))
                .Select(i => PronounOfThem(tokens, i)));
        }

        // What is reported is the writer's when the first person it names is the writer: "said I collapsed", "says the
        // right side of my face has dropped" (not "said he had chest pains").
        bool WritersAfterReport(int from) =>
            tokens.Skip(from).Take(8).FirstOrDefault(w => lexicon.FirstPerson.Contains(w.Norm) || TheirWord(w.Norm) || w.Norm == ",") is { } named &&
            lexicon.FirstPerson.Contains(named.Norm);
        // "my buddy said I collapsed": the one who reports it is not the one who has it.
        // So does "coach said my calf was just tight": a trigger that ends on its report word.
        triggers.RemoveAll(t => t.Item.Category == TriggerCategory.OtherPerson &&
                                reports.Any(r => (r.First == t.Last || (r.Last == t.Last && r.First > t.First)) && r.Last < tokens.Count &&
                                                 WritersAfterReport(r.Last)));
        // "he says it's just indigestion": what they say of themselves is theirs, though "it's" and "just" end a scope
        // elsewhere; the trigger takes in the report so that its words end nothing.
        for (var k = 0; k < triggers.Count; k++)
        {
            var trigger = triggers[k];
            if (trigger.Item.Category == TriggerCategory.OtherPerson &&
                reports.FirstOrDefault(r => r.First == trigger.Last || (r.Last == trigger.Last && r.First > trigger.First)) is { } report)
            {
                var end = report.Last;
                while (end < tokens.Count && end - report.Last < 4 && tokens[end].Norm is "that" or "it's" or "its" or "it" or "is" or "was" or "just" or "only" or "probably")
                {
                    end++;
                }

                triggers[k] = triggers[k] with { Last = end };
            }
        }

        // "Another boy fainted at the side of the pool, but my son's fine": the one it is typed for is not the stranger.
        if (collected.Named is null && triggers.Where(t => t.Item.NamesSomeone)
                .OrderBy(t => IsPronounOfThem(tokens[t.First].Norm) ? 2 : Stranger(t) ? 1 : 0).ThenBy(t => t.First).FirstOrDefault() is { } person)
        {
            // "Typing this for my dad (74)": the whole description is his, whatever the writer says of themselves after it.
            collected.WritingFor = lexicon.WritingFor.FindAll(tokens).Any(w => w.Last == person.First);
            // "Mr P", "Mrs Brennan": a title is named with the name after it.
            var last = person.Last < tokens.Count && tokens[person.Last - 1].Norm is "mr" or "mrs" && tokens[person.Last].IsWord ? person.Last + 1 : person.Last;
            var words = text[tokens[person.First].Start..tokens[last - 1].End].TrimStart(',', ' ').TrimEnd('(', ' ');
            words = words.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words;
            collected.Named = words.EndsWith("'s", StringComparison.Ordinal) ? words[..^2] : words;
            collected.NamedAt = tokens[person.First].Start;
        }

        // ... and so is the next one that opens on "he" again ("He played squash. He keeps insisting it's indigestion"), also
        // past a sentence about no one ("... with my mate. It was 13 degrees and drizzly. He fainted at the finish").
        collected.OtherPersonBefore = goesOnAboutThem || triggers.Any(t => t.Item.NamesSomeone) ||
                                      (collected.OtherPersonBefore && !tokens.Any(t => lexicon.FirstPerson.Contains(t.Norm) || TheirWord(t.Norm)));
        var findings = matches.Where(m => m.Item is Concept).Select(m => (m.First, m.Last)).ToList();
        var hedges = inGaps.Where(t => t.Item is Trigger { Category: TriggerCategory.Uncertain } && !BeforeAColour(t.Last)).ToList();
        bool BeforeAColour(int i) => i < tokens.Count && lexicon.Colours.Contains(tokens[i].Norm);
        // After a denied chest pain: "just a bit of pressure", ", more like a weight", "but it feels tight" (not "but my calf
        // feels tight", "just tight calves", nor "blood pressure").
        bool FeelingInsteadOfPain(int after, List<PhraseMatch<LexiconItem>> places)
        {
            var k = after;
            while (k < tokens.Count && k - after < 3 && tokens[k].Norm is "," or "-" or "it's" or "its" or "it" or "is" or "was")
            {
                k++;
            }

            if (k >= tokens.Count || tokens[k].Norm is not ("just" or "more" or "only" or "but" or "rather"))
            {
                return false;
            }

            for (k++; k < tokens.Count && k - after < 10; k++)
            {
                if (lexicon.ChestFeelings.Contains(tokens[k].Norm))
                {
                    var feeling = k;
                    return !places.Any(p => p.First > feeling && p.First - feeling <= 4 &&
                                            !tokens.Skip(feeling + 1).Take(p.First - feeling - 1).Any(t => t.Norm is "," or "." or ";"));
                }

                if (tokens[k].Norm is not ("a" or "an" or "bit" or "of" or "some" or "little" or "like" or "kind" or "sort" or "it" or "it's" or "its" or
                    "feels" or "feeling" or "felt" or "is" or "was" or "more" or "just" or "slight" or "real" or "very" or "lot" or "dull"))
                {
                    return false;
                }
            }

            return false;
        }

        // A finding straight after a comma, or after a comma and "and" or "my" ("no swelling, and my pee is normal"), or a
        // clause with its own verb after "and" ("no pain and breathing's fine"); "not eating and drinking normally" is none.
        bool OwnItemInAList(int first, int last) =>
            (first >= 1 && tokens[first - 1].Norm == ",") ||
            (first >= 2 && tokens[first - 2].Norm == "," && tokens[first - 1].Norm is "and" or "my" or "the" or "his" or "her" or "their") ||
            (first >= 1 && tokens[first - 1].Norm == "and" &&
             tokens.Skip(first).Take(last - first).Any(t => t.Norm is "is" or "are" or "was" or "were" or "looks" or "feels" or "seems" ||
                                                            (t.Norm.EndsWith("'s", StringComparison.Ordinal) && t.Norm != "it's")));

        FindingContext ContextOf(int first, int last) =>
            ConText.Of(first, last, tokens, triggers, lexicon.Scopes, findings, lexicon.ClauseOpeners) is var context &&
            hedges.Any(h => first < h.First && h.Last < last) ? context with { Uncertain = true } : context;
        Finding Make(string id, AnswerValue value, int first, int last)
        {
            var (start, end) = (tokens[first].Start, tokens[last - 1].End);
            return new(id, value, text[start..end], start, end);
        }

        var (quantities, drinks) = Quantities.Read(tokens, amountPhrases, lexicon.People, collected.Today);
        // "cramped at 2:10 ... it's 2:35": a clock time before the one said to be now is a time ago ("25 minutes ago"), and no
        // clock time is any other number.
        var (sentenceStart, sentenceEnd) = (tokens[0].Start, tokens[^1].End);
        bool InSentence(int start, int end) => start >= sentenceStart && end <= sentenceEnd;
        // A clock time's words are no other number: what they held is taken out, and the tokens they cover returned.
        (int First, int Last) ClockWords(int start, int end)
        {
            var (first, last) = (tokens.FindIndex(t => t.Start >= start), tokens.FindLastIndex(t => t.End <= end) + 1);
            quantities.RemoveAll(q => q.First < last && first < q.Last);
            return (first, last);
        }

        var clocks = collected.Clocks.Where(c => InSentence(c.Start, c.End)).ToList();
        foreach (var clock in clocks)
        {
            var (first, last) = ClockWords(clock.Start, clock.End);
            if (clock.SecondsBeforeNow is { } seconds)
            {
                quantities.Add(new(UnitKind.Ago, seconds, 1, first, last));
            }
        }

        // "from 11pm till half past midnight", "woke me at 3:10 ... it was 3:22 before I could stand": the length between
        // them stands at the earlier time, where what went on is named.
        var spans = collected.ClockSpans.Where(s => InSentence(s.Start, s.End) || InSentence(s.EndsStart, s.EndsEnd)).ToList();
        foreach (var span in spans)
        {
            if (InSentence(span.Start, span.End))
            {
                var (first, last) = ClockWords(span.Start, span.End);
                quantities.Add(new(UnitKind.Duration, span.Seconds, 60, first, last));
            }

            if (InSentence(span.EndsStart, span.EndsEnd))
            {
                ClockWords(span.EndsStart, span.EndsEnd);
            }
        }

        quantities = clocks.Count > 0 || spans.Count > 0 ? quantities.OrderBy(q => q.First).ToList() : quantities;
        // "walked it off", "climbing the stairs": an activity inside a pseudo phrase names no session; inside an exclusive
        // finding ("running a temperature", "hadn't exercised in 10 years") it is that finding's, whose time is its own.
        var cues = lexicon.Cues.FindAll(tokens)
            .Where(c => !(c.Item == CueKind.Exercise && triggers.Any(t => t.Item.Category == TriggerCategory.Pseudo && t.First <= c.First && c.Last <= t.Last)))
            .Select(c => c.Item == CueKind.Exercise && matches.Any(m => m.Item is Concept { Exclusive: true } && m.First <= c.First && c.Last <= m.Last)
                ? c with { Item = CueKind.Unrelated }
                : c)
            .ToList();
        // A medicine, a diagnosis or an event from the person's history is what a time next to it measures ("on lithium 6
        // years", "started simvastatin 2 weeks ago", "trod on a nail last week"), not when the twitching began; the "attack"
        // of "heart attack" is no episode.
        foreach (var m in matches.Where(m => m.Item is Concept { Question.Id: var id } && (id.StartsWith("medication.", StringComparison.Ordinal) || id.StartsWith("history.", StringComparison.Ordinal))))
        {
            cues.RemoveAll(c => c.Item == CueKind.Episode && c.First >= m.First && c.Last <= m.Last);
            cues.Add(new(m.First, m.Last, CueKind.Unrelated));
        }

        // Words whose time is of something else: whatever cue they held ("started" is otherwise the episodes' onset word,
        // "running" a session) gives way to one that claims no question.
        void Unrelated(int first, int last)
        {
            cues.RemoveAll(c => c.First >= first && c.Last <= last);
            cues.Add(new(first, last, CueKind.Unrelated));
        }

        // "3 wks ago i started running": a time when training began (a word of starting just before an activity) dates
        // neither a session nor the episodes.
        var starts = lexicon.WordsOfStarting.FindAll(tokens);
        foreach (var start in starts)
        {
            if (cues.FirstOrDefault(c => c.Item == CueKind.Exercise && c.First >= start.Last && c.First - start.Last <= 1) is { } began)
            {
                Unrelated(start.First, began.Last);
            }
        }

        // "rock hard and swollen, 9/10": an effort word inside a finding's own words ("hard" of "rock hard") is no effort score.
        cues.RemoveAll(c => c.Item == CueKind.Intensity && matches.Any(m => m.Item is Concept && m.First <= c.First && c.Last <= m.Last));

        // "on prednisolone for an asthma flare, started 5 days ago": the medicine's start, not the twitching's.
        var medicineStarts = MedicineStartsInNextClause(tokens, matches, starts);
        foreach (var (_, start) in medicineStarts)
        {
            Unrelated(start.First, start.Last);
        }

        // "a 2 hour flight home": a journey with its length given is long or not by the number, not by words that would
        // call any flight home long; the finding of that question on the journey's words yields to the number.
        var travelled = lexicon.Roles.GetValueOrDefault(QuantityRole.LongTravel)?.Id;
        var journeys = quantities.Select(q => (q, Journey(q, cues, tokens))).Where(j => j.Item2 is not null)
            .Select(j => (First: Math.Min(j.q.First, j.Item2!.First), Last: Math.Max(j.q.Last, j.Item2!.Last))).ToList();

        // "had my ACL op 2 years ago", "a few years ago I had knee surgery": an event that counts only while recent is history
        // when the nearest time ago in the sentence lies beyond its window ("knee op 3 weeks ago and a DVT 5 years ago" is
        // recent), or with no such time, when a long-past word dates it.
        bool LongPast(Concept concept, PhraseMatch<LexiconItem> m, FindingContext context) =>
            concept.RecentWithinDays is { } days &&
            (quantities.Where(q => q.Kind == UnitKind.Ago).MinBy(q => Math.Min(Math.Abs(q.First - m.Last), Math.Abs(m.First - q.Last))) is { } ago
                ? ago.Value > days * SecondsPerDay
                : context.Historical);

        // The main layer's matches and the other layers' (body parts, signs, weather), found once for every use below.
        // "bigger than right side", "swollen compared to the left one": the side a part is compared with is not a side it is on.
        var comparisons = matches.Where(m => m.Item is Concept { Layer: IntakeLexicon.MainLayer, Question.Id: Sides }).ToList();
        var everyMatch = matches.Concat(LayerMatches(tokens, matches))
            .Where(m => !(m.Item is Concept { Question.Id: var id } && id == travelled && journeys.Any(j => j.First < m.Last && m.First < j.Last)))
            .Where(m => !(m.Item is Concept { Layer: IntakeLexicon.SideLayer } && comparisons.Any(c => c.First < m.Last && m.First < c.Last)))
            .ToList();
        // "felt something go in the back of my head", "pain in the back of my knee": the back of a part is that part, not
        // the back's pain.
        everyMatch.RemoveAll(m => m.Item is Concept { Question.Id: BackPain } && m.Last < tokens.Count &&
                                  tokens[m.Last - 1].Norm == "back" && tokens[m.Last].Norm == "of");
        // "Cramp in my chest muscle at the bottom of a bench rep": a chest phrase whose last word opens a longer place (the
        // chest muscle, the chest wall) is about that place, the worked muscle, not the heart's chest pain; so is "did heavy
        // chest press", the session's load ("heavy chest" opens "chest press").
        // The places are taken first: a RemoveAll predicate must not read the list it is removing from.
        var places = everyMatch.Where(p => p.Item is Concept { Layer: IntakeLexicon.LocationLayer }).ToList();
        var placesAndSessions = everyMatch.Where(p => p.Item is Concept { Layer: IntakeLexicon.LocationLayer or IntakeLexicon.ActivityLayer }).ToList();
        everyMatch.RemoveAll(m => m.Item is Concept { Layer: IntakeLexicon.MainLayer, Question.Id: ChestPain } &&
                                  placesAndSessions.Any(p => p.First > m.First && p.First < m.Last && p.Last > m.Last));
        foreach (var m in everyMatch)
        {
            if (m.Item is ConfirmCue cue && ContextOf(m.First, m.Last) is { Negated: false, Hypothetical: false, OtherPerson: false })
            {
                collected.Confirm.AddRange(cue.Confirm);
                if (cue.SaidUnsurely)
                {
                    collected.Hedged.AddRange(cue.Confirm.Select(id => Make(id, AnswerValue.Of(true), m.First, m.Last)));
                }
            }

            if (m.Item is Concept concept)
            {
                // "tingling in my left foot": the sign is answered, and any question its words raise still asked.
                var signsPlace = concept.Layer == IntakeLexicon.LocationLayer && PlaceOfASignOnly(m, everyMatch, tokens);
                var context = ContextOf(m.First, m.Last);
                if (concept.Value is BoolAnswer { Value: false } && (tokens[m.First].Norm == "no" || OwnItemInAList(m.First, m.Last)))
                {
                    // "No numbness, no pain in the chest": a denial that carries its own "no" is one more in the list, not
                    // a denial denied; so is one after a comma ("no swelling, urine normal colour"), while "not eating and
                    // drinking normally" denies both.
                    context = context with { Negated = false };
                }

                if (context.Negated && concept.Question.Id == EpisodePain && ScoreFollows(m.Last))
                {
                    // "no swelling, pain 6/10", "no redness, pain maybe 3": a pain given its score is felt, whatever denial
                    // reaches it.
                    context = context with { Negated = false };
                }

                if (context.Negated && concept.NegatedValue is null && concept.Value is BoolAnswer { Value: false } && AskWhenUncertain(concept.Question.Id) &&
                    !context.Hypothetical && !context.OtherPerson)
                {
                    // "no numbness and pee is normal": a denial under a negation is unsure for a warning sign, so it is asked.
                    collected.Confirm.Add(concept.Question.Id);
                }
                else if (concept.Question.Id == ChestPain && (context.Negated ? concept.NegatedValue : concept.Value) is BoolAnswer { Value: false } &&
                         !context.OtherPerson && !context.Hypothetical && FeelingInsteadOfPain(m.Last, places))
                {
                    // "no chest pain, just a pressure": asked, and taken beside a companion (hedged_companions), never a "no".
                    collected.Confirm.Add(ChestPain);
                    collected.Hedged.Add(Make(ChestPain, AnswerValue.Of(true), m.First, m.Last));
                }
                else if (!signsPlace && (context.Negated ? concept.NegatedValue : concept.Value) is { } value)
                {
                    var longPast = LongPast(concept, m, context);
                    collected.Add(Make(concept.Question.Id, value, m.First, m.Last), longPast ? context with { Historical = true } : context,
                                  concept.HistoricalCounts && !longPast, concept.Id, AskWhenUncertain(concept.Question.Id));
                }

                foreach (var (id, implied) in context.Negated ? [] : concept.Also)
                {
                    collected.Add(Make(id, implied, m.First, m.Last), context, concept.HistoricalCounts, null, AskWhenUncertain(id));
                }

                // "felt a bit faint": thirst, as it says, and whether they nearly fainted is asked, not guessed.
                if (!context.Negated && !context.Hypothetical && !context.OtherPerson)
                {
                    collected.Confirm.AddRange(concept.Confirm);
                    if (concept.Value is null && !context.Uncertain && !context.Historical)
                    {
                        // "a headache", said plainly without its severity: asked, unless another reading settles it.
                        collected.SaidPlainly.Add(Make(concept.Question.Id, AnswerValue.Of(true), m.First, m.Last));
                    }
                }
            }
        }

        bool ScoreFollows(int i)
        {
            while (i < tokens.Count && tokens[i].Norm is "is" or "was" or "about" or "maybe" or "around" or "at" or "like")
            {
                i++;
            }

            return i < tokens.Count && tokens[i].IsNumber && (i + 1 == tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].Norm == "out");
        }

        // "No pain in my chest or jaw": a denial found as a finding of its own ("no pain") takes its place with it.
        bool DeniedInItsClause(int i) => BackInItsClause(i, 6).Any(t => Denies(t) || t.Norm is "without" or "nothing");
        // "something sat on my breastbone", "when he smiles only one side goes up": a word of a warning sign that no finding
        // took asks its sign rather than leaving it silent (unplaced_signs), as a nurse on the phone asks about the chest
        // when the caller mentions it. Asked only, never answered: the word alone is no finding.
        if (lexicon.Unplaced is { } unplaced)
        {
            var otherSenses = unplaced.OtherSenses.FindAll(tokens);
            foreach (var m in unplaced.Words.FindAll(tokens))
            {
                // Placed by a finding, or by a phrase that uses the word in another sense ("so confused about magnesium").
                if (!everyMatch.Any(p => p.Item is not Trigger { Category: not TriggerCategory.Pseudo } && p.First < m.Last && m.First < p.Last) &&
                    !otherSenses.Any(p => p.First < m.Last && m.First < p.Last) &&
                    !tokens.Skip(m.Last).Take(unplaced.SaidNormalReach).Any(t => unplaced.SaidNormal.Contains(t.Norm)) && !DeniedInItsClause(m.First) &&
                    ContextOf(m.First, m.Last) is { Negated: false, Hypothetical: false, OtherPerson: false, Historical: false })
                {
                    collected.Unplaced.Add(m.Item);
                }
            }
        }

        // "started simvastatin 2 weeks ago", "just started furosemide": a medicine named just after a word of starting was changed lately.
        if (lexicon.Roles.TryGetValue(QuantityRole.MedicineChanged, out var changed))
        {
            var afters = lexicon.MedicineChangedAfter.FindAll(tokens);
            foreach (var m in matches.Where(m => m.Item is Concept { Question: { Type: QuestionType.Choices, Id: var id } } && id.StartsWith("medication.", StringComparison.Ordinal) &&
                                                 (starts.Any(s => s.Last <= m.First && m.First - s.Last <= 1) ||
                                                  afters.Any(a => a.First >= m.Last && a.First - m.Last <= 1) ||
                                                  medicineStarts.Any(s => s.Medicine == m) ||
                                                  quantities.Any(q => TakenLately(m, q, tokens)))))
            {
                collected.Add(Make(changed.Id, AnswerValue.Of(true), m.First, m.Last), ContextOf(m.First, m.Last), false, null);
            }
        }

        foreach (var (id, words) in lexicon.SettledBy)
        {
            foreach (var m in words.FindAll(tokens).Where(m => ContextOf(m.First, m.Last) is { Negated: false, Hypothetical: false, OtherPerson: false }))
            {
                collected.Settling.Add(Make(id, new BoolAnswer(true), m.First, m.Last));
            }
        }

        FindHeartFeelings(tokens, everyMatch, ContextOf, Make, collected);
        collected.EasedByRest |= lexicon.Heart is { } heart && heart.EasedByRest.FindAll(tokens).Any(m => !ContextOf(m.First, m.Last).Negated);
        ReadPartSigns(tokens, everyMatch, triggers, ContextOf, Make, collected);
        ReadOneSideOfTheBody(tokens, everyMatch, ContextOf, Make, collected);
        ReadGlassTest(tokens, ContextOf, Make, collected);
        ReadHeartRates(tokens, quantities, ContextOf, Make, collected);

        // "She's 39.6": a reading with its tenths said of the person is of their body (no age has tenths).
        cues.AddRange(Enumerable.Range(1, Math.Max(0, tokens.Count - 1))
            .Where(i => tokens[i - 1].Norm is "she's" or "he's" or "i'm" && tokens[i].IsNumber && tokens[i].Norm.Contains('.'))
            .Select(i => new PhraseMatch<CueKind>(i - 1, i, CueKind.Body)));
        // The weather first: "took my temp after run club (it was 39 out): 40.2" has the air's 39 before the body's 40.2.
        quantities.AddRange(BareWeather(tokens, cues, quantities, drinks));
        quantities.AddRange(BareTemperatures(tokens, cues, quantities, drinks));
        quantities.AddRange(BarePainScores(tokens, cues, quantities, drinks, lexicon.ScoreWords, collected.PainBefore));
        collected.PainBefore = cues.Any(c => c.Item == CueKind.Pain);
        // A number inside the words of a numeric finding ("never take a rest day" = 0) is part of that finding, and so is
        // one inside an exclusive finding ("goes within a couple of minutes of stopping" is no 2-minute session), except a
        // journey's, whose length decides it.
        var concepts = matches.Where(m => m.Item is Concept { Question.Type: QuestionType.Number } ||
                                          (m.Item is Concept { Exclusive: true, Question.Id: var id } && id != travelled)).ToList();
        var activities = everyMatch.Where(m => m.Item is Concept { Layer: IntakeLexicon.ActivityLayer }).ToList();
        var activityCues = activities.Select(m => new PhraseMatch<CueKind>(m.First, m.Last, CueKind.Exercise)).ToList();
        // Pain scores ("still 7/10") stand for the pain felt (StillFelt).
        var scores = quantities.Where(q => q.Kind == UnitKind.Score).ToList();
        // "won't let go", "still locked": a cramp still holding (still_holding), read once for the times and the self-care
        // ("the 10k an hour ago, it's still going well" is the day going well, a pseudo-trigger).
        var stillHolding = lexicon.StillHolding.FindAll(tokens).Where(h => !ContextOf(h.First, h.Last).Negated &&
            !triggers.Any(t => t.Item.Category == TriggerCategory.Pseudo && t.First <= h.First && h.Last <= t.Last && t.Last - t.First > h.Last - h.First)).ToList();
        // The twitches and cramps named in the sentence, for the times around them and for the sentence after.
        var kinds = everyMatch.Where(m => m.Item is Concept { Question.Id: EpisodeKind }).ToList();
        foreach (var q in quantities.Where(q => !concepts.Any(c => c.First <= q.First && q.Last <= c.Last)))
        {
            // An age's context is its number's: in "my son is 11" the words "my son" name whose age it is.
            // A temperature's is whose temperature it is: "Her temp is normal, 98.8" is hers, past the comma ("My partner
            // took my temperature and it's 40.2" stays the writer's).
            var context = q.Kind == UnitKind.Age ? ContextOf(q.Last - 1, q.Last)
                : q.Kind == UnitKind.Temperature && TemperatureWordBefore(tokens, q.First) is { } owner && tokens[owner].Norm != "my" ? ContextOf(owner + 1, q.Last)
                : ContextOf(q.First, q.Last);
            // "no swelling, pain 6/10": a score in figures given to the pain just before it is said, whatever denial reaches
            // it ("No pain one", Singapore English for "no pain at all", is no score).
            var scoredPain = q.Kind == UnitKind.Score && tokens[q.First].IsNumber &&
                             cues.Any(c => c.Item == CueKind.Pain && c.Last <= q.First && q.First - c.Last <= 2);
            if ((context.Negated && !scoredPain) || (collected.Theirs && q.Kind == UnitKind.Age && WritersOwnWord(text, tokens[q.First])))
            {
                continue;
            }

            // A twitch or cramp named before the number: the episode that a session's time can date (StillFelt). A time that
            // opens its sentence follows on from the sentence before ("won't stop twitching. 20 mins so far").
            var kindBefore = kinds.Any(m => m.Last <= q.First) ||
                             (collected.KindBefore && WordBeforeTime(q, tokens) < 0);
            // A cue word inside another time's words ("this" of "this morning", "last" of "last night") belongs to that
            // time: "swim in the lake this morning, 1 hour" is the swim's hour, not an episode's.
            var ownCues = cues.Where(c => !quantities.Any(t => t != q && t.Kind == UnitKind.Ago && c.First >= t.First && c.Last <= t.Last)).ToList();
            if (PregnancyWeeks(q, ownCues, tokens, collected) || MedicinesTime(q, matches, tokens))
            {
                continue;
            }

            // "after karate grading today", "cramped at 5-a-side tonight": a time before now beside any activity the lexicon
            // knows dates that session, as beside the cue words of a session ("run", "workout").
            // A length just after such an activity is that session's ("judo for 2 hrs", "Orangetheory 60 min", "MTB 3 hrs"),
            // unless it is a weekly habit ("gymnastics 12 hrs a week").
            var activitiesApart = activityCues.Where(a => !ownCues.Any(c => c.First < a.Last && a.First < c.Last));
            var cuesOfTime = q.Kind == UnitKind.Ago ? ownCues.Concat(activitiesApart).ToList()
                : q.Kind == UnitKind.Duration && !PerWeek(tokens, q.Last) ? ownCues.Concat(activitiesApart.Where(a => JustBefore(tokens, a, q.First) ||
                    (Lasted(q, tokens) && a.Last <= q.First && q.First - a.Last <= LastedReach) || (a.Last <= q.First && q.Value >= ShortestSessionSeconds && StandaloneTime(q, tokens)))).ToList()
                : ownCues;
            // "like 10 minutes of constant flicker", "20 mins of twitching": a time of the twitch or cramp named just after "of"
            // ("3 hours of it", "10 minutes of walking" are not).
            var kindAfterOf = q.Last < tokens.Count && tokens[q.Last].Norm == "of" &&
                              kinds.Any(m => m.First > q.Last && m.First - q.Last <= 2);
            foreach (var (role, assigned) in Assign(q, cuesOfTime, tokens, kindBefore, kindAfterOf, scores, stillHolding))
            {
                var value = assigned;
                if (!lexicon.Roles.TryGetValue(role, out var question))
                {
                    continue;
                }

                if (value is NumberAnswer { Value: double.NaN })
                {
                    // "ma boyfriend ... went for a run in 38 degrees": a number left unsure in someone else's story is
                    // theirs to ask about, not a complaint of the writer's.
                    if (ContextOf(q.First, q.Last) is { OtherPerson: false, Hypothetical: false })
                    {
                        collected.Confirm.Add(question.Id);
                    }

                    continue;
                }

                if (lexicon.RoleOptions.TryGetValue(role, out var option))
                {
                    value = new ChoicesAnswer([option]);
                }

                if (value is not NumberAnswer n || InRange(question.Id, n.Value))
                {
                    collected.Add(Make(question.Id, value, q.First, q.Last), context with { Historical = false, Uncertain = false }, false, null, measured: true);
                }
            }
        }

        // "woke with a cramp 2 hours ago and the arch is still knotted up": a cramp still holding has lasted since it began.
        var holding = stillHolding.LastOrDefault();
        if (holding is not null && lexicon.RemediesTried.FindAll(tokens).Any(r => r.Last <= holding.First))
        {
            // "massaged it, stretched it, hot bath, still knotted": self-care tried before a cramp that still holds has not helped.
            collected.Add(Make(SelfCareFailed, new BoolAnswer(true), holding.First, holding.Last), ContextOf(holding.First, holding.Last), false, null);
        }
        else if (holding is null && SelfCareThatWorked(tokens) is var (first, last, relief) &&
                 ContextOf(relief.First, relief.Last) is { Negated: false } context)
        {
            collected.Add(Make(SelfCareFailed, new BoolAnswer(false), first, last), context with { Historical = false, Uncertain = false }, false, null);
        }

        var agoToday = quantities.Where(q => q.Kind == UnitKind.Ago && q.Value is > 0 and < SecondsPerDay && !ContextOf(q.First, q.Last).Negated).ToList();
        if (lexicon.Roles.TryGetValue(QuantityRole.EpisodeSeconds, out var length) && holding is not null)
        {
            foreach (var q in agoToday)
            {
                collected.Add(Make(length.Id, new NumberAnswer(q.Value), q.First, q.Last), ContextOf(q.First, q.Last) with { Historical = false, Uncertain = false }, false, null, measured: true);
            }

            // "finished an hour ago, and my hamstring cramped right at the end. It's still there, won't release": the last
            // time a sentence before gave is how long the cramp has held ("Calf cramp woke me at 3am. Normally they last a
            // minute. It's 4:15 now and it's still locked").
            if (agoToday.Count == 0 && collected.AgoBefore is { } before)
            {
                collected.Add(Make(length.Id, new NumberAnswer(before), holding.First, holding.Last), ContextOf(holding.First, holding.Last) with { Uncertain = false }, false, null, measured: true);
            }
        }

        collected.AgoBefore = agoToday.Count > 0 ? agoToday[^1].Value : collected.AgoBefore;
        collected.KindBefore = kinds.Count > 0;

        // When the sentence happened, for water overload to link an event and a drink in two sentences only on the same day.
        foreach (var q in quantities.Where(q => q.Kind == UnitKind.Ago))
        {
            collected.Times.Add((collected.Sentence, double.IsNaN(q.Value) ? 0 : q.Value / 3600));
        }

        if (tokens.Any(t => t.Norm is "today" or "tonight"))
        {
            collected.Times.Add((collected.Sentence, 0));
        }

        // For ReadSessionJustDone: the first session named and then "now", and whatever in the description says otherwise.
        var sessions = activities.Select(m => (m.First, m.Last))
            .Concat(lexicon.UntypedSessions.FindAll(tokens).Select(m => (m.First, m.Last)))
            .Where(m => ContextOf(m.First, m.Last) is { Negated: false, Hypothetical: false, OtherPerson: false, Historical: false })
            .ToList();
        // "fine now", "gone now": the episode is over, which says nothing of how long ago the session was.
        var resolved = lexicon.ResolvedNow.FindAll(tokens);
        if (collected.SessionThenNow is null &&
            lexicon.PresentNow.FindAll(tokens).Where(n => !resolved.Any(r => r.First <= n.First && n.Last <= r.Last)).ToList() is { Count: > 0 } nows)
        {
            // A session in an earlier sentence comes before everything in this one: "Did a 6 hour hike today. Now both
            // thighs are cramping."
            var inSentence = sessions.Where(m => nows.Any(n => n.First >= m.Last)).Select(m => (int?)m.Last).FirstOrDefault();
            if ((inSentence ?? (collected.SessionNamed ? 0 : null)) is { } end)
            {
                var now = nows.First(n => n.First >= end);
                // "spin class for 45 min, now my shins are twitching", "did deadlifts and his back is twitching now": a twitch
                // said now, after the session, came after it ("started cramping in both legs, now he's confused" may not have).
                var kindNow = kinds.Any(m => m.First >= end && (m.First >= now.Last || (m.Last <= now.First && now.First - m.Last <= 2)));
                collected.SessionThenNow = Make("", new BoolAnswer(true), now.First, now.Last);
                collected.KindAfterSession = kindNow;
            }
        }

        ReadAfterSessionAlone(tokens, everyMatch, drinks, sessions, collected, ContextOf, Make);
        ReadComplaintThenAfterSession(tokens, everyMatch, activities, sessions, collected, ContextOf, Make);
        var habitOrOlder = lexicon.NotJustDone.FindAll(tokens).Count > 0;
        ReadGoingOnWhenItStarted(tokens, everyMatch, activities, quantities, habitOrOlder, collected, ContextOf, Make);
        ReadDuringAfterComplaint(tokens, everyMatch, activities, collected, ContextOf, Make);
        collected.SessionNamed = collected.SessionNamed || sessions.Count > 0;

        collected.DayOrMoreBefore = collected.DayOrMoreBefore ||
                                    quantities.Any(q => (q.Kind == UnitKind.Ago && q.Value >= SecondsPerDay) || (q.Kind == UnitKind.Duration && q.UnitFactor >= SecondsPerDay));
        collected.NotJustDone = collected.NotJustDone || habitOrOlder;

        FindWaterInLongEvents(tokens, matches, quantities, ContextOf, Make, collected);

        var caffeine = lexicon.Roles.GetValueOrDefault(QuantityRole.Caffeine)?.Id;
        var stimulants = lexicon.Roles.GetValueOrDefault(QuantityRole.Stimulants)?.Id;
        foreach (var d in drinks.Where(_ => caffeine is not null && stimulants is not null))
        {
            var drink = d.Drink!;
            var context = ContextOf(d.First, d.Last);
            if ((context.Negated || d.Servings is not null) && !RestatedInMg(tokens, quantities, d))
            {
                // "4 coffees" says how much, even when a negation nearby is about something else ("not sleeping well,
                // maybe 3 espressos"); only an uncounted negated drink ("no coffee") says none today.
                var mg = d.Servings is { } servings ? Math.Round(servings * drink.CaffeineMg) : 0;
                collected.Add(Make(caffeine!, new NumberAnswer(mg), d.First, d.Last), context with { Historical = false, Uncertain = false }, false, null, measured: true);
            }

            if (drink.Stimulant && (!context.Negated || d.Servings is not null))
            {
                collected.Add(Make(stimulants!, new BoolAnswer(true), d.First, d.Last), context with { Uncertain = false }, false, null);
            }
        }
    }

    /// <summary>
    /// An activity's words end just before a length, past at most a "for", a time of day or a bracket. Not one the person
    /// is off ("off the rower 15 min") or a bench sat on ("rest on bench for 20 minutes"): that time is a rest's.
    /// </summary>
    private static bool JustBefore(List<Token> tokens, PhraseMatch<CueKind> activity, int lengthAt) =>
        activity.Last <= lengthAt && lengthAt - activity.Last <= 3 && tokens[activity.Last - 1].Norm != "bench" &&
        !tokens.Skip(Math.Max(0, activity.First - 2)).Take(Math.Min(2, activity.First)).Any(t => t.Norm == "off") &&
        tokens.Skip(activity.Last).Take(lengthAt - activity.Last).All(t => t.Norm is "for" or "today" or "tonight" or "this" or "morning" or "afternoon" or
            "evening" or "," or "(" or "about" or "around" or "approx" or "~");

    /// <summary>"12 hrs a week", "5 hours per week": a length said per week is a habit, not one session.</summary>
    private static bool PerWeek(List<Token> tokens, int after) =>
        Per(tokens, after, "week", "wk") || (after < tokens.Count && tokens[after].Norm == "weekly");

    /// <summary>"a week", "per day", "each night", "/wk": one of the periods told as a rate, just at <paramref name="after"/>.</summary>
    private static bool Per(List<Token> tokens, int after, params string[] periods) =>
        after + 1 < tokens.Count && tokens[after].Norm is "a" or "per" or "each" or "every" or "/" && periods.Contains(tokens[after + 1].Norm);

    /// <summary>
    /// "3 coffees today (~300mg)", "two mugs of coffee, about 200mg": a figure in mg just after the drinks, past only words
    /// that restate, is how much caffeine they held, not a second dose beside them ("2 coffees and a 200mg pill" is two).
    /// </summary>
    private static bool RestatedInMg(IReadOnlyList<Token> tokens, IReadOnlyList<Quantity> quantities, DrinkAmount drink) =>
        quantities.Any(q => q.Kind == UnitKind.Mass && q.First >= drink.Last && q.First - drink.Last <= 4 &&
                            tokens.Skip(drink.Last).Take(q.First - drink.Last).All(t => t.Norm is "(" or "~" or "," or "-" or "=" or
                                "about" or "around" or "approx" or "roughly" or "so" or "maybe" or "like" or "today" or "before" or "ish"));

    /// <summary>
    /// Water overload (water_overload in the lexicon): a volume of plain water ("8 litres of water", "drinking water,
    /// maybe 10 pints") or water drunk all along ("at every station"), and a long event named ("marathon", "ironman"), noted for <see cref="ReadWaterOverload"/> to weigh
    /// once the whole description is read. A sports drink or electrolytes in the sentence make the volume no plain water.
    /// Denied, hypothetical, historical or someone else's, it is no finding.
    /// </summary>
    private void FindWaterInLongEvents(List<Token> tokens, List<PhraseMatch<LexiconItem>> matches, List<Quantity> quantities,
        Func<int, int, FindingContext> contextOf, Func<string, AnswerValue, int, int, Finding> make, Collected collected)
    {
        if (lexicon.WaterOverload is not { } overload)
        {
            return;
        }

        static bool Counts(FindingContext c) => !c.Negated && !c.Hypothetical && !c.OtherPerson && !c.Historical;
        if (overload.Events.FindAll(tokens).Any(e => e.Item && Counts(contextOf(e.First, e.Last))))
        {
            collected.LongEvents.Add(collected.Sentence);
        }

        if (matches.Any(m => m.Item is Concept { Value: BoolAnswer { Value: true } } c && overload.Unless.Contains(c.Question.Id) && !contextOf(m.First, m.Last).Negated))
        {
            return;
        }

        var words = overload.Water.FindAll(tokens);
        var water = words.Where(w => w.Item).ToList();
        var other = words.Where(w => !w.Item).ToList();
        foreach (var q in quantities.Where(q => q.Kind == UnitKind.Volume))
        {
            // Water named in the sentence ("drinking water the whole way, maybe 10 pints"), and no other drink named as this volume's ("5 pints of beer").
            if (water.Count > 0 && !other.Any(o => o.First >= q.Last && o.First < q.Last + WaterReach) && Counts(contextOf(q.First, q.Last)))
            {
                collected.Water.Add((make(overload.Answer.Id, AnswerValue.Of(true), q.First, q.Last), q.Value, collected.Sentence));
            }
        }

        // "drank water at every station", "chugged plain water the whole way": water drunk all along, no other drink named in
        // the sentence and not said to be too little ("hardly had any water all day"), is as much as the lexicon's litres;
        // ReadWaterOverload weighs it with the event as it does a volume.
        if (water.Count > 0 && other.Count == 0 && overload.TooLittle.FindAll(tokens).Count == 0 &&
            overload.AllAlong.FindAll(tokens).FirstOrDefault(a => Counts(contextOf(a.First, a.Last))) is { } along &&
            !VolumeForAllOfIt(along.First, along.Last))
        {
            collected.Water.Add((make(overload.Answer.Id, AnswerValue.Of(true), along.First, along.Last), overload.MinLitres, collected.Sentence));
        }

        // "about 3 litres all day", "2 pints of water all day": a volume just before a whole-time word is the whole of it
        // ("a full bottle at every station" is each time's).
        bool VolumeForAllOfIt(int first, int last) =>
            tokens.Skip(first).Take(last - first).All(t => t.Norm != "every") &&
            quantities.Any(q => q.Kind == UnitKind.Volume && first >= q.Last &&
                                tokens.Skip(q.Last).Take(first - q.Last).All(t => t.Norm is "of" or "water" or "plain" or "tap"));
    }

    /// <summary>
    /// Plain water drunk in a long event is overload (hyponatraemia; Hew-Butler 2015): enough litres of plain water said
    /// in or next to a sentence that names a long event, or in a description of a session given as over the lexicon's
    /// hours. A smaller volume or a short event leaves the question to be asked, as the interview always asks it, and so
    /// does "loads of water" said of a gym or short session with no long event named.
    /// </summary>
    private void ReadWaterOverload(Collected collected, Dictionary<string, AnswerValue> answers)
    {
        if (lexicon.WaterOverload is not { } overload)
        {
            return;
        }

        var session = lexicon.Roles.GetValueOrDefault(QuantityRole.SessionMinutes)?.Id;
        var minutes = session is not null && answers.GetValueOrDefault(session) is NumberAnswer { Value: var m } ? m : (double?)null;
        // "did leg day ... drank loads of water": plenty of water after a short or gym session, with no long event named, is
        // drinking well, not overload in a long event; whether it was is asked, not taken (an urgent answer otherwise).
        var shortSession = minutes < 120 || answers.GetValueOrDefault(ExerciseType) is ChoiceAnswer { Option: "strength" };
        if (shortSession && collected.LongEvents.Count == 0 && answers.GetValueOrDefault(overload.Answer.Id) is BoolAnswer { Value: true })
        {
            answers.Remove(overload.Answer.Id);
            collected.Confirm.Add(overload.Answer.Id);
            return;
        }

        var longSession = minutes >= overload.MinHours * 60;
        var inEvent = collected.Water.Where(w => longSession || collected.LongEvents.Any(e => e == w.Sentence || (Math.Abs(e - w.Sentence) == 1 && SameDay(collected, e, w.Sentence)))).ToList();
        if (inEvent.Count > 0 && answers.GetValueOrDefault(overload.Answer.Id) is not BoolAnswer { Value: true } && inEvent.Sum(w => w.Litres) >= overload.MinLitres)
        {
            collected.Findings.Add(new(inEvent[0].Finding, null, true));
            answers[overload.Answer.Id] = AnswerValue.Of(true);
        }
    }

    /// <summary>
    /// "Twitching in my calf since the 3rd. Today's the 19th": days since it began, when no length said it already.
    /// </summary>
    private void ReadDaysSinceADate(string text, Collected collected, Dictionary<string, AnswerValue> answers)
    {
        var days = lexicon.Roles.GetValueOrDefault(QuantityRole.DaysSinceOnset)?.Id;
        if (days is null || answers.ContainsKey(days) || DaysOfTheMonth.Read(text) is not { } since)
        {
            return;
        }

        AnswerAfterReading(new(days, new NumberAnswer(since.Days), text[since.Start..since.End], since.Start, since.End), collected, answers);
    }

    /// <summary>
    /// "bouldering for about an hour and a half, now my fingers keep cramping": a session named and then "now" in one sentence
    /// was just done, when no other time in the description dates it a day or more back and nothing makes it a habit
    /// ("calf cramps on runs for months now", "whenever I run, now my calves twitch").
    /// </summary>
    private void ReadSessionJustDone(Collected collected, Dictionary<string, AnswerValue> answers)
    {
        var recent = lexicon.Roles.GetValueOrDefault(QuantityRole.RecentSession)?.Id;
        if (recent is null || collected.SessionThenNow is not { } now || collected.DayOrMoreBefore || collected.NotJustDone ||
            answers.GetValueOrDefault(recent) is BoolAnswer { Value: false })
        {
            return;
        }

        // A time already read ("muay thai tonight, now my shin keeps twitching") has said it was recent; the twitch after
        // "now" still came after it.
        if (!answers.ContainsKey(recent))
        {
            AnswerAfterReading(now with { Answer = recent }, collected, answers);
        }

        if (collected.KindAfterSession && !answers.ContainsKey(EpisodeTiming))
        {
            AnswerAfterReading(now with { Answer = EpisodeTiming, Value = new ChoicesAnswer([AfterExercise]) }, collected, answers);
        }
    }

    /// <summary>
    /// "ran 10 miles, calf twitches after", "fine during but calf twitching since": a clause that ends on "after" or "since"
    /// (the lexicon's after_session_alone), with a session named before it, says the episode came after the session.
    /// </summary>
    private void ReadAfterSessionAlone(List<Token> tokens, List<PhraseMatch<LexiconItem>> everyMatch, List<DrinkAmount> drinks,
        List<(int First, int Last)> sessions, Collected collected, Func<int, int, FindingContext> contextOf, Func<string, AnswerValue, int, int, Finding> make)
    {
        var kind = everyMatch.Any(m => m.Item is Concept { Question.Id: EpisodeKind });
        foreach (var word in lexicon.AfterSessionAlone.FindAll(tokens))
        {
            var endsClause = word.Last == tokens.Count || ClauseBreak(tokens[word.Last].Norm) || tokens[word.Last].Norm is "-" or "(" or "!" or "though";
            // A clause about a drink or food is its time ("drank loads of water after"), and the sentence has to name the
            // twitch or cramp ("Had a sports drink after." alone says nothing of the episode).
            var clauseStart = tokens.FindLastIndex(word.First, word.First + 1, t => ClauseBreak(t.Norm)) + 1;
            var aboutIntake = drinks.Any(d => d.First >= clauseStart && d.Last <= word.First) ||
                              everyMatch.Any(m => m.First >= clauseStart && m.Last <= word.First && m.Item is Concept { Question.Id: var id } &&
                                                  (id.StartsWith("hydration.", StringComparison.Ordinal) || id.StartsWith("nutrition.", StringComparison.Ordinal)));
            if (endsClause && kind && !aboutIntake && (collected.SessionNamed || sessions.Any(s => s.Last <= word.First)))
            {
                collected.Add(make(EpisodeTiming, new ChoicesAnswer([AfterExercise]), word.First, word.Last), contextOf(word.First, word.Last), false, null);
            }
        }
    }

    /// <summary>
    /// "2k test on the rower, all out, then my lower back twitched", "body pump class then my biceps flickered": a twitch or
    /// cramp a few words after "then" (the lexicon's session_then), with a session named before it in the sentence, came
    /// after the session. Not when another activity comes between ("ran then played squash and cramped"), nor when a timing
    /// is said after "then" ("then cramped in bed").
    /// </summary>
    private void ReadComplaintThenAfterSession(List<Token> tokens, List<PhraseMatch<LexiconItem>> everyMatch, List<PhraseMatch<LexiconItem>> activities,
        List<(int First, int Last)> sessions, Collected collected, Func<int, int, FindingContext> contextOf, Func<string, AnswerValue, int, int, Finding> make)
    {
        const int reach = 5;
        foreach (var then in lexicon.SessionThen.FindAll(tokens).Where(t => sessions.Any(s => s.Last <= t.First)))
        {
            var kind = everyMatch.FirstOrDefault(m => m.Item is Concept { Question.Id: EpisodeKind } && m.First >= then.Last && m.First - then.Last <= reach);
            if (kind is null ||
                activities.Any(a => a.First >= then.Last && a.First < kind.First) ||
                everyMatch.Any(m => m.Item is Concept { Question.Id: EpisodeTiming } && m.First >= then.Last) ||
                contextOf(kind.First, kind.Last) is not { Negated: false, Hypothetical: false } context)
            {
                continue;
            }

            collected.Add(make(EpisodeTiming, new ChoicesAnswer([AfterExercise]), then.First, kind.Last), context, false, null);
            return;
        }
    }

    /// <summary>
    /// "Playing padel, felt a pop in my ankle", "was out running and about 20 mins in my calves started cramping", "Running
    /// in freezing fog, chest's gone tight": a sentence that opens on an activity going on (a word in -ing, after only the
    /// lexicon's going_on_openers such as "I was out") and then names a complaint had it during the activity. Not for a habit
    /// or an older time ("Running 5 days a week, my calves twitch"), nor beside a timing after it.
    /// </summary>
    private void ReadGoingOnWhenItStarted(List<Token> tokens, List<PhraseMatch<LexiconItem>> everyMatch, List<PhraseMatch<LexiconItem>> activities,
        List<Quantity> quantities, bool habitOrOlder, Collected collected, Func<int, int, FindingContext> contextOf, Func<string, AnswerValue, int, int, Finding> make)
    {
        if (habitOrOlder ||
            quantities.Any(q => q.Kind is UnitKind.Ago or UnitKind.Duration && q.UnitFactor >= SecondsPerDay) ||
            everyMatch.Any(m => m.Item is Concept { Question.Id: EpisodeTiming }))
        {
            return;
        }

        var activity = activities.MinBy(m => m.First);
        if (activity is null)
        {
            return;
        }

        // The -ing word is the activity's own ("running") or just before it ("playing padel", "doing shoulder press").
        var ing = Enumerable.Range(Math.Max(0, activity.First - 1), activity.Last - Math.Max(0, activity.First - 1))
            .FirstOrDefault(i => Ing(tokens[i].Norm), -1);
        var opens = ing >= 0 && tokens.Take(ing).All(t => lexicon.GoingOnOpeners.Contains(t.Norm));
        // A session's noun ("spinning class", "rowing machine"), a session said done ("then", "now" after it) or its length
        // ("boxing 60 mins") is a session over, not one going on.
        var over = ing + 1 < tokens.Count && lexicon.UntypedSessions.FindAll(tokens).Any(u => u.First == ing + 1) ||
                   tokens.Skip(activity.Last).Any(t => t.Norm is "then" or "now") ||
                   quantities.Any(q => q.Kind == UnitKind.Duration && q.First >= activity.Last && q.First - activity.Last <= 3);
        var complaint = everyMatch.Any(m => m.First >= activity.Last && m.Item is Concept { Question.Id: var id } &&
                                            (id == EpisodeKind || id.StartsWith("symptom.", StringComparison.Ordinal)) &&
                                            !contextOf(m.First, m.Last).Negated);
        if (opens && !over && complaint && contextOf(activity.First, activity.Last) is { Negated: false, Hypothetical: false } context)
        {
            collected.Add(make(EpisodeTiming, new ChoicesAnswer([DuringExercise]), activity.First, activity.Last), context, false, null);
        }
    }

    /// <summary>
    /// "Got a cramp in my calf playing pickleball", "foot cramps in the pool", "hands were cramping while I dug": a twitch or
    /// cramp and then, in its clause, an activity going on (a word in -ing, or after the lexicon's going_on_after_complaint)
    /// or a place or moment of a session (during_after_complaint) was had during the session. Not where the sentence says
    /// a timing already, nor past a word that moves the time ("twitching since running", time_movers).
    /// </summary>
    private void ReadDuringAfterComplaint(List<Token> tokens, List<PhraseMatch<LexiconItem>> everyMatch, List<PhraseMatch<LexiconItem>> activities,
        Collected collected, Func<int, int, FindingContext> contextOf, Func<string, AnswerValue, int, int, Finding> make)
    {
        if (everyMatch.Any(m => m.Item is Concept { Question.Id: EpisodeTiming }))
        {
            return;
        }

        const int reach = 8;
        var moments = lexicon.DuringAfterComplaint.FindAll(tokens);
        var goingOnWords = lexicon.GoingOnAfterComplaint.FindAll(tokens);
        var movers = lexicon.TimeMovers.FindAll(tokens);
        foreach (var kind in everyMatch.Where(m => m.Item is Concept { Question.Id: EpisodeKind }))
        {
            var context = contextOf(kind.First, kind.Last);
            if (context.Negated || context.Hypothetical)
            {
                continue;
            }

            // The clause after the complaint, up to a break or a word that moves the time.
            var end = Math.Min(tokens.Count, kind.Last + reach);
            var stop = tokens.FindIndex(kind.Last, end - kind.Last, t => ClauseBreak(t.Norm) || t.Norm is "." or "(" or "-");
            end = stop < 0 ? end : stop;
            end = movers.Where(m => m.First >= kind.Last && m.First < end).Select(m => m.First).DefaultIfEmpty(end).Min();
            bool Inside(PhraseMatch<bool> m) => m.First >= kind.Last && m.Last <= end;
            bool GoingOn(PhraseMatch<LexiconItem> a) =>
                a.First >= kind.Last && a.Last <= end && !contextOf(a.First, a.Last).Negated &&
                (Ing(tokens[a.First].Norm) || (a.First > kind.Last && Ing(tokens[a.First - 1].Norm)) ||
                 goingOnWords.Any(w => w.First >= kind.Last && w.Last <= a.First && tokens.Skip(w.Last).Take(a.First - w.Last).All(t => SubjectOfTheActivity(t.Norm))));
            var moment = moments.FirstOrDefault(Inside) ?? goingOnWords.FirstOrDefault(w => Inside(w) && w.Last - w.First > 2);
            var activity = activities.FirstOrDefault(GoingOn);
            if (moment is not null || activity is not null)
            {
                var (first, last) = moment is not null ? (moment.First, moment.Last) : (activity!.First, activity.Last);
                collected.Add(make(EpisodeTiming, new ChoicesAnswer([DuringExercise]), first, last), context, false, null);
                return;
            }
        }

        // "every time I go for a run", "while he was digging": only who does it lies between; "when I increased my runs"
        // names a change, not the activity going on.
        static bool SubjectOfTheActivity(string word) => Ing(word) || word is "i" or "i'm" or "he" or "she" or "we" or "they"
            or "he's" or "she's" or "was" or "were" or "am" or "is" or "are" or "go" or "went" or "do" or "did" or "for" or "on" or "out"
            or "a" or "an" or "my" or "his" or "her" or "the" or "up" or "down" or "try" or "tried" or "to" or "play" or "plays" or "played"
            or "at" or "in";
    }

    /// <summary>
    /// "tingling in my left foot after long runs", "now the foot has gone pale and cold": a body part nearer in its clause to
    /// a sign of the nerves or the blood supply (the lexicon's signs_without_a_place) than to any twitch, cramp, pain or
    /// swelling is that sign's, not a place of the complaint (episode.locations). The sign is answered as it is. Said of both
    /// sides ("tingling in both feet") the place stays, and weakness of several ("my thighs feel weak").
    /// </summary>
    private bool PlaceOfASignOnly(PhraseMatch<LexiconItem> place, List<PhraseMatch<LexiconItem>> everyMatch, List<Token> tokens)
    {
        var start = tokens.FindLastIndex(place.First, place.First + 1, t => t.Norm is "," or ";" or "but") + 1;
        var end = tokens.FindIndex(place.Last, t => t.Norm is "," or ";" or "but");
        end = end < 0 ? tokens.Count : end;
        int Gap(PhraseMatch<LexiconItem> m) => m.First >= place.Last ? m.First - place.Last : place.First - m.Last;
        int Nearest(Func<string, bool> which) => everyMatch
            .Where(m => m != place && m.First >= start && m.Last <= end && m.Item is Concept { Question.Id: var id } && which(id))
            .Select(Gap).DefaultIfEmpty(int.MaxValue).Min();
        var several = tokens[place.Last - 1].Norm.EndsWith('s');
        var sign = Nearest(id => lexicon.SignsWithoutAPlace.Contains(id) || (!several && lexicon.SignsWithoutOnePlace.Contains(id)));
        var bothSides = everyMatch.Any(m => m.First >= start && m.Last <= end && m.Item is Concept { Question.Id: Sides, Value: ChoiceAnswer { Option: "both_sides" } });
        return sign < int.MaxValue && !bothSides && sign < Nearest(id => id is EpisodeKind or EpisodePain or "symptom.swelling");
    }

    private static bool ClauseBreak(string norm) => norm is "," or "and" or "but" or ";";

    /// <summary>A word of something going on ("running", "playing"): longer than "ring" or "sing".</summary>
    private static bool Ing(string word) => word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// Whether two sentences may be about the same day: not when each names a time and the times are over a day apart
    /// ("ran a marathon last month. today I drank 5 litres of water" is no water in the marathon).
    /// </summary>
    private static bool SameDay(Collected collected, int a, int b)
    {
        var apart = collected.Times.Where(t => t.Sentence == a)
            .SelectMany(ta => collected.Times.Where(t => t.Sentence == b).Select(tb => Math.Abs(ta.Hours - tb.Hours))).ToList();
        return apart.Count == 0 || apart.Any(h => h <= HoursRecent);
    }

    /// <summary>
    /// A finding left unanswered (a sign said without its severity, or under a hedge) is taken as yes when one of its
    /// companions is affirmed anywhere in the description; without one it stays asked.
    /// </summary>
    private static void TakeWithCompanions(List<Finding> findings, IReadOnlyDictionary<string, IReadOnlyList<Companion>> companionsOf,
        Collected collected, Dictionary<string, AnswerValue> answers)
    {
        foreach (var finding in findings.Where(f => !answers.ContainsKey(f.Answer)))
        {
            if (companionsOf.GetValueOrDefault(finding.Answer) is { } companions && companions.Any(c => c.AffirmedIn(answers)))
            {
                AnswerAfterReading(finding, collected, answers);
            }
        }
    }

    /// <summary>A finding that a reading of the whole description settles, taken as the answer.</summary>
    private static void AnswerAfterReading(Finding finding, Collected collected, Dictionary<string, AnswerValue> answers)
    {
        collected.Findings.Add(new(finding, null, false));
        answers[finding.Answer] = finding.Value;
    }

    /// <summary>
    /// "Heart was pounding on the climbs but settled as soon as I stopped", "heart going like the clappers on the erg, back
    /// down within a minute or two of stopping": a heart that pounded in the effort and settled once it stopped is what
    /// exercise does (the annotation guide codes nothing), so it is neither answered nor a companion of the heart's pain.
    /// A heart still racing at rest, or with a faint, is read by those words.
    /// </summary>
    private static void DropHeartThatSettled(string text, Collected collected, Dictionary<string, AnswerValue> answers)
    {
        var pounding = collected.Findings.Where(f => f.Finding.Answer == Palpitations && f.Finding.Value is BoolAnswer { Value: true }).ToList();
        if (pounding.Count == 0)
        {
            return;
        }

        var sentences = TextTokens.Sentences(text).ToList();
        bool SettledAfter(Finding f)
        {
            var (start, end) = sentences.First(s => s.Start <= f.Start && f.End <= s.End);
            var rest = text[f.End..end].ToLowerInvariant();
            return SettledWords().IsMatch(rest) && !NotSettledWords().IsMatch(text[start..end].ToLowerInvariant());
        }

        if (pounding.All(p => SettledAfter(p.Finding)))
        {
            collected.Findings.RemoveAll(pounding.Contains);
            answers.Remove(Palpitations);
        }
    }

    [GeneratedRegex(@"\b(settled|calmed down|back down)\b")]
    private static partial Regex SettledWords();

    // "Well, it was, but", "actually": a denial taken back.
    [GeneratedRegex(@"\b(but|actually)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakenBack();

    // "hasn't settled", "never calmed down", "settled but came back", "still racing": not settled; a beat that skips or
    // flutters is no effort's pounding, settled or not.
    [GeneratedRegex(@"\b(not|n't|never|hasn't|didn't|wasn't)\s+(really\s+)?(settled|calmed|come back down|gone back down)|\bagain\b|came back|\bstill\b|skip|irregular|flutter|missed beat|missing beat|extra beat")]
    private static partial Regex NotSettledWords();

    /// <summary>
    /// A sign asked for (confirm) that the description settles elsewhere (the lexicon's settled_by): "Been sat in the air con
    /// for 45 mins ... Not improving" is the heat illness not improving with cooling, so it is answered yes, not asked.
    /// </summary>
    private static void ReadSettled(Collected collected, Dictionary<string, AnswerValue> answers)
    {
        foreach (var settling in collected.Settling.Where(f => collected.Confirm.Contains(f.Answer) && !answers.ContainsKey(f.Answer)))
        {
            AnswerAfterReading(settling, collected, answers);
        }
    }

    /// <summary>
    /// "my left leg is not lifting ... also left arm is not holding my mobile": numbness or weakness in a sentence that puts
    /// one side's word before parts of two regions of the body (face, arm, leg) is one side of the body, the stroke sign
    /// (one_side_of_the_body in the lexicon). The sign's own context decides: denied, hypothetical or someone else's, it
    /// is nothing; hedged, it is asked. A twitch or cramp told among the parts, or both sides named, leaves it alone.
    /// </summary>
    private void ReadOneSideOfTheBody(List<Token> tokens, List<PhraseMatch<LexiconItem>> matches, Func<int, int, FindingContext> contextOf,
        Func<string, AnswerValue, int, int, Finding> make, Collected collected)
    {
        if (lexicon.OneSide is not { } oneSide)
        {
            return;
        }

        // Each side word with the regions of the parts it names: "left" then "my", "side", "of" ... then "hand", and any part
        // joined on by "and" ("left arm and leg") or "or" ("can't feel the left side of his face or his arm").
        var parts = new List<(int At, string Region)>();
        var firstSide = -1;
        var walking = oneSide.WalkingToASide.FindAll(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsSide(i))
            {
                continue;
            }

            firstSide = firstSide < 0 ? i : firstSide;
            // "I keep veering to the left when I walk": the walk that pulls to one side is that side's leg.
            if (walking.Any(w => w.Last == i))
            {
                parts.Add((i, OneSideOfTheBody.LegRegion));
            }

            // "Cheek's gone numb, left side", "my hand, the right one, has gone weak": a side told after its part, as an aside
            // of its own, is that part's.
            if (PartBeforeItsSide(i) is { } sided)
            {
                parts.Add(sided);
            }

            // A part with its "'s" is the part ("ma left leg's draggin").
            for (var j = PastFillers(i + 1); j < tokens.Count && oneSide.PartOf.TryGetValue(TextTokens.WithoutPossessive(tokens[j].Norm), out var region); j = PastFillers(j + 2))
            {
                parts.Add((j, region));
                if (j + 1 >= tokens.Count || tokens[j + 1].Norm is not ("and" or "&" or "or"))
                {
                    break;
                }
            }
        }

        // "my left leg has gone weak, and my arm on the same side feels heavy": a part said to be on the same side as one
        // named with its side is on that side too.
        if (parts.Count > 0)
        {
            for (var k = parts[0].At + 1; k + 1 < tokens.Count; k++)
            {
                if (SameSide(k) && (k + 2 == tokens.Count || tokens[k + 2].Norm != "of") && PartBefore(k, Math.Max(0, k - SameSideReach)) is { } part)
                {
                    parts.Add(part);
                }
            }
        }

        // "my hand's gone numb and useless ... and that side of my face feels funny": with no side word at all, "that side
        // of" or "the same side of" a part names the side of a part of another region told before it.
        // With one side named, "the side of" a part of another region after a part of that side is that side too ("my right
        // arm went dead ... and the side of me face was tingling").
        var sideWords = tokens.Where((t, i) => IsSide(i)).Select(t => t.Norm).Distinct().Count();
        if (sideWords == 0 && SameSideOfAnEarlierPart(theSide: false) is { } same)
        {
            (firstSide, parts) = (same.Earlier.At, [same.Earlier, same.Later]);
            sideWords = 1;
        }
        else if (sideWords == 1 && SameSideOfAnEarlierPart(theSide: true) is { } sameAsNamed && parts.Contains(sameAsNamed.Earlier))
        {
            parts.Add(sameAsNamed.Later);
        }

        // A twitch or cramp told among the parts makes them its places ("left calf cramped and my left hand went numb from
        // the cold"); one told before them is a complaint of its own ("biceps twitching all day, and at lunch my left arm
        // and leg went weak").
        // A side told after its part ("Cheek's gone numb, left side") puts the parts' first word before the side.
        var partsStart = parts.Count > 0 ? Math.Min(firstSide, parts.Min(p => p.At)) : firstSide;
        var kindAmongParts = parts.Count > 0 &&
            matches.Any(m => m.Item is Concept { Question.Id: EpisodeKind } && m.First >= partsStart && m.First <= parts[^1].At + KindAfterPartsReach);

        // A sign said plainly decides over one under a hedge ("kind of numb ... and my right arm feels weak"); each sign's
        // context is worked out once, and only in a sentence that names the parts. The sign may be told in its words of
        // signs_said_with ("couldn't feel the water on my right arm or the right side of my face").
        // A sign read from a part and its state ("my left leg gave way": part_signs) counts as one said in words.
        var readFromParts = collected.Findings
            .Where(f => oneSide.Signs.Contains(f.Finding.Answer) && f.Finding.Value is BoolAnswer { Value: true } &&
                        f.Finding.Start >= tokens[0].Start && f.Finding.End <= tokens[^1].End)
            .Select(f => (First: tokens.FindIndex(t => t.Start >= f.Finding.Start), Last: tokens.FindLastIndex(t => t.End <= f.Finding.End) + 1))
            .Where(m => m.First >= 0 && m.Last > m.First);
        var said = lexicon.SaidWithWords.Where(w => oneSide.Signs.Contains(w.Key)).SelectMany(w => w.Value.FindAll(tokens))
            .Concat(oneSide.Feelings.FindAll(tokens))
            .Select(m => (m.First, m.Last))
            .Concat(readFromParts);
        var context = matches.Where(m => m.Item is Concept c && (oneSide.Signs.Contains(c.Question.Id) || c.Also.Any(a => oneSide.Signs.Contains(a.Key))))
            .Select(m => (m.First, m.Last))
            .Concat(said)
            .Select(m => contextOf(m.First, m.Last))
            .Where(c => c is { Negated: false, Hypothetical: false, OtherPerson: false })
            .OrderBy(c => c.Uncertain)
            .FirstOrDefault();

        // "her left leg gave way and she couldn't get back up. Now her left arm's numb as well": a sign in a part of one
        // side, then in the next sentence naming a side a sign in a part of another region of that side, is one side of
        // the body too. Both sentences must say a sign: a sore left knee and a left hand numb from the handlebars are not.
        var side = sideWords == 1 && firstSide >= 0 && IsSide(firstSide) ? tokens[firstSide].Norm : null;
        var regions = parts.Select(p => p.Region).ToHashSet();
        var before = collected.OneSideBefore;
        if (sideWords > 0)
        {
            collected.OneSideBefore = side is not null && parts.Count > 0 && !kindAmongParts && context is not null ? (side, regions.ToHashSet()) : null;
        }

        if (before is { } earlier && earlier.Side == side && context is not null)
        {
            regions.UnionWith(earlier.Regions);
        }

        if (sideWords != 1 || parts.Count == 0 || regions.Count < 2 || kindAmongParts || context is null)
        {
            return;
        }

        var found = make(oneSide.Answer.Id, AnswerValue.Of(true), partsStart, Math.Max(firstSide, parts[^1].At) + 1);
        // The side of a stroke sign is not the side of a twitch or cramp (the annotation guide): its words answer no
        // episode.sides, as when a phrase of the sign held them.
        collected.Findings.RemoveAll(f => f.Finding.Answer == Sides && f.Finding.Start >= found.Start && f.Finding.End <= found.End);
        collected.Add(found, context, historicalCounts: false, conceptId: null, AskWhenUncertain(oneSide.Answer.Id));

        // "ma left hand's no right either": "right" after a "no" or "not" is how the hand is, not its side.
        // "couldn't work the clutch right,", "right after", "all right": "right" ending a clause or before a word of time or
        // place says how or when, not which side.
        bool IsSide(int k) => oneSide.Sides.Contains(tokens[k].Norm) &&
                              !(k > 0 && tokens[k - 1].Norm is "no" or "not" or "isn't" or "ain't" or "nae" or "quite" or "all") &&
                              !(tokens[k].Norm == "right" && (k + 1 == tokens.Count || !tokens[k + 1].IsWord ||
                                                              tokens[k + 1].Norm is "now" or "away" or "after" or "before" or "then" or "up" or "there" or "back" or "through" or "into"));

        (int At, string Region)? PartBeforeItsSide(int k)
        {
            var aside = k > 0 && (tokens[k - 1].Norm == "," || (k > 1 && tokens[k - 1].Norm == "the" && tokens[k - 2].Norm == ",")) &&
                        k + 1 < tokens.Count && tokens[k + 1].Norm is "one" or "side" && (k + 2 == tokens.Count || !tokens[k + 2].IsWord);
            for (var j = k - 1; aside && j >= Math.Max(0, k - SideAfterPartReach); j--)
            {
                if (oneSide.PartOf.TryGetValue(TextTokens.WithoutPossessive(tokens[j].Norm), out var region))
                {
                    return (j, region);
                }
            }

            return null;
        }

        int PastFillers(int k)
        {
            while (k < tokens.Count && oneSide.Fillers.Contains(tokens[k].Norm))
            {
                k++;
            }

            return k;
        }

        ((int At, string Region) Earlier, (int At, string Region) Later)? SameSideOfAnEarlierPart(bool theSide)
        {
            for (var k = 1; k + 2 < tokens.Count; k++)
            {
                var at = PastFillers(k + 3);
                if (!(SameSide(k) || (theSide && tokens[k].Norm == "the" && tokens[k + 1].Norm == "side")) || tokens[k + 2].Norm != "of" || at >= tokens.Count ||
                    !oneSide.PartOf.TryGetValue(TextTokens.WithoutPossessive(tokens[at].Norm), out var later))
                {
                    continue;
                }

                if (PartBefore(k, 0) is { } earlier && earlier.Region != later)
                {
                    return (earlier, (at, later));
                }
            }

            return null;
        }

        // "the same side", "that side" at token k (with a token after it).
        bool SameSide(int k) => tokens[k].Norm is "same" or "that" && tokens[k + 1].Norm == "side";

        // The nearest part of the body named before token k, looking back no further than token "from".
        (int At, string Region)? PartBefore(int k, int from)
        {
            for (var b = k - 1; b >= from; b--)
            {
                if (oneSide.PartOf.TryGetValue(TextTokens.WithoutPossessive(tokens[b].Norm), out var region))
                {
                    return (b, region);
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Issue 12 (heart_pattern in the lexicon): pain, an ache, tightness, heaviness or a cramp in an arm, the jaw, the
    /// neck or between the shoulder blades is noted here, for <see cref="ReadHeartPattern"/> to weigh once the whole
    /// description is read. The feeling belongs to the nearest place: none across a comma or another body part ("sore
    /// calf and arm twitching" is no arm pain). Denied, hypothetical or someone else's, it is no finding.
    /// </summary>
    private void FindHeartFeelings(List<Token> tokens, List<PhraseMatch<LexiconItem>> matches, Func<int, int, FindingContext> contextOf,
        Func<string, AnswerValue, int, int, Finding> make, Collected collected)
    {
        if (lexicon.Heart is not { } heart)
        {
            return;
        }

        collected.ArmWorked |= heart.ArmWork.FindAll(tokens).Count > 0;
        collected.LegNamed |= heart.Legs.FindAll(tokens).Count > 0;
        var places = heart.Places.FindAll(WithoutPossessives(tokens));
        var feelings = heart.Feelings.FindAll(tokens);
        var otherPlaces = matches.Where(m => m.Item is Concept { Layer: IntakeLexicon.LocationLayer } && !places.Any(p => p.First < m.Last && m.First < p.Last)).ToList();
        foreach (var place in places)
        {
            foreach (var feeling in feelings)
            {
                var (from, to) = feeling.First >= place.Last ? (place.Last, feeling.First) : (feeling.Last, place.First);
                if (to < from || to - from > heart.Reach || tokens.Skip(from).Take(to - from).Any(t => t.Norm == ",") ||
                    otherPlaces.Any(o => o.First >= from && o.Last <= to))
                {
                    continue;
                }

                var (p, f) = (contextOf(place.First, place.Last), contextOf(feeling.First, feeling.Last));
                if (p.Negated || f.Negated || p.Hypothetical || f.Hypothetical || p.OtherPerson || f.OtherPerson || p.Historical || f.Historical)
                {
                    continue;
                }

                var (first, last) = (Math.Min(place.First, feeling.First), Math.Max(place.Last, feeling.Last));
                collected.Heart.Add(new(make(heart.Answer.Id, AnswerValue.Of(true), first, last), place.Item, p.Uncertain || f.Uncertain));
            }
        }
    }

    /// <summary>
    /// Issue 12 (part_signs in the lexicon): a warning sign told by the part and what it does, in words no phrase list
    /// holds ("a weight sittin on ma chest", "his mouth isn't moving on the right", "not able to hold the spoon with right
    /// hand"). A part and a state within the sign's reach, either way round, with no comma, other body part or negation
    /// between them, answer it yes; the state's own words may hold a "not" ("wouldn't close"). A denied state is no
    /// finding (the sign stays open, to be asked), a hedged one is asked, and someone else's, a what-if or the past is
    /// handled as any finding is. Where a phrase of the sign's own read the same words, its reading stands.
    /// </summary>
    private void ReadPartSigns(List<Token> tokens, List<PhraseMatch<LexiconItem>> matches, List<PhraseMatch<Trigger>> triggers,
        Func<int, int, FindingContext> contextOf, Func<string, AnswerValue, int, int, Finding> make, Collected collected)
    {
        var places = matches.Where(m => m.Item is Concept { Layer: IntakeLexicon.LocationLayer }).ToList();
        var sessions = matches.Where(m => m.Item is Concept { Layer: IntakeLexicon.ActivityLayer }).ToList();
        var negations = triggers.Where(t => t.Item.Category == TriggerCategory.Negation).ToList();
        var pseudo = triggers.Where(t => t.Item.Category == TriggerCategory.Pseudo).ToList();
        // A part is the same part with its "'s" ("ma left leg's draggin", "my wee's gone brown").
        var partTokens = WithoutPossessives(tokens);
        // A state inside a longer phrase that denies something or is no symptom is that phrase's word ("no pain", "blood
        // pressure"), while one inside another sign's phrase still counts ("couldn't lift his right arm", "the worst pain
        // she's ever had"). (A phrase of the sign's own is `read` below, which covers any overlap.)
        var within = matches.Where(m => m.Item is Concept { Layer: not IntakeLexicon.LocationLayer } c &&
                                        (c.Value is BoolAnswer { Value: false } or NumberAnswer { Value: 0 } ||
                                         !(c.Question.Id.StartsWith("symptom.", StringComparison.Ordinal) || c.Question.Id.StartsWith("episode.", StringComparison.Ordinal)))).ToList();
        foreach (var sign in lexicon.PartSigns)
        {
            var states = sign.States.FindAll(tokens);
            if (states.Count == 0 || (sign.NotAfterArmWork && collected.ArmWorked))
            {
                continue;
            }

            // Words a phrase of the sign's own already read ("dark yellow, not brown", "sort of brownish") are read by it.
            // A phrase that only names the sign ("a headache", its severity unsaid) leaves the reading to the part sign.
            var read = matches.Where(m => m.Item is Concept { Value: not null } c && c.Question.Id == sign.Answer.Id).ToList();
            // A part that is only the start of a longer place ("chest muscles") names that place, not the sign's part; one
            // inside a session ("heavy chest press") or a thing ("grabbed my chest strap", a pseudo-trigger) is no part at all.
            var parts = sign.Parts.FindAll(partTokens).Where(part => !places.Concat(sessions).Any(o => o.First <= part.First && part.Last <= o.Last &&
                                                                                                       o.Last - o.First > part.Last - part.First) &&
                                                                     !pseudo.Any(t => t.First <= part.First && part.Last <= t.Last)).ToList();
            foreach (var part in parts.Concat(parts.SelectMany(PartNamedAgain).ToList()))
            {
                foreach (var state in states.Where(s => (s.Last <= part.First || part.Last <= s.First) &&
                                                        !read.Any(r => (r.First < s.Last && s.First < r.Last) || (r.First < part.Last && part.First < r.Last)) &&
                                                        !within.Any(w => w.First <= s.First && s.Last <= w.Last && w.Last - w.First > s.Last - s.First) &&
                                                        // ... and so is one inside words in another sense ("my face dropped when I saw my time").
                                                        !pseudo.Any(t => t.First <= s.First && s.Last <= t.Last)))
                {
                    var (from, to) = state.First >= part.Last ? (part.Last, state.First) : (state.Last, part.First);
                    // "His lips and eyes are puffing up": parts joined by "and" straight after the sign's part share its state.
                    var joined = from;
                    while (state.First >= part.Last && joined + 1 < to && tokens[joined].Norm == "and" &&
                           places.FirstOrDefault(o => o.First == joined + 1 && o.Last <= to) is { } alsoNamed)
                    {
                        joined = alsoNamed.Last;
                    }

                    if (to - joined > sign.Reach || (tokens.Skip(from).Take(to - from).Any(t => t.Norm == ",") && !ListedState(state.First, state.Last, from, to)) ||
                        places.Any(o => o.First >= joined && o.Last <= to && !(o.First < part.Last && part.First < o.Last)) ||
                        negations.Any(n => n.First >= from && n.Last <= to) ||
                        // "pee is dark yellow but not brown or cola": a phrase of the sign's own between them ("not brown")
                        // reads the list it heads.
                        read.Any(r => r.First >= from && r.Last <= to))
                    {
                        continue;
                    }

                    var (p, f) = (contextOf(part.First, part.Last), contextOf(state.First, state.Last));
                    if (f.Negated)
                    {
                        continue;
                    }

                    var context = f with
                    {
                        OtherPerson = p.OtherPerson || f.OtherPerson,
                        Hypothetical = p.Hypothetical || f.Hypothetical,
                        Historical = p.Historical || f.Historical,
                        // "looked a bit droopy": a softened state of a warning sign is asked, not taken; but "a kind of cola
                        // brown" says which brown, so where only the degree is softened the softening is no hedge.
                        Uncertain = p.Uncertain || (sign.DegreeOnly ? f.Uncertain && !Softened(state.First) : f.Uncertain || Softened(state.First)) ||
                                    (sign.AskedAfterArmWork && collected.ArmWorked),
                    };
                    var (first, last) = (Math.Min(part.First, state.First), Math.Max(part.Last, state.Last));
                    var found = make(sign.Answer.Id, AnswerValue.Of(true), first, last);
                    collected.Findings.RemoveAll(f => sign.Replaces.Contains(f.Finding.Answer) && f.Finding.Start >= found.Start && f.Finding.End <= found.End);
                    collected.Add(found, context, false, null, askWhenUncertain: true);
                    collected.FromPartAndState.Add(found);
                    if (sign.AskedAfterDays is { } days)
                    {
                        collected.AskedAfterDays[sign.Answer.Id] = days;
                    }
                }
            }
        }

        // "kept missing the lock with my right hand, and the hand still feels clumsy": "the hand" after "right hand" is that
        // hand again, so the state told of it is the sided part's.
        // ... and "both my legs have been twitchy and now both feel numb": a bare "both" before a verb later in the sentence is
        // that pair again.
        IEnumerable<PhraseMatch<bool>> PartNamedAgain(PhraseMatch<bool> part)
        {
            if (part.Last - part.First >= 2 && partTokens[part.First].Norm == "both")
            {
                for (var t = part.Last; t + 1 < partTokens.Count && partTokens[t].Norm is not ("." or "!" or "?"); t++)
                {
                    if (partTokens[t].Norm == "both" && partTokens[t + 1].Norm is "feel" or "feels" or "felt" or "are" or "were" or "went" or
                            "have" or "keep" or "kept" or "seem" or "look" or "got" or "gone")
                    {
                        yield return part with { First = t, Last = t + 1 };
                    }
                }
            }

            if (part.Last - part.First < 2 || partTokens[part.First].Norm is not ("left" or "right"))
            {
                yield break;
            }

            for (var t = part.Last; t + 1 < partTokens.Count; t++)
            {
                if (partTokens[t].Norm is "the" or "that" or "this" && partTokens[t + 1].Norm == partTokens[part.Last - 1].Norm)
                {
                    yield return part with { First = t, Last = t + 2 };
                }
            }
        }

        // "both legs are twitching, weak and numb": a state that is the next item of a list of what the part is doing, the
        // list's one comma straight before it and the list going on or ending after it. A state that names a word of its
        // own ("both legs are sore, numb toes on the left") is no item of that list.
        bool ListedState(int stateFirst, int stateLast, int from, int to) =>
            stateFirst >= to && to - 1 > from && tokens[to - 1].Norm == "," &&
            tokens.Skip(from).Take(to - 1 - from).All(t => t.Norm != ",") &&
            (stateLast == tokens.Count || tokens[stateLast].Norm is "and" or "or" or "," or "." or "!" or ";" or "now" or "too");

        // "a bit droopy", "kinda brown", "a kind of cola brown": a softening word, or one with its "of", just before the state.
        // "one kind of heaviness" names the feeling (the pseudo-triggers "a kind of", "one kind of"): no softening.
        bool Softened(int state) =>
            (state > 0 && lexicon.PartSignSofteners.Contains(tokens[state - 1].Norm)) ||
            (state > 1 && tokens[state - 1].Norm == "of" && lexicon.PartSignSofteners.Contains(tokens[state - 2].Norm) &&
             !(tokens[state - 2].Norm is "kind" or "sort" && state > 2 && tokens[state - 3].Norm is "a" or "one" or "some" or "this" or "that"));
    }

    /// <summary>
    /// The glass test (NHS, Meningitis; NICE NG240): spots pressed under a glass that stay ("purple dots that don't go away
    /// when I press a glass on them") are the rash of sepsis or meningitis, however the rash is named; said to fade ("went
    /// when I rolled a glass over it") the rash is denied; the test named with no result is asked, never taken as fine.
    /// </summary>
    private void ReadGlassTest(List<Token> tokens, Func<int, int, FindingContext> contextOf,
        Func<string, AnswerValue, int, int, Finding> make, Collected collected)
    {
        if (lexicon.GlassTest is not { } glass || glass.Tests.FindAll(tokens) is not [var test, ..])
        {
            return;
        }

        var result = glass.Results.FindAll(tokens)
            .Select(r => (Match: r, Distance: r.First >= test.Last ? r.First - test.Last : test.First - r.Last))
            .Where(r => r.Distance >= 0 && r.Distance <= glass.Reach)
            .OrderBy(r => r.Distance)
            .Select(r => r.Match)
            .FirstOrDefault();
        // "don't go away", "didn't fade": a denial just before a fading word says the rash stayed.
        bool? stays = result is null ? null : result.Item || (result.First > 0 && glass.Denials.Contains(tokens[result.First - 1].Norm));
        var (first, last) = result is null ? (test.First, test.Last) : (Math.Min(test.First, result.First), Math.Max(test.Last, result.Last));
        // The result's denial is read above; the test's own context still says whose rash it is and whether it is only an "if".
        var context = contextOf(test.First, test.Last);
        collected.Add(make(glass.Answer.Id, AnswerValue.Of(stays ?? true), first, last), context with { Negated = false, Uncertain = context.Uncertain || stays is null },
            false, null, askWhenUncertain: true);
    }

    /// <summary>
    /// A heart rate told as a figure: "Heart rate 170 sitting still", "my watch still says 190 sitting down", "watch said
    /// 212". An adult's heart at rest beats 60 to 100 a minute (NHS, Heart palpitations); far above that at rest, or above
    /// nearly anyone's maximum whatever they were doing, is the heart racing, so palpitations are answered yes. A figure its
    /// sentence calls usual ("HR hit 185 in sprints, normal for me") or that a number's unit has taken says nothing here.
    /// </summary>
    private void ReadHeartRates(List<Token> tokens, List<Quantity> quantities, Func<int, int, FindingContext> contextOf,
        Func<string, AnswerValue, int, int, Finding> make, Collected collected)
    {
        // The tokens are one sentence (ReadSentence), which says whether the figure is usual or at rest.
        if (lexicon.HeartRates is not { } rates || rates.Usual.FindAll(tokens).Count > 0)
        {
            return;
        }

        var from = rates.AtRest.FindAll(tokens).Count > 0 ? rates.AtRestFrom : rates.AlwaysFrom;
        var cues = rates.Cues.FindAll(tokens);
        var units = rates.Units.FindAll(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var cue = cues.LastOrDefault(c => c.Last <= i && i - c.Last <= rates.Reach && !tokens.Skip(c.Last).Take(i - c.Last).Any(t => !t.IsWord));
            if (!tokens[i].IsNumber || quantities.Any(q => q.First <= i && i < q.Last) || tokens[i].Number < from || tokens[i].Number > rates.Highest ||
                (cue is null && !units.Any(u => u.First == i + 1)))
            {
                continue;
            }

            var first = cue?.First ?? i;
            collected.Add(make(rates.Answer.Id, AnswerValue.Of(true), first, i + 1), contextOf(first, i + 1), false, null, askWhenUncertain: true);
        }
    }

    /// <summary>
    /// "jaw pain whenever I walk fast, goes away when I stop": pain on effort that eases at rest in the chest, jaw, neck
    /// or arm is the heart's pattern (angina), not the legs' (claudication). With chest pain or the heart's pain in the
    /// arm, jaw or neck answered yes (not_walking_pain_when) and no leg named anywhere, the walking-pain reading
    /// (heart_pattern's not_walking_pain) is dropped; so it is where the only places named are not a leg's
    /// (not_walking_pain_places: "my forearms get tight when I climb, eases after a rest"), unless the heart's pain is being
    /// asked ("chest twinges when I run uphill, go away when I stop. Also loads of eye twitching").
    /// </summary>
    private void ReadPainEasedAtRestOfTheHeart(Collected collected, Dictionary<string, AnswerValue> answers)
    {
        if (lexicon.Heart is { NotWalkingPain: { } walking } heart && !collected.LegNamed &&
            answers.GetValueOrDefault(walking.Id) is BoolAnswer { Value: true } &&
            (heart.NotWalkingPainWhen.Any(id => answers.GetValueOrDefault(id) is BoolAnswer { Value: true }) ||
             (answers.GetValueOrDefault(Locations) is ChoicesAnswer { Options: var places } && places.All(heart.NotWalkingPainPlaces.Contains) &&
              !heart.NotWalkingPainWhen.Any(id => collected.Confirm.Contains(id) || collected.Unplaced.Contains(id)))))
        {
            answers.Remove(walking.Id);
        }
    }

    /// <summary>
    /// The clinical owner's rule for issue 12 (NHS 111; NICE CG95): such a feeling together with a companion sign anywhere
    /// in the description (sickness, vomiting, a cold sweat, breathlessness, palpitations, near-fainting, chest pain) is
    /// the heart until shown otherwise, so it answers yes. Without one it is asked, not assumed and not dropped, unless the
    /// place is a muscle the session plainly worked (an arm during a swim, a climb, rowing or weights). A hedged feeling
    /// or companion is asked too. Sweating after exercise is not a companion: it is what exercise does.
    /// </summary>
    private void ReadHeartPattern(Collected collected, Dictionary<string, AnswerValue> answers)
    {
        if (lexicon.Heart is not { } heart || collected.Heart.Count == 0 || answers.ContainsKey(heart.Answer.Id))
        {
            return;
        }

        // "bit of a tight chest ... neck feels tight up into the jaw": a chest pain told unsurely, spreading to the jaw, is the
        // heart's pattern; the jaw is taken here and the chest with it (hedged_companions, TakeWithCompanions).
        var affirmed = heart.Companions.Where(c => c.AffirmedIn(answers)).ToList();
        var sign = affirmed.Any(c => c.Option is null) || collected.Hedged.Any(h => heart.StorySigns.Contains(h.Answer));
        var companion = sign || affirmed.Count > 0;
        // NICE CG95's three features of typical angina: a discomfort in the chest, neck, jaw, shoulders or arms, brought on by
        // effort and eased by rest within minutes. A heart's place felt so, with the easing at rest read (not_walking_pain, or
        // eased_by_rest's words), in a person of the age given or with known heart disease, has all three: "the inside of my
        // left arm goes crampy and heavy when I push the mower uphill, eases after a rest. I'm 64". Not an arm the session
        // plainly worked (a climber's forearms pumped till a rest).
        var effortAndRest = heart is { EffortPatternFromAge: { } from } &&
                            (collected.EasedByRest || (heart.NotWalkingPain is { } walking && answers.GetValueOrDefault(walking.Id) is BoolAnswer { Value: true })) &&
                            (companion || (lexicon.Roles.TryGetValue(QuantityRole.Age, out var age) && answers.GetValueOrDefault(age.Id) is NumberAnswer { Value: var years } && years >= from));
        // Known heart disease ("71 and I have angina ... my jaw's been aching since the walk") speaks for the jaw; beside it
        // alone a neck (a helmet, a pillow) or an arm (the muscle the session worked) is asked.
        if (collected.Heart.FirstOrDefault(h => !h.Uncertain && (sign || (companion && h.Place == HeartPlace.Jaw) ||
                                                                 (effortAndRest && !(h.Place == HeartPlace.Worked && collected.ArmWorked)))) is { } sure)
        {
            collected.Findings.Add(new(sure.Finding, null, false));
            answers[heart.Answer.Id] = AnswerValue.Of(true);
            collected.HeartOnEffort = effortAndRest;
        }
        else if (companion || heart.Companions.Any(c => collected.Confirm.Contains(c.Question)) || collected.Heart.Any(h => !(h.Place == HeartPlace.Worked && collected.ArmWorked)))
        {
            collected.Confirm.Add(heart.Answer.Id);
        }
    }

    /// <summary>"temp of 38.5", "thermometer said 101", "38.5 temp": a number with no unit near a word about the body's temperature.</summary>
    private static IEnumerable<Quantity> BareTemperatures(List<Token> tokens, List<PhraseMatch<CueKind>> cues, List<Quantity> quantities, List<DrinkAmount> drinks)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!FreeNumber(tokens, i, quantities, drinks) ||
                !(cues.Any(c => c.Item == CueKind.Body && ((c.Last <= i && i - c.Last <= BareTemperatureReach) || TemperatureWordJustAfter(tokens, i, c.First))) || LoneFeverReading(tokens, i) ||
                  OwnTemperatureBefore(tokens, i)))
            {
                continue;
            }

            var value = tokens[i].Number;
            var celsius = value is >= 93 and <= 113 ? Quantities.Celsius(value) : value;
            if (celsius is >= MinBodyTemperature and <= MaxBodyTemperature)
            {
                yield return new(UnitKind.Temperature, celsius, 1, i, i + 1);
            }
        }
    }

    /// <summary>"38.5 temp", "40.5 on the thermometer": the word of the body's temperature just after the number, or "on the" between.</summary>
    private static bool TemperatureWordJustAfter(List<Token> tokens, int i, int cueFirst) =>
        cueFirst == i + 1 || (cueFirst == i + 3 && tokens[i + 1].Norm == "on" && tokens[i + 2].Norm is "the" or "his" or "her" or "my" or "their");

    /// <summary>A number that no quantity or drink has taken.</summary>
    private static bool FreeNumber(List<Token> tokens, int i, List<Quantity> quantities, List<DrinkAmount> drinks) =>
        tokens[i].IsNumber && !quantities.Any(q => q.First <= i && i < q.Last) && !drinks.Any(d => d.First <= i && i < d.Last);

    /// <summary>
    /// "it was 95 out and muggy", "its 37 out", "35 in the shade today": a bare number just before a word of the weather
    /// ("out", "outside", "in the shade"; not "9 out of 10") is the air's temperature: Fahrenheit from 82 up, Celsius from
    /// 28 to 50 (the annotation guide's "clearly hot"); a bare number below those says nothing, since "26 out" may be
    /// either scale's mild day.
    /// </summary>
    private static IEnumerable<Quantity> BareWeather(List<Token> tokens, List<PhraseMatch<CueKind>> cues, List<Quantity> quantities, List<DrinkAmount> drinks)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!FreeNumber(tokens, i, quantities, drinks) || !BeforeAWordOfTheWeather(tokens, cues, i))
            {
                continue;
            }

            var value = tokens[i].Number;
            double? celsius = value is >= Quantities.HotFahrenheit and <= 122 ? Quantities.Celsius(value) : value is >= 28 and <= 50 ? value : null;
            if (celsius is { } c)
            {
                yield return new(UnitKind.Temperature, c, 1, i, i + 1);
            }
        }
    }

    /// <summary>
    /// "104F after my football game in the heat": a fever's reading in Fahrenheit with no word of the body near it and no
    /// word of the weather beside it ("it was 104F", "104F heat" are the air's) may be either, so it is asked, not guessed.
    /// </summary>
    private static bool FeverOrWeather(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        LoneFahrenheitFever(q, cues, tokens) && tokens[q.First].Number % 1 == 0;

    /// <summary>
    /// "tonight 102.5F, legs aching": a thermometer reads to a tenth of a degree, the weather is not told so, so a lone
    /// Fahrenheit fever with a tenth is the body's.
    /// </summary>
    private static bool ThermometerReading(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        LoneFahrenheitFever(q, cues, tokens) && tokens[q.First].Number % 1 != 0;

    /// <summary>A fever's reading in Fahrenheit, with no word of the body in the text and none of the weather beside it.</summary>
    private static bool LoneFahrenheitFever(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        tokens[q.First].IsNumber && tokens[q.First].Number >= FahrenheitFever && q.Value is >= FeverCelsius and <= HighestFeverCelsius &&
        !cues.Any(c => c.Item == CueKind.Body) &&
        !cues.Any(c => c.Item == CueKind.Weather && (c.Last == q.First || c.First == q.Last));

    /// <summary>"95 out", "35 in the shade", not "9 out of 10": a number just before a word of the weather.</summary>
    private static bool BeforeAWordOfTheWeather(List<Token> tokens, List<PhraseMatch<CueKind>> cues, int i)
    {
        var weatherAt = i + 2 < tokens.Count && tokens[i + 1].Norm == "in" && tokens[i + 2].Norm == "the" ? i + 3 : i + 1;
        return cues.Any(c => c.Item == CueKind.Weather && c.First == weatherAt) && !(weatherAt + 1 < tokens.Count && tokens[weatherAt + 1].Norm == "of");
    }

    /// <summary>
    /// "I took my temp after because I felt awful and it was 40.3": a person's own temperature named earlier in the
    /// sentence is what a bare reading measures, though a word of the weather ("it was") stands nearer; not past a "but"
    /// ("my temp is normal but it was 38 outside").
    /// </summary>
    private static bool OwnTemperatureBefore(List<Token> tokens, int i) => TemperatureWordBefore(tokens, i) is not null;

    /// <summary>Where "my temp", "her temperature" begins before a bare reading at <paramref name="i"/>, or null.</summary>
    private static int? TemperatureWordBefore(List<Token> tokens, int i) =>
        Enumerable.Range(1, Math.Max(0, i - 1)).Where(k => tokens[k - 1].Norm is "my" or "his" or "her" or "their" && TextTokens.WithoutPossessive(tokens[k].Norm) is "temp" or "temps" or "temperature" &&
                                                           !tokens.Skip(k).Take(i - k).Any(t => t.Norm == "but"))
            .Select(k => (int?)(k - 1)).FirstOrDefault();

    /// <summary>
    /// "worst headache ever, 39.8, light hurts my eyes": a number with one decimal in a fever's range, standing alone in a list
    /// of signs, is a temperature taken (no weather or distance is told so).
    /// </summary>
    private static bool LoneFeverReading(List<Token> tokens, int i) =>
        tokens[i].Norm.Split('.') is [_, { Length: 1 }] &&
        tokens[i].Number is >= FeverCelsius - 0.5 and <= MaxBodyTemperature &&
        (i == 0 || tokens[i - 1].Norm == ",") && (i + 1 == tokens.Count || tokens[i + 1].Norm is "," or ".");

    /// <summary>
    /// "I'm on fluoxetine and have been for 3 years", "amlodipine since 6 years", "same dose for years now": more than the
    /// months of a new medicine, told just after one with only words that go on about it between, is how long it has been
    /// taken, not how long the twitching has gone on. A shorter time is left to the episodes and to TakenLately ("since
    /// starting sertraline 2 weeks ago my calves twitch" dates both).
    /// </summary>
    private static bool MedicinesTime(Quantity q, List<PhraseMatch<LexiconItem>> matches, List<Token> tokens) =>
        q.Kind is UnitKind.Duration or UnitKind.Ago && q.Value / 3600 > MedicineLatelyMaxHours &&
        matches.Any(m => m.Item is Concept { Question.Id: var id } && id.StartsWith("medication.", StringComparison.Ordinal) &&
                         m.Last <= q.First && q.First - m.Last <= MedicineClauseReach &&
                         tokens.Skip(m.Last).Take(q.First - m.Last).All(t => t.Norm is "," or "and" or "has" or "have" or "i've" or "i" or
                             "been" or "on" or "it" or "them" or "taking" or "same" or "dose" or "since" or "for" or "the"));

    /// <summary>
    /// "Pregnant, 24 weeks. Calf cramps at night": once a pregnancy is said, weeks that a pregnancy can be are its weeks,
    /// not how long the cramps have gone on, unless a twitch or cramp shares their clause ("cramping for 3 weeks").
    /// </summary>
    private static bool PregnancyWeeks(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens, Collected collected) =>
        q.Kind == UnitKind.Duration && q.UnitFactor == 7 * SecondsPerDay && q.Value / q.UnitFactor is >= 4 and <= 42 &&
        collected.Findings.Any(f => f.Finding is { Answer: "person.pregnant", Value: BoolAnswer { Value: true } }) &&
        !cues.Any(c => c.Item == CueKind.Episode && (c.Last <= q.First ? !Breaks(tokens, c.Last, q.First) : !Breaks(tokens, q.Last, c.First)));

    /// <summary>
    /// "three marathons this month, each around 4 hours", "a few cramps, each about a minute": after "each" a time is one
    /// of the things named last before it, episodes, or sessions when it is as long as one ("cramps after runs, each about
    /// 2 minutes" are the cramps' minutes).
    /// </summary>
    private static CueKind? EachOne(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens)
    {
        var k = WordBeforeTime(q, tokens, "lasting", "for", "taking");

        if (k < 0 || tokens[k].Norm != "each")
        {
            return null;
        }

        // Only a thing that can be counted: "this" and "started" are episode cues too, but no "each" is one of them.
        static bool Counted(Token t) => t.Norm.EndsWith('s') && t.Norm is not ("this" or "its" or "it's" or "lasts" or "happens" or "goes" or "carries");
        return cues.Where(c => c.Item is CueKind.Exercise or CueKind.Episode && c.Last <= k && Counted(tokens[c.Last - 1]))
                .OrderByDescending(c => c.Last).Select(c => (CueKind?)c.Item).FirstOrDefault() switch
        {
            CueKind.Episode => CueKind.Episode,
            CueKind.Exercise when q.Value >= EachSessionAtLeastMinutes * 60 => CueKind.Exercise,
            _ => null,
        };
    }

    /// <summary>
    /// "on prednisolone for an asthma flare, started 5 days ago": a clause that opens with a word of starting, just after a
    /// clause that names a medicine and no twitch, cramp or exercise, says when that medicine began.
    /// </summary>
    private static List<(PhraseMatch<LexiconItem> Medicine, PhraseMatch<bool> Start)> MedicineStartsInNextClause(
        List<Token> tokens, List<PhraseMatch<LexiconItem>> matches, List<PhraseMatch<bool>> starts)
    {
        static bool Is(PhraseMatch<LexiconItem> m, string prefix) => m.Item is Concept { Question.Id: var id } && id.StartsWith(prefix, StringComparison.Ordinal);
        var linked = new List<(PhraseMatch<LexiconItem>, PhraseMatch<bool>)>();
        foreach (var start in starts.Where(s => s.First > 0 && tokens[s.First - 1].Norm == ","))
        {
            var comma = start.First - 1;
            var medicine = matches.LastOrDefault(m => Is(m, "medication.") && m.Last <= comma && comma - m.Last <= MedicineClauseReach);
            if (medicine is not null &&
                tokens.Skip(medicine.Last).Take(comma - medicine.Last).All(t => t.IsWord) &&
                !matches.Any(m => m.First >= medicine.Last && m.Last <= comma && (Is(m, "episode.") || Is(m, "exercise."))))
            {
                linked.Add((medicine, start));
            }
        }

        return linked;
    }

    /// <summary>
    /// "took cipro for a UTI last week", "had a course of prednisolone 10 days ago": a medicine with a time before now of
    /// days to weeks after it, in the same clause, was started or changed lately. Within a day is a dose taken ("took
    /// ibuprofen last night"), past three months no recent change. "been on prednisolone for 3 weeks" says the same.
    /// </summary>
    private static bool TakenLately(PhraseMatch<LexiconItem> medicine, Quantity q, List<Token> tokens) =>
        (q.Kind == UnitKind.Ago || (q.Kind == UnitKind.Duration && q.UnitFactor >= SecondsPerDay && q.Value <= MedicineForAtMostDays * SecondsPerDay &&
                                    q.First > 0 && tokens[q.First - 1].Norm == "for")) &&
        !double.IsNaN(q.Value) && q.Value / 3600 is >= MedicineLatelyMinHours and <= MedicineLatelyMaxHours &&
        q.First >= medicine.Last && q.First - medicine.Last <= MedicineTimeReach &&
        tokens.Skip(medicine.Last).Take(q.First - medicine.Last).All(t => t.IsWord && t.Norm is not ("and" or "but" or "since"));

    /// <summary>
    /// "pain about 5", "the pain is a 6", "pain level 4", "the pain's a nine": a bare whole number from 0 to 10, in digits
    /// or one word, just after a word of pain, with no unit of its own, is the pain score people give without "/10".
    /// "pain for 5 days" keeps its unit and is a time. A sentence that is only the score ("It's a 10.") straight after one
    /// that names the pain (<paramref name="painBefore"/>) gives it too.
    /// </summary>
    private static IEnumerable<Quantity> BarePainScores(List<Token> tokens, List<PhraseMatch<CueKind>> cues, List<Quantity> quantities, List<DrinkAmount> drinks,
        IReadOnlyDictionary<string, int> scoreWords, bool painBefore)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            int score;
            if (!(tokens[i].IsNumber ? int.TryParse(tokens[i].Norm, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out score)
                                     : scoreWords.TryGetValue(tokens[i].Norm, out score)) ||
                quantities.Any(q => q.First <= i && i < q.Last) || drinks.Any(d => d.First <= i && i < d.Last) || score > 10 ||
                (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Norm is not ("and" or "but" or "now" or "today" or "at" or "or" or "when" or "if" or "on" or "in" or "with" or
                    "after" or "before" or "during" or "then" or "so" or "though" or "ish" or "maybe" or "while" or "by" or "honestly" or "tbh" or "even")))
            {
                continue;
            }

            var k = i - 1;
            while (k >= 0 && i - k <= PainScoreReach && tokens[k].Norm is "about" or "around" or "roughly" or "maybe" or "like" or "is" or "was" or "of" or
                       "a" or "an" or "at" or "level" or "score" or "'s" or "its" or "it's" or "probably" or "say" or "rated" or "rate" or "it" or
                       // "pain's a solid 9".
                       "solid" or
                       // "roaring with the pain, says it's a nine": who gives the score, past the comma after the pain.
                       "says" or "said" or "reckons" or "," or
                       // "crying with pain (says 9)": a score given in brackets after the pain.
                       "(")
            {
                k--;
            }

            var scoreAlone = painBefore && k < 0 && i >= 1 && tokens[0].Norm is "it's" or "its" or "it" &&
                             tokens.Skip(i + 1).All(t => !t.IsWord);
            if ((k >= 0 && cues.Any(c => c.Item == CueKind.Pain && c.Last == k + 1)) || scoreAlone)
            {
                yield return new(UnitKind.Score, score, 1, i, i + 1);
            }
        }
    }

    /// <summary>
    /// What a number answers, by its role: the unit says what kind of amount it is, and the words around it whose amount
    /// it is. A duration just before an activity ("a 75 min run", "an hour and a half of climbing") is the session's
    /// length; a time before now ("2 days ago", "yesterday") is the time since the session or since the episodes began,
    /// after the nearest event named. An "unrelated" cue ("desk", "flight", "surgery") can be nearest too, and then the
    /// number answers nothing.
    /// </summary>
    private static IEnumerable<(QuantityRole Role, AnswerValue Value)> Assign(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens, bool kindBefore,
        bool kindAfterOf, List<Quantity> scores, List<PhraseMatch<bool>> stillHolding)
    {
        // A score out of 10 can only be pain, stress or effort, so an "unrelated" cue ("stressed at work 8/10") says nothing about it.
        // A cue word inside the time's own words ("last" of "last month", "this" of "this morning") says nothing of whose time it is.
        CueKind? Nearest(params CueKind[] kinds) => cues
            .Where(c => (c.Item is CueKind.Unrelated or CueKind.Travel && q.Kind != UnitKind.Score) || kinds.Contains(c.Item))
            .Where(c => !(q.Kind == UnitKind.Ago && c.First >= q.First && c.Last <= q.Last))
            // "for 4 weeks since I started a new job": what follows "since" is when the time began, not what it measures.
            .Where(c => !(c.Item == CueKind.Unrelated && c.First >= q.Last && tokens.Skip(q.Last).Take(c.First - q.Last).Any(t => t.Norm == "since")))
            // "3k set this morning (about 70 mins) and both feet cramped": a cramp told after a time of ten minutes or more,
            // past a break, is not what the time measures (a session is); "about a minute, I floated till it passed" is.
            .Where(c => !(q.Kind == UnitKind.Duration && q.Value is >= LongEpisodeSeconds and < SecondsPerDay && c.Item == CueKind.Episode &&
                          c.First >= q.Last && Breaks(tokens, q.Last, c.First)))
            .Select(c => c with { Item = c.Item == CueKind.Travel ? CueKind.Unrelated : c.Item })
            // An unrelated word right after the number is what it measures ("36 weeks pregnant"), as is the word right after a
            // score ("hard, 8/10 pain"), so it carries no penalty.
            .Select(c => (c.Item, Distance: c.Last <= q.First ? q.First - c.Last
                : c.First == q.Last && (c.Item == CueKind.Unrelated || q.Kind == UnitKind.Score) ? 0
                : c.First >= q.Last ? c.First - q.Last + CueAfterPenalty : 0))
            .OrderBy(c => c.Distance)
            .Select(c => (CueKind?)c.Item)
            .FirstOrDefault();

        static NumberAnswer N(double x) => new(x);
        if (Journey(q, cues, tokens) is not null)
        {
            // "a 9 hour drive", "flew for 11 hours": the journey's length, never the session's or the episodes'.
            if (q.Value / 3600 > LongTravelHours)
            {
                yield return (QuantityRole.LongTravel, new BoolAnswer(true));
            }

            yield break;
        }

        switch (q.Kind)
        {
            case UnitKind.Ago:
                var hours = q.Value / 3600;
                // "slept 8 hours last night": a time nearest the sleep is the night's, neither the session's nor the episodes'.
                switch (OnsetBefore(q, cues, tokens) && !double.IsNaN(hours) ? CueKind.Episode : Nearest(CueKind.Exercise, CueKind.Episode, CueKind.Sleep))
                {
                    case CueKind.Exercise when double.IsNaN(hours):
                        yield return (QuantityRole.RecentSession, new BoolAnswer(true));
                        break;
                    case CueKind.Exercise:
                        yield return (QuantityRole.HoursSinceSession, N(Math.Round(hours, 1)));
                        yield return (QuantityRole.RecentSession, new BoolAnswer(hours <= HoursRecent));
                        if (hours >= 24 && kindBefore && StillFelt(q, cues, tokens, scores))
                        {
                            // "cramped during sprints 5 days ago, still hurts": the cramp named began at that session and is
                            // still going on, so the session's time is also its age ("ran a 10k 3 days ago, legs still sore"
                            // names no cramp or twitch: soreness after a session is not dated as an episode).
                            yield return (QuantityRole.DaysSinceOnset, N(Math.Round(hours / 24, 1)));
                        }

                        break;
                    case CueKind.Episode when (double.IsNaN(hours) || hours == 0) && !BeganToday(q, cues, tokens):
                        // "my shoulder's twitching this afternoon", "jumping just now" say when it is felt, not that it began today; with a
                        // session named in the sentence ("weights this morning, and now ..."), today is the session's.
                        if (cues.Any(c => c.Item == CueKind.Exercise))
                        {
                            yield return (QuantityRole.RecentSession, new BoolAnswer(true));
                        }

                        break;
                    case CueKind.Episode:
                        yield return (QuantityRole.DaysSinceOnset, N(double.IsNaN(hours) ? 0 : Math.Round(hours / 24, 1)));
                        break;
                }

                break;
            case UnitKind.Duration when q.UnitFactor < SecondsPerDay && q.Last < tokens.Count &&
                                        (tokens[q.Last].Norm is "shift" or "shifts" ||
                                         (tokens[q.Last].Norm == "day" && !cues.Any(c => c.Item == CueKind.Exercise && c.Last <= q.First))):
                // "after a 10 hour day in 30C heat", "a 12-hour shift": a working day's length, which no question asks ("did the
                // ultra today, 14 hour day" is the event's).
                break;
            case UnitKind.Duration when q.UnitFactor >= SecondsPerDay && q.Last < tokens.Count &&
                                        tokens[q.Last].Norm is "break" or "hiatus" or "layoff" or "off":
                // "back at netball after a ten year break", "3 weeks off running": a time away, not the episodes' length.
                break;
            case UnitKind.Duration when q.UnitFactor < SecondsPerDay && EachWay(q, tokens):
                // "cycled to work and back, 25 min each way": two rides of that length, not a 25-minute twitch (with a journey
                // named, the time is the journey's: Journey).
                yield return (QuantityRole.SessionMinutes, N(q.Value / 60));
                break;
            case UnitKind.Duration when q.UnitFactor < SecondsPerDay && WithinTheSession(q, tokens):
                // "cramping in the last 20 min", "always the last 15 mins", "by about 20 mins in": when in the session it
                // came, not how long it lasted ("cramping for the last 20 minutes" has lasted that long).
                if (cues.Any(c => c.Item == CueKind.Episode))
                {
                    yield return (QuantityRole.DuringSession, new BoolAnswer(true));
                }

                break;
            case UnitKind.Duration when q.UnitFactor >= SecondsPerDay && q.Last + 1 < tokens.Count && tokens[q.Last].Norm == "in" && Breaks(tokens, q.Last + 1, q.Last + 2):
                // "started running again, now 3 weeks in,": how far into something, not how long the episodes have gone on.
                break;
            case UnitKind.Duration when q.UnitFactor >= SecondsPerDay && q.First >= 2 && tokens[q.First - 1].Norm is "since" or "from" &&
                                        cues.Any(c => c.Item == CueKind.Exercise && c.Last == q.First - 1):
                // "doing yoga since 6 months", "going gym from 2 months": how long they have trained, not how long it has twitched.
                break;
            case UnitKind.Duration when q.UnitFactor >= SecondsPerDay:
                // "for three weeks", "started 2 months ago"; "I've been running for 3 years" is not about the episodes, but
                // "twitching after runs, 16 days now" is: a time still going on is the episodes' unless an activity (or an
                // unrelated task, "at this job for 3 weeks now") governs it; "when I write, 5 weeks now" is the cramps' time.
                var owner = Nearest(CueKind.Episode, CueKind.Exercise);
                var ongoing = StillGoingOn(q, tokens) || UpToNow(q, cues, tokens) || TrailingClause(q, cues, tokens);
                if (owner is not (CueKind.Exercise or CueKind.Unrelated) || HasDoneFor(q, cues, tokens) ||
                    (owner == CueKind.Exercise && (ongoing || TimingActivityJustBefore(q, cues, tokens)) && !ActivityJustBefore(q, cues, tokens, CueKind.Exercise)) ||
                    (owner == CueKind.Unrelated && ongoing && !ActivityJustBefore(q, cues, tokens, CueKind.Unrelated, CueKind.Travel)))
                {
                    yield return (QuantityRole.DaysSinceOnset, N(Math.Round(q.Value / SecondsPerDay, 1)));
                }

                break;
            case UnitKind.Duration when q.UnitFactor < 60:
                // Seconds are never a session's length: "a few seconds at a time, after tennis" is the episode's.
                if (Nearest(CueKind.Episode, CueKind.Exercise) is CueKind.Episode or CueKind.Exercise)
                {
                    yield return (QuantityRole.EpisodeSeconds, N(q.Value));
                }

                break;
            case UnitKind.Duration when q.UnitFactor < SecondsPerDay && q.Last < tokens.Count && tokens[q.Last].Norm == "since" && ForAWhile(q, tokens) &&
                                        cues.Any(c => c.Item == CueKind.Exercise && c.First > q.Last && c.First - q.Last <= 2):
                // "a cramp in his hamstring for 15 mins since rugby finished" has held since the session: that long is both the
                // cramp's length and the time since the session.
                yield return (QuantityRole.EpisodeSeconds, N(q.Value));
                yield return (QuantityRole.HoursSinceSession, N(Math.Round(q.Value / 3600, 1)));
                yield return (QuantityRole.RecentSession, new BoolAnswer(true));
                break;
            case UnitKind.Duration when q.Last < tokens.Count && tokens[q.Last].Norm is "after" or "later":
                // "slurred for a few minutes after my ride" lasted that long; "still twitching 8 hours after my crossfit" is
                // the time since the session; "cramped 20 mins after my swim" says when it began, which no question asks.
                // "it's still cramped 20 mins later" has held that long.
                if (ForAWhile(q, tokens) || (tokens[q.Last].Norm == "later" && StillHeldBefore(q, cues, tokens)))
                {
                    yield return (QuantityRole.EpisodeSeconds, N(q.Value));
                }
                else if (StillGoingOnAfterSession(q, cues, tokens))
                {
                    var since = q.Value / 3600;
                    yield return (QuantityRole.HoursSinceSession, N(Math.Round(since, 1)));
                    yield return (QuantityRole.RecentSession, new BoolAnswer(since <= HoursRecent));
                }

                break;
            case UnitKind.Duration when q.UnitFactor < SecondsPerDay && q.First >= 3 && tokens[q.First - 3].Norm == "in" &&
                                        tokens[q.First - 2].Norm == "the" && tokens[q.First - 1].Norm == "past":
                // "after my run ... in the past 20 min I've had pain in my chest": since when, up to now, not the session's length.
                break;
            case UnitKind.Duration when q.First > 0 && tokens[q.First - 1].Norm == "every":
                // "drank plain water like every 10 min": how often, not how long anything lasted.
                break;
            case UnitKind.Duration when PointInTheSession(q, cues, tokens):
                break;
            case UnitKind.Duration when SessionEndedWithACramp(q, cues, tokens):
                yield return (QuantityRole.SessionMinutes, N(q.Value / 60));
                break;
            case UnitKind.Duration when q.Last + 1 < tokens.Count && tokens[q.Last].Norm == "of" && !EndedWithin(q, tokens) &&
                                        !cues.Any(c => c.Item is CueKind.Exercise or CueKind.Episode or CueKind.Sleep && c.First > q.Last &&
                                                       c.First - q.Last <= ActivityReach && !Breaks(tokens, q.Last, c.First)):
                // "after 8 hrs of bricklaying": the time measures what follows "of", which is no session, sleep or episode
                // ("gone after a minute of stretching" is the cramp's).
                break;
            case UnitKind.Duration:
                // "lasting 20 mins, tried walking it off": a time said to have lasted is not the next clause's activity.
                var activity = cues.Any(c => c.Item == CueKind.Exercise && c.First >= q.Last && c.First - q.Last <= ActivityReach &&
                                             !(Breaks(tokens, q.Last, c.First) && Lasted(q, tokens))) ||
                               SessionEarlierInClause(q, cues, tokens) ||
                               (InConditions(q, tokens) && !ForAWhile(q, tokens) && cues.Any(c => c.Item == CueKind.Exercise));
                // A length still going on after the cramp is named is how long it has held, not the session's named between
                // ("locked in a cramp since she got back from her run, about 25 minutes now"). A night's sleep is told in
                // hours: "foot cramp in bed, toes bent down for like 11 minutes" is the cramp's time.
                var held = HeldFor(q, tokens) || (kindBefore && (StillGoingOn(q, tokens) || StillHoldingAfter(q, stillHolding))) ||
                           // "25 minutes and my calf is STILL locked solid": a time opening the sentence, then the cramp holding.
                           (WordBeforeTime(q, tokens) < 0 && q.Last < tokens.Count && tokens[q.Last].Norm is "and" or "," && StillHoldingAfter(q, stillHolding));
                var lastedBy = WhatLasted(q, cues, tokens);
                CueKind? cue = held ? CueKind.Episode
                    : lastedBy is { } lasted ? lasted
                    : kindAfterOf ? CueKind.Episode
                    : SessionsOwnTime(q, cues, tokens, stillHolding) ? CueKind.Exercise
                    : EachOne(q, cues, tokens) is { } each ? each
                    : activity ? CueKind.Exercise
                    : Nearest(q.UnitFactor >= 3600 ? [CueKind.Sleep, CueKind.Exercise, CueKind.Episode] : [CueKind.Exercise, CueKind.Episode]);
                switch (cue)
                {
                    case CueKind.Sleep:
                        yield return (QuantityRole.SleepHours, N(q.Value / 3600));
                        break;
                    case CueKind.Exercise when q.Value < ShortestSessionSeconds && cues.Any(c => c.Item == CueKind.Episode):
                        // "cramped in the last 10 minutes of touch rugby, sorted itself in about a minute": a minute or two
                        // is a cramp's length, not a session's.
                        yield return (QuantityRole.EpisodeSeconds, N(q.Value));
                        break;
                    case CueKind.Exercise:
                        yield return (QuantityRole.SessionMinutes, N(q.Value / 60));
                        break;
                    case CueKind.Episode when PerDayOrWeek(q, tokens):
                        // "ballet intensive, 6 hrs a day, my arches keep cramping": hours each day are training, never one cramp.
                        break;
                    case CueKind.Episode when !held && !Lasted(q, tokens) && q.Value >= ShortestSessionSeconds && OnAndOff(tokens):
                        // "my forearm twitched on and off for an hour", "little flickers coming and going, 3 hours of it": how
                        // long a spell of many short episodes went on, not one episode's length.
                        break;
                    case CueKind.Episode:
                        yield return (QuantityRole.EpisodeSeconds, N(q.Value));
                        break;
                }

                break;
            case UnitKind.Temperature:
                // "went for a run in 38 degrees": a body is never "in" a temperature, the weather is.
                var whose = (q.First > 0 && tokens[q.First - 1].Norm == "in") || (q.Last == q.First + 1 && BeforeAWordOfTheWeather(tokens, cues, q.First)) ? CueKind.Weather
                    : LoneFeverReading(tokens, q.First) || (q.Last == q.First + 1 && OwnTemperatureBefore(tokens, q.First)) ||
                      ThermometerReading(q, cues, tokens) ? CueKind.Body
                    : FeverOrWeather(q, cues, tokens) ? null
                    : Nearest(CueKind.Body, CueKind.Weather);
                if (whose is null && q.Value is >= FeverCelsius - 0.5 and <= MaxBodyTemperature)
                {
                    // "102F" alone may be a fever or a heatwave: asked, not guessed (NaN marks it to confirm).
                    yield return (QuantityRole.BodyTemperature, N(double.NaN));
                }
                else if (whose == CueKind.Body && q.Value is >= MinBodyTemperature and <= MaxBodyTemperature)
                {
                    yield return (QuantityRole.BodyTemperature, N(q.Value));
                    if (q.Value >= FeverCelsius)
                    {
                        yield return (QuantityRole.Fever, new BoolAnswer(true));
                    }
                }
                else if (q.Value >= HotCelsius)
                {
                    yield return (QuantityRole.HotWeather, new BoolAnswer(true));
                }

                break;
            case UnitKind.Volume:
                yield return (QuantityRole.Fluids, N(q.Value));
                break;
            case UnitKind.Mass when Nearest(CueKind.Caffeine) == CueKind.Caffeine:
                yield return (QuantityRole.Caffeine, N(q.Value));
                break;
            case UnitKind.Percent when Nearest(CueKind.Load) == CueKind.Load:
                yield return (QuantityRole.LoadIncrease, N(q.Value));
                break;
            case UnitKind.Score:
                QuantityRole? scored = Nearest(CueKind.Pain, CueKind.Stress, CueKind.Intensity) switch
                {
                    CueKind.Pain => QuantityRole.Pain,
                    CueKind.Stress => QuantityRole.Stress,
                    CueKind.Intensity => QuantityRole.Intensity,
                    // "rock hard and swollen, 9/10": a score with no word of what it rates is the pain, as people rate it,
                    // unless it follows a session or a night's sleep ("parkrun felt like a 7/10", "slept 4/10").
                    _ when !cues.Any(c => c.Item == CueKind.Sleep || (c.Item == CueKind.Exercise && c.Last <= q.First && q.First - c.Last <= ScoreOfSessionReach)) => QuantityRole.Pain,
                    _ => null,
                };
                if (scored is { } role)
                {
                    yield return (role, N(q.Value));
                }

                break;
            case UnitKind.Age:
                yield return (QuantityRole.Age, N(q.Value));
                break;
            case UnitKind.RestDays:
                yield return (QuantityRole.RestDays, N(q.Value));
                break;
            case UnitKind.PerWeek:
                // "happens 3-4 times a week" is how often the episodes come, which answers no question.
                var perWeek = Nearest(CueKind.Rest, CueKind.Exercise, CueKind.Episode);
                if (perWeek == CueKind.Rest)
                {
                    yield return (QuantityRole.RestDays, N(q.Value));
                }
                else if (perWeek == CueKind.Exercise && q.Value <= 7)
                {
                    yield return (QuantityRole.RestDays, N(7 - q.Value));
                }

                break;
        }
    }

    /// <summary>
    /// "still twitching 8 hours after my crossfit", for a duration followed by "after": an activity within reach, and the
    /// symptom still going on, not a past onset ("cramped 30 mins after my swim" says when it began, not how long ago the
    /// session ended).
    /// </summary>
    private static bool StillGoingOnAfterSession(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens)
    {
        var onset = cues.Where(c => c.Item == CueKind.Episode && c.Last <= q.First).MaxBy(c => c.Last);
        if (onset is not null && tokens[onset.First].Norm is var verb && (verb.EndsWith("ed", StringComparison.Ordinal) || verb is "began" or "begun" or "came"))
        {
            return false;
        }

        return cues.Any(c => c.Item == CueKind.Exercise && c.First > q.Last && c.First - q.Last <= ActivityReach + 2);
    }

    /// <summary>
    /// The journey a duration is the length of: a word of travel just after it ("a 9 hour drive", "12-hour flight", "5
    /// hours on the train") or just before it ("drove for 9 hours", "flew 11 hours"), in the same clause.
    /// </summary>
    private static PhraseMatch<CueKind>? Journey(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        q.Kind != UnitKind.Duration ? null : cues.FirstOrDefault(c => c.Item == CueKind.Travel &&
            ((q.UnitFactor >= 60 && (c.First >= q.Last ? c.First - q.Last <= ActivityReach && !Breaks(tokens, q.Last, c.First)
                 : c.Last <= q.First && q.First - c.Last <= ActivityReach && !Breaks(tokens, c.Last, q.First))) ||
             // "drove to Donegal and back at the weekend, 6 hours each way": a time each way goes with a journey anywhere
             // in its sentence.
             (q.UnitFactor < SecondsPerDay && EachWay(q, tokens)) ||
             (q.UnitFactor is >= 3600 and < SecondsPerDay && TimeOfTheJourneyBefore(q, c, cues, tokens))));

    /// <summary>
    /// "flew from Manila to London on Monday, 14 hours.": hours told as a clause of their own right after a journey's
    /// clause, with no session or twitch named between, are the journey's.
    /// </summary>
    private static bool TimeOfTheJourneyBefore(Quantity q, PhraseMatch<CueKind> journey, List<PhraseMatch<CueKind>> cues, List<Token> tokens)
    {
        if (journey.Last > q.First || q.First == 0 || tokens[q.First - 1].Norm != "," ||
            (q.Last < tokens.Count && tokens[q.Last].Norm is not ("," or "." or ";" or "!")))
        {
            return false;
        }

        // Between the journey and the time: the comma just before the time, and no other clause or sentence break.
        var between = tokens.Skip(journey.Last).Take(q.First - journey.Last).ToList();
        return between.Count(t => t.Norm == ",") == 1 && !between.Any(t => t.Norm is "." or ";" or "!" or "?") &&
               !cues.Any(c => c.Item is CueKind.Exercise or CueKind.Episode or CueKind.Sleep && c.First >= journey.Last && c.Last <= q.First);
    }

    /// <summary>"25 min each way", "an hour either way".</summary>
    private static bool EachWay(Quantity q, List<Token> tokens) =>
        q.Last + 1 < tokens.Count && tokens[q.Last].Norm is "each" or "either" && tokens[q.Last + 1].Norm == "way";

    /// <summary>
    /// "a kickabout in the park with my son for 30 min": a session named earlier in the same clause, with nothing of the
    /// episodes in between, is what the time measures; so is a finishing time, "ran it in 52 mins".
    /// </summary>
    private static bool SessionEarlierInClause(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        cues.Any(c => c.Item == CueKind.Exercise && c.Last <= q.First && !Breaks(tokens, c.Last, q.First) &&
                      !cues.Any(e => e.Item == CueKind.Episode && e.First >= c.Last && e.Last <= q.First)) ||
        (q.First >= 2 && tokens[q.First - 2].Norm == "it" && tokens[q.First - 1].Norm == "in" &&
         cues.Any(c => c.Item == CueKind.Exercise && c.Last == q.First - 2));

    /// <summary>
    /// "stretched it on the sideline and it let go after a minute", "goes in a minute if he stops and stretches": self-care
    /// tried and the cramp letting go, near each other in one clause with no denial ("wouldn't let go even with stretching"
    /// is none). The span of both, and the words of the letting go, or null.
    /// </summary>
    private (int First, int Last, PhraseMatch<bool> Relief)? SelfCareThatWorked(List<Token> tokens)
    {
        var reliefs = lexicon.ReliefWords.FindAll(tokens);
        foreach (var remedy in lexicon.RemediesTried.FindAll(tokens))
        {
            foreach (var relief in reliefs)
            {
                var (gapFrom, gapTo) = (Math.Min(remedy.Last, relief.Last), Math.Max(remedy.First, relief.First));
                if (gapTo - gapFrom is >= 0 and <= ReliefReach &&
                    !tokens.Skip(gapFrom).Take(gapTo - gapFrom).Any(t => t.Norm is "but" or ";" || Denies(t)) &&
                    !tokens.Skip(Math.Max(0, relief.First - 2)).Take(Math.Min(2, relief.First)).Any(Denies))
                {
                    return (Math.Min(remedy.First, relief.First), Math.Max(remedy.Last, relief.Last), relief);
                }
            }
        }

        return null;
    }

    /// <summary>A word that denies what follows it: "no", "not", "never", "wouldn't".</summary>
    private static bool Denies(Token t) => t.Norm.EndsWith("n't", StringComparison.Ordinal) || t.Norm is "not" or "never" or "no";

    /// <summary>A time of the session's own clock: "in the last 20 min", "the final 10 minutes", "20 mins in", "20 mins into the match",
    /// "about 20 mins in my calf cramped".</summary>
    private static bool WithinTheSession(Quantity q, List<Token> tokens)
    {
        var start = q.First;
        while (start > 0 && Quantities.Approximation(tokens[start - 1].Norm))
        {
            start--;
        }

        var lastOf = start >= 2 && tokens[start - 1].Norm is "last" or "final" && tokens[start - 2].Norm == "the" &&
                     (start < 3 || tokens[start - 3].Norm is not ("for" or "over" or "past"));
        // "my calves cramp about 45 mins in every single time".
        var intoIt = q.Last < tokens.Count && ((tokens[q.Last].Norm == "in" && (q.Last + 1 == tokens.Count || !tokens[q.Last + 1].IsWord ||
                                                                                 tokens[q.Last + 1].Norm is "every" or "each" or "then" or "when")) ||
                                               tokens[q.Last].Norm == "into");
        // "Tonight about 20 mins in my left calf cramped": a sentence or clause opened by the time, the part just after "in"
        // being the one that cramped ("cramped for 20 mins in my calf", "longest cramp - 8 minutes in my calf" are how long
        // it held).
        var intoItThen = q.Last + 1 < tokens.Count && tokens[q.Last].Norm == "in" && tokens[q.Last + 1].Norm is "my" or "his" or "her" or "both" &&
                         (start == 0 || tokens[start - 1].Norm is "." or "!" or "?" or "tonight" or "today" or "yesterday" or "then" or "and" or
                              "but" or "so" or "morning" or "evening" or "afternoon");
        return lastOf || intoIt || intoItThen;
    }

    private static bool Breaks(List<Token> tokens, int from, int to) =>
        tokens.Skip(from).Take(to - from).Any(t => t.Norm is "," or "." or ";" or "and" or "after" or "before" or "since");

    /// <summary>
    /// "..., still hurts", "still twitching": after the time, "still" with pain or the twitch or cramp just after it, or the
    /// twitch "since" at the end of a clause ("... last Tuesday and it's been twitching since"); a pain score stands for
    /// the pain ("5 days ago, and it's still 7/10", "four days ago and it's been 8/10 ever since").
    /// </summary>
    private static bool StillFelt(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens, List<Quantity> scores) =>
        Enumerable.Range(q.Last, Math.Max(0, tokens.Count - q.Last)).Any(k =>
            (tokens[k].Norm == "still" && (cues.Any(c => c.Item is CueKind.Pain or CueKind.Episode && c.First > k && c.First - k <= StillReach) ||
                                           scores.Any(s => s.First > k && s.First - k <= StillReach))) ||
            (tokens[k].Norm == "since" && (k + 1 == tokens.Count || !tokens[k + 1].IsWord) &&
             (cues.Any(c => c.Item is CueKind.Pain or CueKind.Episode && c.First >= q.Last && c.Last <= k && k - c.Last <= 1) ||
              scores.Any(s => s.First >= q.Last && (s.Last == k || (s.Last == k - 1 && tokens[k - 1].Norm == "ever"))))));

    /// <summary>"It twitches after every run and has done for 3 weeks": the complaint's own "has done", whatever activity
    /// came before it ("I run every day and have done for 3 years" is the running's).</summary>
    private static bool HasDoneFor(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        q.First >= 3 && tokens[q.First - 1].Norm == "for" && tokens[q.First - 2].Norm == "done" && tokens[q.First - 3].Norm == "has" &&
        cues.Any(c => c.Item == CueKind.Episode && c.Last <= q.First - 3);

    /// <summary>"16 days now", "3 weeks so far", "6 weeks of it", "20 mins nonstop so far": a time that is still running.</summary>
    private static bool StillGoingOn(Quantity q, List<Token> tokens)
    {
        var at = q.Last < tokens.Count && tokens[q.Last].Norm is "nonstop" or "straight" or "solid" ? q.Last + 1 : q.Last;
        return at < tokens.Count && (tokens[at].Norm == "now" ||
                                     (at + 1 < tokens.Count && (tokens[at].Norm, tokens[at + 1].Norm) is ("so", "far") or ("and", "counting") or
                                         ("of", "it" or "this" or "these" or "them")));
    }

    /// <summary>
    /// The index of the word before a time and the fillers said before it ("about", "roughly" and the given words, such as
    /// "for" in "for about 6 weeks"), or -1 when only fillers come before it.
    /// </summary>
    private static int WordBeforeTime(Quantity q, List<Token> tokens, params string[] fillers)
    {
        var k = q.First - 1;
        while (k >= 0 && (Quantities.Approximation(tokens[k].Norm) || fillers.Contains(tokens[k].Norm)))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// "..., after walks are much worse, 3 weeks": a time said as a clause of its own at the end of the sentence is how
    /// long the complaint has gone on, as "3 weeks now" is; "in 3 weeks" (a race ahead) is not. With its "for" ("thighs
    /// twitching after Zumba and at night, for about 6 weeks.") only where no activity ends just before the comma ("been
    /// running, for about 3 years." is the running's).
    /// </summary>
    private static bool TrailingClause(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens)
    {
        var comma = WordBeforeTime(q, tokens, "for");
        return comma >= 0 && tokens[comma].Norm == "," && (q.Last == tokens.Count || tokens[q.Last].Norm is "." or "!" or "?" or ";") &&
               (comma == q.First - 1 || !cues.Any(c => c.Item == CueKind.Exercise && c.Last == comma));
    }

    /// <summary>
    /// "been about a fortnight", "for the past 10 days", "the last 3 weeks": a time that runs up to now, as "16 days now"
    /// does, unless an activity just before the word owns it ("been running for the past 3 years") or it is a gap
    /// ("been 2 weeks since my last run").
    /// </summary>
    private static bool UpToNow(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens)
    {
        var k = WordBeforeTime(q, tokens, "for", "the", "a", "well");

        if (k < 0 || tokens[k].Norm is not ("been" or "past" or "last") ||
            (q.Last < tokens.Count && tokens[q.Last].Norm is "since" or "ago" or "before" or "after" or "of"))
        {
            return false;
        }

        return !cues.Any(c => c.Item == CueKind.Exercise && c.Last <= k && k - c.Last <= ActivityReach + 1 &&
                              tokens.Skip(c.Last).Take(k - c.Last).All(t => t.IsWord));
    }

    /// <summary>
    /// "been running for 3 years now": an activity just before the time, in the same clause, is what it measures; one
    /// that only says when the episodes come ("cramps after my swims for 16 days now") is not.
    /// </summary>
    private static bool ActivityJustBefore(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens, params CueKind[] kinds) =>
        cues.Any(c => kinds.Contains(c.Item) && c.Last <= q.First && q.First - c.Last <= ActivityReach &&
                      !tokens.Skip(c.Last).Take(q.First - c.Last).Any(t => t.Norm is "," or "." or ";" or "-") &&
                      !tokens.Skip(Math.Max(0, c.First - 3)).Take(Math.Min(3, c.First)).Any(t => t.Norm is "after" or "since" or "following" or "during" or "post" or "every"));

    /// <summary>
    /// "calf twitches after gym for 3 weeks", "arches cramp every run for 2 weeks": an activity just before the time that
    /// only says when the episodes come ("after", "since", "during", "every" one) leaves the time to the episodes, past a
    /// comma too when only the time follows it (CommaThenTimeAlone).
    /// </summary>
    private static bool TimingActivityJustBefore(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        cues.Any(c =>
        {
            if (c.Item != CueKind.Exercise || c.Last > q.First)
            {
                return false;
            }

            var between = tokens.Skip(c.Last).Take(q.First - c.Last).ToList();
            var words = between.Count(t => t.IsWord);
            return (words <= ActivityReach || (words <= TimingActivityReach && between.Any(t => t.Norm == "and"))) &&
                   (between.All(t => t.IsWord) || CommaThenTimeAlone(between, tokens[q.Last - 1])) &&
                   tokens.Skip(Math.Max(0, c.First - 3)).Take(Math.Min(3, c.First)).Any(t => t.Norm is "after" or "since" or "following" or "during" or "post" or "every");
        });

    /// <summary>
    /// "after walks, for about 3 weeks", "after my walks, been maybe 2 months", "after my runs, 10 days na": a comma and then
    /// nothing but the time's own words. Not nights counted ("after spin, 3 nights this week") nor a clause of its own
    /// ("after squats, I'm 4 weeks post c-section").
    /// </summary>
    private static bool CommaThenTimeAlone(List<Token> between, Token unit) =>
        between.Count > 0 && between[0].Norm == "," && unit.Norm is not ("night" or "nights") &&
        between.Skip(1).All(t => t.Norm is "for" or "been" or "about" or "around" or "roughly" or "maybe" or "like" or "nearly" or
                                  "almost" or "over" or "well" or "still" or "there" or "going" or "on" or "a" or "the" or "past" or "last");

    /// <summary>
    /// "since I started couch to 5k 2 weeks ago", "twitching started after a workout a fortnight ago": a time before now in
    /// a clause that says the episodes began then ("since", or a twitch or cramp that "started") is when they began.
    /// </summary>
    private static bool OnsetBefore(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens)
    {
        for (var i = q.First - 1; i >= 0 && tokens[i].IsWord; i--)
        {
            if (tokens[i].Norm == "since" ||
                (tokens[i].Norm is "started" or "began" or "begun" && i > 0 && cues.Any(c => c.Item == CueKind.Episode && c.Last == i && tokens[c.First].Norm is not ("it" or "this" or "that" or "these" or "they" or "them" or "its" or "it's"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "twitching since this morning", "it started this afternoon", "came on this morning": a time of today said as the
    /// episodes' beginning, by an onset word in its clause before it.
    /// </summary>
    private static bool BeganToday(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens)
    {
        for (var i = q.First - 1; i >= 0 && tokens[i].IsWord; i--)
        {
            if (tokens[i].Norm is "since" or "started" or "starting" or "start" or "began" or "begun" or "begin" or "from" ||
                (tokens[i].Norm == "on" && i > 0 && tokens[i - 1].Norm is "came" or "come" or "comes"))
            {
                return true;
            }

            if (cues.Any(c => c.Item == CueKind.Exercise && c.First <= i && i < c.Last))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "60 mins at 40 degrees", "9 hrs in the heat": a time said with the heat or the cold it was spent in is a session's
    /// (with a session named in the sentence), not how long a cramp lasted.
    /// </summary>
    private static bool InConditions(Quantity q, List<Token> tokens) =>
        q.UnitFactor >= 60 && q.Last + 1 < tokens.Count && tokens[q.Last].Norm is "at" or "in" &&
        tokens.Skip(q.Last + 1).Take(ConditionsReach).TakeWhile(t => t.Norm is not ("," or "." or ";")).Any(t => t.Norm is "degrees" or "degree" or "deg" or "c" or "f" or "°" or "°c" or "°f" or
            "celsius" or "fahrenheit" or "heat" or "sun" or "sunshine" or "humidity" or "humid" or "cold" or "rain" or "snow" or "wind");

    /// <summary>
    /// "for a few minutes", "lasted 2 hours": the duration is how long something went on. The word may stand three back
    /// when the amount is a fraction said with its article ("for a good quarter of an hour"), within the clause.
    /// </summary>
    private static bool ForAWhile(Quantity q, List<Token> tokens) => SaidJustBefore(q, tokens, "for", "lasted", "lasting");

    /// <summary>"lasted 2 hours", "lasting about 20 mins": the words say the time is how long something went on.</summary>
    private static bool Lasted(Quantity q, List<Token> tokens) => SaidJustBefore(q, tokens, LastedWords);

    private static readonly string[] LastedWords = ["lasted", "lasting", "lasts", "last"];

    /// <summary>
    /// What a time said to have lasted measures: the cramp or twitch named before it in its clause ("Cramp in my right foot
    /// lasted 15 minutes in the pool", "calf cramp after my run lasted 15 minutes"), else the session ("the run lasted 3
    /// hours and my calf cramped").
    /// </summary>
    private static CueKind? WhatLasted(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens)
    {
        // "go all out for the last 5 min": "the last" is a point in the session, not a verb.
        var verb = WordJustBefore(q, tokens, LastedWords);
        // "went into a spasm ... and held for 15 mins": a cramp that "held for" a time lasted it ("held it for 2 mins" is a plank).
        if (verb < 0 && WordBeforeTime(q, tokens) is var held and > 0 && tokens[held].Norm == "for" && tokens[held - 1].Norm == "held")
        {
            verb = held - 1;
        }

        // "during last night's 90 min spin": "last" before a possessive is which night, not a verb.
        if (verb < 0 || (tokens[verb].Norm == "last" &&
                         ((verb > 0 && tokens[verb - 1].Norm is "the" or "my" or "his" or "her" or "their") ||
                          (verb + 1 < tokens.Count && tokens[verb + 1].Norm.EndsWith("'s", StringComparison.Ordinal)))))
        {
            return null;
        }

        // "after my run" inside the clause qualifies the cramp; only punctuation or "and" starts another clause.
        var clauseStart = q.First;
        while (clauseStart > 0 && q.First - clauseStart < LastedReach && tokens[clauseStart - 1].Norm is not ("," or "." or ";" or "and" or "!" or "?") ||
               // "my neck went into a spasm during a sportive and held for 15 mins": a clause opening on the verb after "and"
               // has the clause before it as its subject.
               (clauseStart == verb && clauseStart > 1 && tokens[clauseStart - 1].Norm == "and" && q.First - clauseStart < LastedReach))
        {
            clauseStart--;
        }

        var named = cues.Where(c => c.First >= clauseStart && c.Last <= q.First &&
                                    !LastedWords.Contains(tokens[c.First].Norm)).Select(c => c.Item).ToList();
        return named.Contains(CueKind.Episode) ? CueKind.Episode : named.Contains(CueKind.Exercise) ? CueKind.Exercise : null;
    }

    /// <summary>
    /// "after hill reps, 7/10 effort, 45 mins", "in the last mile of my 20-miler (3 hours)": a time said on its own, between
    /// commas or brackets, is an aside about the session named before it.
    /// </summary>
    private static bool StandaloneTime(Quantity q, List<Token> tokens) =>
        WordBeforeTime(q, tokens) is var before and >= 0 && tokens[before].Norm is "," or "(" &&
        (q.Last == tokens.Count || tokens[q.Last].Norm is "," or "." or ")" or "!" or ";");

    /// <summary>
    /// A time said on its own (StandaloneTime), of five minutes or more, with a session the nearest thing named before it
    /// (not a twitch, a cramp or a night's sleep), and no word of one still holding after it ("calf cramped after my run,
    /// 20 minutes, won't let go" is the cramp's).
    /// </summary>
    private static bool SessionsOwnTime(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens, List<PhraseMatch<bool>> stillHolding) =>
        q.Value >= ShortestSessionSeconds && StandaloneTime(q, tokens) &&
        cues.Where(c => c.Last <= q.First && (c.Item is CueKind.Exercise or CueKind.Sleep || (c.Item == CueKind.Episode && !IsTimeWord(tokens[c.First].Norm))))
            .MaxBy(c => c.Last)?.Item == CueKind.Exercise &&
        !StillHoldingAfter(q, stillHolding);

    /// <summary>
    /// "calf cramped after my run, 20 minutes, won't let go", "about 20 minutes, it's still locked": the cramp named before
    /// the time is still holding after it (still_holding), in its sentence, so the time is how long it has held.
    /// </summary>
    private static bool StillHoldingAfter(Quantity q, List<PhraseMatch<bool>> stillHolding) => stillHolding.Any(h => h.First >= q.Last);

    // "this", "last", "each" stand for a time or a count, not for a twitch or cramp named.
    private static bool IsTimeWord(string norm) => norm is "this" or "that" or "it" or "last" or "each" or "these" or "those";

    /// <summary>
    /// "my hamstrings cramped at 70 mins", "cramp in both calves at 70 mins": minutes or hours after "at", with a cramp or twitch
    /// the last thing named before, are a point in the session, not how long anything lasted ("came in at 7 hours" is the
    /// session's length; "woke me at quarter to four" is a clock).
    /// </summary>
    private static bool PointInTheSession(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        q.UnitFactor is 60 or 3600 && WordBeforeTime(q, tokens) is var at and >= 0 && tokens[at].Norm == "at" &&
        tokens[q.Last - 1].Norm is var unit && (unit.StartsWith("min", StringComparison.Ordinal) || unit.StartsWith('h')) &&
        cues.Where(c => c.Last <= at).MaxBy(c => c.Last)?.Item == CueKind.Episode;

    /// <summary>
    /// "got subbed off after 70 mins with a cramp in my calf", "came off the trampoline after 2 hours with a cramp": the
    /// session ended then, with the cramp; the time is how long the session went on, not how long the cramp held. Not where
    /// sleep is the last thing named ("went to bed and woke up after 2 hours with a cramp").
    /// </summary>
    private static bool SessionEndedWithACramp(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        q.UnitFactor is 60 or 3600 && WordBeforeTime(q, tokens) is var after and >= 0 && tokens[after].Norm == "after" &&
        q.Last < tokens.Count && tokens[q.Last].Norm == "with" &&
        cues.Any(c => c.Item == CueKind.Episode && c.First > q.Last && c.First - q.Last <= 3) &&
        cues.Where(c => c.Item is CueKind.Exercise or CueKind.Sleep && c.Last <= q.First).MaxBy(c => c.Last)?.Item != CueKind.Sleep;

    /// <summary>"6 hrs a day", "10 hours per week", "2 hours every day", "6 hours out each day": a time told as a rate.</summary>
    private static bool PerDayOrWeek(Quantity q, List<Token> tokens) =>
        Per(tokens, q.Last, DaysAndWeeks) ||
        // ... but "10 mins twice a day" is each episode's length, twice over.
        (q.Last < tokens.Count && tokens[q.Last].IsWord && tokens[q.Last].Norm is not ("once" or "twice" or "thrice" or "times") &&
         Per(tokens, q.Last + 1, DaysAndWeeks));

    private static readonly string[] DaysAndWeeks = ["day", "week", "wk", "night"];

    /// <summary>"on and off", "coming and going", "off and on": many short episodes told together.</summary>
    private static bool OnAndOff(List<Token> tokens) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).Any(i => tokens[i + 1].Norm == "and" &&
            (tokens[i].Norm, tokens[i + 2].Norm) is ("on", "off") or ("off", "on") or ("coming", "going") or ("comes", "goes") or ("come", "go")) ||
        tokens.Any(t => t.Norm is "intermittent" or "intermittently");

    /// <summary>"still cramped 20 mins later": "still" with the twitch or cramp just before the time, in its clause.</summary>
    private static bool StillHeldBefore(Quantity q, List<PhraseMatch<CueKind>> cues, List<Token> tokens) =>
        Enumerable.Range(Math.Max(0, q.First - StillReach - 1), Math.Min(StillReach + 1, q.First)).Any(k => tokens[k].Norm == "still" &&
            !Breaks(tokens, k, q.First) && cues.Any(c => c.Item == CueKind.Episode && c.First > k && c.Last <= q.First));

    /// <summary>
    /// "would not let go for about 25 minutes", "took about a minute to ease", "went in 20 sec", "eased off after about a
    /// minute": how long a cramp held, whatever activity was named before it. A person who "went" or "stopped after 20
    /// minutes" left or ended the session, so the words that end a cramp must not follow a person. "Goes within a couple of
    /// minutes of standing still" and "passed after 20 mins" are left alone: the first is how a walking pain eases (a
    /// question of its own), the second as often a sickness or a numb seat as a cramp.
    /// </summary>
    private static bool HeldFor(Quantity q, List<Token> tokens)
    {
        var before = tokens.Take(q.First).Reverse().TakeWhile(t => t.IsWord).Take(ForAWhileReach + 2).Reverse().Select(t => t.Norm).ToList();
        var at = before.LastIndexOf("for");
        return (at >= 2 && before[at - 2] == "let" && before[at - 1] == "go") || EndedWithin(q, tokens) ||
               (SaidJustBefore(q, tokens, "took", "takes", "take", "taking") && q.Last + 1 < tokens.Count && tokens[q.Last].Norm == "to" &&
                tokens[q.Last + 1].Norm is "ease" or "go" or "pass" or "settle" or "loosen" or "release" or "relax" or "subside" or "fade" or
                    "calm" or "stop" or "wear" or "let" or "unlock" or "unknot");
    }

    private static bool EndedWithin(Quantity q, List<Token> tokens)
    {
        var k = q.First - 1;
        while (k >= 0 && tokens[k].Norm is "about" or "around" or "like" or "maybe" or "roughly" or "approx" or "approximately" or "a" or "an" or "just")
        {
            k--;
        }

        if (k < 1 || tokens[k].Norm is not ("in" or "after"))
        {
            return false;
        }

        k--;
        while (k >= 0 && tokens[k].Norm is "off" or "away" or "again" or "up")
        {
            k--;
        }

        return k >= 0 && tokens[k].Norm is "went" or "gone" or "go" or "goes" or "eased" or "eases" or "settled" or "settles" or
                   "released" or "relaxed" or "cleared" or "subsided" or "faded" or "stopped" or "disappeared" or "fine" &&
               (k == 0 || tokens[k - 1].Norm is not ("i" or "we" or "you" or "they" or "he" or "she" or "i'd" or "we'd" or "was" or "were" or "felt" or "feel"));
    }

    /// <summary>One of the words within the few before the amount, in its clause (no punctuation between).</summary>
    private static bool SaidJustBefore(Quantity q, List<Token> tokens, params string[] words) => WordJustBefore(q, tokens, words) >= 0;

    /// <summary>Where the nearest of the words within the few before the amount stands, in its clause; -1 when none does.</summary>
    private static int WordJustBefore(Quantity q, List<Token> tokens, params string[] words) =>
        Enumerable.Range(Math.Max(0, q.First - ForAWhileReach), Math.Min(ForAWhileReach, q.First)).Reverse()
            .TakeWhile(k => tokens[k].IsWord).FirstOrDefault(k => words.Contains(tokens[k].Norm), -1);

    /// <summary>A yes/no warning sign under a hedge is asked rather than answered; other answers keep their reading.</summary>
    private bool AskWhenUncertain(string id) => knowledge.Question(id) is { RedFlag: true, Type: QuestionType.Bool };

    private bool InRange(string id, double value) =>
        knowledge.TryGetQuestion(id, out var q) && value >= (q.Min ?? double.MinValue) && value <= (q.Max ?? double.MaxValue);

    /// <summary>Findings to answers: a "yes" to a warning sign wins over a "no" elsewhere, options add up, numbers merge by rule.</summary>
    private Dictionary<string, AnswerValue> Merge(List<Collected.Item> findings)
    {
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var group in findings.GroupBy(f => f.Finding.Answer))
        {
            var q = knowledge.Question(group.Key);
            var values = group.Select(f => f.Finding.Value).ToList();
            AnswerValue value = q.Type switch
            {
                QuestionType.Bool => new BoolAnswer(values.OfType<BoolAnswer>().Any(b => b.Value)),
                // A number with a unit ("stress 8/10") beats an estimate from words ("really stressed" = 9).
                QuestionType.Number => new NumberAnswer(MergeNumbers(q.Id, group
                    .Where(f => f.Measured || !group.Any(g => g.Measured))
                    .Select(f => ((NumberAnswer)f.Finding.Value).Value).ToList())),
                QuestionType.Choices => new ChoicesAnswer(q.Options.Select(o => o.Id)
                    .Where(o => values.OfType<ChoicesAnswer>().Any(c => c.Options.Contains(o))).ToArray()),
                _ => MergeChoice(q.Id, group.ToList()),
            };

            // "9999 coffees" is a slip of the keyboard, not an answer: a number outside the question's range is dropped.
            if (value is not NumberAnswer n || InRange(q.Id, n.Value))
            {
                answers[q.Id] = value;
            }
        }

        return answers;
    }

    private double MergeNumbers(string id, List<double> values) => lexicon.Merge.GetValueOrDefault(id) switch
    {
        MergeRule.Sum => values.Sum(),
        MergeRule.Max => values.Max(),
        _ => values[0],
    };

    private ChoiceAnswer MergeChoice(string id, List<Collected.Item> findings)
    {
        var concepts = findings.Select(f => f.ConceptId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var combined = lexicon.Combine.FirstOrDefault(r => r.Answer == id && r.Concepts.All(concepts.Contains));
        return combined is not null ? new ChoiceAnswer(combined.Gives) : (ChoiceAnswer)findings[0].Finding.Value;
    }

    private sealed class Collected
    {
        /// <summary>A finding that counts, the concept behind it, and whether it was read from a number with a unit.</summary>
        public sealed record Item(Finding Finding, string? ConceptId, bool Measured);

        /// <summary>A feeling in a place of the heart pattern, with the kind of place it is (HeartPlace).</summary>
        public sealed record HeartFeeling(Finding Finding, HeartPlace Place, bool Uncertain);

        public List<Item> Findings { get; } = [];

        public List<Finding> Historical { get; } = [];

        /// <summary>The description's clock times when one is said to be now (ClockTimes), each with its time before now.</summary>
        public IReadOnlyList<ClockTimeAgo> Clocks { get; set; } = [];

        /// <summary>Lengths told by two clock times ("from 11pm till half past midnight").</summary>
        public IReadOnlyList<ClockSpan> ClockSpans { get; set; } = [];

        public List<SetAsideFinding> SetAside { get; } = [];

        /// <summary>Pain, an ache or a cramp in an arm, the jaw or the neck (issue 12's heart pattern), and whether the description names a session that works the arms.</summary>
        public List<HeartFeeling> Heart { get; } = [];

        public bool ArmWorked { get; set; }

        /// <summary>Whether the heart's pain was read from its pattern on effort and at rest (ReadHeartPattern), which
        /// makes the story the heart's as a companion sign would.</summary>
        public bool HeartOnEffort { get; set; }

        /// <summary>Whether words of a pain eased by rest were read (heart_pattern's eased_by_rest), for the heart's pattern
        /// on effort; they answer no question of their own.</summary>
        public bool EasedByRest { get; set; }

        /// <summary>Whether the description names a leg, for walking pain that eases at rest to be the legs' (claudication).</summary>
        public bool LegNamed { get; set; }

        /// <summary>Whether the sentence just read was about someone else ("my friend collapsed"), for a "he" or "she" after it.</summary>
        public bool OtherPersonBefore { get; set; }

        /// <summary>Whether the description is read as about the person it names, not the writer.</summary>
        public bool Theirs { get; init; }

        /// <summary>Read as theirs: where the words naming them begin, so that another person named stays someone else.</summary>
        public int SubjectAt { get; init; } = -1;

        /// <summary>The first person named is the one the description is typed for ("typing this for my dad").</summary>
        public bool WritingFor { get; set; }

        /// <summary>Today's day of the week when the caller gave a date, for "last Tuesday".</summary>
        public DayOfWeek? Today { get; init; }

        /// <summary>The words that first name someone else ("My wife"), the subject when the description is theirs.</summary>
        public string? Named { get; set; }

        /// <summary>Where in the text someone else is first named.</summary>
        public int NamedAt { get; set; }

        /// <summary>Whether the writer speaks of themselves ("I", "me", "my calf"), outside the words naming someone else.</summary>
        public bool WriterSpeaks { get; set; }

        /// <summary>The number of the sentence being read.</summary>
        public int Sentence { get; set; }

        /// <summary>Whether the sentence just read named pain, for a score given in the next one ("... hasn't eased. It's a 10.").</summary>
        public bool PainBefore { get; set; }

        /// <summary>Whether the sentence just read named a twitch or cramp, for a time still running that opens the next one
        /// ("left quad won't stop twitching. 20 mins so far.").</summary>
        public bool KindBefore { get; set; }

        /// <summary>The last time before now under a day that the sentence just read gave, in seconds, for a cramp said to
        /// hold still in the next one.</summary>
        public double? AgoBefore { get; set; }

        /// <summary>The side and the regions of the body a sentence gave numbness or weakness in, for the next sentence
        /// naming a side (ReadOneSideOfTheBody).</summary>
        public (string Side, HashSet<string> Regions)? OneSideBefore { get; set; }

        /// <summary>Volumes of plain water drunk, in litres, each with the finding it would give and its sentence (water overload).</summary>
        public List<(Finding Finding, double Litres, int Sentence)> Water { get; } = [];

        /// <summary>The first "now" after a session named in its sentence (ReadSessionJustDone).</summary>
        public Finding? SessionThenNow { get; set; }

        /// <summary>Whether a twitch or cramp is named after the session in the sentence of that "now".</summary>
        public bool KindAfterSession { get; set; }

        /// <summary>A session named in an earlier sentence, not denied, hypothetical or someone else's.</summary>
        public bool SessionNamed { get; set; }

        /// <summary>Whether a time in the description reaches a day or more back ("3 days ago", "for 5 weeks").</summary>
        public bool DayOrMoreBefore { get; set; }

        /// <summary>Whether the description speaks of a habit or an older day ("whenever", "on Saturday").</summary>
        public bool NotJustDone { get; set; }

        /// <summary>Times before now that sentences name, in hours ("today" is 0), by sentence number.</summary>
        public List<(int Sentence, double Hours)> Times { get; } = [];

        /// <summary>The sentences that name a long event (a marathon, an ironman) of the person's own.</summary>
        public HashSet<int> LongEvents { get; } = [];

        /// <summary>Findings said plainly that settle nothing alone ("a headache"), as yes, for a pattern to take up.</summary>
        public List<Finding> SaidPlainly { get; } = [];

        /// <summary>Warning signs told under a hedge ("sort of pressure in my chest"), asked unless a companion settles them.</summary>
        public List<Finding> Hedged { get; } = [];

        /// <summary>Words that settle a sign asked for, if it is asked (the lexicon's settled_by).</summary>
        public List<Finding> Settling { get; } = [];

        /// <summary>Question ids to ask rather than answer, in the order the text raised them.</summary>
        public List<string> Confirm { get; } = [];

        /// <summary>Signs read from a part and a state near it ("chest ... heavy"), not from a phrase of their own.</summary>
        public HashSet<Finding> FromPartAndState { get; } = [];

        /// <summary>Signs whose words no finding took ("something sat on my breastbone"): asked unless answered.</summary>
        public List<string> Unplaced { get; } = [];

        /// <summary>The part signs read that are asked, not taken, in a complaint at least this many days old.</summary>
        public Dictionary<string, int> AskedAfterDays { get; } = new(StringComparer.Ordinal);

        public void Add(Finding finding, FindingContext context, bool historicalCounts, string? conceptId, bool askWhenUncertain = false, bool measured = false)
        {
            if (context.Uncertain && askWhenUncertain && !context.OtherPerson && !context.Hypothetical)
            {
                Confirm.Add(finding.Answer);
                Hedged.Add(finding);
            }
            else if (context.OtherPerson)
            {
                SetAside.Add(new(finding, SetAsideReason.OtherPerson));
            }
            else if (context.Hypothetical)
            {
                SetAside.Add(new(finding, SetAsideReason.Hypothetical));
            }
            else if (context.Historical && !historicalCounts)
            {
                Historical.Add(finding);
            }
            else
            {
                Findings.Add(new(finding, conceptId, measured));
            }
        }
    }
}
