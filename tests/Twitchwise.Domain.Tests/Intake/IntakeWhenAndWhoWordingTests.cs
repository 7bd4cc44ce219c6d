using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

using static Twitchwise.Domain.Tests.Intake.IntakeReading;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>
/// When the episodes come and who the person is, as people type it: "on the treadmill", "mid swim", "near the end of
/// the match" are during the session; "after netball", "post-ride" after it; "when im resting" at rest; "woke at 3am"
/// in bed at night. Words that only look like these ("swam in the pool this morning", "unsteady when i walk") say nothing.
/// </summary>
public sealed class IntakeWhenAndWhoWordingTests
{
    [Theory]
    [InlineData("my calves lock up on the stairmaster", "during_exercise")]
    [InlineData("calf went into cramp on the treadmill about half an hour in", "during_exercise")]
    [InlineData("big toe cramped mid swim and I had to stop", "during_exercise")]
    [InlineData("hamstring cramps near the end of every football match", "during_exercise")]
    [InlineData("got a cramp in my calf at hockey training", "during_exercise")]
    [InlineData("quad cramped on my long run on sunday", "during_exercise")]
    [InlineData("cramp in the arch of my foot during pilates", "during_exercise")]
    [InlineData("my calves cramp 8km into a race", "during_exercise")]
    [InlineData("stomach cramped up doing sit ups", "during_exercise")]
    [InlineData("hand twitching after netball", "after_exercise")]
    [InlineData("thigh flickers after kickboxing class", "after_exercise")]
    [InlineData("calf twitches after my 5k", "after_exercise")]
    [InlineData("quads twitch post-ride", "after_exercise")]
    [InlineData("foot cramped on the way home from the gym", "after_exercise")]
    [InlineData("my calf twitches when im resting on the couch", "at_rest")]
    [InlineData("twitchy calves whenever i lie down", "at_rest")]
    [InlineData("calf cramp woke me at 3am", "in_bed_at_night")]
    [InlineData("cramp in my calf at about 4am", "in_bed_at_night")]
    [InlineData("calves cramp every single night", "in_bed_at_night")]
    [InlineData("my hamstring went during a 10k on saturday", "during_exercise")]
    [InlineData("foot cramps while pedalling uphill", "during_exercise")]
    [InlineData("shoulder twitching after my 1k breaststroke set", "after_exercise")]
    [InlineData("thigh twitched after i ran up the stairs", "after_exercise")]
    // A swim done this morning, then "now" a twitch: after it, not during it ("in the pool" is where the swim was).
    [InlineData("swam 60 mins in the pool this morning, now my thigh is twitching", "after_exercise")]
    public void Read_GivesTheTimingMeant(string text, string option)
    {
        var result = Read(text);

        Assert.True(result.Answers.GetValueOrDefault("episode.timing") is ChoicesAnswer c && c.Options.SequenceEqual([option]),
            $"only {option} expected; read: {Said(result)}");
    }

    [Theory]
    // Walking that is itself the complaint is no session.
    [InlineData("my shin twitches and I feel unsteady when i walk")]
    [InlineData("my calf twitched after work")]
    [InlineData("my foot fell asleep and then cramped")]
    // Stairs climbed in a day are no session of the sport of climbing.
    [InlineData("my chest gets tight after climbing the stairs to my flat")]
    public void Read_GivesNoTimingForWordsThatOnlyLookLikeIt(string text)
    {
        var result = Read(text);

        Assert.False(result.Answers.ContainsKey("episode.timing"), $"episode.timing = {result.Answers.GetValueOrDefault("episode.timing")}; read: {Said(result)}");
    }

