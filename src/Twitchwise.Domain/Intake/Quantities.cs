using System.Globalization;

namespace Twitchwise.Domain.Intake;

/// <summary>A number with its unit, already converted: seconds, litres, mg, percent, a 0-10 score, years or a count.</summary>
internal sealed record Quantity(UnitKind Kind, double Value, double UnitFactor, int First, int Last);

/// <summary>
/// A caffeinated drink: how many servings (null when named without an amount, as in "no coffee"). Drink is null only
/// while reading, for cups whose drink is named elsewhere in the sentence; <see cref="Quantities.Read"/> never returns one.
/// </summary>
internal sealed record DrinkAmount(Drink? Drink, double? Servings, int First, int Last);

/// <summary>
/// Reads numbers with units from a sentence's tokens: "three weeks", "3-4 coffees", "1.5 litres", "a big mug of
/// coffee", "500 ml energy drink", "7/10", "34 years old", "I'm 34", "6 days a week". The tokens are the reader's, in
/// standard words ("im" already read as "i'm").
/// </summary>
internal static class Quantities
{
    private const int MaxFillers = 3;
    // "ran 800m": a run or a walk of this many "m" is metres; "a 45m run" is minutes.
    private const double MinMetres = 100;
    // "that last 400m rep", "after di 400m": from here "m" is metres whatever the words around it; nobody writes a
    // session of over three hours as "200m".
    private const double AlwaysMetres = 200;
    private const double SecondsPerWeek = 604800;
    private const double SecondsPerDay = 86400;

    /// <param name="today">Today's day of the week, for "last Tuesday"; null when the caller gives no date, and then a
    /// day of the week gives no time.</param>
    public static (List<Quantity> Quantities, List<DrinkAmount> Drinks) Read(IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch<QuantityItem>> items,
        IReadOnlySet<string> people, DayOfWeek? today = null)
    {
        var at = items.ToDictionary(m => m.First);
        var quantities = new List<Quantity>();
        var drinks = new List<DrinkAmount>();
        var previousEnd = -1;
        var i = 0;
        while (i < tokens.Count)
        {
            var end = TryRead(tokens, at, i, previousEnd, quantities, drinks, people, today);
            if (end > i)
            {
                previousEnd = end;
                i = end;
            }
            else
            {
                // A phrase that ends in a number with a unit of its own after it is not that phrase: "over 10" of "lasted
                // over 10 minutes" is no score out of ten, so the number is read again with its minutes.
                i = at.TryGetValue(i, out var m) && !(tokens[m.Last - 1].IsNumber && at.TryGetValue(m.Last, out var next) && next.Item is Unit)
                    ? m.Last
                    : i + 1;
            }
        }

        return (quantities, NameUnnamedDrinks(drinks));
    }

    /// <summary>Cups with no drink named take the drink named in the sentence; without one they are dropped.</summary>
    private static List<DrinkAmount> NameUnnamedDrinks(List<DrinkAmount> drinks)
    {
        var named = drinks.Where(d => d.Drink is not null).ToList();
        return drinks
            .Select(d => d.Drink is not null ? d
                : named.OrderBy(n => Math.Abs(n.First - d.First)).FirstOrDefault() is { } near ? d with { Drink = near.Drink }
                : null)
            .OfType<DrinkAmount>()
            .ToList();
    }

