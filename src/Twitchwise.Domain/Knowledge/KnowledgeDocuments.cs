using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twitchwise.Domain.Knowledge;

// The shapes of the YAML files, as written by people. KnowledgeLoader turns them into the validated model.
// Mutable classes because YamlDotNet fills them by property; nothing outside the loader sees them.
#pragma warning disable CA1002, CA2227 // YAML binding needs settable List<T> properties.

/// <summary>
/// All the knowledge files as read, and the version that names their text: what the compact form
/// (<see cref="KnowledgeLoader.CompactResource"/>) holds, so that it is loaded by the same validation as the YAML.
/// </summary>
internal sealed class KnowledgeDocumentSet
{
    public string Note { get; set; } = "Generated from knowledge/*.yaml by KnowledgeCompactTests; do not edit (see docs/decisions/0016-cli-compact-knowledge.md).";
    public string Version { get; set; } = "";
    public SourcesDocument Sources { get; set; } = new();
    public QuestionsDocument Questions { get; set; } = new();
    public TriageDocument Triage { get; set; } = new();
    public CausesDocument Causes { get; set; } = new();
    public AdviceDocument Advice { get; set; } = new();
    public CoverageDocument Coverage { get; set; } = new();
}

/// <summary>The compact form's reader and writer, generated at build time (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NewLine = "\n",
    Converters = [typeof(PlainValueConverter)])]
[JsonSerializable(typeof(KnowledgeDocumentSet))]
[JsonSerializable(typeof(Plans.PlansDocument))]
[JsonSerializable(typeof(Intake.IntakeLexiconDocument))]
internal sealed partial class KnowledgeJson : JsonSerializerContext;

/// <summary>
/// A condition as YAML gives it: maps of string keys, lists, and scalars as strings. The compact form keeps exactly these
/// shapes, so one parser (KnowledgeLoader's) reads conditions from both.
/// </summary>
internal sealed class PlainValueConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<object, object>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    map[key] = Read(ref reader, typeToConvert, options)!;
                }

                return map;
            case JsonTokenType.StartArray:
                var list = new List<object>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader, typeToConvert, options)!);
                }

                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"a condition holds maps, lists and strings, not {reader.TokenType}");
        }
    }

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case Dictionary<object, object> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key.ToString()!);
                    WriteValue(writer, item, options);
                }

                writer.WriteEndObject();
                break;
            case List<object> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            default:
                throw new JsonException($"a condition holds maps, lists and strings, not {value.GetType().Name}");
        }
    }

    private void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            Write(writer, value, options);
        }
    }
}

internal sealed class SourcesDocument
{
    public List<SourceEntry> Sources { get; set; } = [];
}

internal sealed class SourceEntry
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? File { get; set; }
    public string? Note { get; set; }
}

internal sealed class QuestionsDocument
{
    public List<GroupEntry> Groups { get; set; } = [];
    public List<QuestionEntry> Questions { get; set; } = [];
}

internal sealed class GroupEntry
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Intro { get; set; }
    public string? TitleForSomeoneElse { get; set; }
    public string? IntroForSomeoneElse { get; set; }
}

internal sealed class QuestionEntry
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Group { get; set; }
    public string? Short { get; set; }
    public string? Text { get; set; }
    public string? TextForSomeoneElse { get; set; }
    public string? Why { get; set; }
    public string? WhyForSomeoneElse { get; set; }
    public bool RedFlag { get; set; }
    public double? Min { get; set; }
    public double? Max { get; set; }
    public string? Unit { get; set; }
    public List<OptionEntry> Options { get; set; } = [];
    public object? AskIf { get; set; }
    public List<string> Sources { get; set; } = [];
}

internal sealed class OptionEntry
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public string? LabelForSomeoneElse { get; set; }
}

internal sealed class TriageDocument
{
    public List<LevelEntry> Levels { get; set; } = [];
    public Dictionary<string, object> Conditions { get; set; } = [];
    public List<RuleEntry> Rules { get; set; } = [];
    public List<SafetyNetEntry> SafetyNet { get; set; } = [];
}

internal sealed class LevelEntry
{
    public string? Level { get; set; }
    public string? Label { get; set; }
    public string? Action { get; set; }
    public string? ActionIncomplete { get; set; }
    public string? ActionForSomeoneElse { get; set; }
    public string? ActionIncompleteForSomeoneElse { get; set; }
    public string? Call { get; set; }
}

internal sealed class RuleEntry
{
    public string? Id { get; set; }
    public string? Level { get; set; }
    public string? Title { get; set; }
    public string? Advice { get; set; }
    public string? AdviceForSomeoneElse { get; set; }
    public object? When { get; set; }
    public object? SuspectWhen { get; set; }
    public List<string> Sources { get; set; } = [];
    public List<string> WhileWaiting { get; set; } = [];
    public List<string> SafeAdvice { get; set; } = [];
    public List<string> Avoid { get; set; } = [];
}

internal sealed class SafetyNetEntry
{
    public string? Id { get; set; }
    public string? Level { get; set; }
    public string? Text { get; set; }
    public string? TextForSomeoneElse { get; set; }
    public List<string> Sources { get; set; } = [];
}

internal sealed class CausesDocument
{
    public List<CauseEntry> Causes { get; set; } = [];
}

internal sealed class CauseEntry
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? SummaryForSomeoneElse { get; set; }
    public List<EvidenceEntry> Support { get; set; } = [];
    public List<EvidenceEntry> Against { get; set; } = [];
    public List<string> Sources { get; set; } = [];
}

internal sealed class EvidenceEntry
{
    public object? When { get; set; }
    public double Weight { get; set; }
    public string? Text { get; set; }
    public string? TextForSomeoneElse { get; set; }
}

internal sealed class AdviceDocument
{
    public List<ActionEntry> Actions { get; set; } = [];
    public List<AdviceEntry> WhileWaiting { get; set; } = [];
    public List<AdviceEntry> Relief { get; set; } = [];
    public List<AdviceEntry> Prevention { get; set; } = [];
}

internal sealed class AdviceEntry
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? ForSomeoneElse { get; set; }
    public string? For { get; set; }
    public List<string> Causes { get; set; } = [];
    public bool Always { get; set; }
    public string? Evidence { get; set; }
    public List<string> Sources { get; set; } = [];
    public List<string> Actions { get; set; } = [];
    public object? WithholdWhen { get; set; }
    public string? WithholdReason { get; set; }
    public string? WithholdReasonForSomeoneElse { get; set; }
    public object? ShowWhen { get; set; }
}

internal sealed class ActionEntry
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public List<string> Words { get; set; } = [];
}

internal sealed class CoverageDocument
{
    public List<CoverageEntry> Coverage { get; set; } = [];
}

internal sealed class CoverageEntry
{
    public string? Seed { get; set; }
    public string? Kind { get; set; }
    public string? Item { get; set; }
    public List<string> CoveredBy { get; set; } = [];
}