    [Theory]
    [InlineData("41m, calves twitching since the weekend", 41)]
    [InlineData("thumb keeps flickering. 27F.", 27)]
    [InlineData("F33, cramps in my feet at night", 33)]
    [InlineData("Runner here, 48, hamstring cramps on long runs", 48)]
    [InlineData("66, on blood pressure tablets, calves cramp in bed", 66)]
    [InlineData("calf twitching after the gym (36)", 36)]
    [InlineData("im 52 and my calf twitches", 52)]
    [InlineData("57 y/o, thigh twitches", 57)]
    // Ages in words, with their tens and units written together (stop 36).
    [InlineData("calf cramp on the hill, I'm fifty-two.", 52)]
    [InlineData("Aged seventy-three, bowls and a daily stroll, and my calves cramp at night", 73)]
    [InlineData("My nan, eighty-four, did her physio exercises and now her chest is fluttering", 84)]
    [InlineData("My young lad, sixteen, got a belt of a hurl on the calf at training tonight", 16)]
    [InlineData("The wife's 58, did her Zumba and came home saying her jaw aches", 58)]
    // Stop 42: the age closing the sentence or before a colon after the person, and the sex in a word.
    [InlineData("Typing for my son, 12. He got a cramp in his tummy at cross country today", 12)]
    [InlineData("For my dad, 58: after his spin class his calves cramp", 58)]
    [InlineData("sweating cold even though I stopped ages ago. 58 male. thought it was just cramp", 58)]
    // Stop 43: "turned" and "at" before the age.
    [InlineData("jaw ached like a cramp after hurling. Turned 47 in March.", 47)]
    [InlineData("At 74 I still do a gentle cycle each morning, and my calves cramp at night", 74)]
    // Stop 44: "who is", "he's", the sex letter apart, "year male", the person's verb after the age, Scots and Jamaican.
    [InlineData("Asking for my grandad who is 77. He still plays bowls and his calves cramp", 77)]
    [InlineData("My brother's jaw aches after the gym and he's sweating sitting still. He's 58 and says it's indigestion", 58)]
    [InlineData("heart thumping at the top of the hill and I nearly passed out. 70 F", 70)]
    [InlineData("Doctor, I am 38 year female, my calves cramp at night", 38)]
    [InlineData("teammate 17 collapsed at basketball practice", 17)]
    [InlineData("cramp in ma calf up the brae. am 62.", 62)]
    [InlineData("Mi foot cramp after football. Mi 59.", 59)]
    // Stop 45: a child's years straight after the person are their age, not how long the fever has lasted.
    [InlineData("My son 9 years has fever and thigh pain since 2 days", 9)]
    // A "year old" with its "'s" is still an age (it had read 3,650 days of cramp, a doctor's level).
    [InlineData("My 10 year old's calf cramped during her swimming lesson, she walked it off", 10)]
    [InlineData("my 10yo's calf cramped at footy", 10)]
    // Stop 46: one word says which brother or sister ("younger", "eldest"); Jamaican verbs have no past ending.
    [InlineData("My younger brother 13 had a deep cut on his shin at football", 13)]
    [InlineData("My eldest daughter 15 fell at netball and her wrist twitches", 15)]
    [InlineData("Mi granny 74 faint inna di heat", 74)]
    // The writer saying what they are is no one else: their age stays theirs.
    [InlineData("I'm a lad, 19, calves twitching after footy", 19)]
    [InlineData("I'm a resident, 29, calves twitching after my run", 29)]
    // Stop 56: a child's age between commas after the person (it had read 3,285 days of twitching, a doctor's level).
    [InlineData("Son, 8 years, his calf jumps after swimming club", 8)]
    [InlineData("Daughter, 7, her feet cramp after dance class", 7)]
    public void Read_GivesTheAgeMeant(string text, double age)
    {
        var result = Read(text);

        Assert.True(result.Answers.TryGetValue("person.age", out var actual), $"no age; read: {Said(result)}");
        Assert.Equal(new NumberAnswer(age), actual);
    }

    [Theory]
    // Distances, lists, scores and someone else's age are no age of the person's.
    [InlineData("swam 50m, then my calf cramped")]
    [InlineData("I ran 20, 25, 30 miles over the last weeks and my calves twitch")]
    [InlineData("pain 7, worse at night, calf cramp")]
    [InlineData("my son (15) and I both get calf cramps")]
    [InlineData("calf cramp after a 45 min run, 2 litres of water")]
    [InlineData("I'm a runner and my calf cramps")]
    [InlineData("I'm twenty minutes into my run and my calf cramps")]
    [InlineData("turned 90 degrees at the cone and my calf cramped")]
    [InlineData("At 30 degrees the hamstring cramped near the end")]
    [InlineData("my boy's 10k was slow and my calf cramped")]
    // A temperature after "she's" and weeks of pregnancy are no age.
    [InlineData("My daughter's legs hurt after the party and she's 39.6 this morning")]
    [InlineData("she's 38 weeks pregnant and her calves cramp")]
    public void Read_GivesNoAgeForOtherNumbers(string text)
    {
        var result = Read(text);

        Assert.False(result.Answers.ContainsKey("person.age"), $"person.age = {result.Answers.GetValueOrDefault("person.age")}; read: {Said(result)}");
    }

