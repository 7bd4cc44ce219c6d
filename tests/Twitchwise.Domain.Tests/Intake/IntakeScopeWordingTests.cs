using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

using static Twitchwise.Domain.Tests.Intake.IntakeReading;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>
/// How far a word's reach goes, as people type it: "as usual" says a sign is usual, not absent; "but" ends a denial;
/// a red face after a run is not a red limb; someone else's story goes on through "and was"; a session's hours and a
/// water volume belong to the event they are said with.
/// </summary>
public sealed class IntakeScopeWordingTests
{
    [Theory]
    // Stop 27: "no new meds" denies a change (its "no new" would swallow the "new" of "new meds"); "gasping thirsty" is thirst.
    [InlineData("my dad is 70 and gets foot cramps in bed after his walk, no new meds", "medication.changed_recently", "false")]
    [InlineData("gasping thirsty after a long hot hike and my calves are cramping", "hydration.thirst_signs", "true")]
    // "As usual" after a sign says it is usual, not that it is gone.
    [InlineData("out on a long run, sweaty as usual, and my calves started twitching", "hydration.heavy_sweating", "true")]
    [InlineData("out on a long run, sweaty as usual, and my calves started twitching", "episode.kind", "twitch")]
    [InlineData("hamstring twitching like always after intervals", "episode.locations", "thigh")]
    [InlineData("I sweat loads, that is normal for me", "hydration.heavy_sweating", "true")]
    // The person's own sign after someone else's story is theirs.
    [InlineData("my running buddy collapsed at the finish and I feel dizzy now", "hydration.thirst_signs", "true")]
    [InlineData("my running buddy collapsed at the finish and was confused, and I am confused too", "symptom.confusion", "true")]
    // Hours of a session done with no activity named are the session's length; how long a cramp lasted is the episode's.
    [InlineData("did 3 hours on the hills, now my calves keep cramping", "exercise.minutes", "180")]
    [InlineData("done 45 mins this evening and my quads are twitching", "exercise.minutes", "45")]
    [InlineData("my foot cramp lasted 2 hours", "episode.seconds", "7200")]
    // Water drunk in the event, said in the next sentence, is water in the event.
    [InlineData("ran the marathon this morning. had 6 litres of plain water on the way round and now I feel sick", "hydration.plain_water_overload", "true")]
    [InlineData("did an ultra yesterday. drank 7 litres of water", "hydration.plain_water_overload", "true")]
    // Leg pain on walking that goes when the person stands still or within minutes of stopping, and self-care that is not working.
    [InlineData("thighs ache on the uphill walk home and it eases when i stand still", "episode.walking_pain_eases_at_rest", "true")]
    [InlineData("my shin hurts when I walk far, settles within a few minutes of stopping", "episode.walking_pain_eases_at_rest", "true")]
    [InlineData("the physio exercises aren't working and my calves keep cramping", "episode.self_care_failed", "true")]
    [InlineData("twitching in my back began a fortnight ago", "episode.days", "14")]
    // A time after "after gym" or "since I took up ..." is when the episodes began, not the session's.
    [InlineData("forearm twitches after climbing for 4 weeks now", "episode.days", "28")]
    [InlineData("little flickers in my thighs since i took up spinning 3 weeks ago", "episode.days", "21")]
    [InlineData("my quads twitching started after a hard session 10 days ago", "episode.days", "10")]
    // A time of today is the episodes' beginning only when said so ("since", "started"); said with a session, it is the session's.
    [InlineData("my neck started twitching this afternoon", "episode.days", "0")]
    [InlineData("eyelid flickering since this evening", "episode.days", "0")]
    [InlineData("did press ups this morning and now my chest muscle twitches", "exercise.recent", "true")]
    [InlineData("swam 40 lengths at 7am, my forearm is flickering this afternoon", "exercise.recent", "true")]
    [InlineData("hands cramped after padel, 60 minutes, quite humid", "exercise.minutes", "60")]
    // ... while the same words of the legs stay claudication, even with chest pain in the story.
    [InlineData("my calves ache on the hill climb and it eases when i stand still, chest feels tight too", "episode.walking_pain_eases_at_rest", "true")]
    [InlineData("4 hours of digging in the allotment and my hands are cramping", "exercise.minutes", "240")]
    // A time said with the heat or cold it was spent in is the session's, not a cramp's length.
    [InlineData("toes curled up with cramp after hot pilates, 75 mins at 38C", "exercise.minutes", "75")]
    [InlineData("toes curled up with cramp after hot pilates, 75 mins at 38C", "exercise.hot_conditions", "true")]
    [InlineData("collapsed after the ultra marathon, 11 hours in the sun, calves cramping", "exercise.minutes", "660")]
    [InlineData("went for a 40m jog and my shin twitched", "exercise.minutes", "40")]
    // A session going on as they write is recent.
    [InlineData("out on my bike now and my thigh keeps flickering", "exercise.recent", "true")]
    [InlineData("currently at the gym and both calves are twitching", "exercise.recent", "true")]
    [InlineData("forearms cramped after climbing at the bouldering wall", "exercise.type", "other")]
    // The shin and the achilles are not the calf (location other, as the guide codes them).
    [InlineData("front of my shins flickering after the step class", "episode.locations", "other")]
    [InlineData("my achilles tendon aches after hill repeats", "episode.locations", "other")]
    [InlineData("i'm in the middle of my long run and my hamstring just locked", "exercise.recent", "true")]
    // "No pain" does not take the "no" from the rest of the phrase; footy is football.
    [InlineData("back twitches after rowing, no pain shooting down into my leg", "symptom.radiating_back_pain", "false")]
    [InlineData("played footy for 80 mins in the sun and my calf cramped afterwards", "exercise.minutes", "80")]
    // Cramps with no session before them, and how often they come, which is no count of rest days.
    [InlineData("huge foot cramp in bed, no exercise yesterday at all, it happens about twice a week", "episode.outside_exercise", "true")]
    [InlineData("I run 4 times a week and my calves twitch", "exercise.rest_days_per_week", "3")]
    // What someone says of the person is the person's.
    [InlineData("my brother drove me back and he says I was really confused", "symptom.confusion", "true")]
    // A body function said to be as usual is normal.
    [InlineData("my wee is the same as always", "symptom.dark_urine", "false")]
    [InlineData("calf cramp after squash, pee looks like it always does", "symptom.dark_urine", "false")]
    // A denial inside the phrase: "isn't dark" says it is neither dark yellow nor brown.
    [InlineData("calves cramped after the half, my pee isn't dark or anything", "symptom.dark_urine", "false")]
    [InlineData("Did a mud run ten days ago, fever and chills, and my pee is darker, like tea.", "symptom.dark_urine", "true")]
    // "But" ends a denial: what follows it is affirmed.
    [InlineData("shin is sore, no swelling but it's red", "symptom.swelling", "false")]
    [InlineData("shin is sore, no swelling but it's red", "symptom.redness", "true")]
    [InlineData("not swollen but it's gone red around the calf", "symptom.redness", "true")]
    // So does a comma before a clause of its own ("it's", "they're"): the sign after it is affirmed.
    [InlineData("thigh isn't puffy, it's red and hot though", "symptom.redness", "true")]
    [InlineData("calf cramped on the hike, swollen and sore, it's red as well", "symptom.redness", "true")]
    // A headache with "never had one like this" or "worst ever" after a comma or a dash is the severe one.
    [InlineData("came home from the ride with a headache, never had one like this before", "symptom.severe_headache", "true")]
    [InlineData("sudden headache - worst of my life, right after the session", "symptom.severe_headache", "true")]
    public void Read_GivesTheAnswerMeant(string text, string id, string value)
    {
        var result = Read(text);

        Assert.True(result.Answers.TryGetValue(id, out var actual), $"no answer for {id}; read: {Said(result)}");
        Assert.Equal(Expected(id, value), actual);
    }

