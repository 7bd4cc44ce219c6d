using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Intake;

/// <summary>ConText trigger categories: what a trigger says about the findings in its scope.</summary>
public enum TriggerCategory
{
    Negation,
    Hypothetical,
    OtherPerson,
    Historical,

    /// <summary>Looks like a trigger but is not ("no increase", "not only"); matching it keeps the real one from firing.</summary>
    Pseudo,

    /// <summary>Ends the scope of every trigger ("but", "however").</summary>
    Termination,

    /// <summary>A hedge ("maybe", "a bit", "not sure if"): a warning sign in its scope is asked, not answered.</summary>
    Uncertain,
}

public enum TriggerDirection
{
    Forward,
    Backward,
    Both,
}

internal abstract record LexiconItem;

/// <summary>
/// A ConText trigger; a clause trigger ("if", "in case") reaches only to the next comma. An other-person trigger about
/// the family's history ("runs in the family") never names the one a description is about, as "my wife" can. A hedge
/// said of one word ("kinda nauseous") reaches only the first finding after it (<paramref name="OneFinding"/>).
/// </summary>
internal sealed record Trigger(TriggerCategory Category, TriggerDirection Direction, bool EndsAtComma, bool FamilyHistory = false, bool OneFinding = false) : LexiconItem
{
    /// <summary>Whether the trigger names a person ("my wife", "he") who may be the one the description is about.</summary>
    public bool NamesSomeone => Category == TriggerCategory.OtherPerson && !FamilyHistory;
}

/// <summary>
/// A finding the text can name, the answer it gives when affirmed and when negated, and further answers it implies.
/// RecentWithinDays: a past event that counts only while recent (surgery within 12 weeks for a clot's risk), so a
/// long-past word or a time ago beyond it ("had my ACL op 2 years ago") sets it apart as history.
/// </summary>
internal sealed record Concept(
    string Id,
    Question Question,
    AnswerValue? Value,
    AnswerValue? NegatedValue,
    bool HistoricalCounts,
    bool Exclusive,
    IReadOnlyList<KeyValuePair<string, AnswerValue>> Also,
    IReadOnlyList<string> Confirm,
    string Layer = IntakeLexicon.MainLayer,
    int? RecentWithinDays = null) : LexiconItem;

/// <summary>
/// Words that answer nothing but raise warning signs to ask ("heartburn" after effort: is it chest pain?). Said unsurely,
/// the words tell the sign itself in a vague way ("chest feels heavy", "chest's a bit tight"), so a plain companion of it
/// (hedged_companions) settles it as a hedge would.
/// </summary>
internal sealed record ConfirmCue(IReadOnlyList<string> Confirm, bool SaidUnsurely) : LexiconItem;

/// <summary>
/// A sign that settles another when it is in the answers: a yes/no question answered yes, or a choice's option chosen
/// (written "question=option" in the lexicon: "history.conditions=heart_disease").
/// </summary>
internal sealed record Companion(string Question, string? Option)
{
    public bool AffirmedIn(IReadOnlyDictionary<string, AnswerValue> answers) => Option is null
        ? answers.GetValueOrDefault(Question) is BoolAnswer { Value: true }
        : answers.GetValueOrDefault(Question) is ChoicesAnswer { Options: var options } && options.Contains(Option);
}

internal enum UnitKind
{
    Duration,
    Volume,
    Mass,
    Percent,
    Score,
    Age,
    AgePrefix,
    PerWeek,
    RestDays,
    Rate,
    Servings,

    /// <summary>Degrees Celsius ("32C", "39.5 degrees"); "degrees" above 50 are taken as Fahrenheit.</summary>
    Temperature,

    /// <summary>Degrees Fahrenheit ("102F"), converted to Celsius when read.</summary>
    Fahrenheit,

    /// <summary>A time before now, in seconds: "2 days ago", "yesterday" (NaN when only "recent" is known: "this morning").</summary>
    Ago,
}

internal abstract record QuantityItem;

internal sealed record NumberWord(double Value) : QuantityItem;

internal sealed record Unit(UnitKind Kind, double Factor) : QuantityItem;

internal sealed record Drink(string Id, double CaffeineMg, double ServingMl, bool Stimulant) : QuantityItem;

internal sealed record Filler : QuantityItem;

/// <summary>Words with a drink's name that are no drink ("a coffee colour"): read as nothing, so no caffeine is counted.</summary>
internal sealed record NotAnAmount : QuantityItem;

/// <summary>
/// A time before now: "ago" after a duration (IsAgo), or a relative date with its hours before now ("yesterday" = 24),
/// or null hours when it says only "within the day" ("this morning"), or a day of the week ("last Tuesday"), whose
/// hours depend on today's date.
/// </summary>
internal sealed record RelativeTime(double? Hours, bool IsAgo, DayOfWeek? Weekday = null) : QuantityItem;

/// <summary>Words that say what a nearby number is about.</summary>
internal enum CueKind
{
    Sleep,
    Exercise,
    Episode,
    Pain,
    Stress,
    Intensity,
    Load,
    Rest,
    Caffeine,
    Hydration,
    Unrelated,

    /// <summary>Words about the body's temperature ("temp", "thermometer", "fever"): a temperature near them is the person's.</summary>
    Body,

    /// <summary>Words about the weather ("out", "outside", "heat"): a temperature near them is the air's.</summary>
    Weather,

    /// <summary>A journey ("drive", "flight", "on the train"): a time next to it is the journey's length, nothing else.</summary>
    Travel,
}

/// <summary>
/// What a number or a relative time answers, by its role in the sentence. The question each role answers is named in
/// the lexicon (roles:) and checked at load, so no question id is written in the intake's code.
/// </summary>
internal enum QuantityRole
{
    SessionMinutes,
    EpisodeSeconds,
    DaysSinceOnset,
    HoursSinceSession,
    RecentSession,
    SleepHours,
    Fluids,
    Caffeine,
    Stimulants,
    LoadIncrease,
    Pain,
    Stress,
    Intensity,
    Age,
    RestDays,
    BodyTemperature,
    Fever,
    HotWeather,

    /// <summary>Not a number: a medicine named just after a word of starting ("started simvastatin") was changed lately.</summary>
    MedicineChanged,

    /// <summary>A journey's length over the limit ("a 9 hour drive"): an option of a choices question (role_options).</summary>
    LongTravel,

    /// <summary>A time of the session's own clock beside a cramp ("cramped in the last 20 min"): when it came (role_options).</summary>
    DuringSession,
}

/// <summary>
/// Where a heart pattern's feeling is: the jaw (with the chin, teeth and throat), the neck, or a muscle a session can work
/// (an arm, a shoulder, the upper back). Known heart disease speaks for the jaw alone: a neck is stiff from a helmet or a
/// pillow as often as from the heart.
/// </summary>
internal enum HeartPlace
{
    Jaw,
    Neck,
    Worked,
}

/// <summary>
/// Issue 12's reading of heart pain felt elsewhere (heart_pattern in the lexicon): a feeling word near a place, and the
/// companion signs that make it the heart's. <see cref="Places"/> says which kind of place each is.
/// Pain on effort that eases at rest, told of the heart's places with no leg named, is not <see cref="NotWalkingPain"/>;
/// from <see cref="EffortPatternFromAge"/> it is the heart's pain.
/// </summary>
internal sealed record HeartPattern(
    Question Answer,
    int Reach,
    PhraseMatcher<HeartPlace> Places,
    PhraseMatcher<bool> Feelings,
    PhraseMatcher<bool> ArmWork,
    IReadOnlyList<Companion> Companions,
    Question? NotWalkingPain,
    IReadOnlyList<string> NotWalkingPainWhen,
    int? EffortPatternFromAge,
    PhraseMatcher<bool> EasedByRest,
    IReadOnlyList<string> NotWalkingPainPlaces,
    PhraseMatcher<bool> Legs,
    IReadOnlyList<string> StorySigns,
    IReadOnlyList<string> NotPlacesInTheStory);

/// <summary>
/// One side of the body said by its parts (one_side_of_the_body in the lexicon): a side word (<see cref="Sides"/>) just
/// before parts of two regions of the body (<see cref="PartOf"/>, a word to its region: face, arm, leg), with numbness or
/// weakness (<see cref="Signs"/>) in the sentence, or one of <see cref="Feelings"/>, words that tell weakness only of an
/// arm and a leg of one side ("my right leg and arm feel heavy like a sandbag"). Walking that veers or falls to one side
/// (<see cref="WalkingToASide"/>, the words just before the side) is that side's leg.
/// </summary>
internal sealed record OneSideOfTheBody(
    Question Answer,
    IReadOnlySet<string> Sides,
    IReadOnlySet<string> Signs,
    PhraseMatcher<bool> Feelings,
    IReadOnlySet<string> Fillers,
    IReadOnlyDictionary<string, string> PartOf,
    PhraseMatcher<bool> WalkingToASide)
{
    /// <summary>The region a walk to one side stands for.</summary>
    public const string LegRegion = "leg";
}