    [Theory]
    // A session said to be today or tonight is within the day.
    [InlineData("hamstring cramped during my swim tonight")]
    [InlineData("quads twitching after a spin class today")]
    [InlineData("did 3 hours climbing today and my forearms are cramping")]
    [InlineData("thigh cramp in todays long ride")]
    public void Read_SessionToday_IsRecent(string text)
    {
        var result = Read(text);

        Assert.True(result.Answers.GetValueOrDefault("exercise.recent") is BoolAnswer { Value: true }, $"not recent; read: {Said(result)}");
    }

    [Theory]
    // Water or coffee had today says nothing of when the session was, nor when the episodes began.
    [InlineData("had 4 coffees today and my eyelid keeps twitching", "exercise.recent")]
    [InlineData("drank 2 litres today, calf cramps at night", "exercise.recent")]
    [InlineData("drank 2 litres today, calf cramps at night", "episode.days")]
    public void Read_DrinkToday_SaysNothingOfTheSession(string text, string id)
    {
        var result = Read(text);

        Assert.False(result.Answers.ContainsKey(id), $"{id} = {result.Answers.GetValueOrDefault(id)}; read: {Said(result)}");
    }

    /// <summary>
    /// Someone else's story goes on past a comma before a verb with no subject ("..., was out for 10 seconds, came round"),
    /// but not once the writer has spoken of themselves ("so I'm on my feet all day, then did a spin class").
    /// </summary>
    [Fact]
    public void Read_TheirStoryPastACommaBeforeAVerb_IsTheirs()
    {
        var intake = Read("my daughter fainted at the end of her netball match today, was out for about 10 seconds, came round fine. Do I need to take her in?");

        Assert.Equal("my daughter", intake.Subject);
        Assert.Equal(AnswerValue.Of(true), intake.Answers.GetValueOrDefault("symptom.collapse_or_seizure"));
        Assert.DoesNotContain("symptom.collapse_or_seizure", intake.Confirm);
        Assert.Equal(TriageLevel.Emergency, Level(intake));
    }

    /// <summary>A writer who drops their own "I" keeps the clause after someone is named: the drinking is the writer's.</summary>
    [Fact]
    public void Read_WriterWhoDropsTheirOwnI_KeepsTheClauseAfterSomeoneNamed()
    {
        var intake = Read("feel sick and my dad had a clot in his leg, drank loads and loads of plain water");

        Assert.Null(intake.Subject);
        Assert.Equal(AnswerValue.Of(true), intake.Answers.GetValueOrDefault("hydration.plain_water_overload"));
    }

    /// <summary>What the coach said of the person is their story; what the coach said of the writer ("my calf") is the writer's.</summary>
    [Fact]
    public void Read_CoachSaidItWasJustCramp_LeavesTheStoryTheirs()
    {
        var intake = Read("My daughter had a fit at netball this morning. The coach said it was probably just cramp. Should I give her a sports drink?");

        Assert.Equal("My daughter", intake.Subject);
        Assert.Equal(AnswerValue.Of(true), intake.Answers.GetValueOrDefault("symptom.collapse_or_seizure"));
        Assert.Equal(TriageLevel.Emergency, Level(intake));
    }

    [Fact]
    public void Read_CoachSaidMyCalf_IsTheWriters()
    {
        var intake = Read("coach said my calf was just tight after the run");

        Assert.Null(intake.Subject);
        Assert.Contains("episode.locations", intake.Answers.Keys);
    }

    [Fact]
    public void Read_WritersOwnClauseAfterACommaWhenTheyHaveSpokenOfThemselves_IsTheWriters()
    {
        var intake = Read("Looking after my mum so I'm on my feet all day, then did a 45 min spin class and my calves twitch");

        Assert.Null(intake.Subject);
        Assert.Equal(AnswerValue.Of(45), intake.Answers.GetValueOrDefault("exercise.minutes"));
    }