    private static int TryRead(IReadOnlyList<Token> tokens, Dictionary<int, PhraseMatch<QuantityItem>> at, int i, int previousEnd,
        List<Quantity> quantities, List<DrinkAmount> drinks, IReadOnlySet<string> people, DayOfWeek? today)
    {
        // "I'm fifty-two", "aged sixty-eight"; "my dad's 5k parkrun" is a distance, not his age, and "She's 39.6" her
        // temperature.
        if (at.TryGetValue(i, out var here) && here.Item is Unit { Kind: UnitKind.AgePrefix } && NumberAt(tokens, at, here.Last) is { } age &&
            (tokens[here.Last].IsNumber || IsAgeInWords(age.Value)) && age.Value % 1 == 0 &&
            !(age.End < tokens.Count && tokens[age.End].Norm is "k" or "km" or "kms" or "mi" or "mile" or "miles"))
        {
            // "I am 22 years police recruit", "I am 28 yrs": years after "I am" are an age, as "I am 22" is; "I'm 3 weeks
            // postpartum" is not.
            var unit = Skip(tokens, at, age.End);
            var years = unit < tokens.Count && IsYears(tokens[unit].Norm);
            if (years || !StartsUnit(tokens, at, unit))
            {
                var end = years ? unit + 1 : age.End;
                quantities.Add(new(UnitKind.Age, age.Value, 1, i, end));
                return end;
            }
        }

        // "My father have 69 years, he play padel": the age as Spanish, Portuguese and Italian say it ("tiene 69 años"), the
        // years closing the clause, so "he has 20 years experience" stays his work.
        if (tokens[i].Norm is "have" or "has" && i > 0 && (tokens[i - 1].Norm is "i" or "he" or "she" || people.Contains(TextTokens.WithoutPossessive(tokens[i - 1].Norm))) &&
            i + 2 < tokens.Count && WholeAge(tokens[i + 1]) is { } had && IsYears(tokens[i + 2].Norm) && (i + 3 == tokens.Count || !tokens[i + 3].IsWord))
        {
            quantities.Add(new(UnitKind.Age, had, 1, i, i + 3));
            return i + 3;
        }

        if (here?.Item is NotAnAmount)
        {
            return here.Last;
        }

        // "My nan, eighty-four, did her physio": an age in words between commas after the person.
        if (i > 1 && tokens[i - 1].Norm == "," && people.Contains(tokens[i - 2].Norm) && !tokens[i].IsNumber && NumberAt(tokens, at, i) is { } worded &&
            IsAgeInWords(worded.Value) && worded.End < tokens.Count && tokens[worded.End].Norm == ",")
        {
            quantities.Add(new(UnitKind.Age, worded.Value, 1, i, worded.End));
            return worded.End;
        }

        if (StandaloneAge(tokens, i, people) is { } standalone)
        {
            quantities.Add(new(UnitKind.Age, standalone.Value, 1, i, standalone.End));
            return standalone.End;
        }

        if (here?.Item is Unit { Kind: UnitKind.Rate } rate)
        {
            // "4 coffees a day" (a rate after an amount), "per week"; but "for a week" is a week.
            if (previousEnd != i && tokens[i].Norm is "a" or "an" && !HowOften(tokens, i))
            {
                quantities.Add(new(UnitKind.Duration, rate.Factor, rate.Factor, i, here.Last));
            }

            return here.Last;
        }

        if (here?.Item is RelativeTime { IsAgo: false, Weekday: { } day })
        {
            // "last Tuesday", "on Sunday": the latest such day before today, a week back when it is today's name ("my calf
            // cramped on Monday", said on a Monday, is last week's). "next Monday" is in not_amounts.
            if (today is { } now)
            {
                var days = ((int)now - (int)day + 7) % 7;
                quantities.Add(new(UnitKind.Ago, (days == 0 ? 7 : days) * SecondsPerDay, 1, i, here.Last));
            }

            return here.Last;
        }

        if (here?.Item is RelativeTime { IsAgo: false } relative)
        {
            // "yesterday", "last week", "this morning": a time before now with no number in front.
            quantities.Add(new(UnitKind.Ago, relative.Hours is { } hours ? hours * 3600 : double.NaN, 1, i, here.Last));
            return here.Last;
        }

        if (here?.Item is Drink mentioned)
        {
            drinks.Add(new(mentioned, null, i, here.Last));
            return here.Last;
        }

        if (tokens[i].Norm == "for" && at.TryGetValue(i + 1, out var bare) && bare.Item is Unit { Kind: UnitKind.Duration } plural &&
            tokens[bare.Last - 1].Norm.EndsWith('s'))
        {
            // "for weeks", "for months", "for hours": at least two of the unit, the least the words can mean, so
            // "twitching for weeks" reaches the two-week rule instead of leaving the duration unknown.
            return AddMeasured(tokens, at, plural, 2, i, bare.Last, quantities);
        }

        if (tokens[i].Norm is "past" or "last" && i > 0 && tokens[i - 1].Norm is "the" or "this" && at.TryGetValue(i + 1, out var single) &&
            single.Item is Unit { Kind: UnitKind.Duration, Factor: >= SecondsPerDay } one && !tokens[single.Last - 1].Norm.EndsWith('s'))
        {
            // "for the past fortnight", "the last month", "this past week": one of the unit up to now, as "for a fortnight" is.
            return AddMeasured(tokens, at, one, 1, i, single.Last, quantities);
        }

        if (NumberAt(tokens, at, i) is not { } number || HowOften(tokens, i) || Label(tokens, i))
        {
            return i;
        }

        var (value, j) = number;
        if (Half(tokens, at, j) is { } afterHalf)
        {
            // "six and a half hours".
            (value, j) = (value + 0.5, afterHalf);
        }

        if (j + 1 < tokens.Count && tokens[j].Norm is "-" or "to" or "or" && NumberAt(tokens, at, j + 1) is { } upper && upper.Value > value)
        {
            // "3-4 coffees", "two or three weeks": the middle of the range.
            (value, j) = ((value + upper.Value) / 2, upper.End);
        }

        var beforeFillers = j;
        j = Skip(tokens, at, j);
        if (!at.TryGetValue(j, out var next))
        {
            return i;
        }

        switch (next.Item)
        {
            case Drink drink:
                drinks.Add(new(drink, value, i, next.Last));
                return next.Last;

            case Unit { Kind: UnitKind.Volume } volume when at.TryGetValue(Skip(tokens, at, next.Last), out var after) && after.Item is Drink byVolume:
                drinks.Add(new(byVolume, value * volume.Factor * 1000 / byVolume.ServingMl, i, after.Last));
                return after.Last;

            case Unit { Kind: UnitKind.Rate } perWeek when perWeek.Factor == SecondsPerWeek:
                // "twice a week", "3 per week".
                quantities.Add(new(UnitKind.PerWeek, value, 1, i, next.Last));
                return next.Last;

            case Unit { Kind: UnitKind.Rate }:
                return next.Last;

            case Unit { Kind: UnitKind.Servings } when at.TryGetValue(Skip(tokens, at, next.Last), out var served) && served.Item is Drink servedDrink:
                drinks.Add(new(servedDrink, value, i, served.Last));
                return served.Last;

            case Unit { Kind: UnitKind.Servings }:
                // The drink is named elsewhere in the sentence ("living on coffee, probably 6 cups a day").
                drinks.Add(new(null, value, i, next.Last));
                return next.Last;

            case Unit { Kind: UnitKind.Duration } when tokens[next.First].Norm == "m" && Metres(tokens, i, next.Last, value):
                // "swam 50m", "a 400m sprint": a distance, which answers no question, never 50 minutes.
                return next.Last;

            case Unit { Kind: UnitKind.Duration, Factor: >= SecondsPerDay } when Enumerable.Range(beforeFillers, j - beforeFillers).Any(k => tokens[k].Norm is "mile" or "miles" or "km" or "k"):
                // "50 mile weeks": a weekly distance, not fifty weeks.
                return next.Last;

            case Unit { Kind: not (UnitKind.AgePrefix or UnitKind.Rate) } unit:
                return AddMeasured(tokens, at, unit, value, i, next.Last, quantities);

            default:
                return i;
        }
    }

