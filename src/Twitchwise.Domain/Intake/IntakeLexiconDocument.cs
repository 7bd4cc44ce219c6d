namespace Twitchwise.Domain.Intake;

// The shape of knowledge/intake-lexicon.yaml as written by people; IntakeLexicon.Load validates it.
// Mutable classes because YamlDotNet fills them by property; nothing outside the loader sees them.
#pragma warning disable CA1002, CA2227 // YAML binding needs settable List<T> properties.

internal sealed class IntakeLexiconDocument
{
    public Dictionary<string, int> Scopes { get; set; } = [];
    public List<TriggerEntry> Triggers { get; set; } = [];
    public List<ConceptEntry> Concepts { get; set; } = [];
    public Dictionary<string, double> Numbers { get; set; } = [];
    public List<UnitEntry> Units { get; set; } = [];
    public List<DrinkEntry> Drinks { get; set; } = [];
    public List<string> Fillers { get; set; } = [];
    public List<string> NotAmounts { get; set; } = [];
    public List<string> ClauseOpeners { get; set; } = [];
    public Dictionary<string, List<string>> Cues { get; set; } = [];
    public List<CombineEntry> Combine { get; set; } = [];
    public Dictionary<string, string> Merge { get; set; } = [];
    public Dictionary<string, string> Roles { get; set; } = [];
    public Dictionary<string, string> RoleOptions { get; set; } = [];
    public Dictionary<string, string> RelativeTimes { get; set; } = [];
    public HeartPatternEntry? HeartPattern { get; set; }
    public WaterOverloadEntry? WaterOverload { get; set; }
    public OneSideEntry? OneSideOfTheBody { get; set; }
    public List<PartSignEntry> PartSigns { get; set; } = [];
    public GlassTestEntry? GlassTest { get; set; }
    public HeartRatesEntry? HeartRates { get; set; }
    public List<string> PartSignSofteners { get; set; } = [];
    public Dictionary<string, string> Spellings { get; set; } = [];
    public List<SpellingBeforeEntry> SpellingsBefore { get; set; } = [];
    public List<string> WordsOfStarting { get; set; } = [];
    public List<string> MedicineChangedAfter { get; set; } = [];
    public List<string> Reporting { get; set; } = [];
    public List<string> WritingFor { get; set; } = [];
    public List<string> FirstPerson { get; set; } = [];
    public List<string> People { get; set; } = [];
    public List<string> Anyone { get; set; } = [];
    public List<string> CalledByThemselves { get; set; } = [];
    public List<string> SomeonesPlaces { get; set; } = [];
    public List<string> GivenToSomeoneElse { get; set; } = [];
    public List<string> WorriedWords { get; set; } = [];
    public List<string> Colours { get; set; } = [];
    public List<string> ChestFeelings { get; set; } = [];
    public List<string> SpokenTo { get; set; } = [];
    public List<string> StillHolding { get; set; } = [];
    public List<string> RemediesTried { get; set; } = [];
    public List<string> ReliefWords { get; set; } = [];
    public List<string> PresentNow { get; set; } = [];
    public List<string> ResolvedNow { get; set; } = [];
    public List<string> GoingOnOpeners { get; set; } = [];
    public List<string> SignsWithoutAPlace { get; set; } = [];
    public List<string> SignsWithoutOnePlace { get; set; } = [];
    public List<string> UntypedSessions { get; set; } = [];
    public List<string> NotJustDone { get; set; } = [];
    public List<string> AfterSessionAlone { get; set; } = [];
    public List<string> SessionThen { get; set; } = [];
    public List<string> DuringAfterComplaint { get; set; } = [];
    public List<string> GoingOnAfterComplaint { get; set; } = [];
    public List<string> TimeMovers { get; set; } = [];
    public List<string> NotTypos { get; set; } = [];
    public Dictionary<string, List<string>> Companions { get; set; } = [];
    public Dictionary<string, List<string>> HedgedCompanions { get; set; } = [];
    public Dictionary<string, List<string>> SettledBy { get; set; } = [];
    public Dictionary<string, List<string>> ExplainedBy { get; set; } = [];
    public SignsSaidWithEntry? SignsSaidWith { get; set; }
    public UnplacedSignsEntry? UnplacedSigns { get; set; }
}

internal sealed class UnplacedSignsEntry
{
    public Dictionary<string, List<string>> Signs { get; set; } = [];
    public List<string> OtherSenses { get; set; } = [];
    public List<string> SaidNormal { get; set; } = [];
    public int SaidNormalReach { get; set; }
}

internal sealed class SignsSaidWithEntry
{
    public List<string> Signs { get; set; } = [];
    public Dictionary<string, List<string>> Words { get; set; } = [];
}