    /// <summary>A carer who does not give the person's sex says "they": still the person's own signs.</summary>
    [Theory]
    [InlineData("my partner collapsed at parkrun and now they can't get their words out", "my partner", TriageLevel.Emergency)]
    // Speech alone, with no word of how fast it came, is urgent and the stroke question is asked (the triage rule's own
    // design); the flatmate is still the one it is about.
    [InlineData("my flatmate did a half marathon and now they can't speak properly", "my flatmate", TriageLevel.Urgent)]
    public void Read_SomeoneElseCalledThey_IsTheirs(string text, string subject, TriageLevel level)
    {
        var intake = Read(text);

        Assert.Equal(subject, intake.Subject);
        Assert.True(intake.Answers.TryGetValue("symptom.swallowing_or_speech", out var got) && got == AnswerValue.Of(true), Said(intake));
        Assert.Equal(level, Level(intake));
    }

    /// <summary>
    /// A sign told with "his" or "her" just before it is theirs though the sentence does not open on them, so the story is
    /// the person's and not set aside as someone else's beside the writer's nothing (three emergencies had read self-care
    /// or urgent this way).
    /// </summary>
    [Theory]
    [InlineData("Ma boyfriend's 23, did a spin class for the first time last night. Ever since he's been greetin cos his legs are that sair, and his pee's proper broon like cola.",
        "Ma boyfriend", "symptom.dark_urine")]
    [InlineData("Wife (55) did the hot yoga class tonight, came out with cramp in her feet. We've had her lying down in the cool for over half an hour now and she's no better, if anything she's more muddled. She's annoyed I'm asking.",
        "Wife", "symptom.confusion")]
    [InlineData("My husband, aged 74, finished the charity walk in the heat (the car thermometer read 34 degrees). He has since become drowsy and muddled. I am reluctant to trouble the ambulance service.",
        "My husband", "symptom.confusion")]
    public void Read_SignToldAsTheirsMidSentence_MakesTheStoryTheirs(string text, string subject, string sign)
    {
        var intake = Read(text);

        Assert.Equal(subject, intake.Subject);
        Assert.True(intake.Answers.TryGetValue(sign, out var got) && got == AnswerValue.Of(true), Said(intake));
        Assert.False(intake.Answers.ContainsKey("symptom.temperature_c"), Said(intake));
        Assert.Equal(TriageLevel.Emergency, Level(intake));
    }

    [Fact]
    public void Read_StrangerBesideThePersonItIsTypedFor_StaysSomeoneElse()
    {
        var intake = Read("My 15 yr old got cramp in his hamstring at the swimming gala. Another boy fainted at the side of the pool, but my son's fine, his cramp went when he stretched it.");

        Assert.Equal("my son", intake.Subject);
        Assert.False(intake.Answers.ContainsKey("symptom.collapse_or_seizure"), Said(intake));
        Assert.Contains(intake.SetAside, s => s.Finding.Answer == "symptom.collapse_or_seizure");
    }

    /// <summary>
    /// Someone pointed at rather than named as "my" ("the mate I ran with", "one of the other lads", "his friend") is
    /// someone else: their collapse or chest pain had made a writer with a calf cramp an emergency (the second-worst bug).
    /// </summary>
    [Theory]
    [InlineData("My calves cramped at the end of our 10k in 30C heat. The mate I ran with fainted at the finish, he's 35. I'm 33 and I feel fine.", "symptom.collapse_or_seizure")]
    [InlineData("My hamstrings cramped at 5 a side tonight. One of the other lads went down with chest pains, but I'm fine.", "symptom.chest_pain")]
    [InlineData("Typing for my son, 12. He got a cramp in his tummy at cross country. His friend collapsed at the finish, but my son is fine.", "symptom.collapse_or_seizure")]
    [InlineData("Mate had a seizure at footy last month so everyone's on edge. Me: calf cramped in the second half, stretched it and played on.", "symptom.collapse_or_seizure")]
    [InlineData("My calves cramp after parkrun, and my mate said he had chest pains at the finish but he's fine now apparently.", "symptom.chest_pain")]
    public void Read_SomeonePointedAt_IsSomeoneElse(string text, string sign)
    {
        var intake = Read(text);

        Assert.False(intake.Answers.ContainsKey(sign), Said(intake));
        Assert.NotEqual(TriageLevel.Emergency, Level(intake));
    }