    /// <summary>A measured amount; "an hour and a half", "3 days ago", "102F" are read here.</summary>
    private static int AddMeasured(IReadOnlyList<Token> tokens, Dictionary<int, PhraseMatch<QuantityItem>> at, Unit unit, double value, int first, int end,
        List<Quantity> quantities)
    {
        if (Half(tokens, at, end) is { } afterHalf)
        {
            (value, end) = (value + 0.5, afterHalf);
        }
        else if (unit.Kind == UnitKind.Duration && unit.Factor == 3600 && end < tokens.Count && tokens[end].IsNumber &&
                 (tokens[end].Start == tokens[end - 1].End || end + 1 == tokens.Count || tokens[end + 1].Norm is "," or "." or ";") &&
                 tokens[end].Number is var minutes and < 60)
        {
            // "4h30", "2h15", "about 4 hrs 10.": hours and minutes written together.
            (value, end) = (value + minutes / 60, end + 1);
        }
        else if (unit.Kind == UnitKind.Duration && unit.Factor == 3600 && MinutesAfterHours(tokens, at, end) is { } more)
        {
            // "an hour and twenty minutes", "2 hours 15 mins": the minutes belong to the hours.
            (value, end) = (value + more.Minutes / 60, more.End);
        }

        if (end + 1 < tokens.Count && tokens[end].Norm is "or" or "to" or "-" && NumberAt(tokens, at, end + 1) is { } upper && upper.Value > value)
        {
            // "a minute or two", "an hour or 2 hours": a range after its unit, read at its middle as
            // "3-4 weeks" is; a different unit after the upper number ("a minute or 2 hours") is not a range of this one.
            var afterUpper = Skip(tokens, at, upper.End);
            if (!StartsUnit(tokens, at, afterUpper))
            {
                (value, end) = ((value + upper.Value) / 2, upper.End);
            }
            else if (at[afterUpper].Item == unit)
            {
                (value, end) = ((value + upper.Value) / 2, at[afterUpper].Last);
            }
        }

        switch (unit.Kind)
        {
            case UnitKind.Duration when at.TryGetValue(end, out var ago) && ago.Item is RelativeTime { IsAgo: true }:
                quantities.Add(new(UnitKind.Ago, value * unit.Factor, unit.Factor, first, ago.Last));
                return ago.Last;
            case UnitKind.Fahrenheit:
                quantities.Add(new(UnitKind.Temperature, Celsius(value), 1, first, end));
                return end;
            case UnitKind.Temperature:
                // "90 degrees" is an American summer day, not 90 C: "degrees" above 50 are Fahrenheit.
                quantities.Add(new(UnitKind.Temperature, value > 50 ? Celsius(value) : value, 1, first, end));
                return end;
            default:
                quantities.Add(new(unit.Kind, value * unit.Factor, unit.Factor, first, end));
                return end;
        }
    }

