using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

using static Twitchwise.Domain.Tests.Intake.IntakeReading;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>
/// Stories for a doctor's appointment that the blind fifth half (stop 25) found read as self-care, in other words than
/// its own: a foot that slaps down, leg cramps on walking that ease on standing still, cramps outside exercise. The
/// answer read and the level <c>assess --text --no-input</c> reaches are asserted; their harmless look-alikes stay self-care.
/// </summary>
public sealed class IntakeDoctorWordingTests
{
    private static TriageLevel Level(IntakeResult intake)
    {
        var kb = KnowledgeBase.Default;
        var answers = new AnswerValidator(kb).Validate(intake.Answers).Answers;
        Assert.NotNull(answers);
        return new AssessmentEngine(kb).Assess(answers).Triage.Level;
    }

    [Theory]
    // A foot that has begun to slap down is foot drop: a weak shin muscle and a changed walk.
    [InlineData("my right foot has begun to slap on the pavement and my calf flickers", "symptom.walking_change", "true")]
    [InlineData("my right foot has begun to slap on the pavement and my calf flickers", "symptom.weakness", "true")]
    // Leg cramps on walking that go when the person stands still or stops: claudication.
    [InlineData("my calves cramp on the walk to the bus stop and ease off within a minute or two of standing still", "episode.walking_pain_eases_at_rest", "true")]
    [InlineData("thigh cramps on my walks go as soon as i stop, I'm 74", "episode.walking_pain_eases_at_rest", "true")]
    // Cramps that come "even though" the person is not training are outside exercise.
    [InlineData("my feet cramp most evenings even though I'm not training at all", "episode.outside_exercise", "true")]
    public void DoctorStory_IsReadAndBooksADoctor(string text, string id, string value)
    {
        var intake = Read(text);

        Assert.True(intake.Answers.TryGetValue(id, out var got) && got == Expected(id, value), $"{id}={value} expected; read: {Said(intake)}");
        Assert.Equal(TriageLevel.Doctor, Level(intake));
    }

    [Theory]
    // Years without exercise before a first session is a newcomer, not cramps outside exercise.
    [InlineData("Haven't done any exercise for 3 years, calves twitchy after my first jog tonight")]
    [InlineData("havent been training much lately, did a 5k this morning and my calf twitched")]
    public void NotTrainingBeforeASession_IsNotOutsideExercise(string text)
    {
        var intake = Read(text);

        Assert.False(intake.Answers.ContainsKey("episode.outside_exercise"), $"read: {Said(intake)}");
    }
}