    /// <summary>
    /// Stop 47: whose story it is, as carers, coaches and lifeguards write them. A complaint is theirs when the nearest
    /// person word before it in its sentence is theirs; someone named by their place in a group with their age opens their
    /// story even after the writer gives their own role; an age between commas does not end it; the writer held back
    /// ("won't let me"), worried ("so I'm uneasy") or asking ("what do I do") speaks of no complaint of their own; a bare
    /// "Temp 102F" decides nothing.
    /// </summary>
    [Theory]
    [InlineData("My husband (50) tweaked his back playing golf yesterday. Today he's got cramps in both calves, says his legs feel weak and numb, and he wet himself without realizing. He won't let me call anyone.",
        "My husband", "symptom.saddle_numbness_or_bladder")]
    [InlineData("Coach here. Our prop (24) took a heavy tackle on Saturday and jarred his lower back. He says both his legs are twitching, they feel weak, and he's got no feeling round his backside.",
        "Our prop", "symptom.saddle_numbness_or_bladder")]
    [InlineData("I'm a house parent at a boarding school. A boy, 13, came off the rugby pitch saying his calves had cramped. Now he's in bed with a bad headache, he's been sick, the light hurts his eyes. Temp 102F.",
        "A boy", "symptom.severe_headache")]
    [InlineData("Mam's 72 and swims every morning. She rang me saying she's had a cramp in her jaw and her neck since she got out, and she's a bit breathless. She's diabetic on insulin. She's not a complainer so I'm uneasy.",
        "Mam", "symptom.arm_jaw_neck_pain")]
    [InlineData("I'm a lifeguard. A man got out of the pool after his lengths saying he had a cramp in his chest and down his left arm. He's in a cold sweat and says he feels sick. What do I do?",
        "A man", "symptom.chest_pain")]
    [InlineData("Coaching our over-40s tonight. One of the lads, 47, came off saying his bicep was cramping. He's been rubbing his arm and his jaw, pouring with sweat even though it's freezing. I've stretched the arm out for him, no difference.",
        "One of the lads", "symptom.cold_sweat")]
    public void Read_SomeoneOthersStoryAsCarersWriteIt_IsTheirsAndAnEmergency(string text, string subject, string sign)
    {
        var intake = Read(text);

        Assert.Equal(subject, intake.Subject);
        Assert.True(intake.Answers.TryGetValue(sign, out var got) && got == AnswerValue.Of(true), Said(intake));
        Assert.Equal(TriageLevel.Emergency, Level(intake));
    }

    /// <summary>
    /// "A man" after "a" or "the" is someone else (the lifeguard's man, above), but "Man 45" or "Woman, 52" opening a
    /// description is the writer describing themselves, as "Male 45" is.
    /// </summary>
    [Theory]
    [InlineData("Man 45, calf cramps after runs")]
    [InlineData("Woman, 52, calf cramps at night after my walks")]
    [InlineData("Guy here, 30, calves twitch after football")]
    public void Read_AnyoneWordOpeningWithAnAge_IsTheWriter(string text)
    {
        var intake = Read(text);

        Assert.Null(intake.Subject);
        Assert.True(intake.Answers.TryGetValue("episode.locations", out var got) && got == AnswerValue.Of(["calf"]), Said(intake));
    }

    /// <summary>The writer saying what they are is no one else ("I'm a lad, 19", "I am a gentleman of 71").</summary>
    [Theory]
    [InlineData("I'm a lad, 19, calves cramp after football", 19)]
    [InlineData("I am a gentleman of 71 and my calf cramped on the walking group today", 71)]
    [InlineData("My boy, 13, came off the pitch with a bad headache", 13)]
    public void Read_AgeSaidWithAPersonWord_IsTheirsOrTheWriters(string text, double age)
    {
        var intake = Read(text);

        Assert.True(intake.Answers.TryGetValue("person.age", out var got) && got == AnswerValue.Of(age), Said(intake));
    }