    /// <summary>The minutes said after a number of hours, with or without "and", and where they end.</summary>
    private static (double Minutes, int End)? MinutesAfterHours(IReadOnlyList<Token> tokens, Dictionary<int, PhraseMatch<QuantityItem>> at, int end)
    {
        var k = end < tokens.Count && tokens[end].Norm == "and" ? end + 1 : end;
        return NumberAt(tokens, at, k) is { Value: > 0 and < 60 } minutes &&
               at.TryGetValue(Skip(tokens, at, minutes.End), out var after) && after.Item is Unit { Kind: UnitKind.Duration, Factor: 60 }
            ? (minutes.Value, after.Last)
            : null;
    }

    /// <summary>A number said in words that can be an age: whole, from ten ("I'm a runner" is no age of one) to ninety-nine.</summary>
    private static bool IsAgeInWords(double value) => value is >= 10 and < 100 && value % 1 == 0;

    /// <summary>The lowest bare Fahrenheit reading taken as clearly hot weather (the guide's "clearly hot", 28 C).</summary>
    internal const int HotFahrenheit = 82;

    /// <summary>A Fahrenheit reading in Celsius, to a tenth of a degree.</summary>
    internal static double Celsius(double fahrenheit) => Math.Round((fahrenheit - 32) * 5 / 9, 1);

    private const int YoungestAge = 12;
    private const int OldestAge = 99;

    /// <summary>
    /// Where the person opening a sentence is named: past "my", "the" or "our" and one word that says which of them ("My
    /// younger brother 13 had a deep cut").
    /// </summary>
    private static int OpeningPerson(IReadOnlyList<Token> tokens, IReadOnlySet<string> people)
    {
        var opening = TextTokens.OpeningWord(tokens);
        return opening + 1 < tokens.Count && tokens[opening].Norm is "younger" or "older" or "little" or "big" or "baby" or "eldest" or
            "youngest" or "oldest" or "wee" or "kid" && people.Contains(tokens[opening + 1].Norm) ? opening + 1 : opening;
    }