internal sealed class HeartPatternEntry
{
    public string? Answer { get; set; }
    public int Reach { get; set; }
    public List<string> Places { get; set; } = [];
    public List<string> NeckPlaces { get; set; } = [];
    public List<string> WorkedPlaces { get; set; } = [];
    public List<string> Feelings { get; set; } = [];
    public List<string> Companions { get; set; } = [];
    public List<string> ArmWork { get; set; } = [];
    public string? NotWalkingPain { get; set; }
    public List<string> NotWalkingPainWhen { get; set; } = [];
    public int? EffortPatternFromAge { get; set; }
    public List<string> EasedByRest { get; set; } = [];
    public List<string> NotWalkingPainPlaces { get; set; } = [];
    public List<string> Legs { get; set; } = [];
    public List<string> StorySigns { get; set; } = [];
    public List<string> NotPlacesInTheStory { get; set; } = [];
}

internal sealed class OneSideEntry
{
    public string? Answer { get; set; }
    public List<string> Sides { get; set; } = [];
    public List<string> Signs { get; set; } = [];
    public List<string> Feelings { get; set; } = [];
    public List<string> WalkingToASide { get; set; } = [];
    public List<string> Fillers { get; set; } = [];
    public Dictionary<string, List<string>> Parts { get; set; } = [];
}

internal sealed class SpellingBeforeEntry
{
    public string? Word { get; set; }
    public string? Becomes { get; set; }
    public List<string> Before { get; set; } = [];
}

internal sealed class PartSignEntry
{
    public string? Answer { get; set; }
    public int Reach { get; set; }
    public List<string> Parts { get; set; } = [];
    public List<string> States { get; set; } = [];
    public bool NotAfterArmWork { get; set; }
    public bool AskedAfterArmWork { get; set; }
    public bool DegreeOnly { get; set; }
    public int? AskedAfterDays { get; set; }
    public List<string> Replaces { get; set; } = [];
}

internal sealed class GlassTestEntry
{
    public string? Answer { get; set; }
    public int Reach { get; set; }
    public List<string> Tests { get; set; } = [];
    public List<string> Stays { get; set; } = [];
    public List<string> Fades { get; set; } = [];
    public List<string> Denials { get; set; } = [];
}

internal sealed class HeartRatesEntry
{
    public string? Answer { get; set; }
    public int Reach { get; set; }
    public List<string> Cues { get; set; } = [];
    public List<string> Units { get; set; } = [];
    public List<string> AtRest { get; set; } = [];
    public List<string> Usual { get; set; } = [];
    public int AtRestFrom { get; set; }
    public int AlwaysFrom { get; set; }
    public int Highest { get; set; }
}

internal sealed class WaterOverloadEntry
{
    public string? Answer { get; set; }
    public double MinLitres { get; set; }
    public double MinHours { get; set; }
    public List<string> Water { get; set; } = [];
    public List<string> OtherDrinks { get; set; } = [];
    public List<string> Unless { get; set; } = [];
    public List<string> LongEvents { get; set; } = [];
    public List<string> ShortEvents { get; set; } = [];
    public List<string> AllAlong { get; set; } = [];
    public List<string> TooLittle { get; set; } = [];
}

internal sealed class TriggerEntry
{
    public string? Category { get; set; }
    public string? Direction { get; set; }
    public bool EndsAtComma { get; set; }
    public bool FamilyHistory { get; set; }
    public bool OneFinding { get; set; }
    public List<string> Terms { get; set; } = [];
}

internal sealed class ConceptEntry
{
    public string? Id { get; set; }
    public string? Answer { get; set; }
    public string? Option { get; set; }
    public string? Value { get; set; }
    public string? NegatedValue { get; set; }
    public bool HistoricalCounts { get; set; }
    public int? RecentWithinDays { get; set; }
    public string? Layer { get; set; }
    public bool Exclusive { get; set; }
    public bool OnlyNegated { get; set; }
    public Dictionary<string, string> Also { get; set; } = [];
    public List<string> Confirm { get; set; } = [];
    public bool SaidUnsurely { get; set; }
    public bool OtherSense { get; set; }
    public List<string> WordsBeforeActivity { get; set; } = [];
    public List<string> Terms { get; set; } = [];
}

internal sealed class UnitEntry
{
    public string? Kind { get; set; }
    public double Factor { get; set; } = 1;
    public List<string> Terms { get; set; } = [];
}

internal sealed class DrinkEntry
{
    public string? Id { get; set; }
    public double CaffeineMg { get; set; }
    public double ServingMl { get; set; }
    public bool Stimulant { get; set; }
    public List<string> Terms { get; set; } = [];
}

internal sealed class CombineEntry
{
    public string? Answer { get; set; }
    public List<string> Concepts { get; set; } = [];
    public string? Gives { get; set; }
}
