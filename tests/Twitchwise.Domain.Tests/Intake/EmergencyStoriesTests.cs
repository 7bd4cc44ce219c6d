using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>
/// Issue 12: emergencies and urgent stories as people type them, one or more for each rule of knowledge/triage.yaml,
/// read the way <c>assess --text --no-input</c> reads them (the intake, then the engine, nothing asked). The level the
/// words alone reach is asserted; a sign the words leave uncertain must be in confirm, never dropped. The look-alikes
/// (a worked arm, sweating after a run) must not raise the heart.
/// </summary>
public sealed class EmergencyStoriesTests
{
    private const string ArmJawNeck = "symptom.arm_jaw_neck_pain";

    private static (TriageLevel Level, IntakeResult Intake) Assess(string text)
    {
        var kb = KnowledgeBase.Default;
        var intake = IntakeReader.Default.Read(text);
        var answers = new AnswerValidator(kb).Validate(intake.Answers).Answers;
        Assert.NotNull(answers);
        return (new AssessmentEngine(kb).Assess(answers).Triage.Level, intake);
    }

    private static string Read(IntakeResult r) =>
        string.Join(", ", r.Answers.Select(a => $"{a.Key}={a.Value}")) + " | confirm: " + string.Join(", ", r.Confirm);

    public static TheoryData<string, TriageLevel> Stories => new()
    {
        // Chest pain or trouble breathing.
        // Stop 33 (dev-danger4): non-native, regional and stoic wording of the emergencies.
        { "I was on my evening walk and my chest started to press like somebody is sitting on it", TriageLevel.Emergency },
        { "during aerobics my heart went very very fast and I nearly blacked out", TriageLevel.Emergency },
        { "went for a jog in the heat, next thing I'm lying on the grass with people round me", TriageLevel.Emergency },
        { "my lad fell off his scooter and smacked his heid, now he's awfy sleepy", TriageLevel.Emergency },
        { "cut my hand on a rusty iron gate a week ago, now my jaw is locking and my back muscles spasm", TriageLevel.Emergency },
        { "after her walk my mum has gas and burning in her upper chest and is sweating though sitting still", TriageLevel.Emergency },
        { "my husband's smile is all wrong on one side since the gym", TriageLevel.Emergency },
        { "did a huge first spin class and today I'm peeing dark brown", TriageLevel.Emergency },
        { "hiked all day on just water, now I keep asking the same thing and my mates say I'm not making sense", TriageLevel.Emergency },
        { "new PT session, what I didn't expect is the shooting pain from my lower back down both legs and I can't feel my backside", TriageLevel.Emergency },
        // Stop 33 (dev-danger5): the sign said in passing, after the twitch or cramp.
        { "legs twitching after footy, and my heart is going mad just sitting here and I nearly blacked out standing up", TriageLevel.Emergency },
        { "quads twitchy after the surf, and I can't get a full breath in even sitting on the couch", TriageLevel.Emergency },
        { "calves cramping since the flight, my left calf is swollen and warm, and I get puffed just going up the stairs now", TriageLevel.Emergency },
        { "after my walk my mouth goes down on the left side when I smile and my words are not clear", TriageLevel.Emergency },
        { "after the long ride my left foot has gone a funny pale colour and it's cold", TriageLevel.Emergency },
        { "got stung on my run and now my lips and tongue feel fat", TriageLevel.Emergency },
        { "one of my lads had what looked like a fit on the touchline after the match", TriageLevel.Emergency },
        { "legs crampy after the half, and my wee's gone like coke", TriageLevel.Urgent },
        { "on gliclazide, did a long walk, now I'm trembly and sweating and feel I might pass out", TriageLevel.Urgent },
        { "Honestly confused why my calves twitch after every parkrun", TriageLevel.SelfCare },
        { "breathless at the top of the hill on my bike but fine within a minute, thighs twitch after", TriageLevel.SelfCare },
        // Stop 33, from test-danger's emergencies read lower (after it was scored once): the heart with sweating that goes
        // on after stopping, Scots face droop, cauda equina "numb down below", allergy, a fit, heat with hot dry skin.
        { "Our neighbour is 61, did the hedges this morning, says his shoulder aches up to his jaw and he's sweating too much even after stopping", TriageLevel.Emergency },
        { "Ma granny came back fae her walk an her mooth's gone squint", TriageLevel.Emergency },
        { "after the gym my back went and now I'm numb down below and haven't been able to pee since lunch", TriageLevel.Emergency },
        { "got stung on the bike, lips swelling up and my throat's getting tight", TriageLevel.Emergency },
        { "after my run I went rigid and shook on the floor for a minute, my wife says", TriageLevel.Emergency },
        { "skin feels hot and dry after the hot 10k, and I feel sick and woozy", TriageLevel.Emergency },
        // The shoulder is where the heart's pain is felt too, with a companion sign (NHS: pain spreading to the arms, neck,
        // jaw or back with feeling sick or sweaty).
        { "I'm 60 with diabetes, after my walk I have pain in my shoulder and I feel like vomiting and I'm sweating even after stopping", TriageLevel.Emergency },
        // Danger words in another sense stay self-care.
        { "so confused about magnesium, which type for calf cramps after hockey?", TriageLevel.SelfCare },
        { "I blacked out the weekend in my diary for the race, calves twitch on long runs", TriageLevel.SelfCare },
        { "nearly fainted when I saw the price of the race entry, calves cramp a bit at the end", TriageLevel.SelfCare },
        { "every time I climb on the bike I get a burning pressure behind my sternum that stops when I rest", TriageLevel.Emergency },
        // One side of the body told part by part, weak or numb (stroke, or a TIA that has passed).
        { "gardening this afternoon and suddenly my right leg is not lifting properly and my right hand is weak, can't grip my cup", TriageLevel.Emergency },
        { "after pilates my right cheek went numb and my right hand as well, only lasted ten minutes and now it's gone", TriageLevel.Emergency },
        // Heat illness not settling with cooling; a clot told with a possessive ("calf's") and breathless on the stairs.
        { "ran in the sun, been sat under a fan with cold drinks for 40 minutes and I'm still dizzy and sick", TriageLevel.Emergency },
        { "my right calf's swollen and hot since the flight and now I'm out of breath on the stairs", TriageLevel.Emergency },
        // Dark urine after a session harder than any before (rhabdomyolysis).
        { "did a hill session way harder than I've ever done and this morning my pee is like cola", TriageLevel.Emergency },
        { "tight chest halfway up the hill and it's still there now I've stopped", TriageLevel.Emergency },
        { "after my run i can't catch my breath even sitting down, been 20 mins", TriageLevel.Emergency },
        { "calf cramp on the bike and now it feels like an elephant is sitting on my chest", TriageLevel.Emergency },
        // Typed by someone else for the one it is happening to (read as theirs).
        { "my girlfriend's mouth has gone droopy on the left and she's slurring, she was fine before her run", TriageLevel.Emergency },
        { "my 13 year old collapsed at sports day, he is breathing but won't wake up properly", TriageLevel.Emergency },
        { "my dad is 66, he's grey and clammy and says his jaw aches, he'd just finished mowing the lawn", TriageLevel.Emergency },
        { "my teammate is slurring and can't walk straight after the long run in the heat", TriageLevel.Emergency },
        // The heart in plain words: an arm ache after heavy work with sweating and "sick".
        { "right after clearing the drive my left arm aches and i'm clammy and sick", TriageLevel.Emergency },
        // Cauda equina in plain words; compartment syndrome as "pain worse than it should be".
        { "lower back went on deadlifts, both legs weak and numb, and i can't tell when i need to wee", TriageLevel.Emergency },
        { "shin is rock hard after a kick in the match, hurts way more than it should, foot is tingling", TriageLevel.Emergency },
        // A limb losing its blood after a cramp; an allergic reaction with two places swelling together.
        { "cramped up on the rowing machine and now my hand has gone cold and pale and bluish", TriageLevel.Emergency },
        { "my foot's gone cold, white and a bit numb since the cramp on my long ride", TriageLevel.Emergency },
        { "ate a peanut bar after spin and my lips and throat are swelling up", TriageLevel.Emergency },
        // A question about what the person has is no "what if".
        { "is it normal that my wee is dark brown the day after a hard hockey match?", TriageLevel.Urgent },
        // A cramp still holding has lasted since it began: over ten minutes is urgent.
        { "my hamstring seized at the end of the match 40 minutes ago and it still won't let go", TriageLevel.Urgent },
        // "One of my calves" is one side: a possible clot after a long journey.
        { "drove 7 hours to the lakes yesterday and one of my legs is puffy and warm at the calf", TriageLevel.Urgent },
        // Collapse or a fit.
        { "collapsed at the finish line of my 10k, my mate said i was out for a minute", TriageLevel.Emergency },
        { "my running buddy said I collapsed at the end and was twitching all over", TriageLevel.Emergency },
        { "had a fit after my spin class, my legs cramped first", TriageLevel.Emergency },
        // Confusion.
        { "after the marathon im all muddled and dont know what day it is, calves cramping", TriageLevel.Emergency },
        // Found on the blind fourth half (stop 23), tested here in other words.
        { "climbing a steep hill on foot I felt a heavy pressure across my chest going into my left arm, 61 years old", TriageLevel.Emergency },
        { "after squats both my legs all of a sudden went weak, and my back is killing me", TriageLevel.Emergency },
        // A severe allergic reaction: after a sting, a food, or exercise itself.
        { "wasp got me on my run and now my lips are swelling up and my calf is cramping", TriageLevel.Emergency },
        { "after my jog my throat is closing up and i feel itchy everywhere", TriageLevel.Emergency },
        { "ate peanuts before the gym, tongue feels swollen and my legs are twitching", TriageLevel.Emergency },
        // Exertional sickling: weakness more than a cramp, in sickle cell trait.
        { "I have sickle cell trait and during sprints today my legs went weak and I slumped down", TriageLevel.Emergency },
        // Muscle breakdown.
        { "pee like coke after my first crossfit", TriageLevel.Emergency },
        { "my thigh is killing me after squats yesterday and my pee is dark brown", TriageLevel.Emergency },
        { "thighs are rock hard and swollen 2 days after spin and my wee is brown", TriageLevel.Emergency },
        { "dark brown urine and my arms are so weak i cant lift a cup after 200 pushups yesterday", TriageLevel.Emergency },
        // Low blood sodium.
        { "drank loads of water during the marathon and now I keep throwing up", TriageLevel.Emergency },
        { "had litres and litres of water on my long run, now a pounding headache", TriageLevel.Emergency },
        { "downed 8 litres of water during the marathon and I've been throwing up since", TriageLevel.Emergency },
        { "about 12 pints of water over the 5 hour race, now my head is killing me", TriageLevel.Emergency },
        { "drank 7 litres of water in the marathon and now I have a headache", TriageLevel.Emergency },
        { "headache and vomiting since my long run this morning", TriageLevel.Emergency },
        { "after a 4 hour marathon I've got a splitting headache and my calves are cramping", TriageLevel.Emergency },
        // Heatstroke.
        { "finished my run in the heat and i've stopped sweating, skin is hot and dry", TriageLevel.Emergency },
        { "temp 40.5 after the half marathon, cramping all over", TriageLevel.Emergency },
        { "sat in the shade for 30 mins after football and still not better, feel sick, it was 31 degrees", TriageLevel.Emergency },
        // Cauda equina and both legs.
        { "lower back went during deadlifts and now i can't feel it when i wipe", TriageLevel.Emergency },
        { "back spasm and numb around my bum and i cant pee", TriageLevel.Emergency },
        { "cramps in both legs and I can't feel my bum", TriageLevel.Emergency },
        { "lifted the sofa, sciatica down both legs and no feeling down there", TriageLevel.Emergency },
        { "both legs went weak suddenly after I fell on my back", TriageLevel.Emergency },
        // A fluoroquinolone and a painful tendon (MHRA 2019: stop it and get advice today).
        { "on ciprofloxacin for a UTI and my achilles is really painful after a jog", TriageLevel.Urgent },
        // Muscle breakdown and heatstroke, in other everyday words.
        { "two days after my first bootcamp my arms are so swollen I can't straighten them and my pee is like tea", TriageLevel.Emergency },
        { "hiked all day in the sun, now headache, no sweat at all and I'm really hot to touch", TriageLevel.Emergency },
        // Stroke, in everyday words.
        { "my hand went weak and my words are coming out wrong", TriageLevel.Emergency },
        // Speech alone is urgent with a stroke suspected (its onset settles it), not self-care.
        { "my hand keeps cramping and my words are coming out wrong", TriageLevel.Urgent },
        { "after tennis my right arm went heavy and useless and I'm talking gibberish", TriageLevel.Emergency },
        // A cold, pale limb.
        { "my foot went white and cold after the cramp and it's still like that", TriageLevel.Emergency },
        { "my hand is pale and cold since the climbing session and I can't feel my fingers", TriageLevel.Emergency },
        // Compartment syndrome.
        { "shin pain 9/10 after my run, lower leg is swollen and tight and my foot is numb", TriageLevel.Emergency },
        { "forearm swollen and in agony after rowing, fingers tingling", TriageLevel.Emergency },
        // Heart: an arm, the jaw, the neck or between the shoulder blades with a companion sign.
        { "my left arm has been cramping since my run and I feel sick and sweaty", TriageLevel.Emergency },
        { "jaw aching and clammy after the hill", TriageLevel.Emergency },
        { "ache between my shoulder blades and nauseous after the gym", TriageLevel.Emergency },
        { "my neck and left arm feel tight and heavy and I'm short of breath after cycling", TriageLevel.Emergency },
        { "arm cramp after my walk and my heart is racing", TriageLevel.Emergency },
        { "right arm aching after my run, felt like I was going to pass out", TriageLevel.Emergency },
        { "my arm feels heavy and sore and i threw up after the spin class", TriageLevel.Emergency },
        { "heart going crazy and nearly blacked out on the treadmill", TriageLevel.Emergency },
        // Stroke.
        { "my face has dropped on one side and my speech is slurred after the gym", TriageLevel.Emergency },
        { "suddenly couldn't get my words out after my run", TriageLevel.Emergency },
        { "left arm and leg went weak and numb at the end of my ride", TriageLevel.Emergency },
        // Sudden severe headache, head injury.
        { "worst headache of my life hit me suddenly during squats", TriageLevel.Emergency },
        { "clashed heads in rugby, now throwing up and my calf is twitching", TriageLevel.Emergency },
        { "banged my head on the bar at the gym, i'm on warfarin", TriageLevel.Emergency },
        // Tetanus, leptospirosis, severe infection, low calcium, lithium.
        { "stood on a rusty nail last week, now my jaw is stiff and my legs are cramping", TriageLevel.Emergency },
        { "swam in the river last week, now fever and dark pee", TriageLevel.Emergency },
        { "fever and my calf is swollen and the pain is 9 out of 10", TriageLevel.Emergency },
        { "two weeks after my thyroid surgery my lips are tingling and my hands cramped into claws", TriageLevel.Emergency },
        { "on lithium and been vomiting since my long run, legs twitching", TriageLevel.Emergency },
        // A second batch, other words for the same emergencies.
        { "crushing pain in my chest during my 5k, spreading to my left arm", TriageLevel.Emergency },
        { "I passed out on the rowing machine for a few seconds", TriageLevel.Emergency },
        { "my mate says I'm talking nonsense and not making sense after the ultra", TriageLevel.Emergency },
        { "my first spin class yesterday and now my pee is really dark, almost brown", TriageLevel.Emergency },
        { "did a 100 squats challenge, thighs massively swollen and pee is dark brown", TriageLevel.Emergency },
        { "vomiting and a thumping headache after drinking about 6 litres of water during the marathon", TriageLevel.Emergency },
        { "went very pale and clammy after my run with pain in my jaw", TriageLevel.Emergency },
        { "tightness across my upper back and left arm while gardening, feel sweaty and sick", TriageLevel.Emergency },
        { "my heart was fluttering and I greyed out on the bike", TriageLevel.Emergency },
        { "after my swim my arm aches and I'm struggling to breathe", TriageLevel.Emergency },
        { "my smile is lopsided and my arm feels weak after the gym", TriageLevel.Emergency },
        { "my vision went double suddenly during my run", TriageLevel.Emergency },
        { "sudden thunderclap headache mid deadlift", TriageLevel.Emergency },
        { "fell off my bike and hit my head, now really drowsy", TriageLevel.Emergency },
        { "took a football to the head, I've been sick twice since", TriageLevel.Emergency },
        { "ran 3 hours in 30 degree heat, now I'm hot, not sweating and muddled", TriageLevel.Emergency },
        { "can't feel my saddle area after the long ride", TriageLevel.Emergency },
        { "calf rock hard, swollen and agony after a kick at football, toes are tingling", TriageLevel.Emergency },
        { "right side of my face is numb and my right arm won't work properly", TriageLevel.Emergency },
        { "stepped on a rusty nail at the allotment, now my jaw feels locked", TriageLevel.Emergency },
        { "swam in a canal last week, temperature 39 and my wee is brown", TriageLevel.Emergency },
        { "my hands have gone into spasm and my lips are numb, I've got kidney disease", TriageLevel.Emergency },
        { "on lithium, I'm shaky, unsteady on my feet and slurring my words", TriageLevel.Emergency },
        { "both legs numb and weak since I lifted a heavy box and my back went", TriageLevel.Emergency },
        { "chest hurts when I breathe in after the race", TriageLevel.Emergency },
        { "I'm gasping for air after the stairs at the gym", TriageLevel.Emergency },
        { "collapsed in the heat at mile 20 and was out cold", TriageLevel.Emergency },
        { "my jaw and neck ache and I feel like I'm going to be sick after shovelling snow", TriageLevel.Emergency },
        { "pain between my shoulder blades and I'm breathless", TriageLevel.Emergency },
        { "swollen left calf, it's tender and warm, I'm 30 weeks pregnant", TriageLevel.Urgent },
        { "brown pee after yesterday's long run", TriageLevel.Urgent },
        { "hamstring cramp lasted 15 minutes and is still going", TriageLevel.Urgent },
        { "heard a snap in my calf during badminton, can't walk on it", TriageLevel.Urgent },
        { "shaky and sweaty after my run, I'm type 2 on gliclazide", TriageLevel.Urgent },
        // A third batch, as a clinician might write them down.
        { "45M, central chest pain on exertion during a 10k, radiating to the left arm, diaphoretic", TriageLevel.Emergency },
        { "syncopal episode at the end of a sprint session, came round after a minute", TriageLevel.Emergency },
        { "post marathon, acute confusion and vomiting, drank water at every aid station", TriageLevel.Emergency },
        { "haematuria and severe thigh pain 2 days after an eccentric-heavy session, first time back in 2 years", TriageLevel.Emergency },
        { "left arm heaviness and nausea after a hill session, 58, smoker", TriageLevel.Emergency },
        { "jaw pain and breathlessness on the treadmill, settles with rest", TriageLevel.Emergency },
        { "sudden onset dysarthria after a run, now resolving", TriageLevel.Emergency },
        { "right facial droop noticed by a teammate after the match", TriageLevel.Emergency },
        { "presyncope with palpitations during a spin class", TriageLevel.Emergency },
        { "urinary retention and saddle paraesthesia after deadlifts", TriageLevel.Emergency },
        { "core temp 41.2 after collapsing in the heat at a half marathon", TriageLevel.Emergency },
        { "perioral tingling and carpopedal spasm after a thyroidectomy last month", TriageLevel.Emergency },
        { "trismus a week after a puncture wound from a garden fork", TriageLevel.Emergency },
        { "anterior shin pain out of proportion, tense swollen compartment, pain 9/10, paraesthesia in the foot", TriageLevel.Emergency },
        { "pale, pulseless, cold foot after a long cycle", TriageLevel.Emergency },
        { "dyspnoea at rest after a calf cramp on a long flight", TriageLevel.Emergency },
        { "on warfarin, fell and hit head at the gym, now vomiting", TriageLevel.Emergency },
        { "dark cola coloured urine with weakness after crossfit", TriageLevel.Emergency },
        { "ache in the neck and between the shoulder blades with a cold sweat after a brisk walk", TriageLevel.Emergency },
        { "tingling and weakness in both legs, new back pain after a fall from a horse", TriageLevel.Emergency },
        // A negation nearby must not reach the warning sign.
        { "didn't drink much and then passed out at the finish", TriageLevel.Emergency },
        { "no warm up, felt fine, then my chest went tight", TriageLevel.Emergency },
        { "not sure what happened but I blacked out on the bike", TriageLevel.Emergency },
        { "never had this before, my face is drooping on the left", TriageLevel.Emergency },
        { "no history of heart problems but my jaw aches and I feel sick", TriageLevel.Emergency },
        { "nothing helps and my pee is now black", TriageLevel.Urgent },
        { "without warning I collapsed at the gym", TriageLevel.Emergency },
        { "no idea why but my urine is dark brown and my legs are too weak to stand", TriageLevel.Emergency },
        { "don't know if it's related but both legs are numb and my back hurts", TriageLevel.Emergency },
        { "not a runner normally, did my first 10k and my pee is like cola", TriageLevel.Emergency },
        { "not long after my run my arm went numb and my face dropped", TriageLevel.Emergency },
        { "couldn't finish the race, I was confused and sick", TriageLevel.Emergency },
        { "haven't been able to pee since this morning and my back is killing me", TriageLevel.Emergency },
        { "none of my usual cramps, this time my calf is white and cold", TriageLevel.Emergency },
        { "no pain but my foot is cold and blue", TriageLevel.Emergency },
        { "not dizzy, but my heart is racing and my left arm aches", TriageLevel.Emergency },
        // Third person, and more everyday words.
        { "He collapsed at the finish line and was shaking all over", TriageLevel.Emergency },
        { "She says her chest feels heavy and she's short of breath after the run", TriageLevel.Emergency },
        { "Patient reports tightness in chest and pain radiating into the left arm after a 10k", TriageLevel.Emergency },
        { "had a cramp in my calf during the run and now I have pain in chest", TriageLevel.Emergency },
        { "my leg is numb and cold and looks mottled after the race", TriageLevel.Emergency },
        { "calf is purple and cold", TriageLevel.Emergency },
        { "my urine is red after the race", TriageLevel.Urgent },
        { "he went stiff and shook on the floor after the race and was unresponsive for a minute", TriageLevel.Emergency },
        { "after the tackle she didn't know where she was and can't remember what happened", TriageLevel.Emergency },
        { "struggling for breath at the top of the hill and it won't settle", TriageLevel.Emergency },
        { "peeing brown after a 50 mile charity ride, never cycled that far", TriageLevel.Emergency },
        { "overheated at the festival 10k, stopped making sense, skin roasting", TriageLevel.Emergency },
        { "drank a ton of water at every water station, now nauseous, puffy fingers and a bad headache", TriageLevel.Emergency },
        { "my face and arm on the left side went numb while cycling", TriageLevel.Emergency },
        { "I have a crushing feeling in my chest after squats", TriageLevel.Emergency },
        { "Tingling around my mouth and my fingers cramped into a claw, I've had my parathyroid out", TriageLevel.Emergency },
        { "woke up the morning after my marathon with brown urine and I can barely move my legs", TriageLevel.Emergency },
        { "I've got pins and needles in both legs and I'm peeing myself after lifting", TriageLevel.Emergency },
        { "my toes are blue and my foot is freezing after the cramp, can't wiggle them", TriageLevel.Emergency },
        { "jaw ache and sweating buckets, feel like I'm going to pass out, after the stairs", TriageLevel.Emergency },
        // Found on the blind fifth half (stop 25), tested here in other words: brownish or "peeing dark" urine after a
        // hard session, a garden tool or a thorn before a stiff jaw, "litres and litres of plain water" in a triathlon.
        { "after my first ever spin session my wee is brownish, legs stiff, pain 3", TriageLevel.Emergency },
        { "weeing dark brown after boot camp this morning, arms swollen and 8/10", TriageLevel.Emergency },
        { "my urine has gone like weak tea two days after my first crossfit class", TriageLevel.Emergency },
        { "pricked myself on a rose thorn pruning last week, now my jaw feels stiff", TriageLevel.Emergency },
        { "trod on a rake in the garden a week ago and now my jaw is locked", TriageLevel.Emergency },
        { "6 hour triathlon, drank litres and litres of plain water, now being sick with a pounding headache", TriageLevel.Emergency },
        // Urgent: see a doctor today.
        { "type 1 diabetic, shaky and sweaty after my run, calf cramps", TriageLevel.Urgent },
        { "tingling lips and my hands went into claws after breathing too fast", TriageLevel.Urgent },
        { "left calf swollen hot and red after a long flight", TriageLevel.Urgent },
        { "my right calf is swollen and warm after an 11 hour drive", TriageLevel.Urgent },
        { "left calf swollen and warm, no injury, no travel", TriageLevel.Urgent },
        { "heard a pop in my achilles at squash and can't push off", TriageLevel.Urgent },
        { "cramp in my calf has lasted 20 minutes and won't let go", TriageLevel.Urgent },
        { "hot day, cramping and feel sick after the match", TriageLevel.Urgent },
        { "took a knock to the head at football, bit of calf twitching", TriageLevel.Urgent },
        { "cut my hand on rusty metal, now forearm cramps", TriageLevel.Urgent },
        { "my pee is dark brown today, did a normal run yesterday", TriageLevel.Urgent },
        { "on warfarin, thigh cramp at badminton and now a big swelling", TriageLevel.Urgent },
        { "on rosuvastatin and my thighs have ached for a week, pain around 6", TriageLevel.Urgent },
        { "my tongue keeps flickering and it has got harder to swallow lately", TriageLevel.Urgent },
        { "lower back agony after deadlifts and both my legs have gone weak", TriageLevel.Emergency },
        // Found on the blind fifth half (stop 25), in other words: a cramp held a quarter of an hour or more, a header
        // (a head knock) with sickness, a child's dark urine told by the parent.
        { "my calf cramp went on for a good quarter of an hour after the match", TriageLevel.Urgent },
        { "my foot cramped and stayed knotted for three quarters of an hour", TriageLevel.Urgent },
        { "took a nasty header playing footy and now I feel queasy", TriageLevel.Urgent },
        { "took a header off my bike on the trail, now I feel sick", TriageLevel.Urgent },
        { "my daughter says her wee is dark brown after netball yesterday, her legs ache", TriageLevel.Urgent },
        // Found on the blind seventh half (stop 26), in other words: signs said sideways.
        { "after the parkrun my jaw began to ache and I feel a bit pukey, 61", TriageLevel.Emergency },
        { "my lips feel thick and i can't get a breath in after the wasp got me", TriageLevel.Emergency },
        { "my smile is wonky in the bathroom mirror and my right cheek feels numb", TriageLevel.Emergency },
        { "a thunderclap headache while squatting, came on in a second", TriageLevel.Emergency },
        { "hand has gone cold and bluey after the forearm cramp", TriageLevel.Emergency },
        { "throat feels like it's closing and my face is swelling up after a sting on my ride", TriageLevel.Emergency },
        { "my pee came out a coffee colour the day after spin, legs sore", TriageLevel.Urgent },
        { "sliced my shin on a rusty gate a week ago and now my jaw keeps locking", TriageLevel.Emergency },
        { "both feet cramp and I can't walk on my heels any more", TriageLevel.Emergency },
        // Found on the blind eighth half (stop 26, after its one score), in other words.
        { "on the treadmill I got a dull ache in the middle of my chest and it went down my left arm, 62", TriageLevel.Emergency },
        { "a tight crampy feeling right across my chest on my bike ride, still there an hour later", TriageLevel.Emergency },
        { "lost the sight in my right eye for a few minutes on my run, back now", TriageLevel.Emergency },
        { "heart pounding and skipping at the gym and I nearly blacked out", TriageLevel.Emergency },
        { "can't feel the toilet paper when I wipe since my back went at the gym", TriageLevel.Emergency },
        { "my inhaler isn't working and I can't finish a sentence after the race", TriageLevel.Emergency },
        { "my husband's left arm is floppy and his speech is slurred after his bowls match", TriageLevel.Emergency },
        { "stood on a rusty bit of wire last week and now my jaw's locking up", TriageLevel.Emergency },
        { "on my walk my right arm went weak and numb and the side of my mouth won't move", TriageLevel.Emergency },
        // A cramp that "has not let go" for hours with self-care tried is a cramp that long; "lasting 20 mins" is the cramp's.
        { "my calf seized at football 3 hours ago and has not let go, stretched it, hot bath, still knotted", TriageLevel.Urgent },
        { "thigh cramp lasting 25 mins, tried walking it off, nothing works", TriageLevel.Urgent },
        // Stop 27: getting puffed out on the stairs since one calf swelled is a possible clot in the lungs (NHS DVT); on
        // its own, or with both calves swollen, it is no emergency.
        { "my right calf has been swollen since a bad cramp at the weekend and now I get puffed out going up the stairs", TriageLevel.Emergency },
        { "out of breath more easily since my left calf went tight and swollen after the long flight home", TriageLevel.Emergency },
        { "I get a bit puffed out going up the stairs these days and my eyelid twitches", TriageLevel.SelfCare },
        // Stop 27, test9's emergencies read lower (after its one score), in other words: an inhaler "and nothing," denies
        // nothing after it; numb "round my bum" and "struggling to start a wee"; "pain's 8/10" with a leg "swelled up" and a
        // numb foot; sweating "more than I should"; a heart "going crazy"; a jaw "gone tight" after a dirty cut.
        { "used my reliever three times and nothing, wheezing so bad I cant finish a sentence after hockey", TriageLevel.Emergency },
        { "lifted a heavy sofa on sunday, now numb round my bum and struggling to start a wee", TriageLevel.Emergency },
        { "got kicked in the calf at rugby, it's swelled up massively, pain's 8/10 and my foot has gone numb", TriageLevel.Emergency },
        { "on my bike my left arm and neck started aching, eased when I stopped, and I'm sweating more than I should, 61", TriageLevel.Emergency },
        { "mid run my heart started going crazy and everything went grey, I nearly passed out", TriageLevel.Emergency },
        { "scraped my leg on a rusty nail last week and now my jaw's gone tight", TriageLevel.Emergency },
        { "calf cramp after my run and nothing else, no chest pain and no breathlessness", TriageLevel.SelfCare },
        // A gap in a phrase never hides a denial: "pee is normal yellow not dark" is no dark pee.
        { "first ever leg day yesterday, legs so sore I can barely sit down and my thighs twitch, pee is normal yellow not dark", TriageLevel.SelfCare },
        // The rest of test9's emergencies read lower, in other words: landed on the neck with both legs weak; "shaking,
        // sweating" and "can't think straight" on insulin; arms "puffed up" with brown urine; cola-coloured wee after a
        // first class; no better in the shade "and it's not getting any better"; tea-brown pee; a cramp that "would not let go".
        { "came down on my neck in a scrum and now both legs feel weak and my walking feels weird", TriageLevel.Emergency },
        { "type 1 on insulin, long ride and skipped lunch, now shaking and sweating and I can't think straight", TriageLevel.Emergency },
        { "shifting furniture all day, both legs are puffed up and sore and my pee is dark brown", TriageLevel.Emergency },
        { "first ever bootcamp two days ago, thighs agony 9/10, swollen, and my wee is the colour of coca cola", TriageLevel.Emergency },
        { "laying bricks in the heatwave, dizzy and sick, sat in the shade with water for half an hour and it's not getting any better", TriageLevel.Emergency },
        { "easy jog this morning and when I peed after it came out brown like tea", TriageLevel.Urgent },
        { "50, first run in years, a bad indigestion in my chest that crept up into my jaw, went when I walked", TriageLevel.Emergency },
        { "walked 8 hours in the heat and drank about 6 litres of plain water, now I feel sick and weirdly sleepy", TriageLevel.Emergency },
        { "my foot cramped at badminton and would not let go for about 20 minutes, stretching didn't shift it", TriageLevel.Urgent },
        // Stop 28: choking when drinks are swallowed is trouble swallowing.
        { "throat twitching and drinks keep going down the wrong way", TriageLevel.Urgent },
        { "my tongue flickers and for a few weeks I choke a little when I swallow water, I'm 66", TriageLevel.Urgent },
        // Stop 28, the kinds a blind set of danger stories missed, in other words: heart pain burning into the jaw; a mouth
        // pulled down; a hand that just dropped the bar; wee like cold coffee; numb bum cheeks with a bad back; a mouth that
        // won't open after a rusty nail; heat "no better in the shade"; a friend down "like a sack of spuds".
        { "after badminton I got a burning in the chest and now it's going into my jaw, cold sweat too", TriageLevel.Emergency },
        { "my grandad's mouth is pulled down on one side since his bowls match this morning", TriageLevel.Emergency },
        { "at the gym my left hand just dropped the bar and I can't grip with it", TriageLevel.Emergency },
        { "wee came out brown like cold coffee after my first crossfit class, thighs are agony", TriageLevel.Emergency },
        { "ultra yesterday, lower back's bad and my bum cheeks have gone numb since this morning", TriageLevel.Emergency },
        { "stood on a rusty nail in the allotment last week and now my mouth won't open properly", TriageLevel.Emergency },
        { "walked for hours in the heat, sat in the shade for 40 minutes and no better in the shade, been sick twice", TriageLevel.Emergency },
        { "my mate went down like a sack of spuds at the finish line and he's not making sense", TriageLevel.Emergency },
        { "my wife takes gliclazide, after her aqua class she's gone confused, sweaty and shaking", TriageLevel.Emergency },
        { "kicked in the shin at hockey, it's rock hard and swollen, 9/10, and my toes have gone dead", TriageLevel.Emergency },
        { "long drive home from France, calf swollen since, and this morning I coughed up some streaks of blood", TriageLevel.Emergency },
        { "lower back agony after the rowing machine, my bum is numb and I can't tell when I need a wee", TriageLevel.Emergency },
        // test10's emergencies read lower (after its one score), in other words: numbness "round my bum" and not feeling
        // the pee; breathing "really rough" after swallowing water; wee "a brownish colour"; "still feel dreadful" in the
        // shade; a graze "in the mud" then a stiff jaw.
        { "after heavy squats I've got numbness round my bum and I can't feel myself peeing properly", TriageLevel.Emergency },
        { "pulled my mate out of the lake after he cramped, he swallowed a lot of water and his breathing is really rough", TriageLevel.Emergency },
        { "my wee is a brownish colour since my first bootcamp yesterday, thighs agony", TriageLevel.Emergency },
        { "first hot yoga, sat in the cool room 45 mins with water and still feel dreadful, been sick twice", TriageLevel.Emergency },
        { "grazed my knee to bits in the mud at a trail race, now my jaw feels stiff", TriageLevel.Emergency },
        { "played golf in the sun, got cramp in my calf and chucked up, fine now", TriageLevel.Urgent },
        // Stop 29 (test10 after its score, in other words): a cut "in the mud" that was cleaned is still a dirty wound ("cleaned"
        // had read as the negation "cleared"); pee "red-ish" after a hot event; vomiting in the "blazing" sun.
        { "sliced my hand on a rock in the mud at the obstacle race, cleaned it, now my jaw is stiff", TriageLevel.Emergency },
        { "half ironman yesterday in 34 degrees, calves cramped, this morning my wee is red-ish", TriageLevel.Urgent },
        { "cricket in the blazing sun all afternoon, hamstring cramped and I threw up, feel alright now", TriageLevel.Urgent },
        // Stop 29, the kinds a second blind set of danger stories missed, in other words: wee like coca cola or reddish brown;
        // a face numb on one side and a floppy arm; leaking pee unnoticed; a thigh ballooned up after a fall on a blood
        // thinner; a jaw locked or a mouth that cannot open after a wound with soil in it; eyes rolled back; slumped to
        // the ground; "nae" as no; "muscles are fine" reaching only its own clause; a carer's "he" going on over sentences.
        // What the person says of it is theirs, though "it's" and "just" end a scope elsewhere: "He says it's just
        // indigestion and won't let me call anyone" keeps the story his, "me" and all.
        { "first bootcamp on Tuesday, today my thighs are huge and agony and my wee is like coca cola", TriageLevel.Emergency },
        { "hill sprints yesterday, legs swollen and weak, only peed once and it was reddish brown", TriageLevel.Emergency },
        { "after netball my face went numb on one side and my arm is floppy", TriageLevel.Emergency },
        { "hurt my back deadlifting on Monday, tonight my legs are numb and I'm leaking pee without noticing", TriageLevel.Emergency },
        { "caught my arm on barbed wire on a farm run last week, soil in it, and now my jaw's locked and my neck spasms", TriageLevel.Emergency },
        { "a lad at the gym collapsed off the rower, his eyes rolled back and he's shaking", TriageLevel.Emergency },
        { "ran 400m reps at the track and slumped to the ground, my thighs and back are in agony", TriageLevel.Emergency },
        { "spin class this morning, nae bother, but ma pee came out the colour o strong tea, nae swelling", TriageLevel.Urgent },
        { "cola-coloured pee after a hot spin class yesterday, muscles are fine, no swelling", TriageLevel.Urgent },
        // Scots, Indian and Australian wording of the danger set's last emergencies, in other words: a chest "in a vice",
        // "cold sweating" with a fast heart, a face "squint" on one side, pain "off the charts" in a swollen shin with a
        // foot that will not lift, a jaw "getting tight" days after a muddy wound.
        { "efter the five-a-side ma chest's been right tight, like it's in a vice, an I'm clammy, 62", TriageLevel.Emergency },
        { "after my morning walk I am having pain in chest and cold sweating, heart is beating very fast, age 55", TriageLevel.Emergency },
        { "my grandad's face looks squint on one side since his walk and he's mumbling", TriageLevel.Emergency },
        { "calf swollen and tight since rugby, pain is off the charts and I can't lift my foot up", TriageLevel.Emergency },
        { "gashed my shin on a rusty gate at a muddy race last week, this week my jaw's been getting tight", TriageLevel.Emergency },
        { "writing for my husband, he's 60. He was gardening and said his calf cramped, now he's grey and sweaty with a crushing chest. He says it's just indigestion and won't let me call anyone.", TriageLevel.Emergency },
        { "my dad is 71, after his bowls he went pale and clammy with a heavy chest, he keeps insisting it's only wind and won't let me ring 999", TriageLevel.Emergency },
        // The same alarming words said safely stay self-care.
        { "chest day at the gym, pecs twitching on the sofa afterwards", TriageLevel.SelfCare },
        { "legs went to jelly after the marathon but I'm fine now, calves twitching", TriageLevel.SelfCare },
        { "hot af on my run today, calves cramped at the end", TriageLevel.SelfCare },
        { "knocked out 50 push ups and now my triceps twitch", TriageLevel.SelfCare },
        { "my legs feel dead after the marathon, calves twitching", TriageLevel.SelfCare },
        // "wee's dark yellow" is thirst, not the brown urine of "wee's dark" (stop 29).
        { "6 hour walk in the hills, wee's dark yellow but not brown, calves cramped on the way down", TriageLevel.SelfCare },
        // A faint long past ("when I was a teenager ... never since") is history, not a collapse now.
        { "fainted at a blood test when I was a teenager, never since, and now my calves cramp in the pool", TriageLevel.SelfCare },
        // test11's stories read lower (after its one score), in other words: a sign skipped by another's "..." ("feel
        // confused and sick" had read only the sickness); a heart that "raced like mad"; Irish "me da" and a mouth "gone
        // crooked"; "shivery" (a real word, so no longer a typo of "shivers") is a fever.
        { "did a half in the heat, feel dizzy confused and sick, temp 40.5", TriageLevel.Emergency },
        { "at netball my heart raced like mad out of nowhere and I nearly passed out", TriageLevel.Emergency },
        { "me mam came in from the garden and her mouth has gone crooked, she's 81", TriageLevel.Emergency },
        { "all shivery and 38.9, and the shin I got kicked on at football is red and swollen", TriageLevel.Urgent },
        // A question answered in place with a bare "no" denies it.
        { "Chest pain? No. Short of breath? Nope. Just my quads twitching after squats", TriageLevel.SelfCare },
        // "Gasping" for a drink is thirst, not breathlessness.
        { "gasping thirsty after a 10 mile hike today and my calves keep cramping, wee is dark yellow but not brown", TriageLevel.SelfCare },
        // Stop 30, dev-danger2's and test9's emergencies read lower, in other words: the heart's pain "in left side of
        // jaw" with a cold sweat; an arm that "won't do what I tell it" with the face numb on that side; weeks of slurred
        // speech and dropped cutlery, said to have come on slowly (no sudden onset, still a warning sign).
        { "after my sun salutations this morning there is ache in right side of my jaw and I am in cold sweat", TriageLevel.Emergency },
        { "my right arm won't do what I tell it since spin, and my face feels numb on the right", TriageLevel.Emergency },
        { "my wife's 71, a month of her words coming out slurred and she keeps dropping her cup, it came on slowly", TriageLevel.Emergency },
        // test12's two emergencies read lower (after its one score), in other words: a team-mate down and given CPR; a
        // fluttery heartbeat, then hitting the floor and out for seconds. Their look-alikes stay where they are.
        { "lad on our basketball team suddenly went down after a cramp, isn't breathing and the coach is doing CPR", TriageLevel.Emergency },
        { "funny heartbeat on the bike then I hit the deck, my mate says I was out for a few seconds", TriageLevel.Emergency },
        { "I was out for a run and my calf cramped for 30 seconds", TriageLevel.SelfCare },
        { "the swelling has gone down now and my calf just twitches a bit after football", TriageLevel.SelfCare },
        // Stop 31, dev-danger's compartment stories in other words: pain "way beyond what a cramp should be" with a swollen
        // shin and tingling toes; a cast with swollen, tingling fingers and 10/10 pain. Puffy hands after a long event,
        // without a nerve sign, stay where they were.
        { "shin pain way beyond what a cramp should be after a kick at hockey, it's tight and swollen and my toes are tingling", TriageLevel.Emergency },
        { "wrist in plaster since lunchtime after a fall off my bike, pain 9/10 and the fingers are swollen with pins and needles", TriageLevel.Emergency },
        { "long hike in the sun today, my fingers are a bit puffy and my calves cramped, drank plenty with electrolytes", TriageLevel.SelfCare },
        // Stop 31: "not improving" after cooling measures is heat illness not settling with them (NHS 111: call 999).
        { "bowls all afternoon at 34 degrees, sat in the shade since, thighs cramping, feel sick, not improving", TriageLevel.Emergency },
        { "half an hour under a fan with cold drinks after the tennis, 37 out, still cramping in both legs, threw up, no better", TriageLevel.Emergency },
        // test13's emergencies that read lower (after its one score), in other words: a chest "like someone's sitting on
        // it" or a tightness "right across" it; a story about him that goes on "Now he's ..."; white, ice-cold fingers
        // that will not bend; dark brown pee said as "peed and it's dark brown" with arms that cannot lift a kettle.
        { "my brother was cycling and got a cramp in his arm, his chest feels like someone's sitting on it and he's sweaty", TriageLevel.Emergency },
        { "My dad is 70. He came in from the allotment with a sore neck. Now he's grey and clammy with a tightness right across his chest, but I'm fine", TriageLevel.Emergency },
        { "after the climbing wall my right hand cramped, now the fingers are white and ice cold and I can't bend them", TriageLevel.Emergency },
        { "first ever 500 rep workout this morning, both arms are swollen, can't lift the kettle and I just peed and it's dark brown", TriageLevel.Emergency },
        { "my fingers go white in the cold on winter runs and my calves twitch after", TriageLevel.SelfCare },
        // Stop 32, found while testing the heart story's places: a chest that "feels crushed" or is "in a vice" is chest
        // pain, however many words come between; a session "crushed" or a scrum's crush is not.
        { "thought it was a cramp in my left arm from the rowing but now my chest feels crushed", TriageLevel.Emergency },
        { "my chest is like it's in a vice after the hill session and my left arm cramps", TriageLevel.Emergency },
        { "did chest day, absolutely crushed it, calves twitching a bit after", TriageLevel.SelfCare },
        { "feels like a belt round my chest since football, left calf cramped", TriageLevel.Emergency },
        { "my chest feels like it's about to explode, legs cramping after the race", TriageLevel.Emergency },
        { "heart rate strap round my chest kept slipping, calves cramped near the end", TriageLevel.SelfCare },
        // Stop 32, from a development set of 200 danger stories written as frightened or casual people type them (devD4,
        // kept outside the repo; 38 emergencies read lower at first), in other words: jelly legs and a bowel accident, a
        // chest "paining" or "pressing down", Scots speech and a drooping mouth, a fit with froth and a person hard to wake,
        // a cramp that "moved into his chest", "acting drunk" with bone-dry skin, a fit remembered by others, a cracked
        // helmet and no memory of the crash, a tearing pain through the chest, thick speech and a dragging leg, a son who
        // "says he just got a cramp" after collapsing (he, then "just", is still him), a clenched jaw after a rusty nail,
        // a climber's forearm tight and shiny, only a few words at a time.
        { "my partner hurt his back at the gym and now both his legs feel like jelly and he had an accident with his bowels", TriageLevel.Emergency },
        { "after five a side my chest is paining me like something is pressing it down and my left hand feels heavy", TriageLevel.Emergency },
        { "my nan was doing her chair exercises and now she cannae get her words oot and her mouth droops on one side", TriageLevel.Emergency },
        { "my brother ran in the heat, then his whole body was jerking like fits and now he is very hard to wake", TriageLevel.Emergency },
        { "my client says his post-workout cramp has moved into his chest and he's grey and sweaty", TriageLevel.Emergency },
        { "my mate finished the marathon and is acting drunk, his skin is hot and bone dry", TriageLevel.Emergency },
        { "my flatmate is diabetic, went to spin, now I can't properly wake her and her legs are twitching", TriageLevel.Emergency },
        { "I woke up on the floor at the gym with my tongue bitten, people said I had a twitching fit", TriageLevel.Emergency },
        { "came off my bike, helmet's cracked and I don't remember the crash, calves cramping", TriageLevel.Emergency },
        { "mid bench press a tearing pain right through my chest into my back, calf cramped too", TriageLevel.Emergency },
        { "his speech is a bit thick and his right leg is draggin behind him after the hedge cutting", TriageLevel.Emergency },
        { "bruv my chest feels proper tight and I cant catch my breath after sprints", TriageLevel.Emergency },
        { "took ibuprofen after hiit and now my tongue is swollen and my calves cramp", TriageLevel.Emergency },
        { "my son says he just got a cramp but he collapsed at the end of his race. do i need to take him in?", TriageLevel.Emergency },
        { "my grandad stood on a rusty nail and now his jaw's clenched and his neck keeps spasming", TriageLevel.Emergency },
        { "my forearm pumped up climbing and hasn't gone down, skin's tight and shiny, fingers tingly, pain 8", TriageLevel.Emergency },
        { "asthmatic, cold run, I can only get a few words out and my calves cramp", TriageLevel.Emergency },
        { "my helmet strap rubbed and my calves twitched on the ride, all fine now", TriageLevel.SelfCare },
        { "my tongue felt dry after the run and my calf cramped once", TriageLevel.SelfCare },
        // More from devD4, in other words: a thigh or calf "massive and tense", legs that cannot climb the stairs, a
        // canyon crossing as a long event for water, speech "all wrong" with an arm "heavy and dead", feet that curl in
        // with tingling round the lips on dialysis (low calcium); a knee that will not straighten after a tackle is not that.
        { "took a boot to the calf at football, 4 hours on it is massive and tense, pain 9 and getting worse, toes tingling", TriageLevel.Emergency },
        { "legs after the gym r dead, cant climb the stairs, and my pee is like cola", TriageLevel.Emergency },
        { "hiked rim to rim in the heat, chugged water all day, easily 10 litres, now I'm puking and my legs are twitching", TriageLevel.Emergency },
        { "after swimming my words came out all wrong for 5 minutes, like my mouth was full of marbles, and my right arm felt heavy and dead", TriageLevel.Emergency },
        { "on dialysis, my toes curl in and won't straighten and it's tingly round my lips after my walk", TriageLevel.Emergency },
        { "my knee won't straighten after the tackle and my calf cramped", TriageLevel.SelfCare },
        // devD4's harmless stories read too high, in other words: gym "swole" is no swelling; breathless on the hills "as
        // always" is asked (breathless_on_exertion), not read as an emergency's breathing difficulty.
        { "so swole after push day, veins popping, not actually swollen, biceps twitching", TriageLevel.SelfCare },
        { "out of breath on the hills like always, I'm unfit, calves twitch at night", TriageLevel.SelfCare },
        // test14's emergencies that read lower (after its one score), in other words: "not a pain exactly, more a squeezing"
        // says the squeezing (what follows "more a" is not denied); a throat that "started closing up"; a knee to the neck.
        { "it's not pain as such, more of a tightness across my chest, came on cycling up the hill, arm aches too", TriageLevel.Emergency },
        { "halfway round my run my throat started closing up, calves twitching", TriageLevel.Emergency },
        { "took a knee to the neck at rugby, both hands tingling and weak now", TriageLevel.Emergency },
        { "no pain, more of a flicker in my calf after the run", TriageLevel.SelfCare },
        // ... and a swollen warm calf with new breathlessness "puffed out going up" a flight (a clot that may have moved).
        { "my right calf has been swollen and warm since Sunday and now I'm puffed out going up a flight of stairs", TriageLevel.Emergency },
        // Stop 34 (part_signs): a warning sign told by the part and what it does, in words no phrase list holds; denials,
        // another phrase's words and the Scots "wee" raise nothing.
        { "swam my lengths then sat in the car, there's a weight pressing down on the middle of my breastbone", TriageLevel.Emergency },
        { "after bowls I cannae get ma breath back walking to the house", TriageLevel.Emergency },
        { "tried to pick up my mug after the run and my right hand would not close round it, can't grip it at all", TriageLevel.Emergency },
        // Speech alone is urgent until its suddenness is known (the stroke rule then asks it).
        { "my dad's words keep coming out in the wrong order since his walk", TriageLevel.Urgent },
        { "since the cricket the right corner of his mouth is hanging down", TriageLevel.Emergency },
        { "after the race the top half of my vision suddenly went on the left", TriageLevel.Emergency },
        { "hamstrings wrecked from the squats and my pee has come out like builder's tea", TriageLevel.Urgent },
        { "back went at the gym and when I wipe I can't feel anything", TriageLevel.Emergency },
        // A part with its "'s", a thunderclap told by what it was like, a child's breathing, a collapse told by where they woke.
        { "squats all morning and ma wee's gone the colour of bovril", TriageLevel.Urgent },
        { "top of the climb the headache hit me like a bat to the back of the head, worst I've had", TriageLevel.Emergency },
        { "my boy got a foot cramp at swimming and now he's sucking in under his ribs", TriageLevel.Emergency },
        { "calf cramped on the bike, next thing I was on the floor of the spin studio", TriageLevel.Emergency },
        // dev-danger7's kinds (in-sample): a man clutching his chest, a curtain over one eye, pain on breathing in after a
        // long flight, a child who can't be woken, a tongue puffing up after a sting, a runner out cold then round.
        { "my dad came in from the bowls clutching his chest and says his arms are cramping", TriageLevel.Emergency },
        { "after my walk a black curtain suddenly came down over my left eye", TriageLevel.Emergency },
        { "long flight home on Sunday, calf cramping since, and a stabbing pain when I breathe in", TriageLevel.Emergency },
        { "my daughter ran the 800 in the heat, legs cramped, and now we cannot wake her properly", TriageLevel.Emergency },
        { "stung at football and now his tongue is puffing up", TriageLevel.Emergency },
        // Typed for someone, though the writer speaks of themselves after: the story is still theirs.
        { "Typing this for my grandad (79). Back from his bowls, arms 'cramping' up under his chin, clammy and grey. He won't let me ring anyone.", TriageLevel.Emergency },
        // Look-alikes.
        { "it was hot but dry on the ride, calves cramped near the end", TriageLevel.SelfCare },
        { "eyelid twitch in my left eye after a late night, gone now", TriageLevel.SelfCare },
        { "massive cramp in my calf on the climb, 8 outta 10 for a minute then gone", TriageLevel.SelfCare },
        { "my right foot has started slapping down when I run, 3 weeks now, shin twitches", TriageLevel.Doctor },
        { "calves cramped on the run, no pain in my chest at all", TriageLevel.SelfCare },
        { "wee cramp in ma calf, skin a wee bit red fae the sun", TriageLevel.SelfCare },
        { "on blood pressure tablets, calves twitch after my walk, pee dark yellow, not brown", TriageLevel.SelfCare },
        { "forearms pumped after climbing, grip's tired but fine", TriageLevel.SelfCare },
        // Stop 35, by kind from a safety half: a side's arm gone weak, a carer's "the cramps", urine a bit brown, a fit.
        { "did my stretches this morning and since then my left arm's gone weak, cannae lift the teapot", TriageLevel.Emergency },
        { "My son came in from rugby and his pee is dark brown and his thighs are agony. What do I give him for the cramps?", TriageLevel.Emergency },
        { "three days after a bootcamp my shoulders are swollen and stiff and my wees are a bit brown", TriageLevel.Emergency },
        { "My dad went stiff and jerking on the grass after his jog, he's drowsy now", TriageLevel.Emergency },
        { "my wife fell over at parkrun and now she's not making much sense", TriageLevel.Emergency },
        { "after the long flight my left calf aches and looks a bit bigger than the right, and I'm out of breath going up the stairs", TriageLevel.Emergency },
        { "sore lower back after deadlifts and I can't really feel the toilet paper when I wipe", TriageLevel.Emergency },
        { "after my walk it was like a black curtain came down over my left eye for a minute, fine now", TriageLevel.Emergency },
        // Dialect words read as the standard word the lexicon is written in ("ma", "intae", "doon", "airm", "cannae").
        { "Went roon the park the day. Noo ma chest's sair an the pain's gaun doon ma left airm, an ah'm sweatin cauld", TriageLevel.Emergency },
        { "Hurt ma back liftin at the gym, noo ah cannae feel ma backside when ah wipe", TriageLevel.Emergency },
        { "Mi legs cramp after di netball an mi cyaan stretch dem out, but nothing else, feel fine", TriageLevel.SelfCare },
        // "me" or "mi" before a body part is "my" (Irish, Northern English, Jamaican).
        { "after the hurling there's a pain going down me left arm and into me jaw, and I'm sweating though I've stopped", TriageLevel.Emergency },
        { "after the match me face feels numb on the rite side and me rite arm is weak", TriageLevel.Emergency },
        // Two regions of one side: a part with its "'s", and a "no right" that is how the hand is, not its side.
        { "since lunch ma left leg's draggin an ma left hand's no right, cannae do ma buttons", TriageLevel.Emergency },
        { "Mam's 70, her back went at the bowls and now she can't tell when she needs a wee and both her legs keep giving way", TriageLevel.Emergency },
        { "cramp in my calf on the walk and now that foot is white as a sheet and cold", TriageLevel.Emergency },
        { "long flight home, right calf puffier than the left, and I get puffed out going up the stairs", TriageLevel.Emergency },
        { "calf twitching after squash, speech normal, face normal, arms strong", TriageLevel.SelfCare },
        { "calf cramped in the night, the muscle was rock hard for a minute then let go, not swollen", TriageLevel.SelfCare },
        // "tense like a drum" is the muscle, so its 9/10 is pain, not stress (compartment syndrome).
        { "after the climbing wall my right forearm is tense like a drum and swollen, fingers numb, 9/10 when I move them", TriageLevel.Emergency },
        // Stop 36: dropped g's put back ("sweatin", "talkin", "achin"), a part with its "'s" in the heart's pattern, a
        // carer's "X's 19" naming them, clumsiness of one hand after racket sport (no arm-work fatigue), a fever said as
        // "he's 39.8", colour hedged only in degree, and a rash placed "on his legs" making the story his.
        { "my pal's 19, came in from rugby sweatin an shakin, he's type 1 on insulin and he's talkin rubbish", TriageLevel.Emergency },
        { "my mam's jaw's been achin since her walk, she's gone grey and feels sick", TriageLevel.Emergency },
        { "after badminton my right hand went all clumsy and I couldn't do my laces", TriageLevel.Emergency },
        { "Our Jack is 6, ran about at the party and now he's 39.8, his skin's gone blotchy and he won't walk", TriageLevel.Emergency },
        { "since the spin class my pee's gone a kind of cola brown and my thighs are swollen and agony", TriageLevel.Emergency },
        { "my flatmate came back from hockey with a fever, hard to wake, and spots on his legs that don't fade under a glass", TriageLevel.Emergency },
        { "grandad's 80, did his walk, now his chest is tight and he's perspiring too much", TriageLevel.Emergency },
        { "after the 10k I was breathing hard, calves cramped, fine now", TriageLevel.SelfCare },
        { "calf cramp after the parkrun, my kid's 39 minutes was a pb", TriageLevel.SelfCare },
        // Stop 37: "a sort of" / "one kind of" names the feeling, it does not doubt it; one leg that drags or will not obey,
        // its side named, is FAST's leg; "the" in a phrase written with "my".
        { "after spin class tonight I've had a sort of pressure behind my breastbone on and off, 55F", TriageLevel.Emergency },
        { "I am 61, doing my evening trekking when I felt one kind of heaviness for my chest. Please is it muscle pull?", TriageLevel.Emergency },
        { "im 64 was at line dancing tonight and my left leg was dragging on the way home, maybe just tired?", TriageLevel.Emergency },
        { "I'm 81, out on my walk my left leg just went from under me, it wouldn't do what I told it", TriageLevel.Emergency },
        { "legs heavy and dragging after the marathon, calves cramped at mile 22", TriageLevel.SelfCare },
        { "I am 62 years. I did my jogging today and one hour ago my left side of body became weak", TriageLevel.Emergency },
        { "right hand all of a sudden went useless after putting up shelves, I'm sixty-eight", TriageLevel.Emergency },
        { "At the summit I suddenly lost the right half of what I was seeing in both eyes. 51, fit.", TriageLevel.Emergency },
        { "lifting the trailer ramp something went in my back, both legs gone weak and no feeling round my back passage", TriageLevel.Emergency },
        { "Teammate, 19, dropped to the floor mid sprint at basketball, came round after 30 seconds", TriageLevel.Emergency },
        { "C-section 3 weeks ago, right calf swollen and red, and I'm more puffed than I should pushing the pram up the hill", TriageLevel.Emergency },
        { "after my tennis match i couldnt find the right words, lasted maybe 15 mins and now im fine. 59m", TriageLevel.Urgent },
        { "ankle in a cast for 5 weeks, off last week. Now the calf on that leg is swollen and tight, pain 6/10, and red", TriageLevel.Urgent },
        { "long drive yesterday (6 hours), now my left calf is cramping and looks bigger than the right one. 50M", TriageLevel.Urgent },
        // "came off my bike" is a fall, not a medicine stopped.
        { "came off my bike on the gravel, grazed knee, calf cramped on the ride home", TriageLevel.SelfCare },
        // Stop 41: purple blotches with a fever are sepsis's skin; blotchy alone is the flush of a hard effort.
        { "I'm 68, cut my knee on a gate on Sunday. Today I'm shivering and the skin on my legs looks blotchy and purplish. 38.9.", TriageLevel.Emergency },
        { "10k in the sun, calves cramped at the end, my face went all blotchy", TriageLevel.SelfCare },
        { "I run the marathon yesterday, it was hot. Today my legs have cramps, pain 8/10, my xixi is dark brown, also I feel weak.", TriageLevel.Emergency },
        { "After running today I sit on bench and my wife say I lose conscious and my arms and legs shake for one minute.", TriageLevel.Emergency },
        // An arm and a leg of one side that feel heavy are that side gone weak; heavy legs after a session are not.
        { "Pls I'm 45, after football my right leg and arm started feeling heavy like sand bag and my wife said I am talking like drunk man", TriageLevel.Emergency },
        { "both legs heavy like lead after the marathon, calves cramped at mile 20", TriageLevel.SelfCare },
        // Jamaican "mout" (mouth), "pon" (on), "seh" (says): what his wife says of "mi mout" is the writer's.
        { "Mi face feel numb pon di right side an mi wife seh mi mout twist. Mi 66.", TriageLevel.Emergency },
        // Stop 43, from test-danger11's emergencies read lower: cauda equina told at the toilet, a blow to the neck, a fit
        // told by what was found after it, a clot's breathlessness on a short walk, low sodium's headache in an ultra, the
        // heart's jaw pain with "sick in the stomach", and a chest "cramp" said in Scots.
        { "back flared up after squats on Tuesday, pain going down my right leg. today I struggled to start peeing", TriageLevel.Emergency },
        { "deadlifts yesterday, now a weird numb patch around my bum and bits", TriageLevel.Emergency },
        { "my daughter (13) got a hockey stick to the side of the neck at training, now both her arms are tingling and her hands feel weak", TriageLevel.Emergency },
        // Pins and needles in both arms after a blow to the neck is a possible spinal injury (NICE NG232), not a bruise.
        { "took a cricket ball to the head at nets, now pins and needles in both arms", TriageLevel.Emergency },
        { "after swimming tonight I woke up on the floor with a bitten tongue and aching everywhere", TriageLevel.Emergency },
        { "Drove 11 hrs then did parkrun. Left calf's swollen and hot, and I'm huffing and puffing just walking to the letterbox", TriageLevel.Emergency },
        { "Crewing for my brother at an ultra. He's been smashing plain water all day. Says his head's absolutely killing him", TriageLevel.Emergency },
        { "driving home from hurling I got an awful ache in my jaw like a cramp, now it's in me left shoulder. Feel sick in the stomach like. Turned 47 in March.", TriageLevel.Emergency },
        { "wis oot on the hill this mornin, got a tight cramp right across ma chest, had tae stop", TriageLevel.Emergency },
        // Walking that veers to one side with that side's hand numb: balance lost as in a stroke at the back of the brain.
        { "did a spin class at lunch. now the room is spinning, I keep veering to the left when i walk and my left hand is numb", TriageLevel.Emergency },
        // "been smashing water" since a race is drinking well after it, not overload in it; "head's banging" is asked.
        { "did a 10k yesterday, calves crampy, I've been smashing water since and my head's banging", TriageLevel.SelfCare },
        // Stop 44, from test-danger12's silent emergencies: a knock to the neck with tingling limbs, a clot told by a
        // mother who "can see" the calf, a hand that felt like someone else's, a mate who went down at the finish red hot and
        // babbling, a hand that stopped gripping, breathlessness walking to the car, and the heart's arm in Scots.
        { "U16 match, our winger took a knock to the neck in a ruck, now says his arms and legs are all tingly", TriageLevel.Emergency },
        { "My son is 17 and on long car journeys a lot. His calf has ached since Friday and now he suddenly can't catch his breath. Not swollen that I can see.", TriageLevel.Emergency },
        { "half way up the climb my left hand went strange, like it wasn't my hand, for five minutes. fine now. 61", TriageLevel.Emergency },
        { "My brother went down at the finish of the half, it was boiling. Now he's red hot to touch and babbling rubbish", TriageLevel.Emergency },
        { "at the bowls club this morning my right hand stopped gripping the wood, and the right side of my face feels odd", TriageLevel.Emergency },
        { "On the pill. Left calf tight and puffy and hot since Sunday, and I'm puffed out walking to the car", TriageLevel.Emergency },
        { "got a cramp in ma left oxter goin doon the arm, noo am drippin wi sweat an no even warm. am 58.", TriageLevel.Emergency },
        // Flagged in test-danger12: tetanus's jaw and neck that "lock up" a week after a rusty cut; an arm "numb and clumsy".
        { "Dad's 81, stood on a rusty nail in the allotment last week. Now his neck and jaw lock up and his back goes into spasms", TriageLevel.Emergency },
        { "my sister (41) was at spin, suddenly the room is spinning, she's been sick and her right arm feels numb and clumsy", TriageLevel.Emergency },
        // Decision 24: a left arm that aches goes by the heart pattern (with a faint it is the heart, in the bicep just
        // trained it is the muscle); a heart that pounded in the effort and settled once stopped is the effort, one that
        // skips is not; "no chest, arm or jaw pain" denies all three.
        { "on the run my left arm ached and I felt faint and clammy, had to sit down", TriageLevel.Emergency },
        { "Left arm aching after bicep curls, only in the bicep I trained. No chest pain.", TriageLevel.SelfCare },
        { "Heart was pounding on the hill reps but it settled as soon as I stopped. Calves twitchy now.", TriageLevel.SelfCare },
        { "heart racing and skipping beats after my run, settled after 10 mins, calves a bit twitchy", TriageLevel.Doctor },
        { "I'm 34, calves twitch after cycling. No chest, arm or jaw pain, not clammy.", TriageLevel.SelfCare },
        // A trapped nerve is the writer's guess, not a pain told; arms and legs like jelly after circuits are the effort.
        { "calves twitchy after my rides, and a trapped nerve in my neck from the handlebars I reckon", TriageLevel.SelfCare },
        { "arms and legs like jelly after the circuits class, quads twitching", TriageLevel.SelfCare },
        // Stop 45, from test-danger13's silent emergencies: pain on breathing in after a knee to the ribs, legs that went
        // weak with no water passed, blood coughed up after a knee operation, a feverish boy "very weak and sleepy" who
        // cannot walk, a tackle taken head first, a head cracked on the ice while on a blood thinner, a chest that
        // fluttered with a near faint.
        { "17 and took a knee to the ribs at footy this arvo. it hurts heaps to breathe in and I'm puffing even sitting on the couch", TriageLevel.Emergency },
        { "Dad is 69 with prostate cancer, back pain worse for weeks, today his legs went weak on his walk and now he can't pass water at all", TriageLevel.Emergency },
        { "Mum had a knee replacement 4 weeks ago, her calf is red and swollen, and this afternoon she coughed and there was blood in it", TriageLevel.Emergency },
        { "My son 9 years has fever and thigh pain since 2 days, now he cannot walk at all, he is very weak and sleepy", TriageLevel.Emergency },
        { "Player went into a tackle head first, got up after a minute but says both his arms are tingling. Neck sore.", TriageLevel.Emergency },
        { "slipped on the ice on my morning walk and cracked my head on the pavement. 67, on apixaban. Bit of a headache", TriageLevel.Emergency },
        { "21F, at training tonight my chest started fluttering and I felt like I'd faint, sat out and it settled", TriageLevel.Emergency },
        // Then its flagged ones: a collapse told as "everything went black and I was on the floor", a heart that "went crazy
        // fast" with a near faint, angina felt in the throat and jaw, a hand gone numb with "that side of" the face, a
        // temperature said as "her temperature's been 39.4" beside a rash that does not fade.
        { "im 16 and at netball today my heart went super fast and i went dizzy and then everything went black and i was on the floor", TriageLevel.Emergency },
        { "19M, during a 400m rep tonight my heart suddenly went crazy fast, watch said 220, I went grey and nearly passed out", TriageLevel.Emergency },
        { "every time I run uphill I get a tight ache in my throat and jaw that goes when I walk. Today it didn't go and I'm clammy", TriageLevel.Emergency },
        { "71, since lunchtime my hand's gone numb and useless, cannae do ma buttons, and that side of ma face feels funny", TriageLevel.Emergency },
        { "My daughter is 17. Since yesterday her temperature's been 39.4 and there are purple spots on her tummy that don't fade under a glass", TriageLevel.Emergency },
        // Breathlessness told as a breath that cannot be taken in full, or as a throat that will not swallow or breathe.
        { "One of my U17 lads got a cramp in his chest during sprints, says it's sharp on the right and he can't take a full breath in", TriageLevel.Emergency },
        { "stung by a wasp on my run, now my tongue feels thick and I'm struggling to swallow and breathe", TriageLevel.Emergency },
        // Flagged in-sample: a part "on the same side" as one named with its side; a face "weird on 1 side" with slurred
        // words; a chest "pure sair" up into the neck; a shin swollen tight that "hurts worse than anything" with a
        // floppy foot; a heart "beating super fast" with a near blackout.
        { "my left leg has gone weak, and my arm on the same side feels heavy", TriageLevel.Emergency },
        { "calf cramped after my run, then my hand went numb and that side of my face feels odd", TriageLevel.Emergency },
        { "ran in 32 degrees, now I'm not sweating and feel weird", TriageLevel.Emergency },
        { "my son stopped sweating and is confused after the match", TriageLevel.Emergency },
        { "my m8 is slurrin his words n his face looks weird on 1 side, we were at the skatepark all afternoon", TriageLevel.Emergency },
        { "My pal's 62, we were oot on the bikes, he's went a funny grey colour, says his chest is pure sair and it's went up intae his neck", TriageLevel.Emergency },
        { "did my usual run this evenin, now my right shin's swole up tight as a drum, hurts worse than anything, and my foot's gone tingly and floppy", TriageLevel.Emergency },
        { "im 16 and during cross country my heart started beating super fast like 200 and i went dizzy and nearly blacked out", TriageLevel.Emergency },
        // A muscle's "seizure" is its twitch (it had read a fit, an emergency).
        { "my hamstring had a full on seizure lol it was jumping like a fish for a minute after sprints. im fine, 19", TriageLevel.SelfCare },
        // Angina is heart disease, not chest pain now; a heart "hammering irregularly" and "like I might faint" are the signs.
        { "I am 67, I have angina, and I play tennis. Calf cramp on court today, then my heart started hammering irregularly and I feel light headed like I might faint", TriageLevel.Emergency },
        // Stop 46, from test-danger14's silent and flagged emergencies: a guard who fell in the sun and "is not answering
        // well"; a neck bent back in a scrum with weak legs; Jamaican "faint" and "come round"; a shoveller "sweating
        // buckets but it's freezing"; a leg that "feels like it's not his" and is dragged, with slurred talk; blood
        // coughed up; a pee "the colour o' flat stout"; a cut on the forehead after everything went black; a leg gone
        // "cold and blotchy"; knees "blotchy and kinda blue" with a fever; a feverish boy "very sleepy" who "is not walking".
        { "Our groundsman was mowing in the midday sun, he fell down and is not answering well", TriageLevel.Emergency },
        { "My lad (17) got his neck bent back in a ruck, now says his legs feel weak", TriageLevel.Emergency },
        { "Mi auntie faint afta she dance at di party. She come round but she still dizzy", TriageLevel.Emergency },
        { "my husband (61) was digging the allotment, both arms feel heavy and achy, sweating buckets but it's freezing out", TriageLevel.Emergency },
        { "my mate came off the pitch dragging his leg, says it feels like it's not his, and his words are slurred", TriageLevel.Emergency },
        { "calf swollen for 3 days after the long flight and the marathon, now I'm coughing and there's blood in it", TriageLevel.Emergency },
        { "ma legs are that swollen efter the 100 mile sportive and ma pee's the colour o' stout", TriageLevel.Emergency },
        { "everything went black and I fell during my swim warm-down, got a cut on my forehead", TriageLevel.Emergency },
        { "Grandad (80) on his walk, his left leg went cold and blotchy and he can't move it", TriageLevel.Emergency },
        { "sore legs after spin then chills, temp 39.6, my shins are blotchy and a bit blue", TriageLevel.Emergency },
        { "My daughter 7 years had a swimming gala, now fever 39.8, legs hurt so much she is not walking, and she is very sleepy", TriageLevel.Emergency },
        { "My younger brother 14 stood on a rusty nail at football last week, now he can't open his mouth properly", TriageLevel.Emergency },
        { "i think i had like a fit at the park, my body was shaking and i fell, now my legs ache", TriageLevel.Emergency },
        // Little urine, and that little "a tiny bit of dark brown", is the dark urine of muscle breakdown.
        { "first CrossFit class on Monday, since then I've hardly peed, a tiny bit of dark brown today, thighs puffed up and weak", TriageLevel.Emergency },
        // Stop 46, from dev-danger10 (written and read this stop): a tearing pain through chest and back; a march in the heat
        // ending "staring at nothing" with the "sweat's dried right up"; a chest "like I ate my dinner too fast" with both
        // arms cramping; a chest "like someone was sitting on it"; a fall "with his eyes rolling"; "came to in like 10
        // seconds"; talking "like he'd had ten pints" with an arm "just hanging"; a "voice all slurred" with a leg that
        // "isn't working proper"; a jaw "that locks" after a dirty wound; a leak and a bum that "couldn't really feel"
        // the paper; toes gone "pins and needly" in a shin tight as a drum; legs "huge" with dark brown pee.
        { "My grandad was shovelling gravel and said something tore in his chest and back, sudden, he's grey and sweaty", TriageLevel.Emergency },
        { "on a route march in the heat, my mate is staring at nothing and his sweat's dried right up", TriageLevel.Emergency },
        { "Mum's 79, after her swim both arms cramped and her chest feels like she ate her dinner too fast, bit sweaty", TriageLevel.Emergency },
        { "hill reps tonight, left arm went crampy and my chest felt like someone was sitting on it, 58", TriageLevel.Emergency },
        { "My cousin was playing volleyball in the heat and fell down with his eyes rolling, he woke after a few seconds", TriageLevel.Emergency },
        { "greyed out at hockey and came to in like 10 seconds, calves were cramping before", TriageLevel.Emergency },
        { "our goalie was talking like he'd had ten pints after the match and his right arm was just hanging", TriageLevel.Emergency },
        { "My next door neighbour is 80, after gardening his voice is all slurred and his left leg isn't working properly", TriageLevel.Emergency },
        { "cut my hand on a rusty fence at the obstacle race a week ago, now my neck and jaw that lock for minutes", TriageLevel.Emergency },
        { "back spasm after deadlifts, now when I wiped I couldn't really feel it and had a bit of a leak", TriageLevel.Emergency },
        { "kicked in the shin at rugby, now my shin is tight as a drum and swollen, pain 9 out of 10 and my toes have gone pins and needly", TriageLevel.Emergency },
        { "200 squats at the bootcamp 2 days ago, now my legs are huge and my pee is dark brown", TriageLevel.Emergency },
        // Stop 46, from dev-danger11 (written and read this stop): half the world not seen; a curtain over one eye; "one side
        // wasn't working" with words that "came out like he was drunk"; a face "or" an arm that cannot be felt on one side;
        // tea dribbled "out of one side of her mouth"; a mouth that "went to one side"; "gotten a bit loopy" in the heat; a
        // child "hot and floppy"; pee that "does come out" dark brown; a shin "so tight it's shiny"; a foot "fizzy"; blood
        // "brought up"; no wee all day "even though" drinking; a jaw "clenched" after a dirty graze; "sweating, shaking" on
        // insulin with no "proper answer" to be had from him.
        { "58, after the long hike in the hills, suddenly I could not see the left half of everything", TriageLevel.Emergency },
        { "after the spin class the vision in my right eye went dark like a curtain coming down, back now", TriageLevel.Emergency },
        { "grandad said his leg cramped on the bike, then his left side just wasn't working and his words came out like he was drunk", TriageLevel.Emergency },
        { "my workmate had a cramp lifting boxes, then said he can't feel the right side of his face or his arm", TriageLevel.Emergency },
        { "One of our residents, 88, had a hand cramp after chair yoga and is dribbling her tea out of one side of her mouth", TriageLevel.Emergency },
        { "My mother 71 yrs after her walk, while talking her mouth went to one side and she could not hold the glass", TriageLevel.Emergency },
        { "My son is 11, at football camp in 35 degrees, coach says he has cramps and has gotten a bit loopy and keeps throwing up", TriageLevel.Emergency },
        { "My daughter is 4, ran around at the party and now she's really hot and floppy with purple dots on her legs", TriageLevel.Emergency },
        { "ultra on Saturday, barely peeing since, and what does come out is dark brown, legs swollen", TriageLevel.Emergency },
        { "took a stud to the shin at soccer, 2 hours later it's so tight it's shiny, pain 10/10, and my foot is going numb", TriageLevel.Emergency },
        { "cramp in the front of my shin since the dance comp, now swollen and tight, 8/10 even sitting, and my foot feels 'fizzy'", TriageLevel.Emergency },
        { "calf swollen and warm for 4 days since netball, tonight I brought up a bit of blood when coughing", TriageLevel.Emergency },
        { "My son hurt his back in a tackle, he hasn't had a wee since this morning even though he's been drinking loads", TriageLevel.Emergency },
        { "grazed my knee on a muddy trail run a week ago, now my jaw feels clenched and it's hard to open wide", TriageLevel.Emergency },
        { "My workmate is on insulin, after shifting bricks he's sweating, shaking, and I can't get a proper answer out of him", TriageLevel.Emergency },
        // "Heartburn" is a chest told unsurely: with both arms heavy and achy it is the heart's pattern, and both are taken.
        { "my husband (52) did a spin class, now both arms feel heavy and achy and he's got heartburn, keeps burping", TriageLevel.Emergency },
        // Hives, a sting or an EpiPen beside a throat or breath in trouble is anaphylaxis (stop 46).
        { "ate a cereal bar before bootcamp, I carry an EpiPen for nuts, now itchy palms and it's hard to swallow", TriageLevel.Emergency },
        // Stop 47, from test-danger15 (read this stop) and dev-danger12: legs weak or numb without "both" beside a knock to
        // the head or a back injury are both legs (the spine); a place of a friend's is not the friend; a seizure "stiff and
        // jerky" or "a wee fit"; "can't pull my foot up" in a tense swollen shin.
        { "dove into the shallow end at my friend's pool and hit my head on the bottom, now my neck is stiff and my legs feel weak", TriageLevel.Emergency },
        { "Mi husband 57 fall off di step at him aerobics class and lick him head pon di bench. Now both him leg dem numb and weak", TriageLevel.Emergency },
        { "My daughter (15) swam tonight, in the car she went stiff and jerky for about a minute and didn't respond to me", TriageLevel.Emergency },
        { "Type 1 diabetic, did a 2 hour ride, wife says I had a wee fit on the kitchen floor half an hour ago", TriageLevel.Emergency },
        { "Wiped out on my bike, now the front of my shin is super tense and swollen, pain 9, I can't pull my foot up", TriageLevel.Emergency },
        { "Did the Ironman yesterday, drank plain water at every aid station, today I kept getting lost in the hotel corridor and my face is puffy", TriageLevel.Emergency },
        // A diabetic who tried to pick up his tea "and couldn't work out how" is confused (dev-danger11 L97, left in stop 46;
        // the rower the writer "couldn't work out how" to use stays a rower, below).
        { "Workmate (45) is diabetic on insulin, gone grey and shaking, he tried to pick up his tea and couldn't work out how", TriageLevel.Emergency },
        // The glass test told "press with glass", no article (test-danger15 L75).
        { "My roommate played football, now he has fever 103F, he vomited, and there are red-purple dots on his legs not fading when I press with glass", TriageLevel.Emergency },
        // ... while legs "like jelly" or weak after a hard session, with nothing of the spine, stay the effort.
        { "legs like jelly after my first spin class, quads twitching, walking fine", TriageLevel.SelfCare },
        { "deadlifts today, legs like jelly and my lower back is sore, hamstrings twitching", TriageLevel.SelfCare },
        // Weak legs are weakness (a doctor's question, as before this stop), not the spine's emergency beside a stiff back.
        { "after leg day my legs feel weak and my back is a bit stiff from the squats, calves twitch", TriageLevel.Doctor },
        // Stop 48, from test-danger16 (read this stop) and dev-danger13: a player who "fell down and was not answering" or
        // "just crumpled"; a tackle taken head down with both arms tingling; a father "my daddy"; legs weaker by the day after
        // a stomach bug; words that "come out weird"; a foot "flopping" with the words hard to find; "hard to stay awake"
        // after a ball to the head; a heart that "skipped and thumped" before everything went fuzzy; an Irish "yer man".
        { "At five-a-side in the heat one of the lads said his calves were cramping, then he fell down and was not answering for a minute", TriageLevel.Emergency },
        { "my brother went down at the end of the half marathon, just crumpled, says it was cramp, he's 50", TriageLevel.Emergency },
        { "My lad (16) went in head first at rugby and now both his arms are tingly, he's lying still", TriageLevel.Emergency },
        { "my daddy is 70, after his walk his jaw is aching and he is sweating even while sitting down", TriageLevel.Emergency },
        { "had a tummy bug last week, since Tuesday my legs are getting weaker every day and walking is getting harder, thought it was the gym", TriageLevel.Emergency },
        { "after my swim my talking is coming out weird and my right arm is heavy and weak", TriageLevel.Emergency },
        { "Gran (80) was gardening in the sun, now she's struggling to find words and her right foot is flopping when she walks", TriageLevel.Emergency },
        { "got hit on the head by a cricket ball at nets, now my calf twitches and it's really hard to stay awake", TriageLevel.Emergency },
        { "on the last set my heart skipped and thumped and everything went fuzzy so I sat on the floor, 30M", TriageLevel.Emergency },
        { "Yer man from the club, 68, says he has a cramp in his chest after the cycle, he's sitting on the bench holding it", TriageLevel.Emergency },
        // With one side named, "the side of" a part of another region is that side (test-danger8 L22); a hand that "became
        // weak" is FAST's arm (dev-danger10 L41). A cramp with "the side of my foot" sore is one place, no stroke.
        { "after squash my left hand went weak for ten minutes and the side of my face was numb", TriageLevel.Emergency },
        { "at yoga this morning my right hand became weak, the pen keeps falling from my fingers", TriageLevel.Emergency },
        { "my left calf cramped on the run and the side of my foot is a bit sore", TriageLevel.SelfCare },
        // Numb about a result is a feeling, and "a wee bit" is a little, not a wee (test-danger16 L48).
        { "bit numb about missing my PB by 4 seconds, calves a wee bit sore after the race", TriageLevel.SelfCare },
        // A heart rate told as a figure: far above a resting heart's at rest, or above nearly anyone's maximum, is the heart
        // racing (test-danger15 L113, test-danger16 L6); a sprint's figure called normal is not.
        { "an hour after spin my pulse is 165 sitting on the sofa and I feel like I'll faint, calves cramping", TriageLevel.Emergency },
        { "on the hill reps my garmin said 225 and everything went grey, had to grab a lamppost", TriageLevel.Emergency },
        { "HR hit 190 on my intervals which is normal for me, calves twitch a bit after", TriageLevel.SelfCare },
        { "HR still 130 sitting down right after my intervals, calves twitching", TriageLevel.SelfCare },
        { "HR hit 165 and stayed there for the whole tempo run, calves twitchy after", TriageLevel.SelfCare },
        // ... while a heart that "skipped a beat" at good news is the idiom, and twitching muscles are no fit.
        { "my heart skipped a beat when I saw my 10k time, calves twitching after, well chuffed", TriageLevel.SelfCare },
        // Stop 49, from test-danger17 (read this stop) and dev-danger14: a runner who "says strange things" in the heat; low
        // back pain "going down to both legs" and a toilet "difficult to control"; a tongue and lip "blown right up" on a new
        // blood pressure tablet; a cast on yesterday and 10/10 tonight with tingling toes (compartment syndrome under
        // plaster); a forehead bumped on warfarin; punches to the head, then the worst headache and vomiting; soil in a
        // wound and a jaw that is locked or "aches and feels stiff" (tetanus); pain "9 from 10" with dark pee; a gran who
        // "can't push herself up" after a night on the floor; a throat and jaw that ache on the stairs; "almost he don't
        // wake up" on lithium in a heat wave.
        { "at the end of the fun run a man next to me had cramps, now he's shaking and says strange things", TriageLevel.Emergency },
        { "after a 4 hour ride my low back pain is going down to both legs and since this morning it's difficult to control the toilet", TriageLevel.Emergency },
        { "started ramipril last week, after swimming my tongue and lip have blown right up, calf cramp too", TriageLevel.Emergency },
        { "my son got a cast on yesterday for a broken shin, tonight pain 10/10 and his toes are tingling", TriageLevel.Emergency },
        { "I'm 81 and on warfarin, tripped on my walk and bumped my forehead on the step, calves cramping now", TriageLevel.Emergency },
        { "got punched in the head at the boxing gym on Saturday, since yesterday the worst headache ever, threw up this morning", TriageLevel.Emergency },
        { "my dad was cut by a hoe in the garden last week, the wound had soil inside, now his jaw is locked and his back keeps cramping", TriageLevel.Emergency },
        { "muddy cut on my shin at an obstacle race 9 days ago, now my jaw aches and feels stiff and my stomach muscles keep spasming", TriageLevel.Emergency },
        { "first time at the gym yesterday, today my thighs hurt 9 from 10 and my pee is dark like Coca-Cola", TriageLevel.Emergency },
        { "nan (84) was on the floor all night after a fall, she can't push herself up and her wee is dark brown", TriageLevel.Emergency },
        { "for a week my throat and jaw ache when I climb the stairs and today it came on walking to the car, I'm clammy", TriageLevel.Emergency },
        { "Grandad takes lithium, in the heat wave he walked anyway and now he is shaking, muscles jumping, almost he don't wake up", TriageLevel.Emergency },
        // A chest's pressure told "on my breast" and "pulling in both arms" (translated from German); a foot "cold and
        // blue-ish" (a colour with "-ish" is no hedge); pain "in the middle of her back" with both legs heavy and numb.
        { "I am 66, yesterday by walking up the hill I had a pressure on my breast and pulling in both arms, today again with nausea", TriageLevel.Emergency },
        { "my husband's right foot is cold and blue-ish this morning and he can't move his toes", TriageLevel.Emergency },
        { "Mam is 70, pain in the middle of her back for weeks and now both legs feel heavy and numb", TriageLevel.Emergency },
        { "my big toenail went blue-ish after the marathon, calves twitchy", TriageLevel.SelfCare },
        // From dev-danger15 (read this stop): a child who "went stiff" with arms jerking, "eyes open but not with us"; a
        // player with sickle cell trait who "slumped to the turf"; a captain "shaking before he woke"; Nigerian Pidgin's
        // "cough blood small small" and "breath dey catch me" after a long road trip; legs "going from under him" with cancer
        // in the bones and a sore back; Jamaican Patois' "heart start beat fast fast" and "a go drop".
        { "my 8yo went stiff in the car after swimming and her arms were jerking, eyes open but not with us, about a minute", TriageLevel.Emergency },
        { "our striker has sickle cell trait, after the sprints in the heat he slumped to the turf and said his legs gave out", TriageLevel.Emergency },
        { "our captain fell down at five-a-side, his body was shaking before he woke after some seconds", TriageLevel.Emergency },
        { "I travelled by road 10 hours on Monday, my calf dey swell, today after jogging I cough blood small small and breath dey catch me", TriageLevel.Emergency },
        { "my grandad has cancer in his bones, his back is sore and now his legs are going from under him", TriageLevel.Emergency },
        { "mi bredda heart start beat fast fast after cricket and him feel like him a go drop", TriageLevel.Emergency },
        // ... while nearly going down the stairs after leg day is no faint, and waking to an alarm no collapse.
        { "nearly went down the stairs on my bum after leg day lol, quads twitching", TriageLevel.SelfCare },
        { "woke up after a few seconds of the alarm snoozing, calves cramp at night", TriageLevel.SelfCare },
        // Stop 50, test-danger18's misses told again: sepsis by skin that "looks patchy"; tetanus by a mouth hard to open;
        // a faint told as "next thing I was on the floor", "came round quickly", "on the floor shaking"; cauda equina by
        // the "undies area" and a wee that will not come; a clot's breathlessness "just climbing the stairs"; a stroke by
        // a mouth "a little bit down" on one side and a walk "like a drunk"; heatstroke and hypos by "gone vague", "said
        // weird stuff", "doesn't seem to know where he is"; a fever "high temp"; head knocks by "bumped heads", "a belt of
        // a hurl on the side of the head" and "hit the back of her head" on a blood thinner; a pain score "is a 9 even
        // lying still".
        { "my daughter is 6, fever of 103 since this morning, she can't walk for the pain in her legs and her skin looks patchy", TriageLevel.Emergency },
        { "stood on a nail playing barefoot football last week, now I have difficulty opening my mouth and my tummy muscles keep cramping", TriageLevel.Emergency },
        { "I'm 70, walked to the shop in the heat, my calf cramped then I went dizzy and next thing I was on the bathroom floor", TriageLevel.Emergency },
        { "I'm 72, mowed the lawn in the heat, calves twitching, stood up and went down by the sink, came round quickly", TriageLevel.Emergency },
        { "on ciprofloxacin, did the gym and my calves were twitching, then I lost a few minutes and my friend said I was on the floor shaking", TriageLevel.Emergency },
        { "my husband hurt his back lifting the kayak, now he can't feel his undies area and hasn't been able to wee all afternoon", TriageLevel.Emergency },
        { "long flight home last week and I'm on the pill, my left calf is swollen and warm and I'm puffed out just climbing the stairs", TriageLevel.Emergency },
        { "I am 62, after aqua aerobics my mouth is a little bit down on the left side and I walk like a drunk man", TriageLevel.Emergency },
        { "my daughter played four netball games in 36 degrees, now she's gone vague and can't answer simple questions", TriageLevel.Emergency },
        { "my teammate is type 1, after the game he's shaking and sweating and doesn't seem to know where he is", TriageLevel.Emergency },
        { "hiking in 104F heat, my friend has stopped sweating, is bright red and said weird stuff about where his car is", TriageLevel.Emergency },
        { "after five-a-side I've got a high temp, a stiff neck and a rash of purple dots that don't fade under a glass", TriageLevel.Emergency },
        { "got a belt of a hurl on the side of the head at camogie, got sick twice since and my headache is splitting", TriageLevel.Emergency },
        { "my 11 year old bumped heads with her friend on the trampoline, now both legs feel weak and she can't stand up properly", TriageLevel.Emergency },
        { "Mum is 82 and on rivaroxaban, she slipped at the pool and hit the back of her head, her legs cramped after", TriageLevel.Emergency },
        { "kicked in the shin at football, it's rock hard and swollen, pain is a 9 even lying still and my foot's gone numb", TriageLevel.Emergency },
        { "my son's calf is so swollen it's shiny after the track session, he's crying with pain (says 9) and has pins and needles in his foot", TriageLevel.Emergency },
        { "Is it normal to feel really confused after a clash of heads at footy this morning? calves cramping too", TriageLevel.Emergency },
        { "should i worry if my left calf has been cramping since my long flight and now it's swollen and warm? I'm out of breath on the stairs too", TriageLevel.Emergency },
        { "2 weeks after thyroid surgery I'm getting tingling around my lips and my hands cramp into claws after walking", TriageLevel.Emergency },
        { "stepped on a rusty nail at basketball last week, now my jaw is hard to open and my neck keeps cramping", TriageLevel.Emergency },
        { "my dad is 63, after cycling his upper back is tight like a cramp between the shoulder blades and he's sweating even though the aircon is on", TriageLevel.Emergency },
        // Muscle breakdown shows days after the session: brown urine and swelling two days after a leg session is an
        // emergency although the session was not in the past 24 hours.
        { "did a big leg session 2 days ago, now my urine is the colour of black tea and my thighs are swelling up", TriageLevel.Emergency },
        // ... while hay fever is no fever, black tea drunk is no urine, a mate who came round is a visit, a wee while is a
        // short time, a question about twitches is a question, and a writer calling themself paranoid has no complaint.
        { "bit of hay fever today, sneezing a lot, calves twitched after my run", TriageLevel.SelfCare },
        { "I like black tea after a ride, calves twitch a bit", TriageLevel.SelfCare },
        { "my mate came round after the match and we had a pint, calves twitching a bit", TriageLevel.SelfCare },
        { "for a wee while after the run my calf twitched, then it stopped", TriageLevel.SelfCare },
        { "is it normal to get calf twitches after a long run? no pain, 31", TriageLevel.SelfCare },
        { "I'm being paranoid probably, my eyelid twitches after spin class", TriageLevel.SelfCare },
        { "calf twitches after my runs, what if it swells up later? no pain now", TriageLevel.SelfCare },
        { "sweating even though the aircon is on in the gym, calves twitch after spin, feel fine", TriageLevel.SelfCare },
        { "got a belt of a hurl on the calf at training, bit bruised, calf twitching after", TriageLevel.SelfCare },
        // A race time lost is no blackout, and a cold caught is no vomiting.
        { "lost a few minutes on the hills in today's 10k, calves twitching after", TriageLevel.SelfCare },
        { "got sick again last week so missed two runs, calves twitch a bit since I started back", TriageLevel.SelfCare },
        // Knocked out of a cup is no blow to the head, and mates who came round after a couple of pints are a visit.
        { "we got knocked out in the semis of the cup, my calves cramped in extra time and I've got a bit of a headache", TriageLevel.SelfCare },
        { "the lads came round after a couple of pints to watch the match, my calves twitch after today's run", TriageLevel.SelfCare },
        // ... while reps counted "8 of 10" are no pain score, plaster with little pain is no warning, and skin hot after a
        // sunny run is asked about, not taken.
        { "did 8 of 10 reps on the last set before my calves started twitching lol", TriageLevel.SelfCare },
        { "my leg is in plaster after a sprain, pain 3 of 10, itchy under the cast", TriageLevel.SelfCare },
        { "after my run in the sun my skin is very hot, calves twitch a bit, otherwise fine", TriageLevel.SelfCare },
        // Not remembering is no collapse by itself, nor is something that fell down.
        { "calf twitching on and off, I don't remember when it started, the water bottle fell down twice on my run lol", TriageLevel.SelfCare },
        // Staring at a screen, a march of a parade, huge quads said proudly: none is a sign.
        { "just staring at my phone after leg day, quads twitching, they are huge now lol", TriageLevel.SelfCare },
        // A calf that "literally had a seizure" is its cramp; a flat Coke drunk after a marathon is a drink, not the pee.
        { "my calf literally had a seizure mid squat lol, locked for 20 secs then let go, 19m", TriageLevel.SelfCare },
        { "calf cramp at mile 22 of the marathon, sat down after with crisps and a flat Coke, feel fine now", TriageLevel.SelfCare },
        // A faint taken back ("must've blacked out (joking, I didn't)"); rhabdo read about, with the pee pale; a hot chocolate
        // after a cold pool.
        { "lost count of the burpees, must've blacked out (joking, I didn't). calves fluttering on the sofa, 39M", TriageLevel.SelfCare },
        { "first CrossFit class, quads sore, I checked my urine after reading about rhabdo and it's pale yellow, not swollen", TriageLevel.SelfCare },
        { "my 8yo had a foot cramp in swimming, came out shivering, warmed up with a towel and a hot choc and she's fine now", TriageLevel.SelfCare },
        // Everyday phrases near this stop's new words name no sign: coming to the gym, a watch that cannot be worked out,
        // "not my day", a story dragged out, a body cold after a swim.
        { "I come to the gym most days, couldn't work out how to use the new rower, calves twitchy after", TriageLevel.SelfCare },
        { "feels like it's not my day, I'm dragging it out on the hills, calves cramp a bit, and my body is cold after the lake swim", TriageLevel.SelfCare },
        // A fizzy drink is a drink.
        { "had a fizzy drink after the 10k and my calves are twitching a bit, otherwise fine", TriageLevel.SelfCare },
        // Stop 51, test-danger19's misses told again: the spine by a back "really painful" and both legs "cramping, numb and
        // heavy" (a list of what the legs do); low calcium by hands stiff "like a bird's claw" and a mouth "numb and
        // tingly"; a throat that "feels like it's tightening"; a fit by "said he went down for a bit"; the heart by
        // sweating "far more than usual and looked grey"; heatstroke by a headache still there after the aircon.
        { "my grandad is 80 and had bowel cancer, his back has been really painful for days and now both legs are cramping, numb and heavy", TriageLevel.Emergency },
        { "I'm on dialysis, after my walk my hands went stiff like a bird's claw and I've got tingling around my lips", TriageLevel.Emergency },
        { "had my thyroid out three weeks ago, after pilates my hands cramped into spasm and my mouth is numb and tingly", TriageLevel.Emergency },
        { "did squats at the gym and came out in hives, now my throat feels like it's tightening", TriageLevel.Emergency },
        { "my son has epilepsy, his legs were jerking at rugby and his mates said he went down for a bit", TriageLevel.Emergency },
        { "my husband is 66, after gardening his jaw and left arm ached for 15 minutes, he was sweating far more than usual and looked grey", TriageLevel.Emergency },
        { "hot yoga at 40 degrees, threw up twice and I still have a pounding headache after an hour in the aircon", TriageLevel.Emergency },
        // ... while legs tired and sore are no weakness, a heart's content is no heartbeat, and a headache after wine with no
        // cooling tried is asked about, not taken.
        { "both my legs are twitching, tired and sore after leg day, 24", TriageLevel.SelfCare },
        { "ran to my heart's content on holiday, calves twitch a bit now", TriageLevel.SelfCare },
        { "still have a headache from the wine last night, calves cramped a little on my jog", TriageLevel.SelfCare },
        // Stop 51, dev-danger18's and dev-danger19's misses told again: signs told by what the person can no longer do (a
        // phone that looks blurry, a day they cannot name, a partner who cannot be roused, a drink not kept down), a care
        // home's resident, a worried parent unsure of what they see, and Nigerian English ("my two legs dey weak").
        { "did bench press at lunch and now my phone looks blurry on the left and my left hand has gone numb", TriageLevel.Emergency },
        { "my grandma is 84, gardened in the heat all morning, she's flushed and can't tell me what day it is", TriageLevel.Emergency },
        { "my wife is type 1 on insulin, went for a swim and now I can't rouse her properly, she's clammy", TriageLevel.Emergency },
        { "a resident at our care home, aged 88, fell in the chair yoga class and bumped her head, now she's much sleepier than usual", TriageLevel.Emergency },
        { "worked a hot shift in the kitchen after my run, I'm boiling but bone dry and can't keep anything down", TriageLevel.Emergency },
        { "my brother knocked heads with a player at hurling and now he keeps asking what happened", TriageLevel.Emergency },
        { "my dad took a spear tackle at rugby, his neck's sore and both his arms and legs are tingling", TriageLevel.Emergency },
        { "my two legs dey weak after lifting and my back dey pain me, I no fit control my toilet", TriageLevel.Emergency },
        { "had a thyroid op last month, after my walk my fingers are cramping into a claw shape and the mouth area is tingling", TriageLevel.Emergency },
        { "my daughter is 8 and landed on her neck off the trampoline, she keeps dropping her cup and I'm not sure if her legs are weak", TriageLevel.Emergency },
        // ... while a screen that is blurry may be the screen, a writer unsure why is no complaint, and tea eaten is a meal.
        { "my phone screen is blurry since I dropped it on my run lol, calves twitch a bit", TriageLevel.SelfCare },
        { "I'm not sure why but my calves twitch after long runs, 34, no pain", TriageLevel.SelfCare },
        { "ate my tea after the match, calves cramped a bit in the second half", TriageLevel.SelfCare },
        // Stop 51, dev-danger20's and dev-danger21's misses told again: a heart "going a million miles an hour" with a neck
        // ache, a bike computer's 230, weakness told as hardly getting off the loo beside cola-coloured urine on a statin,
        // a dive into a sandbar, a stud rake on a muddy pitch, a headache that "came on instantly".
        { "my wife is 52, just came in from gardening with a crushing ache in her neck and shoulders and her heart's going a million miles an hour", TriageLevel.Emergency },
        { "on a climb my Wahoo went from 150 to 230 and stayed there, still hammering at 210 ten minutes later sat on the kerb, feel like I'll black out", TriageLevel.Emergency },
        { "started atorvastatin last month, both thighs ache and I can hardly get up off the loo, my wee is like cola", TriageLevel.Emergency },
        { "my mate dived into a sandbar head first, his neck's really sore and he's got tingling in both arms and legs", TriageLevel.Emergency },
        { "got stud-raked on a muddy pitch last week, now my jaw's tight and my face keeps locking into a grin", TriageLevel.Emergency },
        { "felt something go in my neck on overhead press and the worst headache of my life came on instantly", TriageLevel.Emergency },
        // ... while a cramp in the chest muscle at the bottom of a bench rep is the worked muscle, and a leg-day joke about
        // the loo is asked about, not taken.
        { "Cramp in my chest muscle at the bottom of a heavy bench rep today, pec clamped for 20 seconds. No chest pain since, breathing fine.", TriageLevel.SelfCare },
        { "leg day yesterday, can hardly get up off the loo lol, quads twitching", TriageLevel.SelfCare },
        // An accident on the way to the loo may be a slip, a pull-up not yet managed is no weakness, a resident may be the
        // doctor writing, and grumbling about the ref is asked about at most.
        { "had an accident on the way to the loo, slipped on the wet floor and my calf cramped", TriageLevel.SelfCare },
        { "I can't lift myself up on the bar yet, forearms twitch after the session", TriageLevel.SelfCare },
        { "I'm a resident, 29, my eyelid twitches after night shifts", TriageLevel.SelfCare },
        { "my husband is 60, he was just mumbling about the ref after the match, calves cramping", TriageLevel.SelfCare },
        // Stop 52, test-danger20's misses told again: a "crick" in the neck with clamminess and sickness, a squeezing "in my
        // jaw and chest", a heart that "keeps going mad" with a near-faint, sight gone "like a blind coming down", Trinidadian
        // "cyah find my words", breathing "short" or "hard to catch" beside a swollen leg, urine like soy sauce, stools
        // that cannot be held, fingers bent "on their own" and a "jerking fit", "struggling to think straight" on insulin,
        // a plate dropped "onto his own head", a gash "full of mud", a player "speared into the turf".
        { "my grandad is 75, after mowing he says he's got a crick in his neck, he's clammy and he's been sick", TriageLevel.Emergency },
        { "on the rower I got a squeezing in my jaw and chest that went when I stopped, and it came back walking to the car", TriageLevel.Emergency },
        { "after my long run my heart keeps going mad and I nearly fainted on the stairs", TriageLevel.Emergency },
        { "during my swim the sight in my right eye went dark like a blind coming down, it came back after a minute", TriageLevel.Emergency },
        { "after cricket I cyah find my words and my left hand feel numb", TriageLevel.Emergency },
        { "flew back from Sydney yesterday and went for a run, my calf is swollen and my breathing is short on the stairs", TriageLevel.Emergency },
        { "my ankle's been swollen and red since football and now it's hard to catch my breath", TriageLevel.Emergency },
        { "on simvastatin, thighs are agony after spin and my pee is like soy sauce", TriageLevel.Emergency },
        { "slipped disc at L5-S1, both legs numb after my walk and I've no control over passing stools", TriageLevel.Emergency },
        { "after tennis my fingers bent on their own, my lips tingle and then I had a jerking fit", TriageLevel.Emergency },
        { "type 1 diabetic, after football I'm sweaty and shaking and struggling to think straight", TriageLevel.Emergency },
        { "a guy at my gym dropped a plate onto his own head and keeps repeating the same question", TriageLevel.Emergency },
        { "gashed my shin on the trail and it was full of mud, now my jaw is stiff and won't open", TriageLevel.Emergency },
        { "got speared into the turf at rugby, neck's sore and both my legs feel weak", TriageLevel.Emergency },
        // Stop 52, dev-danger22's and dev-danger23's misses told again: a smile "gone lopsided" without its apostrophe, "not
        // making no sense" (a double negative that denies nothing), wetting himself beside both legs gone weak, a back "in
        // agony" without its apostrophe, a neck bent backwards or jarred in a tackle, lips "puffed right up" after a
        // painkiller, drinking "way more than I was thirsty", a husband "saying the same thing over and over" in the heat,
        // "still not feeling any better" after cooling, an arm's cramp "going up his neck" with a grey sweat, a heart "gone
        // to 230", a heartbeat told unsurely beside a near-faint.
        { "my dad is 60, went for a walk and now his smiles gone lopsided", TriageLevel.Emergency },
        { "my wife is on insulin, she went swimming and now she's shaky and not making no sense", TriageLevel.Emergency },
        { "my husband has a bad back, both his legs have gone weak since the gym and he wet himself", TriageLevel.Emergency },
        { "my backs in agony after deadlifts and both legs are going numb", TriageLevel.Emergency },
        { "got bent backwards in a rugby tackle and now both my arms are tingling", TriageLevel.Emergency },
        { "neck got jarred in a scrum and both my hands are numb", TriageLevel.Emergency },
        { "took naproxen for my calf cramp and my lips have puffed right up", TriageLevel.Emergency },
        { "drank way more than I was thirsty on the marathon, plain water, now my fingers are puffy and I'm being sick", TriageLevel.Emergency },
        { "my husband finished the half in the heat and keeps saying the same thing over and over", TriageLevel.Emergency },
        { "hot yoga, been in the aircon 40 minutes and still not feeling any better, dizzy and sick", TriageLevel.Emergency },
        { "Dad came in from the garden with a cramp in his left arm going up his neck, he's gone grey and is sweating", TriageLevel.Emergency },
        { "twice mid sprint my hearts gone to 230 and I greyed out", TriageLevel.Emergency },
        { "at basketball my heart went crazy fast and kinda fluttery and I nearly blacked out", TriageLevel.Emergency },
        // ... while a crick from sleeping funny, a hot room's 40 degrees, a laugh that nearly wet the writer, and a ride to
        // mum's are no signs.
        { "crick in my neck from sleeping funny, calves twitch after my run", TriageLevel.SelfCare },
        { "hot yoga, the room was 40 degrees, I feel fine, hamstring a bit tight", TriageLevel.SelfCare },
        { "nearly wet myself laughing at the warm up, calves twitchy after", TriageLevel.SelfCare },
        { "cycled to my mums in the heat, calves cramped a bit, fine now", TriageLevel.SelfCare },
        // Shoes full of mud are no wound.
        { "my shoes were full of mud after the trail run, calves cramp a bit", TriageLevel.SelfCare },
        // A team-mate's faint last week is theirs, beside the writer's own cramps.
        { "my calves cramp after hockey and one of my teammates fainted in the heat last week, should I take salt?", TriageLevel.SelfCare },
        // Stop 53: a chest pain "in the past 20 min" (no history), a score with "pain" after it beside a hard, swollen
        // forearm, a colour only guessed at beside a fever, a collapse told as "fell down unconscious", Pidgin and Patois
        // (a chest that "dey tight" with a cold sweat, a mouth "twis up"), a bladder that "cannot control his pee", a
        // thigh "blown up" after a crash that he "can't stand on the leg" of, and water drunk "every 10 min" all a long hike
        // with vomiting ...
        { "Hill reps earlier, 51M, in the past 15 min I've had a pressure in the middle of my chest and I feel like I'm going to pass out", TriageLevel.Emergency },
        { "after MX practice my forearm is rock hard, 9/10 pain, fingers tingly and my grip is weak", TriageLevel.Emergency },
        { "fever since last night after the mud run and my legs look sort of mottled", TriageLevel.Emergency },
        { "my brother fell down unconscious after the 400m in the heat, awake now", TriageLevel.Emergency },
        { "i jog for evening, now my chest dey tight and i dey sweat cold cold", TriageLevel.Emergency },
        { "mi granny cramp after church walk an now har mouth twis up one side", TriageLevel.Emergency },
        { "my dad lifted the slabs and now his back is in spasm and he cannot control his pee", TriageLevel.Emergency },
        { "came off the bike at speed, thigh has blown up overnight, 10/10, foot is all pins and needles and I can't stand on the leg", TriageLevel.Emergency },
        { "8 hour walk on the camino, drank plain water every 10 min, now being sick with the worst headache ever", TriageLevel.Emergency },
        // ... while a mum "collapsed" on the sofa in scare quotes, and a friend's quoted word, are no signs.
        { "my mum 'collapsed' on the sofa after her walk, she's fine, calves a bit twitchy", TriageLevel.SelfCare },
        { "calves twitching after a 'quick' 10k, drank plenty, feel fine", TriageLevel.SelfCare },
        // Below emergency, the words a GP's question rests on: a calf that cramps on a walk until he has to stand still,
        // legs "fidgety" in pregnancy, food that sticks beside a twitching tongue, a heel hit by "a thwack" with no one
        // there, a toe that scuffs the pavement, a cramp locked "25 minutes now".
        { "I'm 70, smoker, walking to the post office my left calf cramps and I have to stand still, then it goes off", TriageLevel.Doctor },
        { "I'm 30 weeks pregnant and every evening my legs feel fidgety and walking round the kitchen helps", TriageLevel.Doctor },
        { "for a month I get food sticking when I swallow and my tongue twitches, 61", TriageLevel.Urgent },
        { "badminton, felt a thwack in the back of my leg, turned round and nobody was there, can't go up on tiptoe", TriageLevel.Urgent },
        { "for two weeks I keep scuffing my toe on the pavement on runs, calf twitchy too", TriageLevel.Doctor },
        { "my calf has been locked in a cramp since I got back from my run, about 25 minutes now, stretching didn't help", TriageLevel.Urgent },
        // Stop 54: a faint told by how long they were out, with the length only guessed at ("maybe a minute"); a friend who
        // "just dropped" and "came round in" seconds; a fall then shaking; a head "paining him badly"; breath that will not
        // come, told in words of its own ("cannot breath well", "a whistle when breathing", breathing slowed).
        { "my sister went down at the end of the hike and was out for perhaps a minute, legs were cramping", TriageLevel.Emergency },
        { "at netball she said her calf was cramping, then she just dropped, came round in about ten seconds", TriageLevel.Emergency },
        { "grandad was in the allotment all morning, cramp in both legs, then he fell down and was shaking for a minute", TriageLevel.Emergency },
        { "after the match my son says his head is paining him badly and he has vomited twice, legs cramping", TriageLevel.Emergency },
        { "after badminton I cannot breath well and my calves are cramping", TriageLevel.Emergency },
        { "my daughter is making a whistle sound when breathing after her swim, lips look puffy", TriageLevel.Emergency },
        { "took painkillers for his cramp after rugby and now his breathing is very slow and he won't wake up properly", TriageLevel.Emergency },
        { "calf swollen since the flight and today she's breathing fast", TriageLevel.Emergency },
        // Stop 54, dev-danger28 and 29 (seen, or played down): a player gone floppy who does not answer to his name, one who
        // keeps asking the score, sweat on cold skin with a jaw ache, knocked out by a ball, a ball to the side of the head
        // and vomiting, a mouth "skew", a numb backside with peeing not felt, an arm "like a dead fish", nearly going down
        // with a racing heart, no breath to talk in sentences, still dizzy under the fan after the heat, and the body's
        // 40.2 beside the air's 39.
        { "our keeper went floppy on the grass after the cramp and didn't answer when I said his name", TriageLevel.Emergency },
        { "after the hurling my son keeps asking what the score is even though we told him, and he's really vague", TriageLevel.Emergency },
        { "my mate is sweating but his skin is cold to touch after squash and his jaw aches", TriageLevel.Emergency },
        { "she was knocked out cold by a hockey ball for a few seconds, awake now, legs cramping", TriageLevel.Emergency },
        { "got a ball to the side of the head at cricket and now I keep throwing up", TriageLevel.Emergency },
        { "dad came back from his walk and his mouth is skew on one side", TriageLevel.Emergency },
        { "since deadlifts my backside feels numb and I couldn't tell when I was peeing", TriageLevel.Emergency },
        { "since the swim his right arm feels like a dead fish, 70", TriageLevel.Emergency },
        { "at netball my heart was racing and I almost went down, had to grab the post", TriageLevel.Emergency },
        { "on the hike this morning I couldn't talk in sentences even sitting down", TriageLevel.Emergency },
        { "cricket all afternoon in the heat, lying under the fan for an hour and still very dizzy", TriageLevel.Emergency },
        { "took my temp after the run (it was 39 out): 40.2, legs cramping", TriageLevel.Emergency },
        // ... and the writer sent on an errand ("he wants me to ask what stretch to do") is not the one it is about.
        { "my wife came back from her swim and her mouth is skew on one side. She wants me to ask what stretch helps her calf", TriageLevel.Emergency },
        // ... while going down the stairs on your bum after leg day is a stumble, not a faint; a rider or pupil who fainted
        // is the instructor's worry, not the instructor's sign; and Jamaican "nuh" denies.
        { "I coach spin and my calves cramp after back-to-back classes. One of my riders fainted last week, I'm on edge", TriageLevel.SelfCare },
        { "PE teacher: one of my pupils collapsed in the lesson today and I'm shaken, but my own eyelid keeps twitching", TriageLevel.SelfCare },
        { "mi foot bottom cramp after mi walk, mi good otherwise, nuh dizzy, nuh pain inna mi chest", TriageLevel.SelfCare },
        // ... and the everyday phrases that bound this stop's words: breathing slow on easy runs, knocked out of a cup,
        // walking funny after leg day, vague advice.
        { "my breathing is slow and steady on easy runs, calves twitch after", TriageLevel.SelfCare },
        { "we got knocked out for the second year running and my calves cramped in extra time", TriageLevel.SelfCare },
        { "I'm walking funny after leg day yesterday, quads sore and twitching", TriageLevel.SelfCare },
        { "the physio's advice is really vague, calves twitch after runs", TriageLevel.SelfCare },
        { "nearly went down the stairs on my bum after leg day, quads twitching", TriageLevel.SelfCare },
        // ... and a pressure told after "no chest pain", beside a cold sweat, is the heart's until shown otherwise.
        { "no chest pain, more of a pressure, and I'm clammy and sweaty sat on the bench after my walk", TriageLevel.Emergency },
        // Stop 55 (test-danger27 read, dev-danger31 and 32): two negatives that make a finding ("can't lie flat without
        // gasping"); blood coughed up told at length; a nurse's "R arm" after a neck crank; lips "ballooning" after a sting;
        // no sweat coming in the heat; coming round on a floor; heat that does not settle in the aircon; a face "like one side
        // has dropped"; a wee slow to start beside a tweaked back; a cup that slips beside jumbled words; toothache in the
        // jaw with heart disease; tightness in the upper chest with near-fainting.
        { "since my walk I can't lie flat without gasping and my ankles are puffy, I have heart failure", TriageLevel.Emergency },
        { "back from the long drive, went for a run, and when I coughed this morning there were little streaks of blood in it", TriageLevel.Emergency },
        { "sparring partner took a neck crank at judo, now his L arm is numb and weak", TriageLevel.Emergency },
        { "he got stung on his bike ride and his lips are ballooning", TriageLevel.Emergency },
        { "laying bricks all day in 41 degree heat then football, my body is burning and no sweat is coming", TriageLevel.Emergency },
        { "on insulin, came round on the gym floor after my spin class, legs cramping", TriageLevel.Emergency },
        { "35C on the tennis court, an hour in the aircon since and I'm not getting better, keep throwing up", TriageLevel.Emergency },
        { "after my walk my son says my face looks strange, like one side has dropped", TriageLevel.Emergency },
        { "tweaked my lower back on squats, now it's sort of numb between my legs and took ages to start peeing", TriageLevel.Emergency },
        { "dad came in from mowing, his words are all muddled and his mug slipped out of his hand", TriageLevel.Emergency },
        { "after her walk mum has toothache along the left side of her jaw and she is clammy", TriageLevel.Emergency },
        { "rowing this morning I got a tightness in my upper chest and had to sit down, felt faint, I'm 70", TriageLevel.Emergency },
        // ... while a past year puts a sign in the past (a distance of four figures is no year), and the phrases that bound
        // the new words stay harmless (blood given for a test is no blood coughed up).
        { "had rhabdo in 2019 so I'm careful; quads twitchy after leg day, wee is pale straw", TriageLevel.SelfCare },
        { "got chest pain halfway through a swim in 2000 m of open water", TriageLevel.Emergency },
        { "been coughing after my runs so I had a blood test, calves cramp too", TriageLevel.SelfCare },
        { "couldn't finish the run without stopping, calves cramped at the end", TriageLevel.SelfCare },
        { "can't go a day without coffee, eyelid twitching after late runs", TriageLevel.SelfCare },
        { "slumped on the sofa after the marathon, calves twitching", TriageLevel.SelfCare },
        { "I slumped on the mat after the burpees, calves twitching", TriageLevel.SelfCare },
        { "toothache from a cracked molar in my jaw, calves cramp after runs", TriageLevel.SelfCare },
        // ... and an ice pack on a cramp that will not ease is the cramp's, not a body failing to cool (it had read heatstroke).
        { "my calf cramp is not improving with an ice pack, feel a bit sick after the run", TriageLevel.SelfCare },
        // ... and angina named as a condition someone has, or had last year, is their heart's history, not chest pain now
        // (it had read an emergency); had on the walk today it is still the chest's.
        { "I had angina last year, now calf twitching after runs", TriageLevel.SelfCare },
        { "dad had angina on the hill and is sweating", TriageLevel.Emergency },
        // ... and with the angina now history, a pain "going into his jaw" beside a cold sweat is the heart's spread.
        { "he says it's just his chest from the press-ups, but he's cold and sweaty and the pain is going into his jaw, he's had angina for years", TriageLevel.Emergency },
        // Stop 56 (test-danger30 read): "came over faint" is a near-faint said plainly, and beside a racing, fluttering heart
        // the dangerous rhythm's pair; "a bit faint" stays asked. Coming round on the ground is the collapse part sign's alone now.
        { "on my bike my heart started hammering and fluttering and I came over faint, had to sit on the kerb", TriageLevel.Emergency },
        { "came over a bit faint after the run, fine after a drink and a banana, calves twitching", TriageLevel.SelfCare },
        { "my brother woke up on the pavement after his run, no idea how long he was out", TriageLevel.Emergency },
        // Stop 56 (dev-danger34 and 35): a denial that held only until something happened; "difficulty to breathe"; sweaty
        // and trembling on a sulfonylurea; fingers curling in by themselves beside tingly lips; a long charity walk on plain
        // water; a joke's "not so fun" that denied a first-ever session.
        { "flew back from Dubai on Tuesday, calf swollen since my run, and I wasn't short of breath at all until I walked up to the shop today", TriageLevel.Emergency },
        { "after the cricket my knee was hurting, now since 20 minutes I am having difficulty to breathe", TriageLevel.Emergency },
        { "Mum is on gliclazide, after her aqua class she is sweaty and trembling", TriageLevel.Urgent },
        { "since the half marathon my lips are tingly and my fingers keep curling in on their own", TriageLevel.Urgent },
        { "did the Kiltwalk on nothing but water at every stop, now I've been sick and have a pounding headache", TriageLevel.Emergency },
        { "Not so fun fact: I did my first ever spin class and now my wee is like cola", TriageLevel.Emergency },
        // ... and their bounds: the toes of a foot cramp curl in; "not breathless until the last mile" is breath used up in a race.
        { "my toes curl in when my foot cramps in the pool", TriageLevel.SelfCare },
        { "wasn't breathless until the last mile of the race, calves cramped at the finish", TriageLevel.SelfCare },
        // ... and denials in a list: "not breathing hard" is breathing fine (it had read "not breathing", a collapse), and a
        // normal finding after a comma is one more denial, not one denied ("no swelling, pee normal colour" had asked the pee).
        { "my grandad's calves twitch after his walk, he's not breathing hard and he's chatting away", TriageLevel.SelfCare },
        { "quads twitch after leg day, no chest pain, no swelling, pee normal colour", TriageLevel.SelfCare },
        // ... while a "fine" taken back with a "but" denies nothing, and a "fine" with its own verb after "and" is its own.
        { "Breathing's fine. Well, it was, but since I sat down after the game I can't get a proper breath in and it's worse", TriageLevel.Emergency },
        { "little flicker in my pec after bench, no pain and breathing's fine", TriageLevel.SelfCare },
        // "No chest pain, but there's a weight on my breastbone": the "but" takes the denial back, as "no chest pain but my
        // chest feels heavy" always read (it had been only asked, self-care without a terminal).
        { "no chest pain, but there's a weight on my breastbone since the gym", TriageLevel.Emergency },
        // Stop 56 (dev-danger36): signs told without their medical words: a mouth "hanging lower" on one side, words that
        // "came out as" something else or keep getting lost, a wee told only by a trip to the loo; and their look-alikes.
        { "my wife came back from her swim and the left side of her mouth is hanging lower than the right", TriageLevel.Emergency },
        { "grandad tried to say thank you after bowls and it came out as gibberish", TriageLevel.Urgent },
        { "since my run I keep losing the words when I talk, calves cramping", TriageLevel.Urgent },
        { "first spin class yesterday, just went to the loo and it was the colour of cola", TriageLevel.Emergency },
        { "went to the loo and it's fine, had a builder's tea after the run, calves twitching", TriageLevel.SelfCare },
        { "mouth hanging open after the sprint finish, calves cramping", TriageLevel.SelfCare },
        // ... and legs that "every day they get weaker" after a stomach bug, Guillain-Barre's pattern, are both legs weak.
        { "had a tummy bug last week, now my legs twitch after my walks and every day they get weaker", TriageLevel.Urgent },
        // Stop 57 (test-danger33, dev-danger38, dev-danger39): signs told by what happened. "The hand" after "left hand" is
        // that hand again; a word that will not come is lost speech; "next ting i know i'm on the floor" and "say I was out
        // maybe half a minute" are a collapse, "just folded onto the path" too; "nearly went over" is a near-faint; a
        // "'cramp'" in quotation marks is still the chest's; wandering "not knowing", "can't tell me what drill" and "he
        // doesn't recognise me" are confusion; a hard tackle with the neck hurting is a blow to the neck; legs weak after a
        // bug with a trip on the stairs are Guillain-Barre's walking; a marker sliding out of the fingers is weakness; a calf
        // "got fatter" after an operation is swollen; a heart "like a machine gun" races; still sick after 40 minutes in the
        // shade is heat not settling; a plate eaten on one side only is the sight of a stroke.
        { "after my swim I couldn't get the key in the lock with my left hand, and the hand still feels clumsy", TriageLevel.Emergency },
        { "Dad (68) cannot find the word for his keys since he got back from his walk, it came on all of a sudden", TriageLevel.Emergency },
        { "long ride in the heat, next ting i know i'm on the bathroom floor, my missus say I was out maybe half a minute", TriageLevel.Emergency },
        { "gran's 80, at her chair exercises she nearly went over and her heart was racing", TriageLevel.Emergency },
        { "my tita got a 'cramp' in her chest after gardening, she's sweaty and being sick", TriageLevel.Emergency },
        { "my brother finished the marathon in the heat and he's wandering around not knowing which way is home", TriageLevel.Emergency },
        { "our winger (16) threw up after sprints in the heat and can't tell me what drill we were doing", TriageLevel.Emergency },
        { "my grandad is on gliclazide, came in from mowing all sweaty and he doesn't recognise me", TriageLevel.Emergency },
        { "took a hard tackle at rugby, neck hurts, and my hands are tingling", TriageLevel.Emergency },
        { "had a gastro bug a fortnight ago, both legs weak now and I keep tripping on the stairs", TriageLevel.Emergency },
        { "came back from a run an hour ago, in the lesson the chalk slid out of my fingers and now I can't get my words out", TriageLevel.Emergency },
        { "the man next to me at parkrun went grey and just folded onto the path", TriageLevel.Emergency },
        { "knee op 3 weeks ago, my right calf has got fatter and now I'm puffed out on the stairs", TriageLevel.Emergency },
        { "my heart was going like a machine gun on the bike and everything went grey", TriageLevel.Emergency },
        { "I've been lying in the shade with water for 40 minutes after the ride in 34 degrees and I still feel sick and dizzy", TriageLevel.Emergency },
        { "when I climb the stairs my chest goes tight and it goes to my left arm", TriageLevel.Emergency },
        { "my husband, 72, ate only the right half of his dinner and didn't seem to see any food on the left, his left arm just hanging", TriageLevel.Emergency },
        // ... a writer "not so sure" of a neighbour's "indigestion" still tells the husband's story, not their own.
        { "My neighbour says it's just indigestion but I'm not so sure. My husband is 60, he's grey and sweaty with a weight on his chest after digging", TriageLevel.Emergency },
        // ... and their bounds: someone else not knowing the writer, words hard to find for a feeling, a calf "jerking", a
        // teacher's or a web page's warning beside a sign denied, a stranger's collapse told in a story typed for a daughter,
        // a hand hanging from a bar, calves grown from training.
        { "new haircut, my old coach didn't recognise me at parkrun, calves twitch after", TriageLevel.SelfCare },
        { "can't find the words to describe it, my calf twitches after the run", TriageLevel.SelfCare },
        { "my calf was jerking small after training", TriageLevel.SelfCare },
        { "my yoga teacher said feeling faint after inversions can be blood pressure. I don't feel faint at all, feet cramp in pigeon pose", TriageLevel.SelfCare },
        { "I keep reading twitching + weakness = bad news. My grip is fine, triceps twitch after push-ups", TriageLevel.SelfCare },
        { "Her PE teacher told the class about a girl who collapsed; my daughter (13) just gets calf cramps after netball, never fainted", TriageLevel.SelfCare },
        { "hanging from the bar with my right hand, forearm twitching after", TriageLevel.SelfCare },
        { "my calves have got fatter since I started hill running, they twitch after", TriageLevel.SelfCare },
        // ... and a past told after what it dates ("as a toddler", "back in the 90s", "last summer"), or a stranger on the
        // screen, is no sign today (each had read an emergency or urgent).
        { "had a febrile seizure as a toddler, my feet cramp at the end of dance class now", TriageLevel.SelfCare },
        { "got heat exhaustion last summer at a festival, today 14 degrees and my calves twitched after my ride", TriageLevel.SelfCare },
        { "my old coach collapsed at a race back in the 90s so he told me to check: I'm 19, hamstring cramped in the match, stretched it out, gone", TriageLevel.SelfCare },
        { "Saw the episode of Grey's where a runner's pee goes black. Mine's pale. Thighs twitchy after my half yesterday", TriageLevel.SelfCare },
        { "Watching the Tour and a rider passed out in the heat; I get a calf cramp on my commute now and then", TriageLevel.SelfCare },
        // ... and the new words' everyday neighbours: a mind gone blank, washing folded, an ankle gone over, a life without
        // a plan, a coach short of an answer, a ball slipping at netball.
        { "my mind went blank and I forgot my splits, calves twitching after the race", TriageLevel.SelfCare },
        { "I just folded the washing after my run and my calf cramped", TriageLevel.SelfCare },
        { "nearly went over on my ankle on the trail, calf cramping after", TriageLevel.SelfCare },
        { "wandering around not knowing what to do with myself since I retired, calves twitch after walks", TriageLevel.SelfCare },
        { "the coach couldn't tell me what we were doing wrong, calves cramp in the match", TriageLevel.SelfCare },
        { "the ball kept slipping out of my fingers at netball, fingers twitching after", TriageLevel.SelfCare },
        // Stop 58 (test-danger37 read after it was held out, dev-danger42, dev-danger43): "kinda" hedges its one word, not
        // the breathlessness after it; "both" alone after "both my legs" is those legs again; "It's a 10." after the pain
        // is its score; a short fit, lips "and all round my mouth" tingling, a foot "white and icy", a hit to the neck;
        // Nigerian Pidgin ("e dey confuse", "no fit talk", "mouth don turn one side", "hand no get power") and Jamaican
        // patois ("a tek fit", "drink water pon water") signs.
        { "58 yo woman, ache between my shoulder blades that went up into my jaw on the treadmill, felt kinda nauseous and short of breath", TriageLevel.Emergency },
        { "took a big hit to the neck at rugby on Saturday, since then both my legs have been twitchy and now both feel numb and weak", TriageLevel.Emergency },
        { "pain on the outside of my shin since my run an hour ago, hasn't eased at all. It's a 10. The muscle is tense as a drum and swollen, my foot keeps slapping down", TriageLevel.Emergency },
        { "after my run my hands locked into claws, my lips and all round my mouth were tingling, then I had a short fit on the sofa", TriageLevel.Emergency },
        { "cycling home my left leg cramped and now the foot is white and icy cold and I can't feel my toes", TriageLevel.Emergency },
        { "My papa na diabetic, e dey use insulin. E waka for one hour, now e dey shake, e no fit talk well and e dey confuse.", TriageLevel.Emergency },
        { "my wife come back from her jogging, her mouth don turn one side, her right hand no get power again, she no fit lift am", TriageLevel.Emergency },
        { "Mi cousin run di marathon an drink water pon water pon water di whole way. Now she a tek fit pon di grass.", TriageLevel.Emergency },
        { "Thought it was a stitch at mile 20 but it's now spread across my chest and down my left arm. 49, finished just now.", TriageLevel.Emergency },
        { "Mi woman 42 year old. She just drop down inna di kitchen, now she cyah talk good and one side a har face drop.", TriageLevel.Emergency },
        { "mi back a kill mi from di gym today an now mi cyaan feel mi backside an mi bladder nah work right", TriageLevel.Emergency },
        // ... and their bounds: a fit of coughing or giggles, a cold foot after a lake swim, a rash that spreads, legs that
        // "both feel heavy" after a hike, an effort scored out of ten, "no fit" in Scots, a sore arm after push-ups.
        { "I had a short fit of coughing after the run and my calves twitch", TriageLevel.SelfCare },
        { "had a fit of the giggles at keep fit, my toes cramp in bed some nights", TriageLevel.SelfCare },
        { "both my legs were sore after the hike and both feel heavy today", TriageLevel.SelfCare },
        { "The session was brutal. It's a 10 out of 10 for effort. Calves twitching tonight", TriageLevel.SelfCare },
        { "I'm no fit to walk up the stairs after leg day, quads twitching", TriageLevel.SelfCare },
        { "my right arm has no power left after 100 push-ups, biceps twitching", TriageLevel.SelfCare },
        { "felt kinda tired and sort of thirsty after spin, calves twitching", TriageLevel.SelfCare },
        { "I can't talk good after sprints, too puffed, calves cramp", TriageLevel.SelfCare },
        { "my calf cramped on the drive home an hour ago, still stuck in traffic now", TriageLevel.SelfCare },
        { "my legs were jerking and shaking on the last rep of squats", TriageLevel.SelfCare },
        { "I see spots in front of my eyes when I stand up too fast after the gym", TriageLevel.SelfCare },
        { "the rash spread across my chest and back after the run, it's gone now and I feel fine", TriageLevel.SelfCare },
        // ... a teammate named by position or team is someone else, and a question about a word is no sign.
        { "Our left back fainted at full time but he's fine now apparently. Me, just my right calf flickering after the game", TriageLevel.SelfCare },
        { "Relay finished at noon. Eyelid twitching now. One of our team threw up at 3am but he's fine.", TriageLevel.SelfCare },
        { "What is rhabdo?? My mate keeps saying I'll get it after my first CrossFit class. Thighs sore, pee a normal colour", TriageLevel.SelfCare },
        // Stop 59 (test-danger40 read after it was held out, dev-danger46, dev-danger47): a chest grabbed is chest pain
        // shown; half the sight lost is as sudden as an eye's; Pidgin "drop down for field", "im memory don scatter";
        // helmet to helmet; a cramp still going since it began, in the sentence before or its own; walking cut short
        // and eased by a few minutes' rest; pain shooting from "his" lower back.
        { "my brother grabbed his chest during shuttle runs and said it felt like something was squeezing it, now he's sweaty and grey", TriageLevel.Emergency },
        { "deadlifting an hour ago I felt a rip in my neck, since then I've lost the left side of my vision and feel sick", TriageLevel.Emergency },
        { "My brother just drop down for field during the match. Now e don wake but im memory don scatter, e no sabi where he dey", TriageLevel.Emergency },
        { "helmet to helmet collision at practice an hour ago, my son is throwing up and drowsy", TriageLevel.Emergency },
        { "finished the game 40 minutes ago and my hamstring locked right at the end. It won't release no matter what I do.", TriageLevel.Urgent },
        { "after about 150 yards of walking my calf burns and I have to stop; a few minutes' rest and I can go on", TriageLevel.Doctor },
        { "Worried about hubby. Pain shooting from his lower back down his left leg since gardening, and his calf twitches too", TriageLevel.Doctor },
        { "pain shooting from my lower back down my left leg and I've got a fever of 38.5", TriageLevel.Urgent },
        // ... and their bounds: a chest strap, chest press or chest cold; a day still going well; intervals' rest; the
        // texter's "im"; a carer's own day.
        { "grabbed my chest strap and headed out, calves twitchy after the run", TriageLevel.SelfCare },
        { "did chest and grabbed my protein shake after, pecs twitching", TriageLevel.SelfCare },
        { "did heavy chest press and flys, pecs twitching after", TriageLevel.SelfCare },
        { "carrying a heavy chest cold, calves twitch after runs", TriageLevel.SelfCare },
        { "Did a 10k an hour ago. It's still going well, calves twitchy", TriageLevel.SelfCare },
        { "did intervals, 2 minutes' rest between and my legs were fine, calves twitch after", TriageLevel.SelfCare },
        { "im 44 and im fit, calves twitch after runs, im back from my run now", TriageLevel.SelfCare },
        { "Carer for my mum so I'm on my feet all day, calves flicker in bed after my evening walk", TriageLevel.SelfCare },
        // Stop 61: danger words of a home language mixed into English, their denials ("sin", "nahi" after the sign, within
        // its clause), Patois, and everyday descriptions of heat stroke and a spinal injury.
        { "bhai seene mein dard after gym, heavy heavy feeling, sweating a lot even though I am sitting in AC room now", TriageLevel.Emergency },
        { "Mi papá (61) just came back from caminar y dice que tiene presión en el pecho, y le duele el brazo", TriageLevel.Emergency },
        { "Si Lola (72) nag-zumba kanina, ngayon parang may nakadagan sa dibdib niya at malamig ang pawis", TriageLevel.Emergency },
        { "Mi did a run dis mawnin an now mi chest a bun mi an mi lef han feel heavy, sweat a pour off mi", TriageLevel.Emergency },
        { "My brother fell down during the match under the afternoon sun. His body is hot like fire and he is not talking sense", TriageLevel.Emergency },
        { "Got speared in a rugby tackle on Saturday and my neck's been stiff since. Today both my arms are tingling", TriageLevel.Emergency },
        { "Football match mein shin pe kick mara. Now my shin is very tight and swollen, pain 9/10, painkillers bhi kaam nahi kar rahe, and top of my foot is numb", TriageLevel.Emergency },
        { "Tengo 72 y me dan calambres en la pantorrilla en la noche. Sin hinchazón, sin dolor de pecho, sin falta de aire. Duran unos 30 segundos.", TriageLevel.SelfCare },
        { "Meri mummy (48) ko walk ke baad calf cramp aata hai. Seene mein dard nahi, saans theek hai. 20 second ka cramp.", TriageLevel.SelfCare },
        // ... and the everyday English beside the new words: no self-care failed, confusion, arm pain or dirty wound.
        { "I could not help noticing my calves twitch after my runs", TriageLevel.SelfCare },
        { "I do the same thing again and again at the gym and my calves twitch", TriageLevel.SelfCare },
        { "my left hand feels heavy after the climbing session", TriageLevel.SelfCare },
        { "cycled on a rusty old bike and my calves twitch", TriageLevel.SelfCare },
        // Stop 62 (test-danger52's and dev-danger58's emergencies read lower, in other words): a jaw that will not open after
        // a dirty cut, told by a Tagalog "Tito ko"; a thunderclap headache that came "instantly"; a "very fast heartbeat"
        // with near-fainting; a chest "stitch" that spreads to the left shoulder; a neck cranked in a roll with both hands
        // tingling; a child still breathing fast an hour after struggling in the pool.
        { "Tita ko (52) stepped on a rusty nail last week. Now her neck and jaw are stiff and she can't open her mouth fully", TriageLevel.Emergency },
        { "Heavy overhead pressing at the gym and I instantly got the worst headache of my life", TriageLevel.Emergency },
        { "At tennis I had a sudden very fast heartbeat and felt like I would faint, had to sit down", TriageLevel.Emergency },
        { "Stitch in my chest on my run that hasn't gone after an hour and now it's going to my left shoulder. I'm 58", TriageLevel.Emergency },
        { "Got my neck cranked at judo tonight and an hour later both hands started tingling and my legs feel weak", TriageLevel.Emergency },
        { "My daughter swallowed a lot of water at swimming, it's been an hour and she's still coughing and breathing fast", TriageLevel.Emergency },
        // Stop 62 (in-sample silent emergencies): one side told a sentence at a time, a leg "gave way" (a part's sign);
        // someone on gliclazide who "isn't answering me properly"; legs that "won't work" after sprints with sickle cell trait.
        { "My mum (71) was at her aqua class when her right leg gave way. Now her right arm's numb as well.", TriageLevel.Emergency },
        { "My dad is 70 and on gliclazide. After his walk he's sweaty and shaky and isn't answering me properly, just staring at me.", TriageLevel.Emergency },
        { "My son is 15 with sickle cell trait. After sprints in the heat he said 'my legs won't work' and sat down.", TriageLevel.Emergency },
        // ... and their everyday look-alikes.
        { "got a stitch in my side on my run, gone after a few minutes", TriageLevel.SelfCare },
        { "my heart was beating fast during the sprint intervals, as it should, and my calves twitched after", TriageLevel.SelfCare },
        { "I was still breathing hard a minute after the last sprint, calves twitching", TriageLevel.SelfCare },
        { "my toes cramp and I have to move them to get it to stop", TriageLevel.SelfCare },
        // Stop 63 (test-danger56's emergencies read lower): sweating that goes on though "he stopped" a while ago, told of
        // someone else, beside an arm "cramp" at 58 is the heart's pattern; legs weaker by the day with walking that "has got
        // really hard" is the nerve emergency.
        { "Dad, 58, came off the court with what he calls a cramp in his left arm. He's sweating like mad even though he stopped 20 minutes ago.", TriageLevel.Emergency },
        { "Both my legs are getting weaker by the day since a tummy bug and walking has got really hard.", TriageLevel.Emergency },
        // ... and their look-alikes: "she's tired" stays "she is"; a session's sweat still dripping is no cold sweat.
        { "Mum's 60 and she's tired after her swim, calves twitching a bit", TriageLevel.SelfCare },
        { "still sweating after my run, calves twitching", TriageLevel.SelfCare },
        // Stop 63 (dev-danger62, dev63): a side told after its part ("Cheek's gone numb, left side"); "can barely breathe";
        // Hindi "left side ka haath aur pair ... sunn" and Tagalog "tumabingi yung bibig" (a mouth gone crooked); a cramp
        // still holding told by clocks, "still going at", or a time opening the sentence.
        { "Cheek's gone numb, left side. And the left arm feels numb too, noticed after my swim.", TriageLevel.Emergency },
        { "I can barely breathe after my swim and my calves are cramping", TriageLevel.Emergency },
        { "Aaj walk ke baad achanak left side ka haath aur pair dono sunn ho gaye.", TriageLevel.Emergency },
        { "Pagkatapos ng zumba, tumabingi yung bibig ko. 52 na po ako.", TriageLevel.Emergency },
        { "25 minutes and my calf is still locked solid after my run", TriageLevel.Urgent },
        { "It's 11pm. My hamstring cramped at 10:20 after training and it's still clenched.", TriageLevel.Urgent },
        { "Calf cramp started at 9, still going at 10:30, played squash at 8", TriageLevel.Urgent },
        // ... and their look-alikes: a side told after a cramp's place, a muscle "having a seizure", a blocked nose.
        { "my calf cramped, the left one, stretched it out and it went", TriageLevel.SelfCare },
        { "my calf was literally having a seizure after spin, full-on cramp for 30 secs, then it stopped", TriageLevel.SelfCare },
        { "I can't breathe through my nose with this cold, calves twitchy after my run", TriageLevel.SelfCare },
        // ... and the everyday English tried beside the new words: sweat through a race's stops, a sore walk after leg
        // day, training "still going at it", someone who "won't relax until" they know.
        { "I was sweating loads even though I stopped for water twice, calves cramped at mile 20", TriageLevel.SelfCare },
        { "walking has got a bit hard after leg day lol, quads are so sore", TriageLevel.SelfCare },
        { "I'm still going at it 3 times a week and my calves twitch, started 2 hours ago after the gym", TriageLevel.SelfCare },
        { "stretched my calf and it eased but I won't relax until I know it's nothing", TriageLevel.SelfCare },
        // Stop 64 (test-danger60 read after its stop as held out): a left side "asleep" in arm and leg with words coming out
        // wrong; a jaw aching since a walk in someone with angina; thighs "huge and hard" with cola-coloured wee; a stiff neck
        // and jaw a week after a rusty cut; a relative who "came back in" with one hand useless (today, not "back in" the past).
        { "finished my run and now my right side feels odd, like my arm and leg are asleep, words coming out a bit wrong", TriageLevel.Emergency },
        { "I'm 68 with angina. Calf cramp on my walk, gone now, but my jaw's been aching since I got home", TriageLevel.Emergency },
        { "first spin class in years on Saturday, today her thighs are huge and hard and her wee is like cola", TriageLevel.Emergency },
        { "stood on a rusty nail on the allotment 10 days ago, now my neck and jaw feel stiff and my back keeps spasming", TriageLevel.Emergency },
        { "mum came back in from her walk saying her left arm was useless and she can't lift the kettle, her smile looks lopsided", TriageLevel.Emergency },
        // A face told unsurely ("a bit droopy? maybe I'm imagining it") beside a hand gone weak is FAST's face and arm together.
        { "Grandad (81) came in from his walk, his left hand is useless, can't hold his mug. I think his mouth looks a bit droopy? could be nothing", TriageLevel.Emergency },
        // ... and a look-alike: a jaw that aches from grinding, in someone with no heart disease.
        { "calves cramped on my run, and my jaw aches from grinding my teeth at night", TriageLevel.SelfCare },
        // ... and over-triage found in test61 and test-danger60 once read: a cramp "at 70 mins" (a point in the match), hours
        // "a day" of training, a munro's 7 hours, a night "blacked out" asleep, a twin sister's faint beside the writer's twitch.
        { "90 minute match in the heat, my calf cramped at 70 mins, stretched it and played on", TriageLevel.SelfCare },
        { "dance camp this week, 5 hrs a day, my feet keep cramping in class", TriageLevel.SelfCare },
        { "munro bagging today 8 hours both calves cramping on the way down fine now", TriageLevel.SelfCare },
        { "blacked out for the whole night after the half marathon, slept 10 hours, calves still crampy", TriageLevel.SelfCare },
        { "my twin brother and I did the 10k today, he fainted at the finish but he's fine now, I just have twitchy calves", TriageLevel.SelfCare },
        // A question about anyone answered at once by the writer is the writer's (dev-danger66); asked of others, it stays a question.
        { "Is it normal to pass out after a hot yoga class? I did, for a few seconds, just now. Calves twitchy.", TriageLevel.Emergency },
        { "Is it normal to pass out after a marathon? My mate says it happens a lot. Calves twitchy.", TriageLevel.SelfCare },
        // Stop 65, test-danger64's emergencies read lower: a knee to the head; a thermometer's reading in Fahrenheit told to a
        // tenth, beside a rash that stays under a glass; a man on insulin whose words make no sense, read as his.
        { "our centre back (17) got kneed in the head at training, now he's seeing double and keeps throwing up", TriageLevel.Emergency },
        { "my son is 8, cup final this morning. tonight 103.1F, aching legs and a purple rash on his back that doesn't fade with the glass test", TriageLevel.Emergency },
        { "Typing for my wife (52), type 1 on insulin. Long walk today, now she's sweaty and shaky and what she says doesn't make sense", TriageLevel.Emergency },
        // ... and in-sample silent emergencies told partly in another language: a relative named in French before the English,
        // and Tagalog "ihi" (urine) the colour of tea.
        { "Mon frere (40 ans) a eu une crampe, puis il a perdu connaissance. my brother collapsed after his calf cramped at football, he's awake now", TriageLevel.Emergency },
        { "my ate did 500 burpees kahapon, her arms are swollen and really painful and her ihi is like coke", TriageLevel.Emergency },
        // ... and test65's emergency read lower, once read: a shin "cut open on the pitch" days before a stiff jaw.
        { "camogie match on Saturday, my knee got cut open on the pitch. Now my jaw is stiff and hard to open and my neck keeps cramping", TriageLevel.Emergency },
        // Stop 66, test-danger68's emergencies read lower, in other words: a hypo with thinking gone wrong; a face drooping
        // on one side told after "gone funny"; far more water than needed; a back "bad" for days with both legs going; an
        // "everything went black" with seconds out; a seizure spelt as typed.
        { "Type 2 on gliclazide, 30 mins into my walk I got sweaty and shaky and now it's really hard to think straight", TriageLevel.Emergency },
        { "typing for my grandad (74), after his walk his face has gone funny, one side is droopy and he's dribbling his drink", TriageLevel.Emergency },
        { "Marathon done, drank way more water than I needed and now my fingers are like sausages and I've the worst headache of my life", TriageLevel.Emergency },
        { "back's been bad since moving house and tonight both my legs have gone weak and numb", TriageLevel.Emergency },
        { "At netball everything went black and I dropped, the girls say I was out about 5 secs. Calves cramping since.", TriageLevel.Emergency },
        { "my bf had a sezure after his half marathon and he's still cramping", TriageLevel.Emergency },
        // ... and in-sample emergencies read as self-care: a child floppy after swallowing water at a lesson (NICE NG143's
        // red sign); an old man who "just went" for a few seconds after going dizzy and clammy.
        { "My 5 year old swallowed a lot of water at her swimming lesson. Now she's coughing, breathing fast and seems really tired and floppy.", TriageLevel.Emergency },
        { "Grandad went dizzy and clammy and fell after his walk, he says he just went for a few seconds", TriageLevel.Emergency },
        // Stop 67, test-danger72's and test73's emergencies read lower, in other words: a known slipped disc with both legs
        // going (NHS cauda equina); white icy fingers after gripping; a reliever not touching an attack and words hard to get
        // out; brown toilet water; a neck bent right back, then four limbs tingling; a head "clonked" on a blood thinner;
        // pee a darker shade of tea on a statin; a jaw locked after a dirty cut; a first weights session with brown wee; a
        // chest that gets tight on the treadmill; stairs a struggle with both legs weak after a cold.
        { "Slipped disc for years. After the gym both my legs feel weak and numb", TriageLevel.Emergency },
        { "Gripped the drill for hours on site, now my fingers are white and icy and numb", TriageLevel.Emergency },
        { "asthma attack after netball, inhaler isn't touching it and I can barely get words out", TriageLevel.Emergency },
        { "Six hour bootcamp this morning, toilet water was brown when I went, legs weak and shaky", TriageLevel.Emergency },
        { "Scrum collapsed and bent my neck right back, now my hands are tingling", TriageLevel.Emergency },
        { "I'm on warfarin and clonked my head on a cupboard after my run, just a small bump, calves twitchy", TriageLevel.Emergency },
        { "Mum is 72 and on atorvastatin, thighs very sore and weak since the heavy gardening and her wee is a darker shade of tea", TriageLevel.Emergency },
        { "Stood on a rusty nail last week, now my jaw is locked and hard to open after sparring", TriageLevel.Emergency },
        { "My daughter (18) has never done weights before, had her first session yesterday and her wee is brown today", TriageLevel.Emergency },
        { "Grandad (70) felt his chest get tight 5 minutes into his walk on the treadmill, it passed when he stopped", TriageLevel.Emergency },
        { "Both legs weak and numb since a flu last week and I'm struggling to climb stairs, calves twitching", TriageLevel.Emergency },
        // ... and dev-danger78's, read first: a calf swollen after a long drive with getting puffed out on the stairs; an old
        // woman in the heat who calls her daughter by her sister's name; a leg cold and whitish-blue; a bum numb like after
        // a dentist's injection with not knowing whether the bladder is full.
        { "Calf puffy and warm since the long drive, and I'm getting puffed out on the two flights of stairs to my flat", TriageLevel.Emergency },
        { "Nan is 84, out in the sun gardening all day, she called me by my sister's name twice and has leg cramps", TriageLevel.Emergency },
        { "After his walk Dad's foot is cold and whitish-blue and he can hardly move it", TriageLevel.Emergency },
        { "Back's been screaming since deadlifts, bum feels numb like after a dentist injection and I couldn't tell if I needed to pee", TriageLevel.Emergency },
        // ... and dev79's self-care stories read higher: arms shaken out for a few seconds; a twitch between the shoulder
        // blades (the back's muscle, not the heart's pain felt there); a cramp that took the weight off a leg until it let go.
        { "Forearms cramped on the last route at the climbing wall, shook them out for a few seconds and they were fine", TriageLevel.SelfCare },
        { "A fluttering in the muscle between my shoulder blades since bowls last week, a few seconds at a time, no pain", TriageLevel.SelfCare },
        { "Calf cramped at hurling and I couldn't put weight on it till it let go, walking grand now", TriageLevel.SelfCare },
        // Stop 68, test-danger76's emergency read lower and dev-danger82's silent one, in other words: a girl still sick after
        // lying in a cool room after netball in the heat (heat exhaustion not settling with cooling is treated as heatstroke,
        // NHS); a smile in the mirror that moved on one side only, beside a hand that could not do up buttons (FAST's face);
        // a hand that "wouldn't cooperate" with numb fingers and a face odd on that side, all at once.
        { "Son (15) had rugby in the heat, he's been lying in a cool room for 40 minutes and still feels sick and crampy", TriageLevel.Emergency },
        { "after my swim I smiled in the changing room mirror and one side didn't move, feels a bit better now", TriageLevel.Emergency },
        { "after the 10k my left hand just wouldn't cooperate and my fingers feel numb, it came on all at once", TriageLevel.Emergency },
        // ... and in-sample emergencies read lower, flagged: an arm that went "numb and heavy" with speech gone funny; an arm
        // that dropped when asked to hold both up (FAST's arm test, told by a coach).
        { "Mum is 70. On her walk today her right arm went numb and heavy and her speech went funny for about 10 minutes", TriageLevel.Emergency },
        { "One of my swimmers climbed out and his right arm dropped when I asked him to hold both up", TriageLevel.Emergency },
        { "Left arm dropped when the bar slipped on my last rep of bench, calves twitchy after", TriageLevel.SelfCare },
        // Stop 69, test-danger80's emergencies read lower, in other words: both legs weak after a blow to the neck (a spinal
        // cord injury until shown otherwise, NICE NG232); still sick after lying in an air-conditioned car after a race in
        // the heat (heat exhaustion not settling with cooling, NHS); a swollen calf on the pill, now puffed out on one flight
        // of stairs (a clot that may have reached the lungs, NICE NG158).
        { "Fell off skiing and hit my neck on the ice, now both my legs feel weak and I'm struggling to walk in a straight line", TriageLevel.Emergency },
        { "Sat in an air conditioned car for half an hour after the triathlon in 33 degrees and I still feel really sick", TriageLevel.Emergency },
        { "On the pill, my right calf has been swollen and sore for 4 days and now I'm puffed out walking up the stairs", TriageLevel.Emergency },
        { "Got puffed out walking up Snowdon yesterday, calves cramped on the way down", TriageLevel.SelfCare },
        // ... and an urgent story read lower: a hand locked in a claw for 12 minutes.
        { "My hand has been locked in a claw for 12 minutes since I came off the climbing wall and it won't release.", TriageLevel.Urgent },
        // dev-danger10's silent emergency in other words: both hands tingling after a tackle that sent the neck into spasm
        // (a blow to the neck with pins and needles in the limbs, NICE NG232).
        { "Took a big hit in a tackle at rugby, my neck went into spasm. Now my hands are tingling", TriageLevel.Emergency },
        // test-danger80's urgent stories read lower: an arm or a neck tight and heavy on effort, eased at rest, at 64 and 67
        // (NICE CG95's angina; urgent, not an emergency, while it settles with rest). A climber's pumped forearms are not.
        { "My left arm goes tight and heavy when I carry the shopping up the hill, goes after a rest. I'm 61.", TriageLevel.Urgent },
        { "Tightness in my neck and left arm while digging the allotment, faded once I stopped. I'm 70.", TriageLevel.Urgent },
        { "My forearms get tight and heavy when I climb, eases after a rest. I'm 52.", TriageLevel.SelfCare },
        // In-sample emergencies read lower, in other words: a jaw "that stiff" (so stiff) after a rusty nail, and a jaw "stuck"
        // after gravel ground into a knee (tetanus, UKHSA); a head bent back in a tackle, then legs like jelly (NICE NG232);
        // still feeling very bad in an AC room after a walk in 41 degrees (heat exhaustion not settling, NHS).
        { "Cut my hand on rusty wire last week. Now my jaw is that stiff I can barely get a spoon in", TriageLevel.Emergency },
        { "She got gravel ground into her knee at the skatepark 8 days ago, now her jaw is stuck", TriageLevel.Emergency },
        { "Our hooker's head was bent back in the scrum and now both his legs are tingly and weak", TriageLevel.Emergency },
        { "Hiked 10 km in 40 degrees, been sitting in an AC room for 30 minutes but still feeling very bad", TriageLevel.Emergency },
        // ... a shin swollen and tight after a kick, "pain's a solid 9", toes numb (compartment syndrome, NHS); "kinda confused"
        // after drinking at every station without thirst (low blood sodium, Hew-Butler 2015); sight gone on the same side of
        // both eyes after a heavy session (a stroke's lost half of the field, NHS).
        { "Took a kick to the shin at hockey, it's swollen and tight, pain's a solid 9 and my toes are numb", TriageLevel.Emergency },
        { "Did my first marathon, drank water at every single station even when not thirsty, now I feel kinda confused", TriageLevel.Emergency },
        { "after the session I can't see properly out of the right side of both eyes", TriageLevel.Emergency },
        // ... and a self-care story read higher: an old mini stroke's years are not the twitch's (twitching 10 years read DOCTOR).
        { "I had a mini stroke 10 years ago but have been fine since. I'm 58 and my calves twitch after aqua jogging, a few seconds at a time", TriageLevel.SelfCare },
        // Stop 70, test-danger84's emergencies read lower, in other words: legs weaker by the day after a tummy bug, tingling
        // creeping up, stairs now hard (a spreading nerve illness, NHS Guillain-Barre); a head driven into the ground, then
        // pins and needles in both arms (a neck injury until shown otherwise, NICE NG232); a numb bum and groin with a bladder
        // hard to control after a new saddle (cauda equina, NHS); 40.5 "on the thermometer" after a march in the heat.
        { "Tummy bug last week. Now my legs get weaker every day, my feet are tingling and I can barely get up the stairs", TriageLevel.Emergency },
        { "Leg day yesterday, 5x5 squats, and today I can hardly get up the stairs lol", TriageLevel.SelfCare },
        { "My head got driven into the ground in a scrum, now pins and needles in both arms", TriageLevel.Emergency },
        { "Since the long ride my bum and groin feel numb and I've had trouble controlling when I pee", TriageLevel.Emergency },
        { "Marched 8 miles in the heat with a pack, cramping all over, the medic got 40.3 on the thermometer", TriageLevel.Emergency },
        // ... and an urgent one read lower: hours of flight as a clause of their own after the journey, then a swollen hot
        // calf (a clot after long travel, NICE NG158).
        { "Flew from Lagos to London on Friday, 7 hours. Now my left calf is swollen and warm, pain 5/10", TriageLevel.Urgent },
        // dev-danger90, in other words: a jaw tight and swallowing hard a week after rose thorns (tetanus, UKHSA); a back that
        // "went" at squats, then both legs tingling and weak and a walk gone funny (cauda equina, NHS); water by the bottle
        // every hour of a long walk, then a crushing headache (low blood sodium, Hew-Butler 2015); a calf that cramps on
        // the walk to the shops and goes off within a minute or two of stopping at 72 (narrowed leg arteries, MSD).
        { "Pricked my thumb on rose thorns pruning last week, now my jaw is tight and swallowing is hard", TriageLevel.Emergency },
        { "Felt something go in my back at squats, now both legs are tingling and weak and I'm walking funny", TriageLevel.Emergency },
        { "Did a 9 hour charity hike and drank a bottle of water every hour, just water. Now I've got a crushing headache", TriageLevel.Emergency },
        { "I'm 72. My left calf cramps up on the walk to the shops and goes off within a minute or two of stopping", TriageLevel.Doctor },
        { "did legs yesterday, walking funny today lol", TriageLevel.SelfCare },
        { "Heart was pounding during the hill sprints but it settled within a couple of minutes of stopping, quads twitchy now", TriageLevel.SelfCare },
        // In-sample emergencies read lower: a heart "going a bit fast" beside an arm and jaw ache after a ride at 61 (the heart
        // attack's companion, NHS); a run in the heat and the aircon "not easing at all" (heat exhaustion not settling with
        // cooling, NHS); legs that "won't work" after suicides in a hot gym with sickle cell trait (exertional sickling, NATA).
        { "61 and just back from a 2 hr ride, crampy ache in my arm and jaw. Heart's going a bit fast too.", TriageLevel.Emergency },
        { "2 hr ride in the heat, heart's going a bit fast still, calves twitchy", TriageLevel.SelfCare },
        { "Trail run in 38 degrees, awful headache and I feel sick. Been in the aircon 40 min but it's not easing at all", TriageLevel.Emergency },
        { "My daughter has sickle cell trait. After doing suicides at basketball her legs went weak and she sank down", TriageLevel.Emergency },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void Story_ReadWithoutQuestions_ReachesItsLevel(string text, TriageLevel expected)
    {
        var (level, intake) = Assess(text);

        Assert.True(expected == level, $"{expected} expected, {level} reached; read: {Read(intake)}");
    }

    public static TheoryData<string, string> Uncertain => new()
    {
        // Stop 30: "not improving" said bare may be the heat's or the cramp's, so the heat question is asked (stop 31: unless
        // cooling was tried, below).
        { "bowls all afternoon at 34 degrees, thighs cramping, feel sick, not improving", "symptom.heat_not_improving" },
        // Stop 59: a hedge reaches past the degree it softens ("a bit", "slightly") to the sign.
        { "Not sure if my calf is a bit puffy after the run", "symptom.swelling" },
        { "not sure if my ankle is slightly swollen after the hike", "symptom.swelling" },
        // Stop 35: a hand weak for months is no stroke (FAST's signs are sudden); the one-sided question is asked, not taken.
        { "my left hand's gone weak and keeps dropping things, thumb twitching, been 4 months now", "symptom.one_side_weak_or_numb" },
        // No companion sign, and not plainly a worked muscle: the heart is asked about, not ruled out or assumed.
        // A chest, breathing, wee or speech that feels or looks "weird" or "off" (stop 28): its sign is asked first.
        { "my chest feels funny since the hill reps", "symptom.chest_pain" },
        // Stop 44: a left arm that aches with no companion and no arm work is the heart's place, asked.
        { "my left arm aches after my run", "symptom.arm_jaw_neck_pain" },
        // Stop 45: "so sleepy" after a long session may be tiredness or drowsiness: asked, not taken.
        { "long ride today, so sleepy now and my calves twitch", "symptom.confusion" },
        { "my lad cramped up at the end of the match and now he's really sleepy", "symptom.confusion" },
        // ... and heartburn alone is asked, not taken.
        { "bit of heartburn after the curry and my 5k, calves twitchy", "symptom.chest_pain" },
        { "came out in hives after my run in the cold, calves twitched a bit", "symptom.allergic_swelling" },
        // Stop 46: a body "very hot" said of someone is asked, not taken; with a collapse the collapse carries it.
        { "my son has been at the beach all day and his body is very hot", "symptom.hot_dry_skin" },
        // A reliever inhaler that is not helping is the asthma attack's sign: the breathing question is asked first.
        { "Ventolin isn't helping at all after my run", "symptom.breathing_difficulty" },
        // A numb bum after hours on a bike is asked about, not taken for the spinal emergency.
        { "numb bum after a long sportive, went once I got off the bike", "symptom.saddle_numbness_or_bladder" },
        // A face that "looks a bit funny" is asked about (stop 37): drooping or not, the person or someone with them can say.
        { "DIY this morning, the wife says my face looks a bit funny", "symptom.face_droop" },
        // A hedge inside the words of a sign ("wee was maybe a bit brown" for "wee ... brown") leaves it to be asked.
        { "after the spin class my wee was maybe a bit brown, hard to say", "symptom.dark_urine" },
        { "urine is kind of brown after my long run", "symptom.dark_urine" },
        // Flopping down after a long day (stop 29): whether they really collapsed is asked, not taken for a collapse.
        { "got in from the 10k and collapsed on the couch with a takeaway, hamstrings twitching now", "symptom.collapse_or_seizure" },
        { "passed out in front of the telly after the tournament, woke with my feet cramping", "symptom.collapse_or_seizure" },
        { "Blacked out on the sofa for the whole evening after the half. Calves twitching when I woke up.", "symptom.collapse_or_seizure" },
        { "netball in the sun, calves cramping, and I'm red hot", "symptom.hot_dry_skin" },
        // Sweating that stopped once cooled after a run is asked; beside the heat or confusion it is taken (below).
        { "calves twitch after my run, and I'm not sweating now, bit of a headache", "symptom.hot_dry_skin" },
        { "something's off with my breathing after the swim", "symptom.breathing_difficulty" },
        { "my wee looked a weird colour after the ultra", "symptom.dark_urine" },
        { "my words came out odd for a minute after the deadlifts", "symptom.swallowing_or_speech" },
        { "my left arm has been cramping since my run", ArmJawNeck },
        { "jaw aching after the hill", ArmJawNeck },
        { "neck feels tight after my ride", ArmJawNeck },
        { "arm cramp after my walk, sweating loads", ArmJawNeck },
        // A hedged companion leaves it asked too.
        { "left arm aching after my run and maybe a bit sick", ArmJawNeck },
        // Hedged warning signs are asked.
        { "felt a bit faint after my run and my calf cramped", "symptom.near_faint" },
        { "maybe slightly numb around my bum after deadlifts?", "symptom.saddle_numbness_or_bladder" },
        { "102F after my run and I feel rough", "symptom.temperature_c" },
        // Stop 63: a fever's reading in Fahrenheit with "the heat" further off may be the body's or the day's: asked.
        { "104F after my football game in the heat, I'm shivering and cramping", "symptom.temperature_c" },
        // Heart pain felt as "heartburn" or "indigestion" during or after effort: chest pain is asked.
        { "got a bad case of heartburn after my run and my arm feels odd", "symptom.chest_pain" },
        { "indigestion halfway up the hill, calves cramping", "symptom.chest_pain" },
        // A face that "feels funny" may be drooping: asked at once, never assumed either way.
        { "after tennis my right arm went heavy and useless and my face feels funny", "symptom.face_droop" },
        // A chest "a bit" tight or a little wheeze after effort: the heart and the breathing are asked, not assumed or dropped.
        { "my chest is a bit tight after the hill reps", "symptom.chest_pain" },
        // Stop 32: a sore chest (after coughing, or after a fall) may still be the heart: asked, not dropped.
        { "chest is sore since the hill session and my calves twitch", "symptom.chest_pain" },
        { "slightly wheezy after my run this morning", "symptom.breathing_difficulty" },
        // Hives or a sting alone: the swelling of the mouth or throat that makes it anaphylaxis is asked.
        { "came out in itchy welts all over after my run", "symptom.allergic_swelling" },
        { "stung by a bee on my ride and my arm is twitching", "symptom.allergic_swelling" },
        // Water breathed in: breathlessness is asked, hours later too.
        { "got cramp in the lake, nearly drowned, still coughing a bit now", "symptom.breathing_difficulty" },
        // Out of breath on the stairs may be new breathlessness or an unfit day: asked.
        { "puffed out going up the stairs today and my calf twitches", "symptom.breathing_difficulty" },
        // A headache with no word of how bad it is: asked, never taken as the severe one nor dropped.
        { "got a headache after my long run and my calves are twitching", "symptom.severe_headache" },
        // Stop 34: loads of water after a gym session, no long event named, is asked about, not taken for overload.
        { "did leg day, calves cramping tonight, drank loads of water, feel fine", "hydration.plain_water_overload" },
        // Stop 34: "don't think I'm sweating any more" is the heatstroke sign said unsure, never a "no".
        { "sat in the shade with a wet towel, still feel sick, don't think I'm sweating any more", "symptom.hot_dry_skin" },
        // Stop 34: a softened state of a part sign ("a bit droopy") is asked, not taken.
        { "after my run my mouth looked a bit droopy in the mirror", "symptom.face_droop" },
        // Stop 51: a bleeding tongue may be a bitten one from a fit or a bite at lunch, and a heart "going a bit fast" after a
        // ride may be the ride: each asked, not taken.
        { "my tongue is bleeding after the match and my calves are cramping", "symptom.collapse_or_seizure" },
        { "heart's going a bit quick since the ride, calves twitchy", "symptom.palpitations" },
        // ... and "sleepier than usual" with no knock to the head is asked, not taken (with one it is: above).
        { "after the 10k I'm sleepier than usual and my calves twitch", "symptom.confusion" },
        // Stop 52: a crick in the neck after no arm work may be the heart's place, and a heartbeat "kinda fluttery" with no
        // faintness may be the sprint: each asked, not taken.
        { "crick in my neck after my run, calves twitching", ArmJawNeck },
        { "heart kinda fluttery after sprints but otherwise fine", "symptom.palpitations" },
        // Stop 54: breathing fast is the effort's or panic's as often as a clot's or sepsis's: asked, not taken, alone (as
        // happening now, "he is breathing fast", it is taken).
        { "my son was breathing really fast after his swimming race and his calves were cramping", "symptom.breathing_difficulty" },
        // Stop 54: someone who "thought I was fitting" saw something the writer denies; a breath lost to a knock and "back
        // breathing normally" within a minute: each asked, neither taken nor dropped.
        { "my flatmate thought I was fitting on the sofa after the long run, my calves were just jumping", "symptom.collapse_or_seizure" },
        { "took a ball in the stomach at football, couldn't get a breath in for a few seconds, back breathing normally within a minute", "symptom.breathing_difficulty" },
        // ... and a hedge before a length hedges the length, not whether it happened: "maybe a bit numb" is still asked.
        { "after my run my foot felt maybe a bit numb for a minute", "symptom.numbness" },
        // Stop 55: a cup that slips from a sweaty hand, or a wee slow to start at 72 with no back pain, is asked, not taken.
        { "sweaty after the gym, my protein shake glass slipped out of my hand", "symptom.weakness" },
        { "I'm 72, calves cramp at night after my walks, and it takes ages to start peeing these days", "symptom.saddle_numbness_or_bladder" },
        // Stop 64: "not sure if it's swollen" doubts the swelling ("it's" ends a scope elsewhere); an arm aching in someone with
        // heart disease may be the arm the session worked, and a sore neck the helmet's, so each is asked, not taken.
        { "calf has been cramping since the match and I'm not sure if it's swollen", "symptom.swelling" },
        { "I have angina and my arms feel heavy after the rowing machine today", "symptom.arm_jaw_neck_pain" },
        { "I have angina, my neck is sore from the helmet after my ride, calves twitchy", "symptom.arm_jaw_neck_pain" },
        // Stop 65: a warning sign asked about anyone may be the writer's own: asked, as "did you?" is on the phone.
        { "Is it normal to faint after a really hard spin class?", "symptom.collapse_or_seizure" },
        // Stop 66: whether what happened was a warning sign, asked ("Was that a seizure??"), is asked back.
        { "My leg jerked hard as I dropped off to sleep after the hike. Was that a seizure?", "symptom.collapse_or_seizure" },
        // Stop 67: pee red or pink beside beetroot eaten is asked, not taken (beetroot colours it; blood and muscle pigment
        // too); brown pee is taken whatever is blamed, and beetroot denied explains nothing (below).
        { "my wee was reddish-pink after the long run, then I remembered the beetroot salad at lunch", "symptom.dark_urine" },
        // ... and "rhabdo" named is asked about, as the pee's colour is on the phone, not taken for it.
        { "I think I've got rhabdo, thighs swollen after crossfit", "symptom.dark_urine" },
    };

    [Theory]
    [MemberData(nameof(Uncertain))]
    public void Story_SignLeftUncertain_IsInConfirm(string text, string id)
    {
        var (_, intake) = Assess(text);

        Assert.True(intake.Confirm.Contains(id), $"{id} not in confirm; read: {Read(intake)}");
        Assert.False(intake.Answers.ContainsKey(id), $"{id} answered; read: {Read(intake)}");
    }

    public static TheoryData<string> LookAlikes => new()
    {
        "arm cramped during my swim",
        "forearm cramp from climbing",
        "sweaty after my run, calf twitch",
        "biceps cramping after heavy curls at the gym, dripping with sweat",
        "my arm cramped up during my rowing session, sweated loads",
        "upper back tight after the rowing machine",
        "eyelid twitching after late nights, neck is fine",
        "calf cramp at mile 20 of the marathon, soaked in sweat",
        "my dad's arm aches and he feels sick, my calf twitches after my run",
        "no arm pain, no jaw pain, just a calf cramp after my walk",
        "did chest day yesterday and my triceps are a bit tight",
        "twitch in my left pec after bench press, my heart rate strap sits across my chest",
        "my neck keeps going into spasm after the shoulder press",
    };

    /// <summary>A drink named with a colour word, or peeing often after tea or after dark, is no dark urine: only words of the urine's colour are.</summary>
    [Theory]
    [InlineData("I like coca cola after a ride, calves twitch a bit")]
    [InlineData("had a pint of cola after football and my calf cramped")]
    [InlineData("been peeing loads after all that tea, calf twitching")]
    [InlineData("peeing a lot after dark, legs twitch in bed")]
    [InlineData("needed a pee after a mug of weak tea, calf twitching")]
    [InlineData("bought a coffee coloured running top, calf twitches after runs")]
    public void DrinkWithAColour_IsNotDarkUrine(string text)
    {
        var (level, intake) = Assess(text);

        Assert.False(intake.Answers.ContainsKey("symptom.dark_urine"), $"read: {Read(intake)}");
        Assert.Equal(TriageLevel.SelfCare, level);
    }

    /// <summary>"Weak tea" drunk is no weak muscle, while urine "like weak tea" is still dark urine.</summary>
    [Fact]
    public void WeakTeaDrunk_IsNotWeakness()
    {
        var (level, intake) = Assess("had a mug of weak tea after my run and my calf is twitching");

        Assert.False(intake.Answers.ContainsKey("symptom.weakness"), $"read: {Read(intake)}");
        Assert.Equal(TriageLevel.SelfCare, level);
    }

    /// <summary>A quarter of an hour of a session is the session's length, never a cramp held that long; heading the ball in practice or a header (dive) into the pool is no head injury.</summary>
    [Theory]
    [InlineData("jogged for a quarter of an hour and my calf twitched")]
    [InlineData("did a quarter of an hour of stretching after my run, calf twitching a little")]
    [InlineData("practised headers at training, calf cramp after")]
    [InlineData("took a header into the pool and my calf cramped")]
    public void SessionQuarterHourOrHeading_StaysSelfCare(string text)
    {
        var (level, intake) = Assess(text);

        Assert.False(intake.Answers.ContainsKey("episode.seconds"), $"read: {Read(intake)}");
        Assert.False(intake.Answers.ContainsKey("history.head_injury"), $"read: {Read(intake)}");
        Assert.Equal(TriageLevel.SelfCare, level);
    }

    /// <summary>
    /// One side named before two parts is a stroke sign only with numbness or weakness, and not where the sentence has a
    /// twitch or cramp of its own; shaky legs after a session, with no cooling tried, answer no heat question.
    /// </summary>
    [Theory]
    [InlineData("my left arm and left leg twitch a bit after the gym, no numbness or weakness")]
    [InlineData("left calf cramped on my run and my left hand went numb from the cold")]
    [InlineData("legs still shaky after leg day, quads twitching")]
    // Stop 62: one side across two sentences needs a sign in each; a sore knee is none, a calf cramp is a complaint.
    [InlineData("My left knee is sore from the run. My left hand is a bit tingly from the handlebars.")]
    [InlineData("My left calf cramped hard on the run. Now my left hand is numb from the cold.")]
    public void OneSidedOrShakyLookAlike_IsNoEmergency(string text)
    {
        var (level, intake) = Assess(text);

        Assert.False(intake.Answers.TryGetValue("symptom.one_side_weak_or_numb", out var v) && v is BoolAnswer { Value: true }, $"read: {Read(intake)}");
        Assert.False(intake.Answers.ContainsKey("symptom.heat_not_improving"), $"read: {Read(intake)}");
        Assert.True(level < TriageLevel.Emergency, $"{level}; read: {Read(intake)}");
    }

    /// <summary>Tired legs after a long run are not weak legs: "heavy" is read as weakness for an arm only.</summary>
    [Fact]
    public void HeavyLegsAfterALongRun_AreNotWeakness()
    {
        var (level, intake) = Assess("my legs feel heavy and tired after the half marathon");

        Assert.False(intake.Answers.ContainsKey("symptom.weakness"), $"read: {Read(intake)}");
        Assert.Equal(TriageLevel.SelfCare, level);
    }

    /// <summary>
    /// "No pain in my chest" is the chest's "no", as "no chest pain" is; followed by what the chest feels instead ("just a
    /// pressure", "more of a tightness"), the chest is asked, never a "no": the question asks about pressure too.
    /// </summary>
    [Theory]
    [InlineData("calves twitch after my run, no pain in my chest", false)]
    [InlineData("no chest pain, but my calf feels tight after the hike", false)]
    [InlineData("no chest pain, just tight calves after the run", false)]
    [InlineData("my foot cramps after bowls. No numbness, no pain in the chest, no trouble walking", false)]
    [InlineData("no chest pain, blood pressure was fine at the pharmacy, calves cramping", false)]
    [InlineData("no chest pain, just a bit of pressure since my walk", null)]
    [InlineData("no pain in my chest, it's more like a weight sitting there after the gym", null)]
    public void ChestPainDenied_IsNoUnlessAnotherFeelingIsTold(string text, bool? expected)
    {
        var (_, intake) = Assess(text);

        if (expected is { } no)
        {
            Assert.True(intake.Answers.TryGetValue("symptom.chest_pain", out var v) && v is BoolAnswer { Value: var b } && b == no, $"read: {Read(intake)}");
        }
        else
        {
            Assert.False(intake.Answers.ContainsKey("symptom.chest_pain"), $"read: {Read(intake)}");
            Assert.Contains("symptom.chest_pain", intake.Confirm);
        }
    }

    /// <summary>"My two legs" (Nigerian English) are both legs; the last two legs of a relay are not.</summary>
    [Fact]
    public void RelayLegs_AreNotBothLegs()
    {
        var (_, intake) = Assess("felt weak on the last two legs of the relay, calves twitch after");

        Assert.False(intake.Answers.ContainsKey("symptom.both_legs_weak_or_numb"), $"read: {Read(intake)}");
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void LookAlike_DoesNotRaiseTheHeart(string text)
    {
        var (level, intake) = Assess(text);

        Assert.False(intake.Answers.TryGetValue(ArmJawNeck, out var v) && v is BoolAnswer { Value: true }, $"answered; read: {Read(intake)}");
        Assert.DoesNotContain(ArmJawNeck, intake.Confirm);
        Assert.True(level <= TriageLevel.Doctor, $"{level}; read: {Read(intake)}");
    }
}
