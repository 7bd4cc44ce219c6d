using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Twitchwise.Domain.Knowledge;

/// <summary>
/// The YAML form of the knowledge files (the source of truth, read by tests and the Compact writers), with one
/// deserializer for all of them, built only when YAML is read.
/// </summary>
internal static class YamlBinding
{
    /// <summary>Why the YAML readers are marked: the app loads only the compact JSON forms, which need no reflection.</summary>
    public const string Why = "YamlDotNet's deserializer binds by reflection; the app loads the compact JSON forms (knowledge/compiled) instead.";

    private static IDeserializer? deserializer;

    /// <summary>The document in a file's YAML, or null with the problem (a syntax error, an empty file) added to <paramref name="problems"/>.</summary>
    [RequiresUnreferencedCode(Why)]
    [RequiresDynamicCode(Why)]
    public static T? Read<T>(string name, string text, List<KnowledgeProblem> problems)
        where T : class
    {
        try
        {
            deserializer ??= new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            var doc = deserializer.Deserialize<T>(text);
            if (doc is null)
            {
                problems.Add(new(name, "(file)", "empty"));
            }

            return doc;
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message is { } m ? $" ({m})" : "";
            problems.Add(new(name, $"line {e.Start.Line}, column {e.Start.Column}", e.Message + inner));
            return null;
        }
    }

    /// <summary>The document in a file's YAML; throws <see cref="KnowledgeException"/> when it cannot be read.</summary>
    [RequiresUnreferencedCode(Why)]
    [RequiresDynamicCode(Why)]
    public static T Read<T>(string name, string text)
        where T : class
    {
        var problems = new List<KnowledgeProblem>();
        return Read<T>(name, text, problems) ?? throw new KnowledgeException(problems);
    }
}

/// <summary>
/// The compact form of a knowledge file: the same document as JSON, embedded in this assembly under knowledge/compiled
/// and read by a reader generated at build time (decisions 16 and 19).
/// </summary>
internal static class CompactForm
{
    /// <summary>The embedded document; throws <see cref="KnowledgeException"/> when it is missing, malformed or empty.</summary>
    /// <param name="from">The YAML it is generated from, named in the message when it is missing.</param>
    public static T Read<T>(string resource, JsonTypeInfo<T> type, string from)
        where T : class
    {
        using var stream = typeof(CompactForm).Assembly.GetManifestResourceStream(resource)
            ?? throw new KnowledgeException([new(resource, "(file)", $"missing from the build; regenerate it from {from}")]);
        T? doc;
        try
        {
            doc = JsonSerializer.Deserialize(stream, type);
        }
        catch (JsonException e)
        {
            throw new KnowledgeException([new(resource, $"line {e.LineNumber + 1}", e.Message)]);
        }

        return doc ?? throw new KnowledgeException([new(resource, "(file)", "empty")]);
    }
}