/// <summary>A word read as <paramref name="Becomes"/> only straight before one of <paramref name="Before"/>.</summary>
internal sealed record SpellingBefore(string Word, string Becomes, IReadOnlySet<string> Before);

/// <summary>
/// A warning sign told by a part of the body and what it does or feels (part_signs in the lexicon): one of
/// <see cref="Parts"/> ("my chest", "ma breath", "his mouth") within <see cref="Reach"/> words of one of
/// <see cref="States"/> ("pressure", "cannae get", "isn't moving"), either way round, in the same clause. Where
/// <see cref="NotAfterArmWork"/>, not in a description of a session that worked the arms (heart_pattern's arm_work); where
/// <see cref="AskedAfterArmWork"/>, asked there rather than taken (a plain companion sign still takes it: hedged_companions).
/// Where <see cref="DegreeOnly"/>, a softening word before the state says how much, not whether ("a bit brown" is brown).
/// Where <see cref="AskedAfterDays"/>, a sign read only this way in a complaint that began that many days ago or more is
/// asked, not taken (a hand weak for months is no stroke).
/// </summary>
/// <param name="Replaces">Answers whose findings inside the sign's words give way to it ("fingers are puffy" is no local
/// swelling of the hand).</param>
internal sealed record PartSign(Question Answer, int Reach, PhraseMatcher<bool> Parts, PhraseMatcher<bool> States, bool NotAfterArmWork,
    bool AskedAfterArmWork, bool DegreeOnly, int? AskedAfterDays, IReadOnlySet<string> Replaces);

/// <summary>
/// Words of a warning sign that ask it when no finding takes them (<paramref name="Words"/>, each with its question), but
/// not in <paramref name="OtherSenses"/> ("chest day") nor with a word of <paramref name="SaidNormal"/> within
/// <paramref name="SaidNormalReach"/> words after ("wee's a normal colour").
/// </summary>
internal sealed record UnplacedSigns(PhraseMatcher<string> Words, PhraseMatcher<bool> OtherSenses, IReadOnlySet<string> SaidNormal, int SaidNormalReach);

/// <summary>
/// The glass test for a rash (glass_test in the lexicon): one of <see cref="Tests"/> ("pressed a glass on them") with the
/// result nearest it within <see cref="Reach"/> words in its sentence. <see cref="Results"/> is true for a result that
/// says the rash stayed ("still there", "stays"), false for one that says it faded ("goes away"), which one of
/// <see cref="Denials"/> just before turns round ("don't go away").
/// </summary>
internal sealed record GlassTest(Question Answer, int Reach, PhraseMatcher<bool> Tests, PhraseMatcher<bool> Results, IReadOnlySet<string> Denials);

/// <summary>
/// A heart rate told as a figure (heart_rates in the lexicon): a number at most <see cref="Reach"/> words after one of
/// <see cref="Cues"/> ("heart rate 170", "HR hit 220") or just before one of <see cref="Units"/> ("200bpm"), up to
/// <see cref="Highest"/>. From <see cref="AtRestFrom"/> with a word of <see cref="AtRest"/> in its sentence, or from
/// <see cref="AlwaysFrom"/> whatever the person was doing, it answers <see cref="Answer"/> yes, unless its sentence calls it
/// usual (<see cref="Usual"/>, "normal for me").
/// </summary>
internal sealed record HeartRates(Question Answer, int Reach, PhraseMatcher<bool> Cues, PhraseMatcher<bool> Units, PhraseMatcher<bool> AtRest,
    PhraseMatcher<bool> Usual, int AtRestFrom, int AlwaysFrom, int Highest);

/// <summary>
/// Plain water drunk in a long event (water_overload in the lexicon): at least <see cref="MinLitres"/> of water said
/// with a volume (<see cref="Water"/> is true for water, false for another drink that a volume may be of), in a description of an event over <see cref="MinHours"/> hours (a session that long, or a long event
/// by name: <see cref="Events"/> is true for a long one, false for a short one that contains its name, "half marathon").
/// A finding of one of the <see cref="Unless"/> questions in the sentence (electrolytes) says the drink was not plain water.
/// Water drunk all along (<see cref="AllAlong"/>: "at every station", "the whole way") counts as that many litres,
/// unless the sentence says it was too little (<see cref="TooLittle"/>: "hardly had any water all day").
/// </summary>
internal sealed record WaterOverload(
    Question Answer,
    double MinLitres,
    double MinHours,
    PhraseMatcher<bool> Water,
    IReadOnlySet<string> Unless,
    PhraseMatcher<bool> Events,
    PhraseMatcher<bool> AllAlong,
    PhraseMatcher<bool> TooLittle);

internal sealed record CombineRule(string Answer, IReadOnlySet<string> Concepts, string Gives);

internal enum MergeRule
{
    First,
    Sum,
    Max,
}

/// <summary>
/// The intake's vocabulary, loaded from <c>knowledge/intake-lexicon.yaml</c>: ConText triggers, the findings and
/// their synonyms, number words, units, caffeinated drinks and cue words. Validated against the question set at
/// load: every problem is reported with the file, the entry and what is wrong.
/// </summary>
public sealed class IntakeLexicon
{
    public const string FileName = "intake-lexicon.yaml";
    public const string MainLayer = "main";

    /// <summary>The layer of body places: a feeling word belongs to the place nearest it (IntakeReader's heart pattern).</summary>
    public const string LocationLayer = "location";

    /// <summary>The layer of sides ("left calf", "right arm"): which side a complaint is on.</summary>
    public const string SideLayer = "side";

    /// <summary>The layer of activities: its terms name a session (exercise.type), and words_before_activity builds on them.</summary>
    public const string ActivityLayer = "activity";

    /// <summary>The compact form of the lexicon, generated from the YAML (like knowledge.json, decision 0016) and embedded under this name.</summary>
    public const string CompactResource = "knowledge/compiled/intake-lexicon.json";

    private static readonly Lazy<IntakeLexicon> Embedded = new(LoadEmbedded);

    private IntakeLexicon(
        PhraseMatcher<LexiconItem> triggers,
        PhraseMatcher<LexiconItem> findings,
        IReadOnlyList<PhraseMatcher<LexiconItem>> layers,
        PhraseMatcher<QuantityItem> quantities,
        PhraseMatcher<CueKind> cues,
        IReadOnlyDictionary<TriggerCategory, int> scopes,
        IReadOnlyList<CombineRule> combine,
        IReadOnlyDictionary<string, MergeRule> merge,
        IReadOnlyDictionary<QuantityRole, Question> roles)
    {
        Roles = roles;
        Triggers = triggers;
        Findings = findings;
        Layers = layers;
        Quantities = quantities;
        Cues = cues;
        Scopes = scopes;
        Combine = combine;
        Merge = merge;
    }

    /// <summary>The lexicon shipped in this build, checked against <see cref="KnowledgeBase.Default"/>.</summary>
    public static IntakeLexicon Default => Embedded.Value;

    /// <summary>The ConText triggers alone, for finding the context of a given phrase.</summary>
    internal PhraseMatcher<LexiconItem> Triggers { get; }

    /// <summary>Triggers and the findings of the main layer, matched together so that the longest phrase wins.</summary>
    internal PhraseMatcher<LexiconItem> Findings { get; }

    /// <summary>
    /// Further layers, matched on their own so that one phrase can give several answers: "after runs" is a time
    /// (main layer) and a run (activity layer); "night cramps" is a time and a cramp.
    /// </summary>
    internal IReadOnlyList<PhraseMatcher<LexiconItem>> Layers { get; }

    internal PhraseMatcher<QuantityItem> Quantities { get; }

    internal PhraseMatcher<CueKind> Cues { get; }

    /// <summary>How many words a trigger of each category reaches.</summary>
    internal IReadOnlyDictionary<TriggerCategory, int> Scopes { get; }

    internal IReadOnlyList<CombineRule> Combine { get; }

    internal IReadOnlyDictionary<string, MergeRule> Merge { get; }

    /// <summary>The question each role of a number answers (roles: in the lexicon).</summary>
    internal IReadOnlyDictionary<QuantityRole, Question> Roles { get; }

    /// <summary>The option a role gives when its question is a choices question (role_options: in the lexicon).</summary>
    internal IReadOnlyDictionary<QuantityRole, string> RoleOptions { get; private init; } = new Dictionary<QuantityRole, string>();