    /// <summary>A whole number any age may be (1 to 99), a child's too, where the words around it say it is an age.</summary>
    internal static int? AnyAge(Token t) =>
        t.IsNumber && int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= OldestAge ? n : null;

    /// <summary>A whole number an age said without its word may be (12 to 99), or null.</summary>
    private static int? WholeAge(Token t) =>
        t.IsNumber && int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= YoungestAge and <= OldestAge ? n : null;

    /// <summary>
    /// An age said on its own, as people introduce themselves: "58f, on statins", "eyelid twitch. 34f.", "M45",
    /// "Cyclist here, 52, did a sportive", "70, diabetic", "me (42)". The shape has to stand alone as a clause (at the
    /// sentence's start or end or between commas), so "swam 50m, then cramped" stays a distance, "ran 20, 25, 30 miles"
    /// a list and "pain 7, worse at night" a score.
    /// </summary>
    private static (double Value, int End)? StandaloneAge(IReadOnlyList<Token> tokens, int i, IReadOnlySet<string> people)
    {
        static bool Sex(Token t) => t.Norm is "m" or "f";
        static bool Touching(Token a, Token b) => a.End == b.Start;
        bool OpensClause(int k) => k == 0 || tokens[k - 1].Norm == "," && (k < 2 || !tokens[k - 2].IsNumber);
        bool ClosesClause(int k) => k == tokens.Count || tokens[k].Norm == "," && (k + 1 >= tokens.Count || !tokens[k + 1].IsNumber);
        bool EndsSentence(int k) => tokens.Skip(k).All(t => !t.IsWord && !t.IsNumber);
        // "I (35F) was doing hot yoga", "my mate (22f)": in brackets after the person, the sex letter's forms stand alone too
        // ("in the heat (85F)" is the weather).
        bool Bracketed(int first, int last) => first > 1 && tokens[first - 1].Norm == "(" && (tokens[first - 2].Norm is "i" or "me" || people.Contains(tokens[first - 2].Norm)) &&
                                               last < tokens.Count && tokens[last].Norm == ")";

        // "58f", "28M": a number with the sex letter written onto it, as a clause of its own, in brackets after the person,
        // after a word said of the person ("otherwise healthy 19f", "I'm 34F"), or opening a clause that goes on about them
        // ("Hi, 61M on ramipril"); "swam 50m" and "it was 85F" are none of these.
        if (i + 1 < tokens.Count && WholeAge(tokens[i]) is { } n1 && Sex(tokens[i + 1]) && Touching(tokens[i], tokens[i + 1]) &&
            ((OpensClause(i) && ClosesClause(i + 2)) || Bracketed(i, i + 2) ||
             (i > 0 && tokens[i - 1].Norm is "healthy" or "fit" or "active" or "i'm" or "am") ||
             (OpensClause(i) && i + 2 < tokens.Count && tokens[i + 2].Norm is "on" or "with" or "here" or "who" or "taking")))
        {
            return (n1, i + 2);
        }

        // "... or I'd have passed out. 70 F", "57 M" as the last words: the letter apart from the number, signing off ("Ran
        // at noon. 95 F." is the weather: a Fahrenheit heat, as the bare weather reading takes it, from 82).
        if (i == 0 && i + 1 < tokens.Count && WholeAge(tokens[i]) is { } n11 && Sex(tokens[i + 1]) && EndsSentence(i + 2) &&
            (tokens[i + 1].Norm == "m" || n11 < HotFahrenheit))
        {
            return (n11, i + 2);
        }

        // "I am 42 year male", "38 year female": years with the sex after them.
        if (i + 2 < tokens.Count && WholeAge(tokens[i]) is { } n12 && (IsYears(tokens[i + 1].Norm) || tokens[i + 1].Norm == "year") &&
            tokens[i + 2].Norm is "male" or "female" or "man" or "woman" or "lady" or "guy" or "m" or "f")
        {
            return (n12, i + 3);
        }

        // "M45", "f 29" is not written so: the letter touches the number.
        if (i + 1 < tokens.Count && Sex(tokens[i]) && WholeAge(tokens[i + 1]) is { } n2 && Touching(tokens[i], tokens[i + 1]) &&
            ((OpensClause(i) && ClosesClause(i + 2)) || Bracketed(i, i + 2)))
        {
            return (n2, i + 2);
        }

        // "(52)" after the person or their story; "my son (9)" is the son's age at any age, and the words before it say whose
        // (the intake sets it aside, or reads the description as his).
        var afterPerson = i > 0 && people.Contains(tokens[i - 1].Norm);
        // "My brother 52 yrs collapsed", "Father 70 yrs went for a walk", "My son 9 years has fever": years said straight after
        // the person, a child's too (the years word says it is an age).
        if (afterPerson && i + 1 < tokens.Count && AnyAge(tokens[i]) is { } years && IsYears(tokens[i + 1].Norm))
        {
            return (years, i + 2);
        }

        // "My sister, 17 years, was dancing", "My wife (31, 28 weeks pregnant)": the age between a comma or a bracket after
        // the person and a comma, a bracket or years; a child's too ("Daughter, 9 years, after school sports").
        if (i > 1 && tokens[i - 1].Norm is "," or "(" && people.Contains(tokens[i - 2].Norm) && AnyAge(tokens[i]) is { } n7 &&
            (EndsSentence(i + 1) || IsYears(tokens[i + 1].Norm) || tokens[i + 1].Norm is "," or ")" or ":"))
        {
            return (n7, i + 1 < tokens.Count && IsYears(tokens[i + 1].Norm) ? i + 2 : i + 1);
        }

        // "58 male.", "Hi, 44 female here": the number with the sex in a word, as a clause of its own.
        if (WholeAge(tokens[i]) is { } n9 && i + 1 < tokens.Count && tokens[i + 1].Norm is "male" or "female" && OpensClause(i) &&
            (ClosesClause(i + 2) || EndsSentence(i + 2) || (i + 2 < tokens.Count && tokens[i + 2].Norm is "here" or "on" or "with" or "and")))
        {
            return (n9, i + 2);
        }

        // "Turned 47 in March." (not "turned 90 degrees"); "At 74 I still cycle", opening the sentence; Scots "am 62." and
        // Jamaican "Mi 59." ("I'm 62") as a sentence or clause of its own.
        if (i > 0 && WholeAge(tokens[i]) is { } n10 &&
            ((tokens[i - 1].Norm == "turned" && (EndsSentence(i + 1) || tokens[i + 1].Norm is "in" or "last" or "this" or "on" or "," or "and")) ||
             (tokens[i - 1].Norm == "at" && i - 1 == TextTokens.OpeningWord(tokens) && i + 1 < tokens.Count && tokens[i + 1].Norm is "i" or "i'm" or ",") ||
             (tokens[i - 1].Norm is "am" or "mi" && i - 1 == TextTokens.OpeningWord(tokens) && (EndsSentence(i + 1) || ClosesClause(i + 1)))))
        {
            return (n10, i + 1);
        }

        // "48 years.", "40 yrs." as a sentence or clause of its own: how old the writer is, not how long anything lasted.
        if (WholeAge(tokens[i]) is { } n8 && i + 1 < tokens.Count && IsYears(tokens[i + 1].Norm) && OpensClause(i) &&
            (ClosesClause(i + 2) || EndsSentence(i + 2)))
        {
            return (n8, i + 2);
        }

        // "husband 50, slipped disc history", "daughter 16 was at hockey camp", "teammate 17 collapsed at basketball", "dad 80
        // on water tablets": a number straight after the person who opens a sentence, as a clause of its own or before what
        // they did (IntakeReader names the person, so the age is theirs).
        if (afterPerson && i == OpeningPerson(tokens, people) + 1 && AnyAge(tokens[i]) is { } n6 &&
            (i + 1 == tokens.Count || tokens[i + 1].Norm is "," or "was" or "is" or "has" or "had" or "just" or "got" or "came" or "went" or "and" or
                 "did" or "does" or "collapsed" or "fainted" or "ate" or "fell" or "felt" or "plays" or "played" or "started" or "says" or "said" or
                 "on" or "who" or "keeps" or "cramped" or "complained" or
                 // Jamaican verbs without their past ending ("Mi granny 74 faint inna church").
                 "faint" or "collapse" or "drop" or "fall" or "start" or "complain"))
        {
            return (n6, i + 1);
        }

        if (i + 2 < tokens.Count && tokens[i].Norm == "(" && tokens[i + 2].Norm == ")" && tokens[i + 1].IsNumber &&
            int.TryParse(tokens[i + 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var n3) &&
            (afterPerson ? n3 is >= 1 and <= OldestAge : n3 is >= 16 and <= OldestAge))
        {
            return (n3, i + 3);
        }

        // "82 and on furosemide", "Now 40 and I just get foot cramps": a description that opens on a bare age and "and"
        // ("5 and a half hours", "12 and 13 minutes" are amounts).
        if (WholeAge(tokens[i]) is { } n5 && (i == 0 || (i == 1 && tokens[0].Norm is "now" or "i'm" or "am")) &&
            i + 2 < tokens.Count && tokens[i + 1].Norm == "and" && !tokens[i + 2].IsNumber && tokens[i + 2].Norm is not ("a" or "an" or "half"))
        {
            return (n5, i + 1);
        }

        // "70, diabetic", "Cyclist here, 52, did ...": a bare whole number that is a clause of its own; "otherwise fine, 49"
        // closes the sentence with it, and "... I swim a lot. 62" is a sentence of its own; a teenager signs off so too
        // ("no pain tho. 14").
        if (WholeAge(tokens[i]) is { } n4 && OpensClause(i) &&
            ((n4 >= 16 && ((ClosesClause(i + 1) && i + 1 < tokens.Count) || EndsSentence(i + 1))) || (i == 0 && EndsSentence(i + 1))))
        {
            return (n4, i + 1);
        }

        return null;
    }

    /// <summary>
    /// Whether the "m" after a number is metres: after a swim, a row or a sprint ("swam 50m", "rowed 2000m"), after a
    /// run or a walk when it is far more than minutes could be ("ran 800m"), or before a stroke, a sprint or repeats
    /// ("50m freestyle", "400m repeats"), or of climbing ("1000m of climbing"), a race named by it ("in the 100m"), or
    /// whenever it is 200 or more ("that last 400m rep"). "a 45m run" stays 45 minutes.
    /// </summary>
    private static bool Metres(IReadOnlyList<Token> tokens, int first, int end, double value)
    {
        // "walk about 200m": the activity is the word before the approximation.
        var b = first - 1;
        while (b > 0 && (Approximation(tokens[b].Norm) || tokens[b].Norm == "like"))
        {
            b--;
        }

        var before = b >= 0 ? tokens[b].Norm : "";
        var after = end < tokens.Count ? tokens[end].Norm : "";
        return value >= AlwaysMetres ||
               before is "swam" or "swum" or "swim" or "swimming" or "rowed" or "rowing" or "sprinted" or "sprint" or "paddled" ||
               (value >= MinMetres && before is "ran" or "run" or "running" or "jogged" or "jog" or "walked" or "walk" or "walking" or "did" or
                   // "cramp in both calves in the 100m": a race named by its distance.
                   "the") ||
               (value >= MinMetres && after is "of" && end + 1 < tokens.Count && tokens[end + 1].Norm is "climbing" or "climb" or "ascent" or "elevation" or "descent") ||
               after is "swim" or "swims" or "sprint" or "sprints" or "freestyle" or "breaststroke" or "backstroke" or "butterfly" or "front" or
                   "repeats" or "reps" or "intervals" or "lengths" or "dash" or "hurdles" or "relay" ||
               (value >= MinMetres && after is "run" or "race" or "row" or "swim");
    }

    /// <summary>A word that makes a number approximate ("about 20 minutes", "nearly 3 weeks"), between the number and the
    /// word whose amount it is.</summary>
    internal static bool Approximation(string norm) =>
        norm is "about" or "around" or "roughly" or "approximately" or "approx" or "nearly" or "almost" or "over" or "under" or "just" or "only";

    /// <summary>The end of "and a half" at j, or of "and half" ("one hour and half", as Spanish and Portuguese say it), or null.</summary>
    private static int? Half(IReadOnlyList<Token> tokens, Dictionary<int, PhraseMatch<QuantityItem>> at, int j) =>
        j + 1 >= tokens.Count || tokens[j].Norm != "and" ? null
        : NumberAt(tokens, at, j + 1) is { Value: 0.5 } half ? half.End
        : tokens[j + 1].Norm == "half" && (j + 2 == tokens.Count || tokens[j + 2].Norm is not
            ("marathon" or "marathons" or "mara" or "ironman" or "distance" or "time" or "way" or "dozen" or "an" or "a")) ? j + 2
        : null;

    private static (double Value, int End)? NumberAt(IReadOnlyList<Token> tokens, Dictionary<int, PhraseMatch<QuantityItem>> at, int i)
    {
        if (i >= tokens.Count)
        {
            return null;
        }

        if (tokens[i].IsNumber)
        {
            return (tokens[i].Number, i + 1);
        }

        if (!at.TryGetValue(i, out var m) || m.Item is not NumberWord w)
        {
            return null;
        }

        if (m.Last < tokens.Count && tokens[m.Last].Norm == "hundred" && w.Value is >= 1 and <= 9 && w.Value % 1 == 0)
        {
            // "a hundred and four on the thermometer", "one hundred and eighty": hundreds said in words; what follows
            // "and" is the rest of the number only when it is under a hundred.
            var hundreds = (Value: w.Value * 100, End: m.Last + 1);
            return hundreds.End + 1 < tokens.Count && tokens[hundreds.End].Norm == "and" && NumberAt(tokens, at, hundreds.End + 1) is { Value: < 100 } rest
                ? (hundreds.Value + rest.Value, rest.End)
                : hundreds;
        }

        // "twenty-five", "sixty eight": a tens word and a units word are one number.
        var k = m.Last < tokens.Count && tokens[m.Last].Norm == "-" ? m.Last + 1 : m.Last;
        return w.Value is >= 20 and < 100 && w.Value % 10 == 0 && at.TryGetValue(k, out var u) && u.Item is NumberWord { Value: >= 1 and <= 9 } unit &&
               unit.Value % 1 == 0 && u.Last == k + 1 && tokens[k].Norm is not ("a" or "an")
            ? (w.Value + unit.Value, u.Last)
            : (w.Value, m.Last);
    }

    /// <summary>Skips words between a number and its unit: "about", "big", "cups of", hyphens.</summary>
    private static int Skip(IReadOnlyList<Token> tokens, Dictionary<int, PhraseMatch<QuantityItem>> at, int j)
    {
        for (var n = 0; n < MaxFillers && j < tokens.Count; n++)
        {
            if (tokens[j].Norm == "-")
            {
                j++;
            }
            else if (at.TryGetValue(j, out var m) && m.Item is Filler)
            {
                j = m.Last;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>
    /// "a slipped disc at L4-L5", "C6": a number with one letter glued before it is a label (a spine level), no amount;
    /// "x2" is a count and stays one.
    /// </summary>
    private static bool Label(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1] is { Norm: [var letter] } glued && char.IsAsciiLetter(letter) && letter != 'x' &&
        glued.End == tokens[i].Start && (i == 1 || tokens[i - 2].End < glued.Start);

    /// <summary>"flutters a few times an hour", "twice a week": the "a" or "an" of how often, not of how long.</summary>
    private static bool HowOften(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Norm is "a" or "an" && i > 0 && tokens[i - 1].Norm is "times" or "once" or "twice" or "thrice";

    private static bool StartsUnit(IReadOnlyList<Token> tokens, Dictionary<int, PhraseMatch<QuantityItem>> at, int j) =>
        j < tokens.Count && at.TryGetValue(j, out var m) && m.Item is Unit or Drink;

    /// <summary>The word of an age said in years ("22 years", "52 yrs").</summary>
    private static bool IsYears(string norm) => norm is "years" or "yrs" or "yr";
}
