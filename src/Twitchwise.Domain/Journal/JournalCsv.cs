using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Journal;

/// <summary>
/// The whole journal as CSV (docs/csv-format.md): one row per entry, a <c>type</c> column and one column per field of
/// the JSON Lines contract, named as there; a cell is empty when the entry's type has no such field or it was left out.
/// Each row is turned into its JSON line and read by <see cref="JournalCodec"/>, so CSV and JSON Lines accept and
/// refuse exactly the same entries, and a CSV file, like a JSON Lines one, is read whole or not at all.
/// </summary>
public sealed class JournalCsv(KnowledgeBase knowledge)
{
    /// <summary>The columns in the order they are written; a file may have fewer (only <c>type</c> is required), in any order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "type", "start", "at", "day", "night_of", "sport", "minutes", "rpe", "distance_km", "avg_hr", "max_hr", "hot", "warmed_up",
        "cooled_down", "electrolytes", "source", "liters", "mg", "hours", "level", "name", "class", "started", "stopped", "kind",
        "locations", "seconds", "pain", "notes", "answers", "causes",
    ];

    /// <summary>Separates the items of a list cell (locations, causes); no option id contains it.</summary>
    public const char ListSeparator = ';';

    private static readonly HashSet<string> NumberColumns = ["minutes", "rpe", "distance_km", "avg_hr", "max_hr", "liters", "mg", "hours", "seconds", "pain"];
    private static readonly HashSet<string> BoolColumns = ["hot", "warmed_up", "cooled_down", "electrolytes"];
    private static readonly HashSet<string> ListColumns = ["locations", "causes"];
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Comma always (detecting it could take a semicolon in a note for the separator); bad quoting is an error, not
    // something to guess around; line numbers so that every problem names the line a person sees in an editor.
    private static readonly CsvReaderOptions ReaderOptions = new()
    {
        Separator = ',',
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
    };

    private static readonly CsvWriterOptions WriterCsvOptions = new() { NewLine = "\n" };

    private readonly JournalCodec codec = new(knowledge);

    /// <summary>Writes a header and one row per entry.</summary>
    public static void Write(TextWriter writer, IEnumerable<JournalEntry> entries)
    {
        using var csv = CsvWriter.Create(writer, WriterCsvOptions, leaveOpen: true);
        csv.WriteHeader(Columns.ToArray());
        var cells = new string?[Columns.Count];
        foreach (var entry in entries)
        {
            Array.Fill(cells, null);
            using var line = JsonDocument.Parse(JournalCodec.WriteLine(entry));
            foreach (var field in line.RootElement.EnumerateObject())
            {
                cells[IndexOf(field.Name)] = field.Value.ValueKind switch
                {
                    JsonValueKind.String => field.Value.GetString(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Array when ListColumns.Contains(field.Name) => string.Join(ListSeparator, field.Value.EnumerateArray().Select(e => e.GetString())),
                    // Numbers keep the codec's shortest round-trip text; objects (answers) stay JSON.
                    _ => field.Value.GetRawText(),
                };
            }

            foreach (var cell in cells)
            {
                // An empty cell means "left out"; a present but empty text is written as "" so that it comes back as it was.
                if (cell is { Length: 0 })
                {
                    csv.WriteField(cell, CsvQuoting.Always);
                }
                else
                {
                    csv.WriteField(cell ?? "");
                }
            }

            csv.EndRecord();
        }
    }

    /// <summary>Reads a whole file: every entry, or every problem with its line and column (the header is line 1).</summary>
    public JournalRead Read(TextReader reader)
    {
        var entries = new List<JournalEntry>();
        var problems = new List<JournalProblem>();
        using var csv = CsvReader.Create(reader, ReaderOptions, leaveOpen: true);
        try
        {
            var header = csv.Headers.ToArray();
            if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
            {
                return new([], [new(0, "file", "the file is empty; a journal CSV starts with a header row naming its columns")]);
            }

            if (!CheckHeader(header, problems))
            {
                return new([], problems);
            }

            var cells = new string?[header.Length];
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                if (csv.FieldCount != header.Length)
                {
                    problems.Add(new(line, "line", $"has {csv.FieldCount} cells but the header has {header.Length}"));
                    continue;
                }

                for (var i = 0; i < header.Length; i++)
                {
                    // Unquoted and empty: left out. Quoted and empty (""): an empty text.
                    cells[i] = !csv.IsEmpty(i) ? csv.GetString(i) : csv.GetRawSpan(i).Trim(" \t"u8).SequenceEqual("\"\""u8) ? "" : null;
                }

                if (cells.All(c => c is null || string.IsNullOrWhiteSpace(c)))
                {
                    continue;
                }

                if (ReadRow(header, cells, line, problems) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }
        catch (CsvFormatException e)
        {
            // Broken quoting and the like: CsvHelper names the line where it lost its way.
            problems.Add(new((int)(e.LineNumber > 0 ? e.LineNumber : e.RecordNumber), "line", $"not valid CSV ({e.Message.Split('\n')[0].Trim()})"));
        }

        if (entries.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(0, "file", "the file has a header but no entries"));
        }

        return problems.Count == 0 ? new(entries, []) : new([], problems);
    }

    /// <summary>The header must name <c>type</c> and known columns, each once.</summary>
    private static bool CheckHeader(string[] header, List<JournalProblem> problems)
    {
        var before = problems.Count;
        if (!header.Contains("type"))
        {
            problems.Add(new(1, "type", "missing; the header must name a type column"));
        }

        foreach (var name in header.Where(h => !Columns.Contains(h)))
        {
            problems.Add(new(1, name, $"not a journal column; expected some of: {string.Join(", ", Columns)}"));
        }

        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            problems.Add(new(1, twice.Key, "appears more than once in the header"));
        }

        return problems.Count == before;
    }

    /// <summary>Writes the row's filled cells as a JSON line of the right value types and lets the codec judge it.</summary>
    private JournalEntry? ReadRow(string[] header, string?[] row, int line, List<JournalProblem> problems)
    {
        var type = row[Array.IndexOf(header, "type")]?.Trim() ?? "";
        var before = problems.Count;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            for (var i = 0; i < header.Length; i++)
            {
                if (row[i] is { } cell)
                {
                    WriteCell(json, header[i], cell, type, line, problems);
                }
            }

            json.WriteEndObject();
        }

        if (problems.Count > before)
        {
            return null;
        }

        var found = new List<JournalProblem>();
        var entry = codec.ReadLine(Encoding.UTF8.GetString(buffer.ToArray()), line, found);
        // The codec speaks of fields; in a CSV a field the type does not have is a cell that should be empty.
        problems.AddRange(found.Select(p => p.Message == "unknown field" ? p with { Message = $"a {type} entry has no {p.Field}; leave this cell empty" } : p));
        return entry;
    }

    private static void WriteCell(Utf8JsonWriter json, string column, string cell, string type, int line, List<JournalProblem> problems)
    {
        // level is a number for stress (0-10) and a triage level id for an assessment.
        if (NumberColumns.Contains(column) || (column == "level" && type == "stress"))
        {
            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                json.WriteNumber(column, number);
            }
            else
            {
                problems.Add(new(line, column, $"\"{cell}\" is not a number (use a dot for decimals, e.g. 8.2)"));
            }
        }
        else if (BoolColumns.Contains(column))
        {
            if (bool.TryParse(cell, out var flag))
            {
                json.WriteBoolean(column, flag);
            }
            else
            {
                problems.Add(new(line, column, $"\"{cell}\" is not true or false"));
            }
        }
        else if (ListColumns.Contains(column))
        {
            json.WriteStartArray(column);
            foreach (var item in cell.Split(ListSeparator))
            {
                json.WriteStringValue(item.Trim());
            }

            json.WriteEndArray();
        }
        else if (column == "answers")
        {
            try
            {
                using var answers = JsonDocument.Parse(cell);
                json.WritePropertyName(column);
                answers.WriteTo(json);
            }
            catch (JsonException)
            {
                problems.Add(new(line, column, "not a JSON object of answers, e.g. {\"exercise.type\":\"run\"}"));
            }
        }
        else
        {
            json.WriteString(column, cell);
        }
    }

    private static int IndexOf(string field)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == field)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The journal field '{field}' has no CSV column; add it to {nameof(JournalCsv)}.{nameof(Columns)}.");
    }
}
