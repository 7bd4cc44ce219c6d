using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Assessment;

public sealed class AssessmentEngineTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly AssessmentEngine Engine = new(Kb);

    private static AssessmentResult Assess(string json)
    {
        var validation = new AnswerValidator(Kb).ValidateJson(json);
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        return Engine.Assess(validation.Answers!);
    }

    [Fact]
    public void Assess_Emergency_ReasonsComeMostUrgentFirstAndCarryAdviceAndSources()
    {
        var result = Assess("""{"answers": {"symptom.weakness": true, "symptom.dark_urine": true, "exercise.recent": true}}""");

        Assert.Equal(TriageLevel.Emergency, result.Triage.Level);
        // muscle_breakdown_with_dark_urine (any cause of breakdown) holds too, after the exercise-specific floor rule.
        Assert.Equal(["rhabdomyolysis", "muscle_breakdown_with_dark_urine", "dark_urine", "weakness"], result.Triage.Reasons.Select(r => r.Id));
        var rhabdo = result.Triage.Reasons[0];
        // Answers are named in interview order.
        Assert.Equal(["symptom.dark_urine", "exercise.recent", "symptom.weakness"], rhabdo.Answers);
        Assert.Contains("CK", rhabdo.Text);
        Assert.Contains("cdc_niosh_rhabdomyolysis", rhabdo.Sources);
        Assert.Contains("emergency", result.Triage.Action, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Assess_SicknessWithArmPainUnasked_NamesTheHeartAsASuspicionAndHoldsBackSelfCareItAvoids()
    {
        // "My left arm has been cramping since my run and I feel sick and sweaty": no rule has fired yet, but a phone
        // triager would not offer fluids and stretches before asking about the arm.
        var result = Assess("""{"answers": {"episode.kind": "spasm", "episode.locations": ["arm"], "exercise.type": "run", "symptom.nausea": true, "hydration.heavy_sweating": true}}""");

        Assert.Equal(TriageLevel.SelfCare, result.Triage.Level);
        var suspicion = result.Triage.Suspected[0];
        Assert.Equal("heart_attack_signs", suspicion.Id);
        Assert.Equal(TriageLevel.Emergency, suspicion.Level);
        Assert.Equal(["symptom.nausea"], suspicion.Answers);
        Assert.Equal(["symptom.arm_jaw_neck_pain"], suspicion.Questions);
        Assert.Equal("symptom.arm_jaw_neck_pain", result.UnansweredRedFlags[0]);
        Assert.Equal("symptom.arm_jaw_neck_pain", result.NextQuestions[0]);
        Assert.DoesNotContain(result.Relief, s => s.Id is "rehydrate" or "stretch_hold");
        Assert.Contains(result.Withheld, w => w.Id == "rehydrate" && w.Reason.Contains("until", StringComparison.Ordinal));
        Assert.Contains("nhs_heart_attack", result.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Assess_ChestPainRaisedByTheWordsButUnsettled_SuspectsTheEmergencyAndHoldsBackStretchingAndMovingAbout()
    {
        // "maybe a burn under the sternum on hill reps, and my calf cramps": the intake asks chest pain (confirm) rather
        // than answer it, and nobody is there to ask; advice beside a possible heart attack must not be to walk it off.
        var validation = new AnswerValidator(Kb).ValidateJson("""{"answers": {"episode.kind": "spasm", "episode.locations": ["calf"], "exercise.type": "run", "exercise.recent": true}}""");
        var result = Engine.Assess(validation.Answers!, raised: ["symptom.chest_pain"]);

        Assert.Equal(TriageLevel.SelfCare, result.Triage.Level);
        var suspicion = result.Triage.Suspected[0];
        Assert.Equal("chest_or_breathing", suspicion.Id);
        Assert.Empty(suspicion.Answers);
        Assert.Contains("symptom.chest_pain", suspicion.Questions);
        Assert.Equal("symptom.chest_pain", result.UnansweredRedFlags[0]);
        Assert.DoesNotContain(result.Relief, s => s.Id is "stretch_hold" or "loosen_and_move");
        Assert.Contains(result.Withheld, w => w.Id == "stretch_hold" && w.Reason.Contains("until", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_RaisedQuestionAnsweredNo_SuspectsNothingFromIt()
    {
        var validation = new AnswerValidator(Kb).ValidateJson("""{"answers": {"episode.kind": "spasm", "episode.locations": ["calf"], "exercise.type": "run", "exercise.recent": true, "symptom.chest_pain": false}}""");
        var result = Engine.Assess(validation.Answers!, raised: ["symptom.chest_pain"]);

        Assert.DoesNotContain(result.Triage.Suspected, s => s.Id == "chest_or_breathing");
        Assert.Equal(Engine.Assess(validation.Answers!).Relief.Select(s => s.Id), result.Relief.Select(s => s.Id));
        Assert.NotEmpty(result.Relief);
    }

    [Fact]
    public void Assess_ArmPainDenied_DropsTheSuspicionAndGivesSelfCareBack()
    {
        var result = Assess("""{"answers": {"episode.kind": "spasm", "episode.locations": ["arm"], "exercise.type": "run", "symptom.nausea": true, "hydration.heavy_sweating": true, "symptom.arm_jaw_neck_pain": false}}""");

        Assert.DoesNotContain(result.Triage.Suspected, s => s.Id == "heart_attack_signs");
        Assert.Contains(result.Relief, s => s.Id == "rehydrate");
    }

    [Fact]
    public void Assess_OnlySweatingAfterARun_SuspectsNothing()
    {
        // Heavy sweating is part of the heart rule, but after exercise it points nowhere: no alarm for an ordinary run.
        var result = Assess("""{"answers": {"episode.kind": "spasm", "episode.locations": ["calf"], "exercise.type": "run", "hydration.heavy_sweating": true}}""");

        Assert.Empty(result.Triage.Suspected);
        Assert.Contains(result.Relief, s => s.Id == "rehydrate");
    }

    [Fact]
    public void Assess_HeatExhaustionWithCoolingNotYetTried_KeepsItsWhileWaitingStepsDespiteSuspectingHeatstroke()
    {
        var result = Assess("""{"answers": {"exercise.hot_conditions": true, "symptom.nausea": true, "symptom.heat_not_improving": null}}""");

        Assert.Equal(TriageLevel.Urgent, result.Triage.Level);
        Assert.Contains(result.Triage.Suspected, s => s.Id == "heatstroke");
        Assert.Contains(result.WhileWaiting, s => s.Id == "sip_rehydration_drink");
    }

    [Fact]
    public void Assess_FeverOrChillsAfterExerciseInTheHeat_SuspectsHeatstrokeAndAsksTheTemperatureFirst()
    {
        // "104F after my football game in the heat, I'm shivering": the heat signs settle it, so they are asked first.
        var result = Assess("""{"answers": {"exercise.hot_conditions": true, "symptom.fever": true, "episode.kind": "spasm"}}""");

        var heatstroke = Assert.Single(result.Triage.Suspected, s => s.Id == "heatstroke");
        Assert.Equal(TriageLevel.Emergency, heatstroke.Level);
        Assert.Contains("symptom.temperature_c", heatstroke.Questions);
    }

    [Fact]
    public void Assess_FeverWithoutHeatOrHeatWithoutFever_SuspectsNoHeatstroke()
    {
        Assert.DoesNotContain(Assess("""{"answers": {"symptom.fever": true, "episode.kind": "spasm"}}""").Triage.Suspected, s => s.Id == "heatstroke");
        Assert.DoesNotContain(Assess("""{"answers": {"exercise.hot_conditions": true, "episode.kind": "spasm"}}""").Triage.Suspected, s => s.Id == "heatstroke");
    }

    [Fact]
    public void Assess_FiredRule_IsNeverAlsoSuspected()
    {
        var result = Assess("""{"answers": {"symptom.arm_jaw_neck_pain": true, "symptom.nausea": true}}""");

        Assert.Equal(TriageLevel.Emergency, result.Triage.Level);
        Assert.Empty(result.Triage.Suspected);
    }

    [Fact]
    public void Assess_SlurredSpeechWithAWeakArm_IsAStrokeEvenWithoutSayingHowFastItCame()
    {
        var result = Assess("""{"answers": {"symptom.swallowing_or_speech": true, "symptom.weakness": true}}""");

        Assert.Equal(TriageLevel.Emergency, result.Triage.Level);
        Assert.Contains(result.Triage.Reasons, r => r.Id == "stroke_signs");
    }

    [Fact]
    public void Assess_SwollenAndWarmWithThePlaceUnsaid_SuspectsAClotAndAsksWhere()
    {
        // "My left leg is swollen and hot after a long flight": "leg" names no option, so where is still open.
        var result = Assess("""{"answers": {"symptom.swelling": true, "symptom.warmth": true, "episode.sides": "one_side", "history.clot_risk": ["long_travel"]}}""");

        Assert.True(result.Triage.Level < TriageLevel.Urgent);
        Assert.Contains(result.Triage.Suspected, s => s.Id == "deep_vein_thrombosis" && s.Questions.Contains("episode.locations"));
        // Emergency signs still come first (the planner asks what could reach an emergency before anything else).
        Assert.Contains("episode.locations", result.NextQuestions);
    }

    [Fact]
    public void Assess_AnyOfSeveralAnswers_NamesOnlyThoseThatHeld()
    {
        var result = Assess("""{"answers": {"episode.pain": 9, "symptom.swelling": true, "symptom.tingling": true, "symptom.numbness": false}}""");

        var reason = result.Triage.Reasons.Single(r => r.Id == "compartment_syndrome");
        Assert.Equal(["episode.pain", "symptom.swelling", "symptom.tingling"], reason.Answers);
    }

    [Fact]
    public void Assess_SwollenFingersWithSeverePainAndTingling_IsCompartmentSyndrome()
    {
        // Below a cast, the swelling shows in the fingers or toes.
        var result = Assess("""{"answers": {"episode.pain": 10, "symptom.swollen_hands_feet": true, "symptom.tingling": true}}""");

        Assert.Equal(TriageLevel.Emergency, result.Triage.Level);
        Assert.Equal(["episode.pain", "symptom.tingling", "symptom.swollen_hands_feet"], result.Triage.Reasons.Single(r => r.Id == "compartment_syndrome").Answers);
    }

    [Fact]
    public void Assess_LegInPlasterWithSeverePainAndTingling_IsCompartmentSyndrome()
    {
        // In plaster the swelling cannot be seen at all: severe pain with a nerve sign is the warning.
        var inPlaster = Assess("""{"answers": {"episode.pain": 10, "history.clot_risk": ["immobile"], "symptom.tingling": true}}""");
        var mildPain = Assess("""{"answers": {"episode.pain": 4, "history.clot_risk": ["immobile"], "symptom.tingling": true}}""");

        Assert.Equal(TriageLevel.Emergency, inPlaster.Triage.Level);
        Assert.Equal(["episode.pain", "symptom.tingling", "history.clot_risk"], inPlaster.Triage.Reasons.Single(r => r.Id == "compartment_syndrome").Answers);
        Assert.DoesNotContain(mildPain.Triage.Reasons, r => r.Id == "compartment_syndrome");
    }

    [Fact]
    public void Assess_EvidenceHeldThroughDifferentAnswers_EachExplainedByItsOwnAnswers()
    {
        // "Numbness or tingling" against normal recovery can hold through either answer, so its explanation depends on which did.
        static AssessmentResult PainlessTwitchWith(bool tingling, bool numbness) => Assess(
            "{\"answers\": {\"exercise.recent\": true, \"episode.kind\": \"twitch\", \"episode.pain\": 1, " +
            $"\"symptom.tingling\": {(tingling ? "true" : "false")}, \"symptom.numbness\": {(numbness ? "true" : "false")}}}}}");
        var tingling = PainlessTwitchWith(tingling: true, numbness: false);
        var numbness = PainlessTwitchWith(tingling: false, numbness: true);

        static Finding NerveFinding(AssessmentResult result) =>
            result.Causes.Single(c => c.Id == "normal_recovery").Against.Single(f => f.Text.Contains("nerve", StringComparison.Ordinal));
        Assert.Equal(["symptom.tingling"], NerveFinding(tingling).Answers);
        Assert.Equal(["symptom.numbness"], NerveFinding(numbness).Answers);
    }

    [Fact]
    public void Assess_Cramp_GetsStretchingAndNotTheTwitchAdvice()
    {
        var result = Assess("""{"answers": {"episode.kind": "spasm", "exercise.intensity": 8, "exercise.minutes": 90}}""");

        Assert.Contains(result.Relief, a => a.Id == "stretch_hold");
        Assert.DoesNotContain(result.Relief, a => a.Id == "let_twitch_settle");
    }

    [Fact]
    public void Assess_Twitch_GetsLetItSettleAndNotCrampStretching()
    {
        var result = Assess("""{"answers": {"episode.kind": "twitch", "exercise.intensity": 8, "exercise.minutes": 90}}""");

        Assert.Contains(result.Relief, a => a.Id == "let_twitch_settle");
        Assert.DoesNotContain(result.Relief, a => a.Id == "stretch_hold");
    }

    [Fact]
    public void Assess_AdviceFollowsCauseRank_AndNamesTheCausesItServes()
    {
        var result = Assess("""{"answers": {"caffeine.mg_today": 600, "sleep.hours": 6.5}}""");

        Assert.Equal("stimulants", result.Causes[0].Id);
        Assert.Equal("skip_more_caffeine", result.Relief[0].Id);
        Assert.Equal(["stimulants"], result.Relief[0].Causes);
        Assert.Contains(result.Prevention, a => a.Id == "sleep_enough" && a.Causes.Contains("sleep_loss"));
    }

    [Fact]
    public void Assess_EvidenceAgainstACause_LowersItsScoreAndIsListed()
    {
        var without = Assess("""{"answers": {"episode.kind": "twitch", "episode.timing": ["after_exercise"]}}""");
        var with = Assess("""{"answers": {"episode.kind": "twitch", "episode.timing": ["after_exercise"], "episode.days": 20}}""");

        var before = without.Causes.Single(c => c.Id == "normal_recovery");
        var after = with.Causes.Single(c => c.Id == "normal_recovery");
        Assert.True(after.Score < before.Score);
        Assert.Contains(after.Against, f => f.Answer == "episode.days");
    }

    [Fact]
    public void Assess_SelfCare_ListsEveryWarningSignThatWouldChangeTheAdvice()
    {
        var result = Assess("""{"answers": {"episode.kind": "twitch"}}""");

        Assert.Equal(TriageLevel.SelfCare, result.Triage.Level);
        Assert.Equal(Kb.SafetyNet.Select(s => s.Id), result.WatchFor.Select(w => w.Id));
    }

    [Fact]
    public void Assess_Emergency_ListsNoLowerWarningSigns()
    {
        var result = Assess("""{"answers": {"symptom.chest_pain": true}}""");

        Assert.Empty(result.WatchFor);
    }

    [Fact]
    public void Assess_EverySourceCited_IsInTheSourceList()
    {
        var result = Assess("""{"answers": {"episode.kind": "both", "symptom.weakness": true, "hydration.heavy_sweating": true, "stress.level": 8}}""");

        var cited = result.Triage.Reasons.SelectMany(r => r.Sources)
            .Concat(result.Causes.SelectMany(c => c.Sources))
            .Concat(result.Relief.Concat(result.Prevention).SelectMany(a => a.Sources))
            .Concat(result.WatchFor.SelectMany(w => w.Sources))
            .ToHashSet();
        Assert.Equal(cited.Order(), result.Sources.Select(s => s.Id).Order());
    }

    [Fact]
    public void ToDto_UsesTheContractsNamesAndLevels()
    {
        var json = AssessmentJson.Serialize(Assess("""{"answers": {"episode.days": 20, "hydration.heavy_sweating": true}}"""));

        Assert.Contains("\"level\": \"doctor\"", json);
        Assert.Contains("\"id\": \"persistent_two_weeks\"", json);
        Assert.Contains("\"answers\": [\n          \"episode.days\"", json.Replace("\r\n", "\n"));
        Assert.Contains("\"likelihood\": \"possible\"", json);
        Assert.Contains("\"unanswered_red_flags\": [", json);
        Assert.Contains($"\"knowledge_version\": \"{Kb.Version}\"", json);
    }

    [Fact]
    public void Assess_AnswersFromAnotherKnowledgeBase_AreRefused()
    {
        var other = KnowledgeLoader.Load(KnowledgeLoader.ReadEmbeddedFiles());
        var answers = new AnswerValidator(other).ValidateJson("""{"answers": {}}""").Answers!;

        Assert.Throws<ArgumentException>(() => Engine.Assess(answers));
    }
}