    [Theory]
    // A face flushed after a hard session or in the heat is no red, painful limb.
    [InlineData("my face is bright red after the hill reps and my calf twitches", "symptom.redness")]
    [InlineData("red in the face after the race, hamstring cramping", "symptom.redness")]
    // Someone else's story goes on through "and was", "and is": beside the writer's own cramp, their confusion is not the writer's.
    [InlineData("my calves cramped. my training partner collapsed right at the end of the long run and was confused for ages", "symptom.confusion")]
    [InlineData("I got cramp in my foot. my brother fainted after the game, and is really confused", "symptom.confusion")]
    [InlineData("my hamstring is twitching. my sister passed out at the end of the 10k and is still muddled", "symptom.confusion")]
    [InlineData("my forearm cramped. my dad went down on the squash court and was still confused when we got him home", "symptom.confusion")]
    [InlineData("did 3 hours on the hills, now my calves keep cramping", "episode.seconds")]
    // A cramp that has let go is no longer one: the time since it began is not its length.
    [InlineData("my calf cramped 30 minutes ago on the bike, it's gone now", "episode.seconds")]
    // How long someone was out is no session and no cramp.
    [InlineData("fainted on the treadmill and came to after about 30 seconds, calves cramping", "exercise.minutes")]
    [InlineData("passed out for 2 minutes at the end of the 10k", "episode.seconds")]
    [InlineData("my foot cramp lasted 2 hours", "exercise.minutes")]
    // Water drunk today is not water drunk in a marathon a month ago.
    [InlineData("did an ultra last month. today I have had about 6 litres of water and my calves twitch", "hydration.plain_water_overload")]
    [InlineData("my first marathon was last month. drank 5 litres of water today", "hydration.plain_water_overload")]
    // "Last" of "last month" is no word about the episodes: a cast or a nail then is not when the twitching began.
    [InlineData("arm was in a sling until last month, now my forearm flickers", "episode.days")]
    [InlineData("caught my foot on a rusty gate last week and now my neck feels stiff", "episode.days")]
    [InlineData("my shin hurts when I walk far, settles within a few minutes of stopping", "exercise.minutes")]
    [InlineData("little flickers in my thighs since i took up spinning 3 weeks ago", "exercise.hours_since")]
    [InlineData("I started running 2 weeks ago and my calves twitch", "episode.days")]
    // Stop 27: when running began is not when the last run ended (it was 336 hours before).
    [InlineData("I started running 2 weeks ago and my calves twitch", "exercise.hours_since")]
    [InlineData("did press ups this morning and now my chest muscle twitches", "episode.days")]
    [InlineData("swam 40 lengths at 7am, my forearm is flickering this afternoon", "episode.days")]
    [InlineData("thigh jumping just now after my spin class", "episode.days")]
    [InlineData("huge foot cramp in bed, no exercise yesterday at all, it happens 3 times a week", "exercise.rest_days_per_week")]
    [InlineData("huge foot cramp in bed, no exercise yesterday at all, it happens 3 times a week", "exercise.recent")]
    // "He" later in a sentence about someone else is them again, past a "now".
    [InlineData("my calf twitches. my uncle was on his bike and got a cramp, now he says his chest feels tight", "symptom.chest_pain")]
    // "Never had one like this" said of a cramp is not a headache.
    [InlineData("awful cramp in my foot, never had one like this", "symptom.severe_headache")]
    // Pain on effort that eases at rest in the chest, jaw or arm is the heart's pattern, not the legs' claudication.
    [InlineData("my chest goes tight on the hill climb and eases when i stand still", "episode.walking_pain_eases_at_rest")]
    [InlineData("left arm and jaw ache when i walk briskly, eases when i stop", "episode.walking_pain_eases_at_rest")]
    [InlineData("toes curled up with cramp after hot pilates, 75 mins at 38C", "episode.seconds")]
    [InlineData("my foot cramp lasted 15 minutes in the heat after the match", "exercise.minutes")]
    // "m" after a swim, a row or a long run, or before a stroke or repeats, is metres.
    [InlineData("swam 75m underwater and my foot locked up", "exercise.minutes")]
    [InlineData("rowed 2000m flat out then my forearms twitched", "exercise.minutes")]
    [InlineData("did 100m freestyle sprints and my calf cramped", "exercise.minutes")]
    [InlineData("I'm at the gym most days and my calves twitch", "exercise.recent")]
    [InlineData("my calves cramp climbing up the stairs at home", "exercise.type")]
    [InlineData("front of my shins flickering after the step class", "episode.sides")]
    // Writing and typing are no session, and their hours are no cramp's length (writer's cramp).
    [InlineData("fingers locked up with cramp after writing for 3 hours", "episode.seconds")]
    [InlineData("fingers locked up with cramp after writing for 3 hours", "exercise.minutes")]
    [InlineData("handwriting practice for 40 minutes and my thumb cramped", "exercise.minutes")]
    [InlineData("my hand cramped in a 2 hour exam", "episode.seconds")]
    public void Read_DoesNotGiveAnAnswerNotMeant(string text, string id)
    {
        var result = Read(text);

        Assert.False(result.Answers.ContainsKey(id), $"{id} = {result.Answers.GetValueOrDefault(id)}; read: {Said(result)}");
    }

