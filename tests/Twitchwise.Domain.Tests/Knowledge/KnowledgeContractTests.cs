using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Knowledge;

/// <summary>The shipped knowledge base against the contracts in docs/contract and the five seed articles (as fingerprints, tests/articles).</summary>
public sealed class KnowledgeContractTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Fact]
    public void Questions_EveryContractQuestion_ExistsWithItsTypeRangeAndOptions()
    {
        var spec = SpecTables.Questions();
        Assert.True(spec.Count >= 59, $"read only {spec.Count} questions from the spec");
        foreach (var s in spec)
        {
            Assert.True(Kb.TryGetQuestion(s.Id, out var q), $"{s.Id} is missing");
            Assert.Equal(s.Type, q.Type.ToString().ToLowerInvariant());
            Assert.Equal(s.Min, q.Min);
            Assert.Equal(s.Max, q.Max);
            // Options may be appended (a contract addition keeps every existing option in its place), never removed or reordered.
            Assert.Equal(s.Options, q.Options.Select(o => o.Id).Take(s.Options.Count));
        }
    }

    [Fact]
    public void ContractAdditions_EveryQuestionBeyondTheContract_IsListedInTheProjectsContractDocument()
    {
        var spec = SpecTables.Questions().Select(q => q.Id).ToHashSet();
        var listed = File.ReadLines(TestPaths.Repo("docs", "assessment-additions.md"))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[1])
            .Where(id => Kb.TryGetQuestion(id, out _) && !spec.Contains(id))
            .ToList();

        Assert.Equal(Kb.Questions.Where(q => !spec.Contains(q.Id)).Select(q => q.Id).Order(), listed.Order());
    }

    [Fact]
    public void Causes_EveryContractCauseId_Exists()
    {
        var spec = SpecTables.CauseIds();
        Assert.Equal(16, spec.Count);
        Assert.Equal(spec.Order(), Kb.Causes.Select(c => c.Id).Order());
    }

    [Fact]
    public void Rules_EveryTriageFloorRule_ExistsAtItsLevel()
    {
        var spec = SpecTables.TriageRules();
        Assert.Equal(33, spec.Count);
        foreach (var s in spec)
        {
            var rule = Kb.Rules.SingleOrDefault(r => r.Id == s.Id);
            Assert.True(rule is not null, $"rule {s.Id} is missing");
            Assert.Equal(s.Level, KnowledgeEntries.LevelId(rule.Level));
        }
    }

    [Fact]
    public void RedFlags_EverySymptomQuestion_IsARedFlag()
    {
        Assert.All(Kb.Questions.Where(q => q.Id.StartsWith("symptom.", StringComparison.Ordinal)), q => Assert.True(q.RedFlag, q.Id));
    }

    [Fact]
    public void RedFlags_EveryQuestionThatAloneRaisesTheLevel_IsARedFlag()
    {
        // A question that can raise the level by itself must be listed when unanswered.
        foreach (var rule in Kb.Rules)
        {
            var questions = rule.When.Questions.Distinct().Select(i => Kb.Questions[i]).ToList();
            if (questions.Count == 1)
            {
                Assert.True(questions[0].RedFlag, $"{questions[0].Id} alone fires {rule.Id} but is not a red flag");
            }
        }
    }

    [Fact]
    public void Rules_EveryEmergencyRule_KeepsACallStepThatNoAvoidedActionCanRemove()
    {
        // Whatever fires together, an emergency result always has at least "call and stay on the line" to show.
        var call = Kb.Advice.Single(a => a.Id == "call_and_stay_on_line");
        Assert.Empty(call.Actions);
        Assert.All(Kb.Rules.Where(r => r.Level == TriageLevel.Emergency), r => Assert.Contains(call.Id, r.WhileWaiting));
        Assert.Equal("112", Kb.Levels.Single(l => l.Level == TriageLevel.Emergency).Call);
    }

    [Fact]
    public void Rules_EveryUrgentRule_SaysWhatToDoWhileWaiting()
    {
        Assert.All(Kb.Rules.Where(r => r.Level == TriageLevel.Urgent), r => Assert.True(r.WhileWaiting.Count > 0, r.Id));
    }

    [Theory]
    // Possible low blood sodium: never "drink water".
    [InlineData("hyponatremia", "drink_water")]
    [InlineData("low_sodium_after_long_event", "drink_water")]
    [InlineData("low_sodium_early_long_event", "drink_water")]
    [InlineData("water_overload_early", "drink_water")]
    [InlineData("swollen_after_water_overload", "drink_water")]
    [InlineData("collapse", "drink_water")]
    [InlineData("confusion", "drink_water")]
    [InlineData("heatstroke", "drink_water")]
    [InlineData("severe_headache_and_vomiting_after_exercise", "drink_water")]
    // Possible clot, muscle breakdown, compartment syndrome or lost blood supply: never heat or massage.
    [InlineData("deep_vein_thrombosis", "massage")]
    [InlineData("deep_vein_thrombosis", "heat")]
    [InlineData("leg_pain_with_clot_risk", "massage")]
    [InlineData("leg_pain_with_clot_risk", "heat")]
    [InlineData("rhabdomyolysis", "massage")]
    [InlineData("rhabdomyolysis", "heat")]
    [InlineData("muscle_breakdown_with_dark_urine", "massage")]
    [InlineData("muscle_breakdown_with_dark_urine", "heat")]
    [InlineData("dark_urine_after_unaccustomed_exercise", "massage")]
    [InlineData("dark_urine_after_unaccustomed_exercise", "heat")]
    [InlineData("dark_urine", "massage")]
    [InlineData("dark_urine", "heat")]
    [InlineData("compartment_syndrome", "massage")]
    [InlineData("compartment_syndrome", "heat")]
    [InlineData("severe_pain_with_swelling", "massage")]
    [InlineData("severe_pain_with_swelling", "heat")]
    [InlineData("limb_ischaemia", "massage")]
    [InlineData("limb_ischaemia", "heat")]
    [InlineData("swelling_on_blood_thinner", "massage")]
    // Possible heart attack, stroke or bleed: no exercise; bleeds and strokes: no aspirin or ibuprofen.
    [InlineData("heart_attack_signs", "exercise")]
    [InlineData("stroke_signs", "aspirin")]
    [InlineData("sudden_severe_headache", "aspirin")]
    [InlineData("head_injury_warning_signs", "aspirin")]
    [InlineData("head_injury_warning_signs", "nsaid")]
    // Heatstroke: no heat.
    [InlineData("heatstroke", "heat")]
    public void Rules_WherePossibleHarm_AvoidTheHarmfulAction(string rule, string action)
    {
        Assert.Contains(action, Kb.Rules.Single(r => r.Id == rule).Avoid);
    }

    [Fact]
    public void Coverage_EverySeedArticle_HasCausesRemediesPreventionAndWarningSigns()
    {
        var seeds = ArticleFingerprints.Ids();
        Assert.Equal(5, seeds.Count);
        foreach (var seed in seeds)
        {
            Assert.True(Kb.TryGetSource(seed!, out var source), $"{seed} is not a source");
            Assert.Equal(seed + ".txt", source.File);
            var kinds = Kb.Coverage.Where(c => c.Seed == seed).Select(c => c.Kind).ToHashSet();
            Assert.Equal(["cause", "prevention", "remedy", "warning_sign"], kinds.Order());
        }
    }

    [Fact]
    public void Coverage_EachItem_IsCarriedByTheRightKindOfEntry()
    {
        var causes = Kb.Causes.Select(c => c.Id).ToHashSet();
        var advice = Kb.Advice.Select(a => a.Id).ToHashSet();
        var rules = Kb.Rules.Select(r => r.Id).ToHashSet();
        foreach (var item in Kb.Coverage)
        {
            var ok = item.Kind switch
            {
                "cause" => item.CoveredBy.Any(causes.Contains),
                "remedy" or "prevention" => item.CoveredBy.Any(id => advice.Contains(id) || rules.Contains(id)),
                _ => item.CoveredBy.Any(rules.Contains),
            };
            Assert.True(ok, $"{item.Seed} {item.Kind} '{item.Item}' is covered by [{string.Join(", ", item.CoveredBy)}]");
        }
    }

    [Theory]
    [InlineData("magnesium", "magnesium_supplements")]
    [InlineData("massage", "massage")]
    [InlineData("hot bath", "apply_warmth")]
    [InlineData("sports drink", "rehydrate")]
    [InlineData("warm up", "warm_up")]
    [InlineData("caffeine", "stimulants")]
    [InlineData("sleep", "sleep_loss")]
    [InlineData("posture", "posture")]
    [InlineData("tight clothing", "poor_circulation")]
    [InlineData("restless legs", "restless_legs")]
    public void Coverage_ATopicTheArticlesMention_IsCoveredByItsEntry(string phrase, string entry)
    {
        Assert.True(ArticleFingerprints.Contain(phrase), $"the articles do not mention '{phrase}'");
        Assert.Contains(Kb.Coverage, c => c.CoveredBy.Contains(entry));
    }

    [Fact]
    public void Advice_WhereResearchDisagreesWithAnArticle_SaysWhatTheEvidenceSays()
    {
        var magnesium = Kb.Advice.Single(a => a.Id == "magnesium_supplements");
        Assert.Contains("cochrane_magnesium_2020", magnesium.Sources);
        Assert.Contains("no meaningful benefit", magnesium.EvidenceNote);
        var hydrate = Kb.Advice.Single(a => a.Id == "hydrate_around_exercise");
        Assert.Contains("hew_butler_2015", hydrate.Sources);
        Assert.Contains("not to drink more than you sweat", hydrate.EvidenceNote);
        Assert.DoesNotContain("plenty", hydrate.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Advice_TwitchesAndCramps_GetDifferentFirstAid()
    {
        Assert.Equal(EpisodeKindFilter.Spasm, Kb.Advice.Single(a => a.Id == "stretch_hold").For);
        Assert.Equal(EpisodeKindFilter.Twitch, Kb.Advice.Single(a => a.Id == "let_twitch_settle").For);
    }

    [Fact]
    public void KnowledgeBase_NoSentence_IsCopiedFromAnArticle()
    {
        // Facts carry over, sentences do not: no run of 8 words in an entry may appear verbatim in a seed.
        var texts = Kb.Causes.Select(c => c.Summary)
            .Concat(Kb.Advice.Select(a => a.Text))
            .Concat(Kb.Rules.Select(r => r.Advice))
            .Concat(Kb.Questions.Select(q => q.Why));
        foreach (var text in texts)
        {
            var words = ArticleFingerprints.Normalise(text);
            for (var i = 0; i + 8 <= words.Length; i++)
            {
                var run = string.Join(' ', words[i..(i + 8)]);
                Assert.False(ArticleFingerprints.Contain(run), $"'{run}' is copied from a seed article");
            }
        }
    }
}