    /// <summary>
    /// A word for a person opening the story with their age after "is", in brackets or between commas names them (stop 48),
    /// and a sentence that names no one goes on about the "she" of the sentence before.
    /// </summary>
    [Theory]
    [InlineData("Mum is 74 and did her swim this morning, now her calf keeps cramping", "Mum", "episode.locations", "calf")]
    [InlineData("Hubby (50) ran the marathon today and his calf is cramping", "Hubby", "episode.locations", "calf")]
    [InlineData("Dad, 81, was digging the garden and now his hands are cramping", "Dad", "episode.locations", "hand")]
    [InlineData("Friend (27) in my spin class got cramps in her feet and then fainted. Came round after a minute but she's vomiting.", "Friend", "episode.locations", "foot")]
    public void Read_PersonWithAnAgeOpeningTheStory_IsTheSubject(string text, string subject, string question, string place)
    {
        var intake = Read(text);

        Assert.Equal(subject, intake.Subject);
        Assert.True(intake.Answers.TryGetValue(question, out var got) && got == AnswerValue.Of([place]), Said(intake));
    }

    /// <summary>CPR is only ever done to someone else: "I'm doing CPR" is no complaint of the writer's (stop 48).</summary>
    [Fact]
    public void Read_WriterDoingCpr_TellsTheirStory()
    {
        var intake = Read("Partner, 45, collapsed mid-run on the seafront and isn't breathing properly, I'm doing CPR");

        Assert.Equal("Partner", intake.Subject);
        Assert.True(intake.Answers.TryGetValue("symptom.breathing_difficulty", out var got) && got == AnswerValue.Of(true), Said(intake));
    }

    /// <summary>
    /// Typed for someone else, the writer's own "I'm 15" is the writer's age, not theirs: the age in question is the one
    /// told of them, and with none told it stays unknown.
    /// </summary>
    [Theory]
    [InlineData("im 15 and my dad is 49. he was playing football and now his chest hurts", 49)]
    [InlineData("I'm 15. My dad is 49, he was playing football and now his chest hurts", 49)]
    [InlineData("My son has cramps in his calves after football, I'm 40", null)]
    public void Read_WritersOwnAgeInTheirStory_IsNotTheirs(string text, int? age)
    {
        var intake = Read(text);

        Assert.NotNull(intake.Subject);
        Assert.Equal(age is { } a ? AnswerValue.Of(a) : null, intake.Answers.GetValueOrDefault("person.age"));
    }

    /// <summary>"called me by my mums name": the apostrophe left out, "my mums" is still the mum's, not the writer's own.</summary>
    [Fact]
    public void Read_ParentsPossessiveWithoutApostrophe_KeepsTheirStory()
    {
        var intake = Read("my grandpa (80) insists hes ok but he was mowing all afternoon in the heat and now he keeps rubbing his chest " +
                          "saying its heartburn, and says his arm has a cramp. hes gone quiet and muddled, called me by my mums name " +
                          "twice. hes on warfarin.");

        Assert.NotNull(intake.Subject);
        Assert.Equal(AnswerValue.Of(true), intake.Answers.GetValueOrDefault("symptom.confusion"));
        Assert.Equal(AnswerValue.Of(true), intake.Answers.GetValueOrDefault("symptom.chest_pain"));
        Assert.Equal(AnswerValue.Of(80), intake.Answers.GetValueOrDefault("person.age"));
    }

    /// <summary>
    /// The writer's own worry is no complaint of theirs: "I feel sick with worry" is no nausea, and "if I'm being paranoid"
    /// no sign, so the story stays the dad's and his signs are his answers, not set aside as someone else's.
    /// </summary>
    [Theory]
    [InlineData("My dad (68) has crushing chest pain and I feel sick with worry", "symptom.chest_pain")]
    [InlineData("My dad (68) keeps dropping his cup with his right hand since his walk, not sure if his face is drooping or if I'm being paranoid", "symptom.weakness")]
    public void Read_WritersOwnWorry_KeepsTheirStory(string text, string sign)
    {
        var intake = Read(text);

        Assert.NotNull(intake.Subject);
        Assert.Equal(AnswerValue.Of(true), intake.Answers.GetValueOrDefault(sign));
        Assert.Equal(AnswerValue.Of(68), intake.Answers.GetValueOrDefault("person.age"));
        Assert.False(intake.Answers.ContainsKey("symptom.nausea"), Said(intake));
    }