    [Theory]
    [InlineData("red in the face after the race, hamstring cramping", "episode.locations", "face")]
    [InlineData("front of my shins flickering after the step class", "episode.locations", "calf")]
    [InlineData("my achilles tendon aches after hill repeats", "episode.locations", "calf")]
    public void Read_DoesNotGiveAnOptionNotMeant(string text, string id, string option)
    {
        var result = Read(text);

        Assert.False(result.Answers.GetValueOrDefault(id) is ChoicesAnswer c && c.Options.Contains(option), $"{id}; read: {Said(result)}");
    }

    [Theory]
    [InlineData("feeling dizzy as usual after sprints", "hydration.thirst_signs")]
    public void Read_SignSaidToBeUsual_IsNotDenied(string text, string id)
    {
        var result = Read(text);

        Assert.False(result.Answers.GetValueOrDefault(id) is BoolAnswer { Value: false }, $"{id} denied; read: {Said(result)}");
    }

    [Theory]
    [InlineData("my pee is brown as usual after long runs", "symptom.dark_urine")]
    public void Read_DangerSignSaidToBeUsual_IsStillAffirmed(string text, string id)
    {
        var result = Read(text);

        Assert.Equal(AnswerValue.Of(true), result.Answers.GetValueOrDefault(id));
    }