    /// <summary>
    /// Words that open a clause of their own after a comma or "and" ("no fever, threw up twice"): a forward trigger's
    /// scope does not reach past them.
    /// </summary>
    internal IReadOnlySet<string> ClauseOpeners { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// For a yes/no sign said plainly without its severity ("a headache"), the yes/no questions whose "yes" anywhere in
    /// the description makes it a yes (companions: in the lexicon); without one it is asked.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<Companion>> Companions { get; private init; } = new Dictionary<string, IReadOnlyList<Companion>>();

    /// <summary>
    /// For a warning sign told under a hedge ("sort of pressure in my chest"), the companions whose plain "yes", or whose
    /// option chosen, anywhere in the description makes it a yes (hedged_companions: in the lexicon); without one it is
    /// asked.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<Companion>> HedgedCompanions { get; private init; } = new Dictionary<string, IReadOnlyList<Companion>>();

    /// <summary>
    /// A sign that is being asked (confirm) is taken as yes when the description also holds one of these words: "not
    /// improving" after "45 mins in the air con" is the heat illness not improving with cooling.
    /// </summary>
    internal IReadOnlyDictionary<string, PhraseMatcher<bool>> SettledBy { get; private init; } = new Dictionary<string, PhraseMatcher<bool>>();

    /// <summary>
    /// Concepts whose yes has another cause the description may name (explained_by): shivering is a fever's chills or the
    /// cold's. Keyed by concept id.
    /// </summary>
    internal IReadOnlyDictionary<string, PhraseMatcher<bool>> ExplainedBy { get; private init; } = new Dictionary<string, PhraseMatcher<bool>>();

    /// <summary>
    /// Stroke and spine signs whose words of numbness or weakness answer those questions too ("numb round my privates"):
    /// the signs, and each answer with its words (signs_said_with).
    /// </summary>
    internal IReadOnlySet<string> SignsSaidWith { get; private init; } = new HashSet<string>();

    internal IReadOnlyDictionary<string, PhraseMatcher<bool>> SaidWithWords { get; private init; } = new Dictionary<string, PhraseMatcher<bool>>();

    /// <summary>Words of a warning sign that, when no finding takes them, ask the sign (unplaced_signs).</summary>
    internal UnplacedSigns? Unplaced { get; private init; }

    /// <summary>Words by which someone reports what they saw in the person ("my buddy said I collapsed"): no other person then.</summary>
    internal PhraseMatcher<bool> Reporting { get; private init; } = new([], fuzzy: false);

    /// <summary>Words that say the description is typed for the person named next ("typing this for my dad").</summary>
    internal PhraseMatcher<bool> WritingFor { get; private init; } = new([], fuzzy: false);

    /// <summary>The writer's words of themselves ("I", "my", "me"): a description without one outside the naming of someone else is not the writer's.</summary>
    internal IReadOnlySet<string> FirstPerson { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words for a person the writer may be writing about ("son", "mum", "client").</summary>
    internal IReadOnlySet<string> People { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Words for anyone: after "a" or "the" someone else ("A man got out of the pool ... cramp in his chest"), but at a
    /// description's opening with an age the writer ("Man 45, calf cramps", as "Male 45"); so not among <see cref="People"/>.
    /// </summary>
    internal IReadOnlySet<string> Anyone { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words of <see cref="People"/> a writer may call themselves by ("Lad here, 19", "Girl, 16, netball", "bloke, 61").</summary>
    internal IReadOnlySet<string> CalledByThemselves { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A place of someone's the writer may be at ("at my friend's pool"): that person is not who the words are about.</summary>
    internal IReadOnlySet<string> SomeonesPlaces { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What a writer can only give someone else ("I'm doing CPR"): the writer acting for them, not their complaint.</summary>
    internal IReadOnlySet<string> GivenToSomeoneElse { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How a writer feels looking on ("I'm worried", "I'm really scared"): their words of themselves, not a complaint.</summary>
    internal IReadOnlySet<string> WorriedWords { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Colours a hedge just before only guesses the shade of ("kind of bluish"): the colour is there.</summary>
    internal IReadOnlySet<string> Colours { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What a chest may feel instead of pain ("no chest pain, just a pressure"): the question asks about those too.</summary>
    internal IReadOnlySet<string> ChestFeelings { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// A word of a dialect that always stands for one word of standard English ("ma" for "my", "intae" for "into",
    /// "cannae" for "can't"): the text's word is read as the standard one, and the lexicon is written in standard words.
    /// </summary>
    internal IReadOnlyDictionary<string, string> Spellings { get; private init; } = new Dictionary<string, string>();

    /// <summary>
    /// A word of the text read as another only straight before certain words (spellings_before): Nigerian Pidgin "e" is
    /// "he" before a verb ("e dey confuse") and the letter elsewhere ("vitamin E").
    /// </summary>
    internal IReadOnlyList<SpellingBefore> SpellingsBefore { get; private init; } = [];

    /// <summary>The standard word for the text's word <paramref name="norm"/> when <paramref name="next"/> follows it.</summary>
    internal string Standard(string norm, string? next) =>
        next is not null && SpellingsBefore.FirstOrDefault(s => s.Word == norm && s.Before.Contains(next)) is { } before
            ? before.Becomes
            : Standard(norm);

    /// <summary>
    /// The standard word the lexicon is written in for a word of the text: its dialect spelling's word, or with its dropped
    /// "g" put back ("achin", "sweatin'") when only the "-ing" form is a lexicon word ("skin" and "begin" stay).
    /// </summary>
    internal string Standard(string norm)
    {
        if (Spellings.TryGetValue(norm, out var standard))
        {
            return standard;
        }

        // "mooth's gone squint": the dialect word with its "'s".
        if (norm.EndsWith("'s", StringComparison.Ordinal) && Spellings.TryGetValue(norm[..^2], out var owner))
        {
            return owner + "'s";
        }

        var stem = norm.EndsWith("in'", StringComparison.Ordinal) ? norm[..^1] : norm;
        return !Words.Contains(stem) && WithTheG(stem, Words) is { } ing ? ing : norm;
    }

    /// <summary>"sweatin" as "sweating": a word of five letters or more ending in "in" whose -ing word the lexicon knows.</summary>
    private static string? WithTheG(string word, IReadOnlySet<string> words) =>
        word.Length >= 5 && word.EndsWith("in", StringComparison.Ordinal) && words.Contains(word + "g") ? word + "g" : null;

    /// <summary>Verbs of speaking to someone ("told", "asked"): the person after one is who the writer spoke to.</summary>
    internal IReadOnlySet<string> SpokenTo { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whole numbers from zero to ten said as one word ("nine"), for a pain score given in words.</summary>
    internal IReadOnlyDictionary<string, int> ScoreWords { get; private init; } = new Dictionary<string, int>();

    /// <summary>Words saying a cramp has not let go yet ("still hasn't let go"): the time since it began is then its length.</summary>
    internal PhraseMatcher<bool> StillHolding { get; private init; } = new([], fuzzy: false);

    /// <summary>Self-care tried ("stretched it", "hot bath"): before words that the cramp still holds, it has not helped.</summary>
    internal PhraseMatcher<bool> RemediesTried { get; private init; } = new([], fuzzy: false);

    /// <summary>Words saying a cramp let go ("it went", "eased"): near self-care tried, that self-care worked.</summary>
    internal PhraseMatcher<bool> ReliefWords { get; private init; } = new([], fuzzy: false);

    /// <summary>Words of the present ("now"): after a session named in the same sentence, the session has just been.</summary>
    internal PhraseMatcher<bool> PresentNow { get; private init; } = new([], fuzzy: false);

    /// <summary>Signs whose body part, said only of them, is no place of the twitch or cramp ("tingling in my left foot").</summary>
    internal IReadOnlySet<string> SignsWithoutAPlace { get; private init; } = new HashSet<string>();

    /// <summary>Signs whose body part is no place of the complaint when it is one ("right arm is weak"), not several.</summary>
    internal IReadOnlySet<string> SignsWithoutOnePlace { get; private init; } = new HashSet<string>();

    /// <summary>Words that may open a sentence before an activity going on ("I was out running, ..."): single words.</summary>
    internal IReadOnlySet<string> GoingOnOpeners { get; private init; } = new HashSet<string>();

    /// <summary>"fine now", "gone now": a "now" of an episode that is over, which dates no session.</summary>
    internal PhraseMatcher<bool> ResolvedNow { get; private init; } = new([], fuzzy: false);

    /// <summary>Sessions that name no activity ("the gym", "training"): sessions all the same for "now" after them.</summary>
    internal PhraseMatcher<bool> UntypedSessions { get; private init; } = new([], fuzzy: false);

    /// <summary>Words of a habit or an older day ("whenever", "on Saturday"): a session said with them is not one just done.</summary>
    internal PhraseMatcher<bool> NotJustDone { get; private init; } = new([], fuzzy: false);

    /// <summary>Words that end a clause after a session named ("calves twitch after", "twitching since"): after it.</summary>
    internal PhraseMatcher<bool> AfterSessionAlone { get; private init; } = new([], fuzzy: false);

    /// <summary>Words after a session and before a twitch or cramp ("then"): the twitch came after the session.</summary>
    internal PhraseMatcher<bool> SessionThen { get; private init; } = new([], fuzzy: false);

    /// <summary>Places and moments of a session ("in the pool", "on the descent"): after a twitch or cramp, during it.</summary>
    internal PhraseMatcher<bool> DuringAfterComplaint { get; private init; } = new([], fuzzy: false);

    /// <summary>Words before an activity going on ("while", "every time"): after a twitch or cramp, during the activity.</summary>
    internal PhraseMatcher<bool> GoingOnAfterComplaint { get; private init; } = new([], fuzzy: false);

    /// <summary>Words that move a time ("after", "since"): what follows them is no moment of the complaint.</summary>
    internal PhraseMatcher<bool> TimeMovers { get; private init; } = new([], fuzzy: false);

    /// <summary>
    /// Words of starting: a medicine named after them was started or changed lately ("started simvastatin"); an activity named
    /// after them says when training began ("started running"), which dates no session.
    /// </summary>
    internal PhraseMatcher<bool> WordsOfStarting { get; private init; } = new([], fuzzy: false);

    /// <summary>Words just after which a medicine named was stopped, started or changed lately ("gabapentin was stopped").</summary>
    internal PhraseMatcher<bool> MedicineChangedAfter { get; private init; } = new([], fuzzy: false);

    /// <summary>The heart pattern of issue 12; null when the lexicon names none (a small lexicon for a test).</summary>
    internal HeartPattern? Heart { get; private init; }

    /// <summary>One side of the body said by its parts; null when the lexicon names none.</summary>
    internal OneSideOfTheBody? OneSide { get; private init; }

    /// <summary>Warning signs told by a part of the body and what it does or feels.</summary>
    internal IReadOnlyList<PartSign> PartSigns { get; private init; } = [];

    /// <summary>Words that soften a part sign's state ("a bit droopy"): the sign is asked, not taken.</summary>
    internal IReadOnlySet<string> PartSignSofteners { get; private init; } = new HashSet<string>();

    /// <summary>Every word of the lexicon's phrases and cues: the words fuzzy matching may read a misspelling as.</summary>
    internal IReadOnlySet<string> Words { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>English words one letter from a lexicon word that are no misspelling of it (not_typos).</summary>
    internal IReadOnlySet<string> NotTypos { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Plain water in a long event, read from volumes; null when the lexicon names none.</summary>
    internal WaterOverload? WaterOverload { get; private init; }

    /// <summary>The glass test for a rash and its result; null when the lexicon names none.</summary>
    internal GlassTest? GlassTest { get; private init; }

    /// <summary>A heart rate told as a figure; null when the lexicon names none.</summary>
    internal HeartRates? HeartRates { get; private init; }

    public static string ReadEmbedded()
    {
        using var stream = typeof(IntakeLexicon).Assembly.GetManifestResourceStream("knowledge/" + FileName)
            ?? throw new KnowledgeException([new(FileName, "(file)", "missing from the build; it must be in knowledge/")]);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Parses and validates the lexicon's YAML; throws <see cref="KnowledgeException"/> listing every problem.</summary>
    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    public static IntakeLexicon Load(string yaml, KnowledgeBase knowledge) => new Builder(knowledge).Build(ReadYaml(yaml));

    /// <summary>Validates the lexicon's YAML and writes it in the compact form (what <see cref="Default"/> is loaded from).</summary>
    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    public static string Compact(string yaml, KnowledgeBase knowledge)
    {
        var doc = ReadYaml(yaml);
        new Builder(knowledge).Build(doc);
        return JsonSerializer.Serialize(doc, KnowledgeJson.Default.IntakeLexiconDocument);
    }

    /// <summary>The shipped lexicon from its compact form (a reader generated at build time), validated as <see cref="Load"/> validates the YAML.</summary>
    private static IntakeLexicon LoadEmbedded() =>
        new Builder(KnowledgeBase.Default).Build(CompactForm.Read(CompactResource, KnowledgeJson.Default.IntakeLexiconDocument, "knowledge/" + FileName));

    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    private static IntakeLexiconDocument ReadYaml(string text) => YamlBinding.Read<IntakeLexiconDocument>(FileName, text);

    private sealed class Builder(KnowledgeBase knowledge)
    {
        private readonly List<KnowledgeProblem> problems = [];

        private Dictionary<string, string> spellings = new(StringComparer.Ordinal);

        public IntakeLexicon Build(IntakeLexiconDocument doc)
        {
            spellings = BuildSpellings(doc.Spellings);
            var spellingsBefore = BuildSpellingsBefore(doc.SpellingsBefore);
            var scopes = BuildScopes(doc);
            var layers = new Dictionary<string, List<(string, LexiconItem)>>(StringComparer.Ordinal) { [MainLayer] = [] };
            var concepts = BuildConcepts(doc, layers);
            var phrases = layers[MainLayer];

            // Concepts first: on a tie in length, a finding ("can't breathe") beats a trigger ("can't").
            BuildTriggers(doc, phrases);
            var quantities = BuildQuantities(doc);
            var cues = BuildCues(doc);
            var combine = BuildCombine(doc, concepts);
            var merge = BuildMerge(doc);
            var (roles, roleOptions) = BuildRoles(doc);
            var heart = BuildHeart(doc.HeartPattern);
            var water = BuildWaterOverload(doc.WaterOverload);
            var oneSide = BuildOneSide(doc.OneSideOfTheBody);
            var partSigns = BuildPartSigns(doc.PartSigns);
            var glassTest = BuildGlassTest(doc.GlassTest);
            var heartRates = BuildHeartRates(doc.HeartRates);
            var companions = BuildCompanions("companions", doc.Companions);
            var hedgedCompanions = BuildCompanions("hedged_companions", doc.HedgedCompanions);
            CheckYesNo("settled_by", doc.SettledBy.Keys);
            foreach (var id in doc.ExplainedBy.Keys.Where(id => !concepts.TryGetValue(id, out var c) || c.Value is not BoolAnswer { Value: true }))
            {
                Problem("explained_by", $"'{id}' is not a concept that answers a yes/no question yes");
            }
            var saidWith = doc.SignsSaidWith ?? new SignsSaidWithEntry();
            CheckYesNo("signs_said_with", saidWith.Signs.Concat(saidWith.Words.Keys));

            CheckYesNo("signs_without_a_place", doc.SignsWithoutAPlace.Concat(doc.SignsWithoutOnePlace));
            var unplaced = BuildUnplaced(doc.UnplacedSigns);

            // Every word the lexicon knows, whichever layer it is in, is exempt from fuzzy matching in all of them, and so is
            // an English word listed as no typo ("washed" is not a misspelt "wasted").
            var words = phrases.Concat(layers.Values.SelectMany(l => l)).Select(p => p.Item1).Concat(cues.Select(c => c.Item1))
                .SelectMany(PhraseMatcher<LexiconItem>.Words).Where(w => !w.EndsWith('*')).ToHashSet(StringComparer.Ordinal);
            // A dropped g is put back only where no phrase holds the word (Standard): a term written "sweatin" would keep the
            // text's "sweatin" from every "sweating" phrase.
            foreach (var dropped in words.Where(w => WithTheG(w, words) is not null).Order(StringComparer.Ordinal))
            {
                Problem("terms", $"'{dropped}' is read as '{dropped}g' only where no term holds it: write '{dropped}g'");
            }

            var people = WordSet(doc.People);
            foreach (var word in WordSet(doc.CalledByThemselves).Where(w => !people.Contains(w)).Order(StringComparer.Ordinal))
            {
                Problem("called_by_themselves", $"'{word}' is not in people");
            }

            if (problems.Count > 0)
            {
                throw new KnowledgeException(problems);
            }

            var notTypos = WordSet(doc.NotTypos);
            var known = words.Concat(notTypos).ToHashSet(StringComparer.Ordinal);
            var extra = layers.Where(l => l.Key != MainLayer).Select(l => new PhraseMatcher<LexiconItem>(l.Value, fuzzy: true, known)).ToList();
            var triggers = phrases.Where(p => p.Item2 is Trigger).ToList();
            return new IntakeLexicon(new(triggers, fuzzy: false), new(phrases, fuzzy: true, known, item => item is Concept), extra, new(quantities, fuzzy: false), new(cues, fuzzy: false), scopes, combine, merge, roles)
            {
                ClauseOpeners = WordSet(doc.ClauseOpeners),
                Heart = heart,
                OneSide = oneSide,
                PartSigns = partSigns,
                PartSignSofteners = WordSet(doc.PartSignSofteners),
                WaterOverload = water,
                GlassTest = glassTest,
                HeartRates = heartRates,
                Words = words,
                NotTypos = notTypos,
                RoleOptions = roleOptions,
                Companions = companions,
                HedgedCompanions = hedgedCompanions,
                SettledBy = doc.SettledBy.ToDictionary(e => e.Key, e => Words(e.Value), StringComparer.Ordinal),
                ExplainedBy = doc.ExplainedBy.ToDictionary(e => e.Key, e => Words(e.Value), StringComparer.Ordinal),
                SignsSaidWith = saidWith.Signs.ToHashSet(StringComparer.Ordinal),
                SaidWithWords = saidWith.Words.ToDictionary(e => e.Key, e => Words(e.Value), StringComparer.Ordinal),
                Unplaced = unplaced,
                WordsOfStarting = Words(doc.WordsOfStarting),
                MedicineChangedAfter = Words(doc.MedicineChangedAfter),
                Reporting = Words(doc.Reporting),
                WritingFor = Words(doc.WritingFor),
                Spellings = spellings,
                SpellingsBefore = spellingsBefore,
                SpokenTo = WordSet(doc.SpokenTo),
                FirstPerson = WordSet(doc.FirstPerson),
                People = WordSet(doc.People),
                Anyone = WordSet(doc.Anyone),
                CalledByThemselves = WordSet(doc.CalledByThemselves),
                SomeonesPlaces = WordSet(doc.SomeonesPlaces),
                GivenToSomeoneElse = WordSet(doc.GivenToSomeoneElse),
                WorriedWords = WordSet(doc.WorriedWords),
                Colours = WordSet(doc.Colours),
                ChestFeelings = WordSet(doc.ChestFeelings),
                // "a" and "an" are one only before a unit ("an hour"): "the pain's a nine" has its score in the next word.
                ScoreWords = doc.Numbers.Where(n => n.Value is >= 0 and <= 10 && n.Value == Math.Floor(n.Value) && !n.Key.Contains(' ') && n.Key is not ("a" or "an"))
                    .ToDictionary(n => n.Key, n => (int)n.Value, StringComparer.Ordinal),
                StillHolding = Words(doc.StillHolding),
                RemediesTried = Words(doc.RemediesTried),
                ReliefWords = Words(doc.ReliefWords),
                PresentNow = Words(doc.PresentNow),
                ResolvedNow = Words(doc.ResolvedNow),
                SignsWithoutAPlace = doc.SignsWithoutAPlace.ToHashSet(StringComparer.Ordinal),
                SignsWithoutOnePlace = doc.SignsWithoutOnePlace.ToHashSet(StringComparer.Ordinal),
                GoingOnOpeners = WordSet(doc.GoingOnOpeners),
                UntypedSessions = Words(doc.UntypedSessions),
                NotJustDone = Words(doc.NotJustDone),
                AfterSessionAlone = Words(doc.AfterSessionAlone),
                SessionThen = Words(doc.SessionThen),
                DuringAfterComplaint = Words(doc.DuringAfterComplaint),
                GoingOnAfterComplaint = Words(doc.GoingOnAfterComplaint),
                TimeMovers = Words(doc.TimeMovers),
            };
        }

        private void Problem(string entry, string message) => problems.Add(new(FileName, entry, message));

        private bool IsYesNo(string id) => knowledge.TryGetQuestion(id, out var q) && q.Type == QuestionType.Bool;

        /// <summary>Names each id that is not a yes/no question: "sign 'person.age' is not a yes/no question".</summary>
        private void CheckYesNo(string entry, IEnumerable<string> ids, string named = "")
        {
            foreach (var id in ids.Where(id => !IsYesNo(id)))
            {
                Problem(entry, $"{named}'{id}' is not a yes/no question");
            }
        }

        /// <summary>Single words as the tokens hold them: trimmed and lower case.</summary>
        private static HashSet<string> WordSet(IEnumerable<string> words) => words.Select(w => w.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        /// <summary>A list of words or phrases, matched as written (no fuzzy matching).</summary>
        private static PhraseMatcher<bool> Words(IEnumerable<string> terms) => new(terms.Select(w => (w, true)), fuzzy: false);

        private void CheckTerms(List<string> terms, string entry)
        {
            if (terms.Count == 0)
            {
                Problem(entry, "'terms' is empty");
            }

            // A term written twice in one entry is a copy that hides what the entry holds ("mid-run" beside "mid run" is a
            // spelling people use, kept on purpose though the matcher reads both alike).
            foreach (var twice in terms.Where(t => t is not null).GroupBy(t => t.Trim().ToLowerInvariant()).Where(g => g.Count() > 1))
            {
                Problem(entry, $"term '{twice.Key}' is listed {twice.Count()} times");
            }

            foreach (var term in terms)
            {
                var words = PhraseMatcher<object>.Words(term ?? "");
                if (words.Length == 0)
                {
                    Problem(entry, $"term '{term}' has no words");
                }
                else if (words[0] == "..." || words[^1] == "...")
                {
                    Problem(entry, $"term '{term}' may not start or end with '...'");
                }
                else if (words.FirstOrDefault(spellings.ContainsKey) is { } dialect)
                {
                    // The text's word is read as its standard one before matching, so this term could never match.
                    Problem(entry, $"term '{term}' holds '{dialect}', which is read as '{spellings[dialect]}': write '{spellings[dialect]}'");
                }
            }
        }

        /// <summary>Each spelling maps one word to one word, both lower case.</summary>
        private Dictionary<string, string> BuildSpellings(Dictionary<string, string> entries)
        {
            foreach (var (word, standard) in entries)
            {
                if (PhraseMatcher<object>.Words(word ?? "") is not [var w] || w != word ||
                    PhraseMatcher<object>.Words(standard ?? "") is not [var s] || s != standard)
                {
                    Problem($"spellings '{word}'", "must map one lower-case word to one lower-case word");
                }
            }

            return new(entries, StringComparer.Ordinal);
        }

        private List<SpellingBefore> BuildSpellingsBefore(List<SpellingBeforeEntry> entries)
        {
            var built = new List<SpellingBefore>();
            foreach (var entry in entries)
            {
                var where = $"spellings_before '{entry.Word}'";
                if (PhraseMatcher<object>.Words(entry.Word ?? "") is not [var w] || w != entry.Word ||
                    PhraseMatcher<object>.Words(entry.Becomes ?? "") is not [var b] || b != entry.Becomes)
                {
                    Problem(where, "must map one lower-case word to one lower-case word");
                    continue;
                }

                if (entry.Before.Count == 0 || entry.Before.Any(next => PhraseMatcher<object>.Words(next) is not [var n] || n != next))
                {
                    Problem(where, "needs a list of the single lower-case words it comes before");
                    continue;
                }

                built.Add(new(w, b, new HashSet<string>(entry.Before, StringComparer.Ordinal)));
            }

            return built;
        }

        private Dictionary<TriggerCategory, int> BuildScopes(IntakeLexiconDocument doc)
        {
            var scopes = new Dictionary<TriggerCategory, int>();
            foreach (var (name, words) in doc.Scopes)
            {
                if (ParseCategory(name) is not { } category || category is TriggerCategory.Pseudo or TriggerCategory.Termination)
                {
                    Problem($"scopes '{name}'", "must be negation, hypothetical, other_person, historical or uncertain");
                }
                else if (words < 1)
                {
                    Problem($"scopes '{name}'", $"a scope must reach at least 1 word, not {words}");
                }
                else
                {
                    scopes[category] = words;
                }
            }

            foreach (var missing in new[] { TriggerCategory.Negation, TriggerCategory.Hypothetical, TriggerCategory.OtherPerson, TriggerCategory.Historical, TriggerCategory.Uncertain }
                         .Where(c => !scopes.ContainsKey(c)))
            {
                Problem("scopes", $"no scope for '{Snake(missing)}'");
            }

            return scopes;
        }

        private void BuildTriggers(IntakeLexiconDocument doc, List<(string, LexiconItem)> phrases)
        {
            for (var i = 0; i < doc.Triggers.Count; i++)
            {
                var e = doc.Triggers[i];
                var entry = $"triggers #{i + 1} ({e.Category})";
                var category = ParseCategory(e.Category);
                if (category is null)
                {
                    Problem(entry, $"category must be one of: {string.Join(", ", Enum.GetValues<TriggerCategory>().Select(Snake))}");
                }

                TriggerDirection? direction = e.Direction switch
                {
                    null or "forward" => TriggerDirection.Forward,
                    "backward" => TriggerDirection.Backward,
                    "both" => TriggerDirection.Both,
                    _ => null,
                };
                if (direction is null)
                {
                    Problem(entry, $"direction must be forward, backward or both, not '{e.Direction}'");
                }

                if (e.FamilyHistory && category is not TriggerCategory.OtherPerson)
                {
                    Problem(entry, "family_history is for other_person triggers only");
                }

                if (e.OneFinding && direction is not TriggerDirection.Forward)
                {
                    Problem(entry, "one_finding is for forward triggers only");
                }

                CheckTerms(e.Terms, entry);
                if (category is { } c && direction is { } d)
                {
                    var trigger = new Trigger(c, d, e.EndsAtComma, e.FamilyHistory, e.OneFinding);
                    phrases.AddRange(e.Terms.Select(t => (t, (LexiconItem)trigger)));
                    // The terminations ", my" and "and my" would take "my" first, and "heart racing, my dad had a clot" would
                    // lose its other person: a trigger that starts with "my" is matched with the comma or "and" too.
                    if (c is not TriggerCategory.Termination)
                    {
                        phrases.AddRange(e.Terms.Where(t => t.StartsWith("my ", StringComparison.Ordinal))
                            .SelectMany(t => new[] { ", " + t, "and " + t }).Select(t => (t, (LexiconItem)trigger)));
                    }
                }
            }
        }

        private Dictionary<string, Concept> BuildConcepts(IntakeLexiconDocument doc, Dictionary<string, List<(string, LexiconItem)>> layers)
        {
            var concepts = new Dictionary<string, Concept>(StringComparer.Ordinal);
            var activities = doc.Concepts.Where(c => c.Layer == ActivityLayer).SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).ToList();
            List<(string, LexiconItem)> LayerPhrases(string layer) =>
                layers.TryGetValue(layer, out var phrases) ? phrases : layers[layer] = [];
            for (var i = 0; i < doc.Concepts.Count; i++)
            {
                var e = doc.Concepts[i];
                var entry = $"concept '{e.Id ?? $"#{i + 1}"}'";
                if (string.IsNullOrWhiteSpace(e.Id))
                {
                    Problem(entry, "'id' is missing");
                    continue;
                }

                if (concepts.ContainsKey(e.Id))
                {
                    Problem(entry, $"duplicate id '{e.Id}'");
                }

                CheckTerms(e.Terms, entry);
                foreach (var unknown in e.Confirm.Where(c => !knowledge.TryGetQuestion(c, out _)))
                {
                    Problem(entry, $"'confirm' names unknown question '{unknown}'");
                }

                if (e.RecentWithinDays is <= 0 || (e.RecentWithinDays is not null && !e.HistoricalCounts))
                {
                    Problem(entry, "'recent_within_days' is a positive number of days, for a past event that counts ('historical_counts: true')");
                }

                if (e.SaidUnsurely && !(e.Answer is null && e.Confirm.Count > 0))
                {
                    Problem(entry, "'said_unsurely' is for words that only ask (a 'confirm' and no 'answer')");
                }

                if (e.OtherSense && (e.Answer is not null || e.Confirm.Count > 0))
                {
                    Problem(entry, "'other_sense' words answer and ask nothing (no 'answer', no 'confirm')");
                }

                if (e.Answer is null && (e.Confirm.Count > 0 || e.OtherSense))
                {
                    // Answers nothing: only asks, or (words in another sense, "that class was sick") not even that, but takes
                    // its words from every finding of its layer. In a layer of its own it never takes a finding's words from
                    // the main one.
                    var cue = new ConfirmCue(e.Confirm, e.SaidUnsurely);
                    LayerPhrases(e.Layer ?? MainLayer).AddRange(e.Terms.Select(t => (t, (LexiconItem)cue)));
                    continue;
                }

                if (!knowledge.TryGetQuestion(e.Answer ?? "", out var q))
                {
                    Problem(entry, $"unknown question '{e.Answer}'");
                    continue;
                }

                var also = Also(e, entry);
                if (ConceptValues(e, q, entry) is { } values)
                {
                    var layer = e.Layer ?? MainLayer;
                    // The main layer's concepts are matched loosely: a term that only swaps "my" for "the", or "his", "her"
                    // and "their" for each other, is a copy of one already listed.
                    foreach (var copies in (layer == MainLayer ? e.Terms : []).Where(t => t is not null).Select(t => t.Trim().ToLowerInvariant()).Distinct()
                                 .GroupBy(PhraseMatcher<LexiconItem>.LooseForm).Where(g => g.Count() > 1))
                    {
                        Problem(entry, $"term '{copies.ElementAt(1)}' matches as '{copies.First()}' does (\"my\" stands for \"the\", \"his\" for \"her\" and \"their\")");
                    }

                    var concept = new Concept(e.Id, q, values.Value, values.Negated, e.HistoricalCounts, e.Exclusive, also, e.Confirm, layer, e.RecentWithinDays);
                    concepts[e.Id] = concept;
                    var phrases = LayerPhrases(layer);
                    phrases.AddRange(e.Terms.Select(t => (t, (LexiconItem)concept)));
                    // "after bench and curls", "during ... deadlifts": a timing word, then any activity the lexicon knows, so
                    // a new sport added to exercise.type is timed as well without a list of its own here.
                    phrases.AddRange(e.WordsBeforeActivity.SelectMany(w => activities.Select(a => ($"{w} ... {a}", (LexiconItem)concept))));
                }
            }

            return concepts;
        }

        private (AnswerValue? Value, AnswerValue? Negated)? ConceptValues(ConceptEntry e, Question q, string entry)
        {
            if (e.OnlyNegated && q.Type != QuestionType.Bool)
            {
                Problem(entry, $"'only_negated' needs a yes/no question, and '{q.Id}' is not one");
                return null;
            }

            switch (q.Type)
            {
                case QuestionType.Bool:
                    if (e.Option is not null || e.NegatedValue is not null || e.Value is not (null or "true" or "false"))
                    {
                        Problem(entry, $"'{q.Id}' is yes/no: give no option, and 'value' only as true or false (a negation gives the opposite)");
                        return null;
                    }

                    if (e.OnlyNegated)
                    {
                        // "headache", "red": said alone they settle nothing ("confirm" may ask), denied they are a "no".
                        if (e.Value is not null)
                        {
                            Problem(entry, "'only_negated' gives no 'value': denied it is no, said it answers nothing");
                            return null;
                        }

                        return (null, AnswerValue.Of(false));
                    }

                    // A denial denied is not a finding: "no numbness and pee is normal" says nothing about dark urine.
                    var yes = e.Value != "false";
                    return (AnswerValue.Of(yes), yes ? AnswerValue.Of(false) : null);

                case QuestionType.Number:
                    var value = Number(e.Value, q, entry, "value");
                    var negated = Number(e.NegatedValue, q, entry, "negated_value");
                    if (e.Option is not null || (value is null && negated is null))
                    {
                        Problem(entry, $"'{q.Id}' is a number: give 'value' or 'negated_value' (numbers with units are read by the unit patterns)");
                        return null;
                    }

                    return (value, negated);

                default:
                    if (e.Value is not null || e.NegatedValue is not null || q.OptionIndex(e.Option ?? "") < 0)
                    {
                        Problem(entry, $"'{q.Id}' takes an 'option', one of: {string.Join(", ", q.Options.Select(o => o.Id))}; found '{e.Option}'");
                        return null;
                    }

                    AnswerValue option = q.Type == QuestionType.Choice ? new ChoiceAnswer(e.Option!) : new ChoicesAnswer([e.Option!]);
                    return (option, null);
            }
        }

        /// <summary>"also: {episode.sides: both_sides}": answers implied by the words ("calves" = both sides).</summary>
        private List<KeyValuePair<string, AnswerValue>> Also(ConceptEntry e, string entry)
        {
            var list = new List<KeyValuePair<string, AnswerValue>>();
            foreach (var (id, text) in e.Also)
            {
                if (!knowledge.TryGetQuestion(id, out var q))
                {
                    Problem(entry, $"'also' names unknown question '{id}'");
                    continue;
                }

                AnswerValue? value = q.Type switch
                {
                    QuestionType.Bool when text is "true" or "false" => AnswerValue.Of(text == "true"),
                    QuestionType.Number => Number(text, q, entry, "also " + id),
                    QuestionType.Choice when q.OptionIndex(text) >= 0 => new ChoiceAnswer(text),
                    QuestionType.Choices when q.OptionIndex(text) >= 0 => new ChoicesAnswer([text]),
                    _ => null,
                };
                if (value is null)
                {
                    Problem(entry, $"'also' gives '{id}' the value '{text}', which it cannot take");
                    continue;
                }

                list.Add(new(id, value));
            }

            return list;
        }

        private NumberAnswer? Number(string? text, Question q, string entry, string field)
        {
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < q.Min || n > q.Max)
            {
                Problem(entry, $"'{field}: {text}' must be a number from {q.Min} to {q.Max}");
                return null;
            }

            return new NumberAnswer(n);
        }

        private List<(string, QuantityItem)> BuildQuantities(IntakeLexiconDocument doc)
        {
            var phrases = new List<(string, QuantityItem)>();
            foreach (var (word, value) in doc.Numbers)
            {
                if (value < 0 || !double.IsFinite(value))
                {
                    Problem($"numbers '{word}'", "must be a number of at least 0");
                }

                phrases.Add((word, new NumberWord(value)));
            }

            for (var i = 0; i < doc.Units.Count; i++)
            {
                var e = doc.Units[i];
                var entry = $"units #{i + 1} ({e.Kind})";
                CheckTerms(e.Terms, entry);
                if (!Enum.TryParse<UnitKind>(e.Kind?.Replace("_", ""), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    Problem(entry, $"kind must be one of: {string.Join(", ", Enum.GetValues<UnitKind>().Select(Snake))}");
                    continue;
                }

                if (e.Factor <= 0)
                {
                    Problem(entry, "factor must be above 0");
                }

                phrases.AddRange(e.Terms.Select(t => (t, (QuantityItem)new Unit(kind, e.Factor))));
            }

            foreach (var e in doc.Drinks)
            {
                var entry = $"drink '{e.Id}'";
                CheckTerms(e.Terms, entry);
                if (e.CaffeineMg <= 0 || e.ServingMl <= 0)
                {
                    Problem(entry, "caffeine_mg and serving_ml must both be above 0");
                }

                phrases.AddRange(e.Terms.Select(t => (t, (QuantityItem)new Drink(e.Id ?? "", e.CaffeineMg, e.ServingMl, e.Stimulant))));
            }

            phrases.AddRange(doc.Fillers.Select(f => (f, (QuantityItem)new Filler())));
            if (doc.NotAmounts.Count > 0)
            {
                CheckTerms(doc.NotAmounts, "not_amounts");
            }

            phrases.AddRange(doc.NotAmounts.Select(f => (f, (QuantityItem)new NotAnAmount())));
            foreach (var (words, meaning) in doc.RelativeTimes)
            {
                CheckTerms([words], $"relative_times '{words}'");
                RelativeTime? time = meaning switch
                {
                    "ago" => new(null, IsAgo: true),
                    "today" => new(null, IsAgo: false),
                    _ when Enum.TryParse<DayOfWeek>(meaning, ignoreCase: true, out var day) && !int.TryParse(meaning, out _) => new(null, IsAgo: false, day),
                    _ when double.TryParse(meaning, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && hours >= 0 => new(hours, IsAgo: false),
                    _ => null,
                };
                if (time is null)
                {
                    Problem($"relative_times '{words}'", $"must be ago, today, a day of the week or a number of hours before now, not '{meaning}'");
                    continue;
                }

                phrases.Add((words, time));
            }

            return phrases;
        }

        private List<(string, CueKind)> BuildCues(IntakeLexiconDocument doc)
        {
            var phrases = new List<(string, CueKind)>();
            foreach (var (name, terms) in doc.Cues)
            {
                if (!Enum.TryParse<CueKind>(name, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    Problem($"cues '{name}'", $"must be one of: {string.Join(", ", Enum.GetValues<CueKind>().Select(Snake))}");
                    continue;
                }

                CheckTerms(terms, $"cues '{name}'");
                phrases.AddRange(terms.Select(t => (t, kind)));
            }

            return phrases;
        }

        private List<CombineRule> BuildCombine(IntakeLexiconDocument doc, Dictionary<string, Concept> concepts)
        {
            var rules = new List<CombineRule>();
            foreach (var e in doc.Combine)
            {
                var entry = $"combine '{e.Answer}'";
                var ok = knowledge.TryGetQuestion(e.Answer ?? "", out var q) && q.Type == QuestionType.Choice && q.OptionIndex(e.Gives ?? "") >= 0;
                if (!ok)
                {
                    Problem(entry, "needs a one-choice question as 'answer' and one of its options as 'gives'");
                }

                foreach (var c in e.Concepts.Where(c => !concepts.TryGetValue(c, out var concept) || concept.Question.Id != e.Answer))
                {
                    Problem(entry, $"'{c}' is not a concept that answers '{e.Answer}'");
                }

                if (e.Concepts.Count < 2)
                {
                    Problem(entry, "combines at least two concepts");
                }

                if (ok)
                {
                    rules.Add(new(e.Answer!, e.Concepts.ToHashSet(StringComparer.Ordinal), e.Gives!));
                }
            }

            return rules;
        }

        private Dictionary<string, MergeRule> BuildMerge(IntakeLexiconDocument doc)
        {
            var merge = new Dictionary<string, MergeRule>(StringComparer.Ordinal);
            foreach (var (id, rule) in doc.Merge)
            {
                if (!knowledge.TryGetQuestion(id, out var q) || q.Type != QuestionType.Number)
                {
                    Problem($"merge '{id}'", "is not a number question");
                }
                else if (!Enum.TryParse<MergeRule>(rule, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    Problem($"merge '{id}'", $"must be first, sum or max, not '{rule}'");
                }
                else
                {
                    merge[id] = parsed;
                }
            }

            return merge;
        }

        /// <summary>
        /// Every role names a question of the right type: numbers for amounts, yes/no for recent, fever and heat, and a
        /// choices question with one of its options (role_options) for a long journey. A role left out is not read (a
        /// small lexicon for a test need not name them all).
        /// </summary>
        private (Dictionary<QuantityRole, Question> Roles, Dictionary<QuantityRole, string> Options) BuildRoles(IntakeLexiconDocument doc)
        {
            var roles = new Dictionary<QuantityRole, Question>();
            var options = new Dictionary<QuantityRole, string>();
            foreach (var (name, id) in doc.Roles)
            {
                var entry = $"roles '{name}'";
                if (!Enum.TryParse<QuantityRole>(name.Replace("_", ""), ignoreCase: true, out var role) || !Enum.IsDefined(role))
                {
                    Problem(entry, $"must be one of: {string.Join(", ", Enum.GetValues<QuantityRole>().Select(Snake))}");
                }
                else if (!knowledge.TryGetQuestion(id ?? "", out var q))
                {
                    Problem(entry, $"unknown question '{id}'");
                }
                else if (role is QuantityRole.LongTravel or QuantityRole.DuringSession)
                {
                    var option = doc.RoleOptions.GetValueOrDefault(name);
                    if (q.Type != QuestionType.Choices || q.OptionIndex(option ?? "") < 0)
                    {
                        Problem(entry, $"'{id}' must be a choices question, and role_options must give it one of its options, not '{option}'");
                        continue;
                    }

                    roles[role] = q;
                    options[role] = option!;
                }
                else if (q.Type != (role is QuantityRole.RecentSession or QuantityRole.Stimulants or QuantityRole.Fever or QuantityRole.HotWeather or QuantityRole.MedicineChanged
                             ? QuestionType.Bool : QuestionType.Number))
                {
                    Problem(entry, $"'{id}' is a {q.Type.ToString().ToLowerInvariant()} question, which this role cannot answer");
                }
                else
                {
                    roles[role] = q;
                }
            }

            return (roles, options);
        }

        /// <summary>The yes/no question an entry answers; null, with the problem named, when it is not one.</summary>
        private Question? YesNoAnswer(string entry, string? answer)
        {
            if (knowledge.TryGetQuestion(answer ?? "", out var q) && q.Type == QuestionType.Bool)
            {
                return q;
            }

            Problem(entry, $"'answer' must be a yes/no question, not '{answer}'");
            return null;
        }

        /// <summary>One side of the body answers a yes/no warning sign from yes/no signs; a word names one region only.</summary>
        private OneSideOfTheBody? BuildOneSide(OneSideEntry? e)
        {
            if (e is null)
            {
                return null;
            }

            const string entry = "one_side_of_the_body";
            var q = YesNoAnswer(entry, e.Answer);
            CheckYesNo(entry, e.Signs, "sign ");

            if (e.Sides.Count < 2 || e.Parts.Count < 2)
            {
                Problem(entry, "it needs two sides and at least two regions of parts");
            }

            var partOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (region, words) in e.Parts)
            {
                CheckTerms(words, $"{entry} parts {region}");
                foreach (var word in words.Select(w => w.Trim().ToLowerInvariant()).Where(w => !partOf.TryAdd(w, region)))
                {
                    Problem(entry, $"'{word}' is a part of two regions");
                }
            }

            CheckTerms(e.Feelings, entry + " feelings");
            CheckTerms(e.WalkingToASide, entry + " walking_to_a_side");
            if (e.WalkingToASide.Count > 0 && !e.Parts.ContainsKey(OneSideOfTheBody.LegRegion))
            {
                Problem(entry, $"walking_to_a_side stands for the '{OneSideOfTheBody.LegRegion}' region, which parts must name");
            }

            return q is null ? null : new(q, WordSet(e.Sides), e.Signs.ToHashSet(StringComparer.Ordinal), Words(e.Feelings), WordSet(e.Fillers), partOf,
                Words(e.WalkingToASide));
        }

        /// <summary>Each part sign answers a yes/no warning sign, with parts and states to read it by.</summary>
        private List<PartSign> BuildPartSigns(List<PartSignEntry> entries)
        {
            var signs = new List<PartSign>();
            foreach (var (e, i) in entries.Select((e, i) => (e, i)))
            {
                var entry = $"part_signs[{i}]";
                var q = YesNoAnswer(entry, e.Answer);
                if (e.Reach < 1)
                {
                    Problem(entry, "'reach' must be at least 1 word");
                }

                if (e.Parts.Count == 0 || e.States.Count == 0)
                {
                    Problem(entry, "it needs 'parts' and 'states'");
                }

                CheckTerms(e.Parts, entry + " parts");
                CheckTerms(e.States, entry + " states");
                foreach (var id in e.Replaces.Where(id => !knowledge.TryGetQuestion(id, out _)))
                {
                    Problem(entry, $"replaces '{id}', which is no question");
                }

                if (q is not null)
                {
                    signs.Add(new(q, e.Reach, Words(e.Parts), Words(e.States), e.NotAfterArmWork, e.AskedAfterArmWork, e.DegreeOnly, e.AskedAfterDays,
                        e.Replaces.ToHashSet(StringComparer.Ordinal)));
                }
            }

            return signs;
        }

        /// <summary>The heart pattern answers a yes/no warning sign; its companions are yes/no questions too.</summary>
        private HeartPattern? BuildHeart(HeartPatternEntry? e)
        {
            if (e is null)
            {
                return null;
            }

            const string entry = "heart_pattern";
            var q = YesNoAnswer(entry, e.Answer);
            var ok = q is not null;

            var companions = CompanionsOf(entry, e.Companions, "companion ");

            if (e.Reach < 1)
            {
                Problem(entry, "'reach' must be at least 1 word");
            }

            CheckTerms([.. e.Places, .. e.NeckPlaces, .. e.WorkedPlaces], entry + " places");
            CheckTerms(e.Feelings, entry + " feelings");
            CheckTerms(e.ArmWork, entry + " arm_work");
            CheckTerms(e.Legs, entry + " legs");
            CheckTerms(e.EasedByRest, entry + " eased_by_rest");
            Question? walking = null;
            if (e.NotWalkingPain is { } w && (!knowledge.TryGetQuestion(w, out walking) || walking.Type != QuestionType.Bool))
            {
                Problem(entry, $"'not_walking_pain' must be a yes/no question, not '{w}'");
                ok = false;
            }

            CheckYesNo(entry, e.NotWalkingPainWhen, "not_walking_pain_when ");
            if (e.EffortPatternFromAge is < 18 or > 100)
            {
                Problem(entry, "'effort_pattern_from_age' must be an adult age");
                ok = false;
            }

            CheckYesNo(entry, e.StorySigns, "story_signs ");

            var locations = knowledge.TryGetQuestion("episode.locations", out var where) ? where.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var place in e.NotPlacesInTheStory.Where(p => !locations.Contains(p)))
            {
                Problem(entry, $"not_places_in_the_story '{place}' is not an option of episode.locations");
            }

            foreach (var place in e.NotWalkingPainPlaces.Where(p => !locations.Contains(p)))
            {
                Problem(entry, $"not_walking_pain_places '{place}' is not an option of episode.locations");
            }

            var places = e.Places.Select(p => (p, HeartPlace.Jaw)).Concat(e.NeckPlaces.Select(p => (p, HeartPlace.Neck)))
                .Concat(e.WorkedPlaces.Select(p => (p, HeartPlace.Worked)));
            return ok ? new(q!, e.Reach, new(places, fuzzy: false), Words(e.Feelings),
                Words(e.ArmWork), companions, walking, e.NotWalkingPainWhen, e.EffortPatternFromAge, Words(e.EasedByRest), e.NotWalkingPainPlaces, Words(e.Legs), e.StorySigns, e.NotPlacesInTheStory) : null;
        }

        /// <summary>A sign and its companions are yes/no questions, or a companion may be a choice's option, written
        /// "question=option" ("history.conditions=heart_disease").</summary>
        private Dictionary<string, IReadOnlyList<Companion>> BuildCompanions(string entry, Dictionary<string, List<string>> entries)
        {
            var companions = new Dictionary<string, IReadOnlyList<Companion>>(StringComparer.Ordinal);
            foreach (var (id, list) in entries)
            {
                CheckYesNo($"{entry} '{id}'", [id]);
                companions[id] = CompanionsOf($"{entry} '{id}'", list);
            }

            return companions;
        }

        /// <summary>Companions are yes/no questions or a choice's option, "question=option"; each is checked against the questions.</summary>
        private List<Companion> CompanionsOf(string entry, List<string> list, string what = "")
        {
            var choices = list.Where(c => c.Contains('=', StringComparison.Ordinal)).ToList();
            foreach (var choice in choices)
            {
                if (choice.Split('=') is not [var question, var option] || !knowledge.TryGetQuestion(question, out var q) || !q.Options.Any(o => o.Id == option))
                {
                    Problem(entry, $"{what}'{choice}' names no option of a question");
                }
            }

            CheckYesNo(entry, list.Except(choices), what);
            return list.Select(c => c.Split('=') is [var question, var option] ? new Companion(question, option) : new Companion(c, null)).ToList();
        }

        /// <summary>The signs asked by their words alone: yes/no questions, each word asking one, with its normal words.</summary>
        private UnplacedSigns? BuildUnplaced(UnplacedSignsEntry? e)
        {
            if (e is null)
            {
                return null;
            }

            CheckYesNo("unplaced_signs", e.Signs.Keys);
            foreach (var twice in e.Signs.SelectMany(s => s.Value).GroupBy(w => w.Trim().ToLowerInvariant()).Where(g => g.Count() > 1))
            {
                Problem("unplaced_signs", $"'{twice.Key}' is listed more than once: a word asks one sign");
            }

            if (e.Signs.Count == 0 || e.SaidNormal.Count == 0 || e.SaidNormalReach < 1)
            {
                Problem("unplaced_signs", "needs signs, said_normal and a said_normal_reach of at least 1");
            }

            return new(new(e.Signs.SelectMany(s => s.Value.Select(w => (w, s.Key))), fuzzy: false), Words(e.OtherSenses), WordSet(e.SaidNormal), e.SaidNormalReach);
        }

        /// <summary>The glass test answers a yes/no warning sign, read from a test and a result of each kind.</summary>
        private GlassTest? BuildGlassTest(GlassTestEntry? e)
        {
            if (e is null)
            {
                return null;
            }

            const string entry = "glass_test";
            var q = YesNoAnswer(entry, e.Answer);
            if (e.Reach < 1)
            {
                Problem(entry, "'reach' must be at least 1 word");
            }

            CheckTerms(e.Tests, entry + " tests");
            CheckTerms(e.Stays, entry + " stays");
            CheckTerms(e.Fades, entry + " fades");
            CheckTerms(e.Denials, entry + " denials");
            return q is null ? null : new(q, e.Reach, Words(e.Tests), new(e.Stays.Select(t => (t, true)).Concat(e.Fades.Select(t => (t, false))), fuzzy: false),
                WordSet(e.Denials));
        }

        private HeartRates? BuildHeartRates(HeartRatesEntry? e)
        {
            if (e is null)
            {
                return null;
            }

            const string entry = "heart_rates";
            var q = YesNoAnswer(entry, e.Answer);
            if (e.Reach < 1)
            {
                Problem(entry, "'reach' must be at least 1 word");
            }

            if (e.AtRestFrom < 1 || e.AlwaysFrom <= e.AtRestFrom || e.Highest <= e.AlwaysFrom)
            {
                Problem(entry, "needs 0 < at_rest_from < always_from < highest");
            }

            CheckTerms(e.Cues, entry + " cues");
            CheckTerms(e.Units, entry + " units");
            CheckTerms(e.AtRest, entry + " at_rest");
            CheckTerms(e.Usual, entry + " usual");
            return q is null ? null : new(q, e.Reach, Words(e.Cues), Words(e.Units), Words(e.AtRest), Words(e.Usual), e.AtRestFrom, e.AlwaysFrom, e.Highest);
        }

        /// <summary>Water overload answers a yes/no question; its exceptions are yes/no questions too.</summary>
        private WaterOverload? BuildWaterOverload(WaterOverloadEntry? e)
        {
            if (e is null)
            {
                return null;
            }

            const string entry = "water_overload";
            var q = YesNoAnswer(entry, e.Answer);
            var ok = q is not null;

            foreach (var id in e.Unless.Where(c => !IsYesNo(c)))
            {
                Problem(entry, $"'unless' names '{id}', which is not a yes/no question");
            }

            if (e.MinLitres <= 0 || e.MinHours <= 0)
            {
                Problem(entry, "'min_litres' and 'min_hours' must be above 0");
            }

            CheckTerms(e.Water, entry + " water");
            CheckTerms(e.LongEvents, entry + " long_events");
            CheckTerms(e.AllAlong, entry + " all_along");
            CheckTerms(e.TooLittle, entry + " too_little");
            var events = e.LongEvents.Select(t => (t, true)).Concat(e.ShortEvents.Select(t => (t, false)));
            return ok ? new(q!, e.MinLitres, e.MinHours, new(e.Water.Select(w => (w, true)).Concat(e.OtherDrinks.Select(d => (d, false))), fuzzy: false),
                e.Unless.ToHashSet(StringComparer.Ordinal), new(events, fuzzy: false), Words(e.AllAlong),
                Words(e.TooLittle)) : null;
        }

        private static TriggerCategory? ParseCategory(string? name) =>
            Enum.TryParse<TriggerCategory>(name?.Replace("_", ""), ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : null;
    }

    private static string Snake<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