    /// <summary>A word the writer may call themselves by stays the writer's with an age ("bloke, 61").</summary>
    [Fact]
    public void Read_BlokeWithAnAge_IsTheWriter()
    {
        var intake = Read("bloke, 61, been tiling the bathroom on my knees all day, now my calves keep cramping");

        Assert.Null(intake.Subject);
        Assert.True(intake.Answers.TryGetValue("person.age", out var got) && got == AnswerValue.Of(61), Said(intake));
    }

    [Fact]
    public void Read_PersonPointedAtOpeningTheStory_IsTheSubject()
    {
        var intake = Read("A lad on our Sunday league team just had a fit on the pitch, now he's groggy and doesn't know where he is. He's 24.");

        Assert.Equal("A lad", intake.Subject);
        Assert.True(intake.Answers.TryGetValue("symptom.confusion", out var got) && got == AnswerValue.Of(true), Said(intake));
    }

    /// <summary>What someone reports is the writer's when the first person it names is the writer, however many words on.</summary>
    [Fact]
    public void Read_ReportOfTheWritersSignPastOtherWords_IsTheWriters()
    {
        var intake = Read("Sat down after bouldering and my right hand is numb and weak, and my girlfriend says the right side of my face has dropped");

        Assert.Null(intake.Subject);
        Assert.True(intake.Answers.TryGetValue("symptom.face_droop", out var got) && got == AnswerValue.Of(true), Said(intake));
    }

    /// <summary>"Me mate's 45" is "my mate": the mate's chest cramp running down his arm, sweating and pale, had read as the
    /// writer's arm cramp, self-care.</summary>
    [Fact]
    public void Read_MeBeforeAPerson_IsMy()
    {
        var intake = Read("Me mate's 45, just got out of the surf and reckons he's got a cramp in his chest that's running down his left arm. He's sitting on the sand sweating like mad and pale as.");

        Assert.Equal("Me mate", intake.Subject);
        Assert.Equal(TriageLevel.Emergency, Level(intake));
    }

    /// <summary>
    /// Their words quoted are theirs: "I" and "my" inside a quotation from someone named before it are that person's, so
    /// the message's sign is theirs and the rest of their story (age, session) is read as theirs too. Before stop 56 the
    /// quoted "I" read as the writer's own complaint, and everything said of the person was set aside.
    /// </summary>
    [Theory]
    [InlineData("Message from my grandad on his bike ride: 'I've got a crushing feeling in my chest and it's going into my jaw'. He's 71.",
        "symptom.chest_pain", 71)]
    [InlineData("my girlfriend texted from the gym: 'my left arm and leg have gone numb all of a sudden'. she's 29",
        "symptom.one_side_weak_or_numb", 29)]
    [InlineData("My brother rang from the golf club and told the pro 'I can't get my breath sitting down', he is 66",
        "symptom.breathing_difficulty", 66)]
    public void Read_FirstPersonQuotedFromSomeoneNamed_IsTheirs(string text, string sign, double age)
    {
        var intake = Read(text);

        Assert.NotNull(intake.Subject);
        Assert.True(intake.Answers.TryGetValue(sign, out var got) && got == AnswerValue.Of(true), Said(intake));
        Assert.Equal(AnswerValue.Of(age), intake.Answers.GetValueOrDefault("person.age"));
        Assert.Equal(TriageLevel.Emergency, Level(intake));
    }

    /// <summary>The writer quoting themselves, or quoting a word, keeps the words the writer's.</summary>
    [Theory]
    [InlineData("my pee has been 'like cola' since the marathon", "symptom.dark_urine")]
    [InlineData("I texted my coach 'my calf cramped again at mile 3' after the 10k", "episode.kind")]
    public void Read_QuotationOfTheWritersOwn_StaysTheWriters(string text, string question)
    {
        var intake = Read(text);

        Assert.Null(intake.Subject);
        Assert.True(intake.Answers.ContainsKey(question), Said(intake));
    }

    /// <summary>"She can still grip my hand": their grip on the writer's hand is their strength tested, no complaint of the
    /// writer's (it had kept the wife's drooping face as the writer's story and read nothing of hers).</summary>
    [Fact]
    public void Read_TheirGripOnTheWritersHand_LeavesTheStoryTheirs()
    {
        var intake = Read("My dad (70) got back from bowls and his mouth is drooping on the right, though he can squeeze my hand fine.");

        Assert.NotNull(intake.Subject);
        Assert.Equal(TriageLevel.Emergency, Level(intake));
    }
}
