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
    [Theory]
    // A foot that has begun to slap down is foot drop: a weak shin muscle and a changed walk.
    [InlineData("my right foot has begun to slap on the pavement and my calf flickers", "symptom.walking_change", "true")]
    [InlineData("my right foot has begun to slap on the pavement and my calf flickers", "symptom.weakness", "true")]
    // Leg cramps on walking that go when the person stands still or stops: claudication.
    [InlineData("my calves cramp on the walk to the bus stop and ease off within a minute or two of standing still", "episode.walking_pain_eases_at_rest", "true")]
    [InlineData("thigh cramps on my walks go as soon as i stop, I'm 74", "episode.walking_pain_eases_at_rest", "true")]
    // Cramps that come "even though" the person is not training are outside exercise.
    [InlineData("my feet cramp most evenings even though I'm not training at all", "episode.outside_exercise", "true")]
    // Severe pain from a cramp at a session days ago that "still hurts": the episode is as old as the session.
    [InlineData("my quad cramped in a football match 4 days ago and it still hurts loads, 8/10", "episode.days", "4")]
    // A time after "every swim" is how long the cramps have come, not the session's; "the past month" is a month.
    [InlineData("my calves have cramped every swim for 3 weeks", "episode.days", "21")]
    [InlineData("eyelid has been twitching for the past month", "episode.days", "30")]
    // A child's story told by the parent, with no word of the parent's own, is the child's throughout.
    [InlineData("my daughter is 9 and for six weeks she's had little jerks in her shoulders, shoulder shrugging and nose twitches", "episode.days", "42")]
    // Stop 26 (test6's doctor stories read as self-care): a time said as its own clause or "of it" is the complaint's, a
    // time "since I started a new job" is measured from the job, "hasn't stopped" keeps the time, a dose "went from ... to".
    [InlineData("my fingers lock up when I knit, 6 weeks now", "episode.days", "42")]
    [InlineData("toes cramping most nights, even when im not exercising, a month of it", "episode.days", "30")]
    [InlineData("toes cramping most nights, even when im not exercising, a month of it", "episode.outside_exercise", "true")]
    [InlineData("thighs ache and cramp after cycling and in bed for 5 weeks", "episode.days", "35")]
    [InlineData("my bicep flickering hasn't stopped for a month since i moved house", "episode.days", "30")]
    [InlineData("foot cramps after hikes are worse lately, on metformin, 3 weeks", "episode.days", "21")]
    [InlineData("on sertraline, dose went from 50mg to 100mg last week and my legs twitch at night", "medication.changed_recently", "true")]
    [InlineData("my calves cramp on the way to the shops and it eases once I stand still for a bit", "episode.walking_pain_eases_at_rest", "true")]
    // Stop 27 (test8's doctor stories read as self-care): days into a course of a medicine is a new one; dropping a mug
    // is a weak grip; "whether I've trained or not" is outside exercise; "I stop and in a minute it's gone" is claudication.
    [InlineData("three days into a course of prednisolone for my chest and my calves cramp on walks", "medication.changed_recently", "true")]
    [InlineData("on day 2 of my steroid tablets and my thighs cramp after the gym", "medication.changed_recently", "true")]
    [InlineData("keep dropping my cup at breakfast and my left hand twitches", "symptom.weakness", "true")]
    [InlineData("my shin flickers every night whether I've trained or not, for 3 weeks now", "episode.outside_exercise", "true")]
    [InlineData("my calves ache and cramp when I walk up the hill, I stop and in a minute it's gone, I'm 69", "episode.walking_pain_eases_at_rest", "true")]
    [InlineData("the GP put me on a blue inhaler last week and now my calves twitch after hockey", "medication.changed_recently", "true")]
    [InlineData("in the evenings I get a crawly feeling in my legs and have to get up and move about", "symptom.urge_to_move_legs", "true")]
    // Stop 28: a clause that opens with a word of starting, just after a medicine's clause, dates the medicine; a bare
    // number that ends a list of denials is no denied item.
    [InlineData("on amlodipine for my blood pressure, started 10 days ago, calves cramp at night", "medication.changed_recently", "true")]
    [InlineData("no chest pain, 3 weeks of thigh twitching", "episode.days", "21")]
    // Stop 29 (test10's doctor stories still read as self-care), in other words: a dose doubled is a medicine changed, not
    // a doubled training load; "nothing to do with exercise" is outside exercise; pain into the buttock and down the leg
    // is sciatica; cramps that go off when the walker stops and come back on setting off are claudication, and the
    // "400m" walked is a distance, not minutes; a crawling in the legs that gets the person up is the urge to move.
    [InlineData("calves twitchy at night, my propranolol dose got doubled a fortnight ago", "medication.changed_recently", "true")]
    [InlineData("eyelid and thigh flickers every evening, nothing to do with training as I've been off with flu", "episode.outside_exercise", "true")]
    [InlineData("back went into spasm lifting at the gym, now a pain into my right buttock and down the back of my leg", "symptom.radiating_back_pain", "true")]
    [InlineData("my calf cramps after I walk roughly 400m, goes off when I stop and is back again when I set off, I'm 68", "episode.walking_pain_eases_at_rest", "true")]
    [InlineData("a crawling feeling in my legs in bed that makes me get up and walk around, my calves twitch too", "symptom.urge_to_move_legs", "true")]
    // test11 (after its score), in other words: "I have to keep moving them" is the urge to move; "I have to stop, then it
    // goes" is claudication.
    [InlineData("at night my legs feel awful and I have to keep moving them, better if I get up", "symptom.urge_to_move_legs", "true")]
    [InlineData("my left calf cramps after a few hundred yards and I have to stop, then it goes after a minute, I'm 72", "episode.walking_pain_eases_at_rest", "true")]
    public void DoctorStory_IsReadAndBooksADoctor(string text, string id, string value)
    {
        var intake = Read(text);

        Assert.True(intake.Answers.TryGetValue(id, out var got) && got == Expected(id, value), $"{id}={value} expected; read: {Said(intake)}");
        Assert.Equal(TriageLevel.Doctor, Level(intake));
    }

    [Fact]
    public void ParentsStoryOfAChild_IsAboutTheChild()
    {
        var intake = Read("my daughter is 9 and for six weeks she's had little jerks in her shoulders, shoulder shrugging and nose twitches");

        Assert.Equal("my daughter", intake.Subject);
        Assert.Equal(Expected("person.age", "9"), intake.Answers["person.age"]);
    }

    [Theory]
    // The writer who speaks of themselves keeps the story: "my son and I", "my calf".
    [InlineData("my son and I went for a run, calves twitching after")]
    [InlineData("my son has tics, and my calf twitches after my runs")]
    public void WriterWhoSpeaksOfThemselves_KeepsTheStory(string text)
    {
        Assert.Null(Read(text).Subject);
    }

    [Theory]
    // "Still" about fitness, not the twitch or a pain, does not make the session's time the episode's.
    [InlineData("ran a marathon 3 weeks ago and I'm still not back to full fitness, calf twitch today")]
    // Soreness after a session names no cramp or twitch: "still sore" does not date an episode.
    [InlineData("ran a 10k 3 days ago, legs still sore, 7/10")]
    public void StillAboutSomethingElse_LeavesTheEpisodeUndated(string text)
    {
        var intake = Read(text);

        Assert.False(intake.Answers.ContainsKey("episode.days"), $"read: {Said(intake)}");
        Assert.Equal(TriageLevel.SelfCare, Level(intake));
    }

    [Theory]
    // Standing on a leg to ease a night cramp is how a cramp is stretched, not walking pain that eases at rest.
    [InlineData("my calf cramped in bed, eased off within a couple of minutes of standing on it")]
    [InlineData("night cramp in my calf, it goes within a minute of standing up")]
    public void NightCrampEasedByStanding_IsNotClaudication(string text)
    {
        var intake = Read(text);

        Assert.False(intake.Answers.ContainsKey("episode.walking_pain_eases_at_rest"), $"read: {Said(intake)}");
        Assert.Equal(TriageLevel.SelfCare, Level(intake));
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

    [Theory]
    // A new job is no new medicine, and "in 3 weeks" is a race ahead, not how long the cramps have come.
    [InlineData("started a new job this week and my eyelid twitches", "medication.changed_recently")]
    [InlineData("my half marathon is in 3 weeks and my calf cramped on today's run", "episode.days")]
    // A job or a hobby that the time measures keeps it: "at this job for 3 weeks now".
    [InlineData("been at this job for 3 weeks now and my eyelid twitches", "episode.days")]
    // A twitch that goes on when the person stops is no walking pain that eases at rest.
    [InlineData("my calves twitch on walks and it carries on even when i stop", "episode.walking_pain_eases_at_rest")]
    // A distance walked is no session length ("about 400m" is metres), and a doubled session no medicine.
    [InlineData("walked about 400m to the shop and my calf twitched", "exercise.minutes")]
    [InlineData("doubled my long run this week, calves twitchy after", "medication.changed_recently")]
    public void LookAlike_AnswersNothing(string text, string id)
    {
        var intake = Read(text);

        Assert.False(intake.Answers.ContainsKey(id), $"read: {Said(intake)}");
        Assert.Equal(TriageLevel.SelfCare, Level(intake));
    }

    [Fact]
    public void NewTabletOfAKnownKind_IsBothAChangeAndItsKind()
    {
        var intake = Read("just started a new water tablet and my calves cramp at night");

        Assert.Equal(Expected("medication.changed_recently", "true"), intake.Answers["medication.changed_recently"]);
        Assert.Equal(Expected("medication.classes", "diuretic"), intake.Answers["medication.classes"]);
    }
}
