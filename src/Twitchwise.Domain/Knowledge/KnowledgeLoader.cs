using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Twitchwise.Domain.Knowledge;

/// <summary>
/// Reads the knowledge files and validates them as a whole. Every problem (a dangling id, a missing source, an
/// unknown question in a rule, a duplicate id, ...) is collected with its file and entry, and the load fails
/// with all of them at once, so the knowledge base can never be half-loaded.
/// </summary>
public static partial class KnowledgeLoader
{
    public const string SourcesFile = "sources.yaml";
    public const string QuestionsFile = "questions.yaml";
    public const string TriageFile = "triage.yaml";
    public const string CausesFile = "causes.yaml";
    public const string AdviceFile = "advice.yaml";
    public const string CoverageFile = "coverage.yaml";

    /// <summary>The compact form of the knowledge files, generated from them and embedded under this name.</summary>
    public const string CompactResource = "knowledge/compiled/knowledge.json";

    public static readonly IReadOnlyList<string> FileNames = [SourcesFile, QuestionsFile, TriageFile, CausesFile, AdviceFile, CoverageFile];

    /// <summary>The knowledge files embedded in this assembly at build time.</summary>
    public static IReadOnlyList<KnowledgeFile> ReadEmbeddedFiles()
    {
        var assembly = typeof(KnowledgeLoader).Assembly;
        return FileNames.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream("knowledge/" + name)
                ?? throw new KnowledgeException([new(name, "(file)", "missing from the build; it must be in knowledge/")]);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return new KnowledgeFile(name, reader.ReadToEnd());
        }).ToList();
    }

    /// <summary>Reads the YAML knowledge files and validates them.</summary>
    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    public static KnowledgeBase Load(IReadOnlyList<KnowledgeFile> files) => new Builder(ReadYaml(files), checkAdviceTexts: true).Build();

    /// <summary>
    /// The shipped knowledge base, from the compact form embedded in this assembly: the same documents as the YAML files,
    /// as JSON that a generated reader takes in milliseconds where the YAML deserializer's reflection took a few hundred
    /// (docs/decisions/0016-cli-compact-knowledge.md). Built and validated as <see cref="Load"/> does the YAML, but for
    /// one costly check that <see cref="Compact"/> made when it wrote this form.
    /// </summary>
    public static KnowledgeBase LoadEmbedded()
    {
        var documents = CompactForm.Read(CompactResource, KnowledgeJson.Default.KnowledgeDocumentSet, "knowledge/*.yaml");
        // The one check skipped: rule texts against the steps shown beside them. It builds nothing, costs more than the
        // rest of the load together (a regular expression per action word), and Compact ran it before writing this form,
        // which KnowledgeCompactTests keep equal to the YAML.
        return new Builder(documents, checkAdviceTexts: false).Build();
    }

    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    public static string Compact(IReadOnlyList<KnowledgeFile> files)
    {
        var documents = ReadYaml(files);
        new Builder(documents, checkAdviceTexts: true).Build();
        return JsonSerializer.Serialize(documents, KnowledgeJson.Default.KnowledgeDocumentSet);
    }

    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    private static KnowledgeDocumentSet ReadYaml(IReadOnlyList<KnowledgeFile> files)
    {
        var problems = new List<KnowledgeProblem>();
        var sources = ReadYaml<SourcesDocument>(files, SourcesFile, problems);
        var questions = ReadYaml<QuestionsDocument>(files, QuestionsFile, problems);
        var triage = ReadYaml<TriageDocument>(files, TriageFile, problems);
        var causes = ReadYaml<CausesDocument>(files, CausesFile, problems);
        var advice = ReadYaml<AdviceDocument>(files, AdviceFile, problems);
        var coverage = ReadYaml<CoverageDocument>(files, CoverageFile, problems);
        if (problems.Count > 0)
        {
            throw new KnowledgeException(problems);
        }

        return new KnowledgeDocumentSet
        {
            Version = VersionOf(files),
            Sources = sources!,
            Questions = questions!,
            Triage = triage!,
            Causes = causes!,
            Advice = advice!,
            Coverage = coverage!,
        };
    }

    private static string VersionOf(IReadOnlyList<KnowledgeFile> files)
    {
        var all = string.Join("\n", files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name + "\n" + f.Text.Replace("\r\n", "\n")));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(all));
        return "kb-" + Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>One knowledge file's YAML document, or null with the problem added (the file missing, empty or malformed).</summary>
    [RequiresUnreferencedCode(YamlBinding.Why)]
    [RequiresDynamicCode(YamlBinding.Why)]
    private static T? ReadYaml<T>(IReadOnlyList<KnowledgeFile> files, string name, List<KnowledgeProblem> problems)
        where T : class
    {
        if (files.FirstOrDefault(f => f.Name == name) is not { } file)
        {
            problems.Add(new(name, "(file)", "missing"));
            return null;
        }

        return YamlBinding.Read<T>(name, file.Text, problems);
    }

    /// <param name="checkAdviceTexts">Whether to read every rule's advice for actions it forbids (<see cref="CheckRulesAgainstAdvice"/>).</param>
    private sealed class Builder(KnowledgeDocumentSet documents, bool checkAdviceTexts)
    {
        private readonly List<KnowledgeProblem> problems = [];
        private readonly HashSet<string> sourceIds = new(StringComparer.Ordinal);
        private readonly List<Question> questions = [];
        private readonly Dictionary<string, Question> questionsById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Condition> named = new(StringComparer.Ordinal);
        private Dictionary<string, object> namedRaw = [];
        private readonly HashSet<string> resolving = new(StringComparer.Ordinal);

        public KnowledgeBase Build()
        {
            var sourcesDoc = documents.Sources;
            var questionsDoc = documents.Questions;
            var triageDoc = documents.Triage;
            var causesDoc = documents.Causes;
            var adviceDoc = documents.Advice;
            var coverageDoc = documents.Coverage;

            var sources = BuildSources(sourcesDoc);
            var groups = BuildGroups(questionsDoc);
            BuildQuestions(questionsDoc, groups);
            namedRaw = triageDoc.Conditions;
            foreach (var name in namedRaw.Keys)
            {
                ResolveNamed(name, TriageFile, $"condition '{name}'");
            }

            ResolveAskIf(questionsDoc);
            var levels = BuildLevels(triageDoc);
            var rules = BuildRules(triageDoc);
            var safetyNet = BuildSafetyNet(triageDoc);
            var causes = BuildCauses(causesDoc);
            var causeIds = causes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var actions = BuildActions(adviceDoc);
            var advice = BuildAdvice(adviceDoc, causeIds, actions);
            if (checkAdviceTexts)
            {
                CheckRulesAgainstAdvice(rules, advice, actions);
            }
            var allIds = new HashSet<string>(StringComparer.Ordinal);
            allIds.UnionWith(questions.Select(q => q.Id));
            allIds.UnionWith(rules.Select(r => r.Id));
            allIds.UnionWith(causeIds);
            allIds.UnionWith(advice.Select(a => a.Id));
            allIds.UnionWith(safetyNet.Select(s => s.Id));
            allIds.UnionWith(sourceIds);
            var coverage = BuildCoverage(coverageDoc, allIds);

            if (problems.Count > 0)
            {
                throw new KnowledgeException(problems);
            }

            return new KnowledgeBase(documents.Version, sources, groups, questions, levels, named, rules, safetyNet, causes, advice, actions, coverage);
        }

        private void Problem(string file, string entry, string message) => problems.Add(new(file, entry, message));

        private bool Required(string? value, string file, string entry, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Problem(file, entry, $"'{field}' is missing");
                return false;
            }

            return true;
        }

        private void CheckUnique(HashSet<string> seen, string id, string file, string entry)
        {
            if (!seen.Add(id))
            {
                Problem(file, entry, $"duplicate id '{id}'");
            }
        }

        private List<string> CheckSources(List<string> sources, string file, string entry)
        {
            if (sources.Count == 0)
            {
                Problem(file, entry, "no source; every entry must cite a seed article or a reference");
            }

            foreach (var s in sources.Where(s => !sourceIds.Contains(s)))
            {
                Problem(file, entry, $"unknown source '{s}'");
            }

            return sources;
        }

        private List<Source> BuildSources(SourcesDocument doc)
        {
            var list = new List<Source>();
            for (var i = 0; i < doc.Sources.Count; i++)
            {
                var e = doc.Sources[i];
                var entry = $"source '{e.Id ?? $"#{i + 1}"}'";
                if (!Required(e.Id, SourcesFile, entry, "id") | !Required(e.Title, SourcesFile, entry, "title"))
                {
                    continue;
                }

                if (e.Kind is not ("article" or "reference"))
                {
                    Problem(SourcesFile, entry, $"kind must be 'article' or 'reference', not '{e.Kind}'");
                }

                if (e.Kind == "article" && string.IsNullOrWhiteSpace(e.File))
                {
                    Problem(SourcesFile, entry, "an article must name its seed file");
                }

                CheckUnique(sourceIds, e.Id!, SourcesFile, entry);
                list.Add(new(e.Id!, e.Kind ?? "", e.Title!, e.File, e.Note));
            }

            return list;
        }

        private List<QuestionGroup> BuildGroups(QuestionsDocument doc)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<QuestionGroup>();
            foreach (var g in doc.Groups)
            {
                var entry = $"group '{g.Id}'";
                if (Required(g.Id, QuestionsFile, entry, "id") & Required(g.Title, QuestionsFile, entry, "title"))
                {
                    CheckUnique(seen, g.Id!, QuestionsFile, entry);
                    list.Add(new(g.Id!, g.Title!, g.Intro ?? "", ForSomeoneElse(g.Title!, g.TitleForSomeoneElse, entry, "title"),
                        ForSomeoneElse(g.Intro ?? "", g.IntroForSomeoneElse, entry, "intro")));
                }
            }

            return list;
        }

        private void BuildQuestions(QuestionsDocument doc, List<QuestionGroup> groups)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var groupIds = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var e in doc.Questions)
            {
                var entry = $"question '{e.Id}'";
                if (!Required(e.Id, QuestionsFile, entry, "id"))
                {
                    continue;
                }

                Required(e.Text, QuestionsFile, entry, "text");
                // Asked for someone else ("my dad's calf keeps cramping"), "How old are you?" would get the carer's own age:
                // every question says how to ask it about them, so no new question can forget.
                if (string.IsNullOrWhiteSpace(e.TextForSomeoneElse))
                {
                    Problem(QuestionsFile, entry,
                        "'text_for_someone_else' is missing: every question needs its words for someone answering about another person (\"How old are they?\")");
                }

                Required(e.Why, QuestionsFile, entry, "why");
                if (Required(e.Short, QuestionsFile, entry, "short") && e.Short!.Split(' ').Length > 8)
                {
                    Problem(QuestionsFile, entry, "short must be a few words (at most 8): it names the answer in a result's \"because\"");
                }

                CheckUnique(seen, e.Id!, QuestionsFile, entry);
                if (e.Group is null || !groupIds.Contains(e.Group))
                {
                    Problem(QuestionsFile, entry, $"unknown group '{e.Group}'");
                }

                QuestionType? type = e.Type switch
                {
                    "bool" => QuestionType.Bool,
                    "number" => QuestionType.Number,
                    "choice" => QuestionType.Choice,
                    "choices" => QuestionType.Choices,
                    _ => null,
                };
                if (type is null)
                {
                    Problem(QuestionsFile, entry, $"type must be bool, number, choice or choices, not '{e.Type}'");
                    continue;
                }

                if (type == QuestionType.Number && (e.Min is null || e.Max is null || e.Min > e.Max))
                {
                    Problem(QuestionsFile, entry, "a number question needs min <= max");
                }

                var options = e.Options.Select(o => new QuestionOption(o.Id ?? "", o.Label ?? o.Id ?? "",
                    ForSomeoneElse(o.Label ?? o.Id ?? "", o.LabelForSomeoneElse, $"{entry} option '{o.Id}'", "label"))).ToList();
                if (type is QuestionType.Choice or QuestionType.Choices)
                {
                    if (options.Count is 0 or > 30)
                    {
                        Problem(QuestionsFile, entry, "a choice question needs between 1 and 30 options");
                    }

                    var optionSeen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var o in options)
                    {
                        if (o.Id.Length == 0)
                        {
                            Problem(QuestionsFile, entry, "an option has no id");
                        }
                        else if (!optionSeen.Add(o.Id))
                        {
                            Problem(QuestionsFile, entry, $"duplicate option '{o.Id}'");
                        }
                    }
                }
                else if (options.Count > 0)
                {
                    Problem(QuestionsFile, entry, $"a {e.Type} question has no options");
                }

                var q = new Question(e.Id!, questions.Count, type.Value, e.Group ?? "", e.Text ?? "", e.Why ?? "", e.RedFlag,
                    e.Min, e.Max, e.Unit, options, null, CheckSources(e.Sources, QuestionsFile, entry), e.Short ?? "",
                    e.TextForSomeoneElse ?? "", ForSomeoneElse(e.Why ?? "", e.WhyForSomeoneElse, entry, "why"));
                questions.Add(q);
                questionsById[q.Id] = q;
            }
        }

        /// <summary>
        /// The words of a <paramref name="field"/> (a question's "why", an option's "label", a group's "title", a step's
        /// "withhold_reason", a cause's "summary" or an evidence "text") for someone answering about another person: their
        /// own "..._for_someone_else" when given, else the same words, which must then not speak to "you" (a "why" about
        /// "how you walk" would be about the carer).
        /// </summary>
        private string ForSomeoneElse(string text, string? theirs, string entry, string field, string file = QuestionsFile)
        {
            if (!string.IsNullOrWhiteSpace(theirs))
            {
                return theirs;
            }

            if (SpeaksToYou().IsMatch(text))
            {
                Problem(file, entry, $"'{field}_for_someone_else' is missing: '{field}' speaks to \"you\", so it needs its words for someone answering about another person");
            }

            return text;
        }

        private void ResolveAskIf(QuestionsDocument doc)
        {
            foreach (var e in doc.Questions.Where(e => e.AskIf is not null && e.Id is not null))
            {
                if (!questionsById.TryGetValue(e.Id!, out var q))
                {
                    continue;
                }

                var condition = Parse(e.AskIf, QuestionsFile, $"question '{e.Id}'");
                if (condition is not null)
                {
                    var updated = q with { AskIf = condition };
                    questions[q.Index] = updated;
                    questionsById[q.Id] = updated;
                }
            }
        }

        private Condition? ResolveNamed(string name, string file, string entry)
        {
            if (named.TryGetValue(name, out var done))
            {
                return done;
            }

            if (!namedRaw.TryGetValue(name, out var raw))
            {
                Problem(file, entry, $"unknown condition '{name}'");
                return null;
            }

            if (!resolving.Add(name))
            {
                Problem(TriageFile, $"condition '{name}'", "refers to itself");
                return null;
            }

            var inner = Parse(raw, TriageFile, $"condition '{name}'");
            resolving.Remove(name);
            if (inner is null)
            {
                return null;
            }

            var result = new Named(name, inner);
            named[name] = result;
            return result;
        }

        /// <summary>Turns the YAML form of a condition into a compiled one, naming every problem.</summary>
        private Condition? Parse(object? raw, string file, string entry)
        {
            if (raw is not Dictionary<object, object> map)
            {
                Problem(file, entry, "a condition must be a mapping such as {answer: ..., is: true}, {all: [...]}, {any: [...]} or {condition: name}");
                return null;
            }

            var keys = map.Keys.Select(k => k.ToString()!).ToList();
            if (keys.Count == 1 && keys[0] is "all" or "any")
            {
                if (map[keys[0]] is not List<object> items || items.Count == 0)
                {
                    Problem(file, entry, $"'{keys[0]}' needs a non-empty list of conditions");
                    return null;
                }

                var parts = items.Select(item => Parse(item, file, entry)).ToList();
                if (parts.Any(p => p is null))
                {
                    return null;
                }

                return keys[0] == "all" ? new AllOf(parts.ToArray()!) : new AnyOf(parts.ToArray()!);
            }

            if (keys.Count == 1 && keys[0] == "condition")
            {
                return ResolveNamed(map["condition"]?.ToString() ?? "", file, entry);
            }

            if (!map.TryGetValue("answer", out var idRaw) || keys.Count != 2)
            {
                Problem(file, entry, $"a condition on an answer needs 'answer' and one test, found [{string.Join(", ", keys)}]");
                return null;
            }

            var id = idRaw?.ToString() ?? "";
            if (!questionsById.TryGetValue(id, out var q))
            {
                Problem(file, entry, $"unknown question '{id}'");
                return null;
            }

            var test = keys.First(k => k != "answer");
            var value = map[test];
            switch (test)
            {
                case "is" when q.Type == QuestionType.Bool:
                    if (value is "true" or "false")
                    {
                        return new BoolIs(q.Index, value is "true");
                    }

                    break;
                case "is" when q.Type == QuestionType.Choice:
                    return OptionsOf(q, [value], file, entry);
                case "in" when q.Type is QuestionType.Choice or QuestionType.Choices:
                    return OptionsOf(q, value as List<object> ?? [value], file, entry);
                case "at_least" or "more_than" or "at_most" or "less_than" when q.Type == QuestionType.Number:
                    if (double.TryParse(value?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold))
                    {
                        var comparison = test switch
                        {
                            "at_least" => Comparison.AtLeast,
                            "more_than" => Comparison.MoreThan,
                            "at_most" => Comparison.AtMost,
                            _ => Comparison.LessThan,
                        };
                        return new NumberCompare(q.Index, comparison, threshold);
                    }

                    break;
                case "count_at_least" when q.Type == QuestionType.Choices:
                    if (int.TryParse(value?.ToString(), CultureInfo.InvariantCulture, out var count) && count > 0)
                    {
                        return new CountAtLeast(q.Index, count);
                    }

                    break;
            }

            Problem(file, entry, $"'{test}: {value}' is not a valid test for {q.Type.ToString().ToLowerInvariant()} question '{q.Id}'");
            return null;
        }

        private OptionIn? OptionsOf(Question q, List<object> values, string file, string entry)
        {
            long mask = 0;
            foreach (var v in values)
            {
                var i = q.OptionIndex(v?.ToString() ?? "");
                if (i < 0)
                {
                    Problem(file, entry, $"question '{q.Id}' has no option '{v}'");
                    return null;
                }

                mask |= 1L << i;
            }

            return new OptionIn(q.Index, mask, q.Type == QuestionType.Choices);
        }

        private TriageLevel? ParseLevel(string? level, string file, string entry)
        {
            TriageLevel? parsed = level switch
            {
                "emergency" => TriageLevel.Emergency,
                "urgent" => TriageLevel.Urgent,
                "doctor" => TriageLevel.Doctor,
                "self_care" => TriageLevel.SelfCare,
                _ => null,
            };
            if (parsed is null)
            {
                Problem(file, entry, $"level must be emergency, urgent, doctor or self_care, not '{level}'");
            }

            return parsed;
        }

        private List<LevelGuidance> BuildLevels(TriageDocument doc)
        {
            var list = new List<LevelGuidance>();
            foreach (var e in doc.Levels)
            {
                var entry = $"level '{e.Level}'";
                if (ParseLevel(e.Level, TriageFile, entry) is { } level && Required(e.Label, TriageFile, entry, "label") &&
                    Required(e.Action, TriageFile, entry, "action"))
                {
                    // "No warning sign in your answers", "take these results with you": said to a carer, about the carer. Only
                    // checked here: an action without its own carer words stays null, and the level's action is used.
                    ForSomeoneElse(e.Action!, e.ActionForSomeoneElse, entry, "action", TriageFile);
                    if (e.ActionIncomplete is not null)
                    {
                        ForSomeoneElse(e.ActionIncomplete, e.ActionIncompleteForSomeoneElse, entry, "action_incomplete", TriageFile);
                    }

                    list.Add(new(level, e.Label!, e.Action!, e.ActionIncomplete ?? e.Action!, string.IsNullOrWhiteSpace(e.Call) ? null : e.Call,
                        string.IsNullOrWhiteSpace(e.ActionForSomeoneElse) ? null : e.ActionForSomeoneElse,
                        string.IsNullOrWhiteSpace(e.ActionIncompleteForSomeoneElse) ? null : e.ActionIncompleteForSomeoneElse));
                }
            }

            foreach (var missing in Enum.GetValues<TriageLevel>().Where(l => list.All(g => g.Level != l)))
            {
                Problem(TriageFile, "levels", $"no guidance for level '{missing}'");
            }

            return list;
        }

        private List<TriageRule> BuildRules(TriageDocument doc)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<TriageRule>();
            foreach (var e in doc.Rules)
            {
                var entry = $"rule '{e.Id}'";
                if (!Required(e.Id, TriageFile, entry, "id"))
                {
                    continue;
                }

                CheckUnique(seen, e.Id!, TriageFile, entry);
                var ok = Required(e.Title, TriageFile, entry, "title") & Required(e.Advice, TriageFile, entry, "advice");
                var level = ParseLevel(e.Level, TriageFile, entry);
                var sources = CheckSources(e.Sources, TriageFile, entry);
                var when = e.When is null ? null : Parse(e.When, TriageFile, entry);
                if (e.When is null)
                {
                    Problem(TriageFile, entry, "'when' is missing");
                }

                if (when is not null && !when.IsMonotone)
                {
                    // A "no" or an upper bound in a triage rule could let a worse answer lower the level.
                    Problem(TriageFile, entry, "a triage rule may only test for 'yes', choices and lower bounds, so that a worse answer never lowers the level");
                }

                var suspectWhen = e.SuspectWhen is null ? null : Parse(e.SuspectWhen, TriageFile, entry);
                if (suspectWhen is not null && when is not null)
                {
                    CheckSuspectWhen(suspectWhen, when, entry);
                }

                if (level >= TriageLevel.Emergency && e.WhileWaiting.Count == 0)
                {
                    Problem(TriageFile, entry, "an emergency rule must say what to do while waiting ('while_waiting')");
                }

                if (level < TriageLevel.Urgent && e.SafeAdvice.Count > 0)
                {
                    Problem(TriageFile, entry, "'safe_advice' only limits advice at the urgent level; below it, use 'avoid'");
                }

                var forSomeoneElse = ok && level is not null ? AdviceForSomeoneElse(e, level.Value, entry) : "";
                if (ok && level is not null && when is not null)
                {
                    list.Add(new(e.Id!, level.Value, e.Title!, e.Advice!, forSomeoneElse, when, sources, e.WhileWaiting, e.SafeAdvice, e.Avoid, suspectWhen));
                }
            }

            return list;
        }

        /// <summary>
        /// A rule's advice in the words for whoever is looking after the person (a carer who typed "my husband has chest
        /// pain"). Required at the urgent and emergency levels, whose advice tells the reader what to do now ("Stop
        /// exercising", "Do not drink more water"), and wherever the advice speaks to "you" ("a muscle you worked"); below
        /// urgent, advice that does neither reads the same for both, and is used as it is.
        /// </summary>
        private string AdviceForSomeoneElse(RuleEntry e, TriageLevel level, string entry)
        {
            if (level >= TriageLevel.Urgent && string.IsNullOrWhiteSpace(e.AdviceForSomeoneElse))
            {
                Problem(TriageFile, entry,
                    "'advice_for_someone_else' is missing: an urgent or emergency rule tells the reader what to do now, so it needs its words for someone looking after the person (\"Get them to stop exercising\")");
                return e.Advice!;
            }

            return ForSomeoneElse(e.Advice!, e.AdviceForSomeoneElse, entry, "advice", TriageFile);
        }

        /// <summary>
        /// A suspicion is part of its rule: it reads only the rule's own questions, only for "yes", choices and lower bounds,
        /// and it can never be the whole rule (then the rule would fire, not be suspected).
        /// </summary>
        private void CheckSuspectWhen(Condition suspectWhen, Condition when, string entry)
        {
            if (!suspectWhen.IsMonotone)
            {
                Problem(TriageFile, entry, "'suspect_when' may only test for 'yes', choices and lower bounds");
            }

            var foreign = suspectWhen.Questions.Except(when.Questions).Select(i => questions[i].Id).ToList();
            if (foreign.Count > 0)
            {
                Problem(TriageFile, entry, $"'suspect_when' reads {string.Join(", ", foreign)}, which the rule's 'when' does not");
            }
        }

        private List<SafetyNet> BuildSafetyNet(TriageDocument doc)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<SafetyNet>();
            foreach (var e in doc.SafetyNet)
            {
                var entry = $"safety_net '{e.Id}'";
                // "Be seen today", "go to an emergency department" read by a carer are orders to the wrong person: every line
                // says what to do if the sign appears, so every line has its words for whoever is looking after them.
                if (Required(e.Id, TriageFile, entry, "id") & Required(e.Text, TriageFile, entry, "text") &
                    Required(e.TextForSomeoneElse, TriageFile, entry, "text_for_someone_else") &&
                    ParseLevel(e.Level, TriageFile, entry) is { } level)
                {
                    CheckUnique(seen, e.Id!, TriageFile, entry);
                    list.Add(new(e.Id!, level, e.Text!, CheckSources(e.Sources, TriageFile, entry), e.TextForSomeoneElse!));
                }
            }

            return list;
        }

        private List<Cause> BuildCauses(CausesDocument doc)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<Cause>();
            foreach (var e in doc.Causes)
            {
                var entry = $"cause '{e.Id}'";
                if (!Required(e.Id, CausesFile, entry, "id"))
                {
                    continue;
                }

                CheckUnique(seen, e.Id!, CausesFile, entry);
                Required(e.Name, CausesFile, entry, "name");
                Required(e.Summary, CausesFile, entry, "summary");
                var sources = CheckSources(e.Sources, CausesFile, entry);
                if (e.Support.Count == 0)
                {
                    Problem(CausesFile, entry, "no supporting evidence; a cause nothing can point to would never be listed");
                }

                var support = BuildEvidence(e.Support, entry + " support");
                var against = BuildEvidence(e.Against, entry + " against");
                var summaryForSomeoneElse = ForSomeoneElse(e.Summary ?? "", e.SummaryForSomeoneElse, entry, "summary", CausesFile);
                list.Add(new(e.Id!, e.Name ?? "", e.Summary ?? "", support, against, sources, summaryForSomeoneElse));
            }

            return list;
        }

        private List<Evidence> BuildEvidence(List<EvidenceEntry> entries, string entry)
        {
            var list = new List<Evidence>();
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                var where = $"{entry} #{i + 1}";
                Required(e.Text, CausesFile, where, "text");
                if (e.Weight is <= 0 or > 1)
                {
                    Problem(CausesFile, where, $"weight must be above 0 and at most 1, not {e.Weight.ToString(CultureInfo.InvariantCulture)}");
                }

                var when = e.When is null ? null : Parse(e.When, CausesFile, where);
                if (e.When is null)
                {
                    Problem(CausesFile, where, "'when' is missing");
                }

                // "You sweated heavily" in a result about someone else would be about the carer.
                var forSomeoneElse = ForSomeoneElse(e.Text ?? "", e.TextForSomeoneElse, where, "text", CausesFile);
                if (when is not null)
                {
                    list.Add(new(when, e.Weight, e.Text ?? "", forSomeoneElse));
                }
            }

            return list;
        }

        private List<AdviceAction> BuildActions(AdviceDocument doc)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<AdviceAction>();
            foreach (var e in doc.Actions)
            {
                var entry = $"action '{e.Id}'";
                if (Required(e.Id, AdviceFile, entry, "id") & Required(e.Text, AdviceFile, entry, "text"))
                {
                    CheckUnique(seen, e.Id!, AdviceFile, entry);
                    list.Add(new(e.Id!, e.Text!, e.Words));
                }
            }

            return list;
        }

        private List<Advice> BuildAdvice(AdviceDocument doc, HashSet<string> causeIds, List<AdviceAction> actions)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var actionIds = actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var list = new List<Advice>();
            var sections = new[] { (AdviceKind.WhileWaiting, doc.WhileWaiting), (AdviceKind.Relief, doc.Relief), (AdviceKind.Prevention, doc.Prevention) };
            foreach (var (kind, entries) in sections)
            {
                foreach (var e in entries)
                {
                    var entry = $"{SectionName(kind)} '{e.Id}'";
                    if (!Required(e.Id, AdviceFile, entry, "id"))
                    {
                        continue;
                    }

                    CheckUnique(seen, e.Id!, AdviceFile, entry);
                    Required(e.Text, AdviceFile, entry, "text");
                    // A carer reading "sit down", "chew one aspirin" or "warm up before each session" may take it as said to
                    // them: every step, at any level, has its words for whoever is looking after the person.
                    if (string.IsNullOrWhiteSpace(e.ForSomeoneElse))
                    {
                        Problem(AdviceFile, entry,
                            "'for_someone_else' is missing: every step needs its words for someone looking after the person (\"Help them sit down\")");
                    }

                    EpisodeKindFilter? filter = e.For switch
                    {
                        null or "any" => EpisodeKindFilter.Any,
                        "twitch" => EpisodeKindFilter.Twitch,
                        "spasm" => EpisodeKindFilter.Spasm,
                        _ => null,
                    };
                    if (filter is null)
                    {
                        Problem(AdviceFile, entry, $"'for' must be any, twitch or spasm, not '{e.For}'");
                    }

                    foreach (var c in e.Causes.Where(c => !causeIds.Contains(c)))
                    {
                        Problem(AdviceFile, entry, $"unknown cause '{c}'");
                    }

                    if (kind != AdviceKind.WhileWaiting && e.Causes.Count == 0 && !e.Always)
                    {
                        Problem(AdviceFile, entry, "names no cause and is not 'always'; it would never be shown");
                    }

                    foreach (var a in e.Actions.Where(a => !actionIds.Contains(a)))
                    {
                        Problem(AdviceFile, entry, $"unknown action '{a}'; the actions are listed at the top of {AdviceFile}");
                    }

                    var withhold = e.WithholdWhen is null ? null : Parse(e.WithholdWhen, AdviceFile, entry + " withhold_when");
                    if (e.WithholdWhen is not null && string.IsNullOrWhiteSpace(e.WithholdReason))
                    {
                        Problem(AdviceFile, entry, "'withhold_when' needs a 'withhold_reason' to tell the person why");
                    }

                    var reasonForSomeoneElse = e.WithholdReason is null ? null
                        : ForSomeoneElse(e.WithholdReason, e.WithholdReasonForSomeoneElse, entry, "withhold_reason", AdviceFile);

                    var show = e.ShowWhen is null ? null : Parse(e.ShowWhen, AdviceFile, entry + " show_when");
                    list.Add(new(e.Id!, kind, e.Text ?? "", filter ?? EpisodeKindFilter.Any, e.Causes, e.Always, e.Evidence,
                        CheckSources(e.Sources, AdviceFile, entry), e.Actions, withhold, e.WithholdReason, show, e.ForSomeoneElse ?? "", reasonForSomeoneElse));
                }
            }

            return list;
        }

        private static string SectionName(AdviceKind kind) => kind switch
        {
            AdviceKind.WhileWaiting => "while_waiting",
            AdviceKind.Relief => "relief",
            _ => "prevention",
        };

        /// <summary>
        /// A rule's advice and the steps shown beside it must never disagree: a rule that says "do not massage" must list
        /// massage in 'avoid' (the engine then holds back every step that massages), and the steps a rule names itself
        /// must not take an action it avoids.
        /// </summary>
        private void CheckRulesAgainstAdvice(List<TriageRule> rules, List<Advice> advice, List<AdviceAction> actions)
        {
            var byId = advice.ToDictionary(a => a.Id, StringComparer.Ordinal);
            var actionIds = actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                var entry = $"rule '{rule.Id}'";
                foreach (var a in rule.Avoid.Where(a => !actionIds.Contains(a)))
                {
                    Problem(TriageFile, entry, $"unknown action '{a}' in 'avoid'; the actions are listed at the top of {AdviceFile}");
                }

                foreach (var (ids, kinds, field) in new[]
                {
                    (rule.WhileWaiting, new[] { AdviceKind.WhileWaiting }, "while_waiting"),
                    (rule.SafeAdvice, new[] { AdviceKind.Relief, AdviceKind.Prevention }, "safe_advice"),
                })
                {
                    foreach (var id in ids)
                    {
                        if (!byId.TryGetValue(id, out var step) || !kinds.Contains(step.Kind))
                        {
                            Problem(TriageFile, entry, $"'{field}' names '{id}', which is not a {string.Join(" or ", kinds.Select(SectionName))} step");
                        }
                        else if (step.Actions.FirstOrDefault(rule.Avoid.Contains) is { } clash)
                        {
                            Problem(TriageFile, entry, $"'{field}' names '{id}', which asks for '{clash}' that this rule avoids");
                        }
                    }
                }

                // Said to a carer too ("do not let them stretch it"): what either wording forbids, the rule must avoid.
                foreach (var action in actions.Where(a => !rule.Avoid.Contains(a.Id) &&
                                                          (AdviceText.Forbids(rule.Advice, a.Words) || AdviceText.Forbids(rule.AdviceForSomeoneElse, a.Words))))
                {
                    Problem(TriageFile, entry, $"its advice says not to {action.Text}, so 'avoid' must list '{action.Id}'");
                }
            }
        }

        private List<CoverageItem> BuildCoverage(CoverageDocument doc, HashSet<string> allIds)
        {
            var list = new List<CoverageItem>();
            for (var i = 0; i < doc.Coverage.Count; i++)
            {
                var e = doc.Coverage[i];
                var entry = $"item '{e.Item ?? $"#{i + 1}"}'";
                if (!Required(e.Seed, CoverageFile, entry, "seed") | !Required(e.Item, CoverageFile, entry, "item"))
                {
                    continue;
                }

                if (!sourceIds.Contains(e.Seed!))
                {
                    Problem(CoverageFile, entry, $"unknown seed '{e.Seed}'");
                }

                if (e.Kind is not ("cause" or "remedy" or "prevention" or "warning_sign"))
                {
                    Problem(CoverageFile, entry, $"kind must be cause, remedy, prevention or warning_sign, not '{e.Kind}'");
                }

                if (e.CoveredBy.Count == 0)
                {
                    Problem(CoverageFile, entry, "covered_by names no entry");
                }

                foreach (var id in e.CoveredBy.Where(id => !allIds.Contains(id)))
                {
                    Problem(CoverageFile, entry, $"covered_by names unknown entry '{id}'");
                }

                list.Add(new(e.Seed!, e.Kind ?? "", e.Item!, e.CoveredBy));
            }

            return list;
        }
    }

    /// <summary>Words that speak to the reader as the person it is about: "you", "your", "yours", "yourself".</summary>
    [GeneratedRegex(@"\byou(r|rs|rself)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksToYou();
}