    /// <summary>The past goes on through "and" and a verb, as someone else's story does, but not past a comma.</summary>
    [Fact]
    public void Read_PastGoingOnThroughAnd_IsStillThePast()
    {
        var past = IntakeReading.Read("Two years ago I had heat stroke at a race and collapsed, so I'm careful now. Today's run was cool and I just have a twitchy thigh after.");
        var now = IntakeReading.Read("overactive thyroid (diagnosed last year), twitching in my arms after the gym for 3 weeks now");

        Assert.False(past.Answers.ContainsKey("symptom.collapse_or_seizure"), IntakeReading.Said(past));
        Assert.Contains(past.Historical, f => f.Answer == "symptom.collapse_or_seizure");
        Assert.Equal(AnswerValue.Of("twitch"), now.Answers.GetValueOrDefault("episode.kind"));
    }

    /// <summary>
    /// Voice notes have no commas: "swallowing is fine" is a denial of its own, and the "is fine" in it no longer reaches
    /// back to the twitching ("my tongue has been twitching for about three weeks swallowing is fine" had lost the
    /// twitching and its three weeks). Tagalog "walang" is "no".
    /// </summary>
    [Fact]
    public void Read_SwallowingIsFineWithNoComma_DeniesOnlyTheSwallowing()
    {
        var tongue = IntakeReading.Read("my tongue has been twitching for about three weeks swallowing is fine talking is fine");
        var taglish = IntakeReading.Read("calves cramp after badminton, pero ok naman, walang swelling");

        Assert.Equal(AnswerValue.Of("twitch"), tongue.Answers.GetValueOrDefault("episode.kind"));
        Assert.Equal(AnswerValue.Of(21), tongue.Answers.GetValueOrDefault("episode.days"));
        Assert.Equal(AnswerValue.Of(false), tongue.Answers.GetValueOrDefault("symptom.swallowing_or_speech"));
        Assert.Equal(AnswerValue.Of(false), taglish.Answers.GetValueOrDefault("symptom.swelling"));
    }

    /// <summary>
    /// Stop 60: a word with another cause is asked, not taken: shivering put down to the cold or beside a denied fever, and
    /// a "brain fog" moment (is the person confused?). A fever said in its own words is still taken.
    /// </summary>
    [Theory]
    [InlineData("lido was 9 degrees, calves cramped, I was shivering for ages afterwards but that's just the cold", "symptom.fever", true)]
    [InlineData("sea swim, got out shivering like mad and my toes cramped, no temperature or anything", "symptom.fever", true)]
    [InlineData("had a 'brain fog' moment after spin class but not actually confused, legs twitchy", "symptom.confusion", true)]
    [InlineData("cold water swim yesterday, now a proper fever with chills and my calf cramps", "symptom.fever", false)]
    [InlineData("shivering and aching all over since the race, calves cramp", "symptom.fever", false)]
    public void Read_WordWithAnotherCause_IsAsked(string text, string id, bool asked)
    {
        var result = Read(text);

        Assert.Equal(asked, result.Confirm.Contains(id));
        Assert.Equal(!asked, result.Answers.GetValueOrDefault(id) == AnswerValue.Of(true));
    }
}
