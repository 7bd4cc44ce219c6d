using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Journal;

/// <summary>
/// The JSON Lines exchange format of spec/journal.md, both ways. Reading is strict: unknown fields, wrong types, missing
/// required fields and values outside the contract are problems that name the line and the field, and a file with any
/// problem yields no entries at all. Writing keeps each time's own offset and leaves out the fields that were left out,
/// so that read(write(x)) == x and write(read(line)) == line for every line this class writes.
/// </summary>
public sealed partial class JournalCodec(KnowledgeBase knowledge)
{
    public static readonly IReadOnlyList<string> Types = ["workout", "fluid", "caffeine", "sleep", "stress", "medication", "episode", "assessment"];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 8 };

    private readonly JournalValidator validator = new(knowledge);
    private readonly AnswerValidator answerValidator = new(knowledge);

    /// <summary>Reads a whole file. Blank lines are allowed; every other line must be one valid entry.</summary>
    public JournalRead Read(TextReader reader)
    {
        var entries = new List<JournalEntry>();
        var problems = new List<JournalProblem>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (ReadLine(line, number, problems) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (number == 0 || (entries.Count == 0 && problems.Count == 0))
        {
            problems.Add(new(0, "file", "the file is empty; a journal file has one JSON entry per line"));
        }

        return problems.Count == 0 ? new(entries, []) : new([], problems);
    }

    /// <summary>Reads one line; returns null and adds to <paramref name="problems"/> when anything is wrong with it.</summary>
    public JournalEntry? ReadLine(string line, int number, List<JournalProblem> problems)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, DocumentOptions);
        }
        catch (JsonException e)
        {
            problems.Add(new(number, "line", $"not valid JSON ({Shorten(e.Message)})"));
            return null;
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(number, "line", "must be a JSON object like {\"type\": \"workout\", ...}"));
                return null;
            }

            var before = problems.Count;
            var fields = new LineFields(doc.RootElement, number, problems);
            var type = fields.Text("type", required: true);
            JournalEntry? entry = type switch
            {
                null => null,
                "workout" => ReadWorkout(fields),
                "fluid" => ReadFluid(fields),
                "caffeine" => ReadCaffeine(fields),
                "sleep" => ReadSleep(fields),
                "stress" => ReadStress(fields),
                "medication" => ReadMedication(fields),
                "episode" => ReadEpisode(fields),
                "assessment" => ReadAssessment(fields),
                _ => fields.Fail("type", $"\"{type}\" is not an entry type; expected one of: {string.Join(", ", Types)}"),
            };

            // Only a known type says which fields are known; for an unknown type the type is the problem to report.
            if (type is not null && Types.Contains(type))
            {
                fields.RejectUnread();
            }

            if (entry is not null)
            {
                problems.AddRange(validator.Validate(entry, number));
            }

            return problems.Count == before ? entry : null;
        }
    }

    /// <summary>One entry as one line of JSON, fields in the contract's order, left-out fields left out.</summary>
    public static string WriteLine(JournalEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            switch (entry)
            {
                case WorkoutEntry e:
                    w.WriteString("type", "workout");
                    w.WriteString("start", FormatTime(e.Start));
                    w.WriteString("sport", e.Sport);
                    w.WriteNumber("minutes", e.Minutes);
                    Optional(w, "rpe", e.Rpe);
                    Optional(w, "distance_km", e.DistanceKm);
                    Optional(w, "avg_hr", e.AvgHr);
                    Optional(w, "max_hr", e.MaxHr);
                    Optional(w, "hot", e.Hot);
                    Optional(w, "warmed_up", e.WarmedUp);
                    Optional(w, "cooled_down", e.CooledDown);
                    Optional(w, "electrolytes", e.Electrolytes);
                    if (e.Source is { } source)
                    {
                        w.WriteString("source", SourceId(source));
                    }

                    break;
                case FluidEntry e:
                    w.WriteString("type", "fluid");
                    w.WriteString("at", FormatTime(e.At));
                    w.WriteNumber("liters", e.Liters);
                    Optional(w, "electrolytes", e.Electrolytes);
                    break;
                case CaffeineEntry e:
                    w.WriteString("type", "caffeine");
                    w.WriteString("at", FormatTime(e.At));
                    w.WriteNumber("mg", e.Mg);
                    break;
                case SleepEntry e:
                    w.WriteString("type", "sleep");
                    w.WriteString("night_of", FormatDate(e.NightOf));
                    w.WriteNumber("hours", e.Hours);
                    break;
                case StressEntry e:
                    w.WriteString("type", "stress");
                    w.WriteString("day", FormatDate(e.On));
                    w.WriteNumber("level", e.Level);
                    break;
                case MedicationEntry e:
                    w.WriteString("type", "medication");
                    w.WriteString("name", e.Name);
                    w.WriteString("class", e.Class);
                    w.WriteString("started", FormatDate(e.Started));
                    if (e.Stopped is { } stopped)
                    {
                        w.WriteString("stopped", FormatDate(stopped));
                    }

                    break;
                case EpisodeEntry e:
                    w.WriteString("type", "episode");
                    w.WriteString("at", FormatTime(e.At));
                    w.WriteString("kind", e.Kind);
                    w.WriteStartArray("locations");
                    foreach (var location in e.Locations)
                    {
                        w.WriteStringValue(location);
                    }

                    w.WriteEndArray();
                    Optional(w, "seconds", e.Seconds);
                    Optional(w, "pain", e.Pain);
                    if (e.Notes is not null)
                    {
                        w.WriteString("notes", e.Notes);
                    }

                    break;
                case AssessmentEntry e:
                    w.WriteString("type", "assessment");
                    w.WriteString("at", FormatTime(e.At));
                    w.WriteStartObject("answers");
                    foreach (var (id, value) in e.Answers)
                    {
                        WriteAnswer(w, id, value);
                    }

                    w.WriteEndObject();
                    w.WriteString("level", e.Level);
                    w.WriteStartArray("causes");
                    foreach (var cause in e.Causes)
                    {
                        w.WriteStringValue(cause);
                    }

                    w.WriteEndArray();
                    break;
                default:
                    throw new ArgumentException($"No JSON form for {entry.GetType().Name}.", nameof(entry));
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string TypeOf(JournalEntry entry) => entry switch
    {
        WorkoutEntry => "workout",
        FluidEntry => "fluid",
        CaffeineEntry => "caffeine",
        SleepEntry => "sleep",
        StressEntry => "stress",
        MedicationEntry => "medication",
        EpisodeEntry => "episode",
        AssessmentEntry => "assessment",
        _ => throw new ArgumentException($"Unknown entry type {entry.GetType().Name}.", nameof(entry)),
    };

    /// <summary>ISO 8601 with the entry's own offset; fractions of a second only when there are any.</summary>
    public static string FormatTime(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses ISO 8601 with an explicit offset (or Z); a time without an offset is ambiguous and refused.</summary>
    public static DateTimeOffset? ParseTime(string text) =>
        OffsetSuffix().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static string SourceId(EntrySource source) => source.ToString().ToLowerInvariant();

    private WorkoutEntry? ReadWorkout(LineFields f)
    {
        var start = f.Time("start");
        var sport = f.Text("sport", required: true);
        var minutes = f.Number("minutes");
        var rpe = f.Integer("rpe", required: false);
        var distance = f.Number("distance_km", required: false);
        var avgHr = f.Integer("avg_hr", required: false);
        var maxHr = f.Integer("max_hr", required: false);
        var hot = f.Bool("hot");
        var warmedUp = f.Bool("warmed_up");
        var cooledDown = f.Bool("cooled_down");
        var electrolytes = f.Bool("electrolytes");
        var sourceText = f.Text("source", required: false);
        EntrySource? source = null;
        if (sourceText is not null)
        {
            source = Enum.GetValues<EntrySource>().Cast<EntrySource?>().FirstOrDefault(s => SourceId(s!.Value) == sourceText);
            if (source is null)
            {
                f.Fail("source", $"\"{sourceText}\" is not a source; expected one of: {string.Join(", ", Enum.GetValues<EntrySource>().Select(SourceId))}");
            }
        }

        return start is { } s && sport is not null && minutes is { } m
            ? new WorkoutEntry(s, sport, m, rpe, distance, hot, warmedUp, cooledDown, electrolytes, source, avgHr, maxHr)
            : null;
    }

    // Every reader reads all of its fields before deciding, so that each problem of a line is reported at once.
    private static FluidEntry? ReadFluid(LineFields f)
    {
        var at = f.Time("at");
        var liters = f.Number("liters");
        var electrolytes = f.Bool("electrolytes");
        return at is { } a && liters is { } l ? new FluidEntry(a, l, electrolytes) : null;
    }

    private static CaffeineEntry? ReadCaffeine(LineFields f)
    {
        var at = f.Time("at");
        var mg = f.Number("mg");
        return at is { } a && mg is { } m ? new CaffeineEntry(a, m) : null;
    }

    private static SleepEntry? ReadSleep(LineFields f)
    {
        var night = f.Date("night_of");
        var hours = f.Number("hours");
        return night is { } n && hours is { } h ? new SleepEntry(n, h) : null;
    }

    private static StressEntry? ReadStress(LineFields f)
    {
        var day = f.Date("day");
        var level = f.Integer("level");
        return day is { } d && level is { } l ? new StressEntry(d, l) : null;
    }

    private static MedicationEntry? ReadMedication(LineFields f)
    {
        var name = f.Text("name", required: true);
        var cls = f.Text("class", required: true);
        var started = f.Date("started");
        var stopped = f.Date("stopped", required: false);
        return name is not null && cls is not null && started is { } s ? new MedicationEntry(name, cls, s, stopped) : null;
    }

    private static EpisodeEntry? ReadEpisode(LineFields f)
    {
        var at = f.Time("at");
        var kind = f.Text("kind", required: true);
        var locations = f.TextList("locations");
        var seconds = f.Number("seconds", required: false);
        var pain = f.Integer("pain", required: false);
        var notes = f.Text("notes", required: false);
        return at is { } a && kind is not null && locations is not null ? new EpisodeEntry(a, kind, locations, seconds, pain, notes) : null;
    }

    private AssessmentEntry? ReadAssessment(LineFields f)
    {
        var at = f.Time("at");
        var answersElement = f.Object("answers");
        var level = f.Text("level", required: true);
        var causes = f.TextList("causes");
        IReadOnlyList<KeyValuePair<string, AnswerValue>>? answers = null;
        if (answersElement is { } element)
        {
            using var wrapped = JsonDocument.Parse($"{{\"answers\":{element.GetRawText()}}}");
            var validation = answerValidator.ValidateJson(wrapped.RootElement);
            if (validation.Answers is { } set)
            {
                answers = set.Known();
            }
            else
            {
                foreach (var problem in validation.Problems)
                {
                    f.Fail($"answers.{problem.Field}", problem.Message);
                }
            }
        }

        return at is { } a && answers is not null && level is not null && causes is not null ? new AssessmentEntry(a, answers, level, causes) : null;
    }

    private static void WriteAnswer(Utf8JsonWriter w, string id, AnswerValue value)
    {
        switch (value)
        {
            case BoolAnswer b:
                w.WriteBoolean(id, b.Value);
                break;
            case NumberAnswer n:
                w.WriteNumber(id, n.Value);
                break;
            case ChoiceAnswer c:
                w.WriteString(id, c.Option);
                break;
            case ChoicesAnswer s:
                w.WriteStartArray(id);
                foreach (var option in s.Options)
                {
                    w.WriteStringValue(option);
                }

                w.WriteEndArray();
                break;
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
    }

    private static string Shorten(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex OffsetSuffix();

    /// <summary>
    /// The fields of one line, read by name and type. Each read marks the field as known, so that whatever is left
    /// afterwards is an unknown field. A null value counts as left out.
    /// </summary>
    private sealed class LineFields
    {
        private readonly Dictionary<string, JsonElement> values = new(StringComparer.Ordinal);
        private readonly HashSet<string> read = new(StringComparer.Ordinal);
        private readonly int line;
        private readonly List<JournalProblem> problems;

        public LineFields(JsonElement root, int line, List<JournalProblem> problems)
        {
            this.line = line;
            this.problems = problems;
            foreach (var property in root.EnumerateObject())
            {
                if (!values.TryAdd(property.Name, property.Value))
                {
                    Fail(property.Name, "appears more than once");
                }
            }
        }

        public JournalEntry? Fail(string field, string message)
        {
            problems.Add(new(line, field, message));
            return null;
        }

        public void RejectUnread()
        {
            foreach (var name in values.Keys.Where(k => !read.Contains(k)))
            {
                Fail(name, "unknown field");
            }
        }

        public string? Text(string name, bool required) =>
            Get(name, required, JsonValueKind.String, "a string") is { } v ? v.GetString() : null;

        public double? Number(string name, bool required = true) =>
            Get(name, required, JsonValueKind.Number, "a number") is { } v ? v.GetDouble() : null;

        public int? Integer(string name, bool required = true)
        {
            if (Get(name, required, JsonValueKind.Number, "a whole number") is not { } v)
            {
                return null;
            }

            if (!v.TryGetInt32(out var i))
            {
                Fail(name, $"{v.GetRawText()} is not a whole number");
                return null;
            }

            return i;
        }

        public bool? Bool(string name)
        {
            read.Add(name);
            if (!values.TryGetValue(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return v.GetBoolean();
            }

            Fail(name, "wrong type; expected true or false");
            return null;
        }

        public DateTimeOffset? Time(string name) =>
            Parsed(name, true, ParseTime, "is not an ISO 8601 time with an offset, e.g. 2026-03-01T07:00:00+01:00");

        public DateOnly? Date(string name, bool required = true) => Parsed(name, required, ParseDate, "is not a date of the form YYYY-MM-DD");

        /// <summary>A string field that must parse into a value; the problem quotes what was there.</summary>
        private T? Parsed<T>(string name, bool required, Func<string, T?> parse, string problem)
            where T : struct
        {
            if (Text(name, required) is not { } text)
            {
                return null;
            }

            var value = parse(text);
            if (value is null)
            {
                Fail(name, $"\"{text}\" {problem}");
            }

            return value;
        }

        public IReadOnlyList<string>? TextList(string name)
        {
            if (Get(name, true, JsonValueKind.Array, "a list of strings") is not { } v)
            {
                return null;
            }

            if (v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                Fail(name, "wrong type; every item must be a string");
                return null;
            }

            return v.EnumerateArray().Select(e => e.GetString()!).ToArray();
        }

        public JsonElement? Object(string name) => Get(name, true, JsonValueKind.Object, "an object");

        private JsonElement? Get(string name, bool required, JsonValueKind kind, string expected)
        {
            read.Add(name);
            if (!values.TryGetValue(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Fail(name, "missing; this field is required");
                }

                return null;
            }

            if (v.ValueKind != kind)
            {
                Fail(name, $"wrong type; expected {expected}");
                return null;
            }

            return v;
        }
    }
}
