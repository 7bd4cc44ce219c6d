using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Knowledge;

/// <summary>
/// Broken knowledge files must fail at load with a message naming the file, the entry and the problem.
/// Each fixture is the shipped knowledge base with one deliberate fault put in.
/// </summary>
public sealed class KnowledgeValidationTests
{
    private static readonly IReadOnlyList<KnowledgeFile> Shipped = KnowledgeLoader.ReadEmbeddedFiles();

    [Fact]
    public void Load_ShippedFiles_Succeeds()
    {
        var kb = KnowledgeLoader.Load(Shipped);
        Assert.StartsWith("kb-", kb.Version);
        Assert.Equal(KnowledgeBase.Default.Version, kb.Version);
    }

    public static TheoryData<string, string, string, string, string> Faults => new()
    {
        // file, text to find, replacement, expected entry, expected problem
        { "advice.yaml", "causes: [stimulants]\n    sources: [001", "causes: [stimulantz]\n    sources: [001", "relief 'skip_more_caffeine'", "unknown cause 'stimulantz'" },
        { "causes.yaml", "sources: [001_cb6dc24afd63fa61, 002_9ba852af150205a4, 004_1ca83cff1adf4e6f, sleep_nsf_aasm]", "sources: []", "cause 'sleep_loss'", "no source" },
        { "triage.yaml", "sources: [nhs_compartment_syndrome]", "sources: [nhs_compartment]", "rule 'compartment_syndrome'", "unknown source 'nhs_compartment'" },
        { "triage.yaml", "when: { answer: symptom.confusion, is: true }", "when: { answer: symptom.confused, is: true }", "rule 'confusion'", "unknown question 'symptom.confused'" },
        { "triage.yaml", "  - id: collapse\n", "  - id: confusion\n", "rule 'confusion'", "duplicate id 'confusion'" },
        { "questions.yaml", "  - id: symptom.fever\n", "  - id: symptom.warmth\n", "question 'symptom.warmth'", "duplicate id 'symptom.warmth'" },
        { "triage.yaml", "when: { answer: symptom.weakness, is: true }\n    sources: [002", "when: { answer: symptom.weakness, is: false }\n    sources: [002", "rule 'weakness'", "a worse answer never lowers the level" },
        { "triage.yaml", "- { answer: episode.pain, at_least: 8 }", "- { answer: episode.pain, at_most: 8 }", "rule 'compartment_syndrome'", "a worse answer never lowers the level" },
        { "triage.yaml", "{ answer: episode.sides, is: one_side }", "{ answer: episode.sides, is: left_side }", "rule 'deep_vein_thrombosis'", "has no option 'left_side'" },
        { "triage.yaml", "{ condition: leg_affected }\n        - any:", "{ condition: legs_affected }\n        - any:", "rule 'deep_vein_thrombosis'", "unknown condition 'legs_affected'" },
        { "causes.yaml", "weight: 0.6\n        text: You have had 400 mg", "weight: 1.6\n        text: You have had 400 mg", "cause 'stimulants' support #1", "weight must be above 0 and at most 1" },
        { "coverage.yaml", "covered_by: [posture] }", "covered_by: [good_posture] }", "item 'Good posture'", "unknown entry 'good_posture'" },
        { "triage.yaml", "level: emergency\n    title: Confusion", "level: critical\n    title: Confusion", "rule 'confusion'", "level must be emergency, urgent, doctor or self_care" },
        { "questions.yaml", "type: bool\n    group: health", "type: boolean\n    group: health", "question 'medication.changed_recently'", "type must be bool, number, choice or choices" },
        { "triage.yaml", "when: { answer: symptom.collapse_or_seizure, is: true }", "when: { answer: episode.pain, is: true }", "rule 'collapse'", "not a valid test for number question 'episode.pain'" },
        { "sources.yaml", "  - id: nhs_dvt\n", "  - id: nhs_heat_exhaustion\n", "source 'nhs_heat_exhaustion'", "duplicate id" },
        { "questions.yaml", "    short: \"fever or chills\"\n", "", "question 'symptom.fever'", "'short' is missing" },
        { "questions.yaml", "short: \"fever or chills\"", "short: \"a fever, or chills, or shivering, or feeling hot then cold\"", "question 'symptom.fever'", "at most 8" },
        { "triage.yaml", "suspect_when: { answer: history.head_injury, is: true }", "suspect_when: { answer: symptom.fever, is: true }", "rule 'head_injury_warning_signs'", "'suspect_when' reads symptom.fever, which the rule's 'when' does not" },
        { "triage.yaml", "suspect_when: { answer: history.head_injury, is: true }", "suspect_when: { answer: history.head_injury, is: false }", "rule 'head_injury_warning_signs'", "'suspect_when' may only test for 'yes'" },
        { "advice.yaml", "    for_someone_else: If the call-handler says so, and they are not allergic to it, they can chew one 300 mg aspirin tablet slowly. Do not give it unless the call-handler says so; the aspirin is for them, not for you.\n", "", "while_waiting 'aspirin_if_advised'", "'for_someone_else' is missing" },
        // Relief and prevention reach a carer too ("warm up before each session" is not said to them).
        { "advice.yaml", "    for_someone_else: They should warm up before each session with light aerobic movement and then dynamic stretches, and keep their legs warm before heading out for a walk.\n", "", "prevention 'warm_up'", "'for_someone_else' is missing" },
        { "advice.yaml", "    withhold_reason_for_someone_else: with kidney disease, magnesium from supplements can build up in the blood; they should take it only if their kidney team advises it.\n", "", "prevention 'magnesium_supplements'", "'withhold_reason_for_someone_else' is missing: 'withhold_reason' speaks to \"you\"" },
        // A rule's advice read by a carer: "Stop exercising" at the urgent level, or "a muscle you worked", needs words for them.
        { "triage.yaml", "    advice_for_someone_else: Palpitations matter more with known heart disease, or on a water tablet that can lower potassium. Get them to stop exercising and get them checked today; an ECG and a blood test can find the cause.\n", "", "rule 'palpitations_with_heart_risk'", "'advice_for_someone_else' is missing: an urgent or emergency rule" },
        { "triage.yaml", "    advice_for_someone_else: Tingling around the lips often comes from breathing fast, but it can also mean low calcium. If it keeps coming back, a doctor can check their blood.\n", "    advice_for_someone_else: \" \"\n", "rule 'tingling_lips'", "'advice_for_someone_else' is missing" },
        { "triage.yaml", "    advice_for_someone_else: Tingling around the lips often comes from breathing fast, but it can also mean low calcium. If it keeps coming back, a doctor can check their blood.\n", "", "rule 'tingling_lips'", "'advice_for_someone_else' is missing: 'advice' speaks to \"you\"" },
        { "triage.yaml", "Book them a doctor's appointment within a day or two.", "Book them a doctor's appointment within a day or two. Do not let them massage the leg.", "rule 'claudication'", "its advice says not to massage or rub the muscle, so 'avoid' must list 'massage'" },
        // A level's action said to a carer: "take these results with you" would be about the carer.
        { "triage.yaml", "    action_for_someone_else: Book them an appointment with a doctor in the coming days and take these results along. The steps below may ease things meanwhile but do not replace that visit; get help for them sooner if a warning sign below appears.\n", "", "level 'doctor'", "'action_for_someone_else' is missing: 'action' speaks to \"you\"" },
        // A cause said to a carer: "You sweated heavily" would be about them.
        { "causes.yaml", "        text_for_someone_else: They sweated heavily.\n", "", "cause 'dehydration' support #2", "'text_for_someone_else' is missing: 'text' speaks to \"you\"" },
        { "causes.yaml", "    summary_for_someone_else: Doing much more than their body is used to, or starting from little exercise, overloads muscles that have not adapted yet.\n", "", "cause 'training_spike'", "'summary_for_someone_else' is missing: 'summary' speaks to \"you\"" },
        // "Be seen today" on a warning sign read by a carer: every line says what to do, so every line has words for them.
        { "triage.yaml", "    text_for_someone_else: \"Book them a doctor's appointment if it keeps going for two weeks, happens on days without exercise, or does not ease with rest, stretching and fluids.\"\n", "", "safety_net 'watch_persistence'", "'text_for_someone_else' is missing" },
        // A question asked about someone else must never be "How old are you?": a carer could give their own age or symptoms.
        { "questions.yaml", "    text_for_someone_else: How old are they?\n", "", "question 'person.age'", "'text_for_someone_else' is missing" },
        { "questions.yaml", "    text_for_someone_else: Do they have chest pain or pressure?\n", "    text_for_someone_else: \" \"\n", "question 'symptom.chest_pain'", "'text_for_someone_else' is missing" },
        { "questions.yaml", "    why_for_someone_else: A change in how they walk can mean weakness or a nerve problem.\n", "", "question 'symptom.walking_change'", "'why_for_someone_else' is missing: 'why' speaks to \"you\"" },
        { "questions.yaml", "{ id: other, label: Somewhere else }", "{ id: other, label: Somewhere else on your body }", "question 'episode.locations' option 'other'", "'label_for_someone_else' is missing" },
        { "questions.yaml", "    intro_for_someone_else: What they drank and eat.\n", "", "group 'fluids_food'", "'intro_for_someone_else' is missing" },
        { "questions.yaml", "    title_for_someone_else: Their twitches or cramps\n", "", "group 'episodes'", "'title_for_someone_else' is missing" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Load_FileWithOneFault_FailsNamingFileEntryAndProblem(string file, string find, string replace, string entry, string problem)
    {
        var files = Shipped.Select(f => f.Name == file ? Broken(f, find, replace) : f).ToList();

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(files));

        Assert.Contains(error.Problems, p => p.File == file && p.Entry == entry && p.Message.Contains(problem, StringComparison.Ordinal));
        Assert.Contains($"{file}: {entry}: ", error.Message);
    }

    [Fact]
    public void Load_YamlSyntaxError_NamesFileAndLine()
    {
        var files = Shipped.Select(f => f.Name == "causes.yaml" ? Broken(f, "  - id: dehydration\n    name: Dehydration", "  - id: dehydration\n    name: [Dehydration") : f).ToList();

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(files));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("causes.yaml", problem.File);
        Assert.StartsWith("line ", problem.Entry);
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var files = Shipped.Where(f => f.Name != "advice.yaml").ToList();

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(files));

        Assert.Contains(error.Problems, p => p.File == "advice.yaml" && p.Message == "missing");
    }

    [Fact]
    public void Load_SeveralFaults_ReportsEveryOne()
    {
        var files = Shipped.Select(f => f.Name switch
        {
            "advice.yaml" => Broken(f, "causes: [stimulants]\n    sources: [001", "causes: [stimulantz]\n    sources: [001"),
            "triage.yaml" => Broken(f, "sources: [nhs_compartment_syndrome]", "sources: [nhs_compartment]"),
            _ => f,
        }).ToList();

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(files));

        Assert.Equal(2, error.Problems.Count);
    }

    private static KnowledgeFile Broken(KnowledgeFile file, string find, string replace)
    {
        Assert.Contains(find, file.Text); // the fixture must really change something
        return file with { Text = file.Text.Replace(find, replace, StringComparison.Ordinal) };
    }
}
