namespace Twitchwise.Domain.Intake;

/// <summary>A phrase found in a token list: tokens First (inclusive) to Last (exclusive); Gapped when its pattern has a
/// "..." that may have skipped words of their own.</summary>
internal sealed record PhraseMatch<T>(int First, int Last, T Item, bool Gapped = false);

/// <summary>
/// Finds lexicon phrases in tokens, longest first, left to right, never overlapping, so that "no increase" (a
/// pseudo-trigger) wins over "no", and "red bull" over "red". A phrase word ending in * matches any ending
/// ("twitch*" matches twitches, twitching). Hyphens in the text are skipped ("pre-workout" = "pre workout").
/// With fuzzy matching on, an unknown word of six or more letters may differ from a lexicon word by one edit
/// ("numbess", "twiching", "caffiene"), because people type fast and misspell. "..." in a phrase stands for up to four
/// words ("after ... run" matches "after my long run"). Where the caller says so (the lexicon's findings, not its
/// triggers), a phrase is matched loosely, so that it need not be listed in every wording: "my" and "the" stand for each
/// other ("left side of my body", "left side of the body"), and so do "his", "her" and "their" (SameDeterminer); a degree
/// word or hedge between its words is skipped ("fingers are really puffy"; DegreeWords); and a part may carry its "'s"
/// ("my foot's started slapping"; IsPossessiveOf).
/// </summary>
internal sealed class PhraseMatcher<T>
{
    internal const int FuzzyMinLength = 6;
    private const string Gap = "...";
    private const int MaxGap = 4;
    private static readonly HashSet<string> GapStops = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nor", "nothing", "without", "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "doesn't", "doesnt",
        "didn't", "didnt", "don't", "dont", "hasn't", "hasnt", "haven't", "havent", "won't", "wont",
        // ... nor another time: "in the middle of the night after hill reps" is no "in the middle of ... reps".
        "night", "after",
    };

    private readonly Dictionary<string, List<Pattern>> byFirstWord = new(StringComparer.Ordinal);
    private readonly List<Pattern> prefixFirst = [];
    private readonly List<Pattern> fuzzyFirst = [];
    private readonly HashSet<string> knownWords = new(StringComparer.Ordinal);
    private readonly bool fuzzy;
    private readonly Func<T, bool> looseWording;

    /// <summary>
    /// "my" and "the" stand for each other ("pain down the left arm"), and "his", "her" and "their" for each other. "his"
    /// never stands for "my" or "the": the lexicon is written in the first person, and whose the complaint is decides whose
    /// answers they are (a story read as theirs reads "his" as "my" before it is matched).
    /// </summary>
    private static bool SameDeterminer(string phraseWord, string word) => Determiner(phraseWord) == Determiner(word);

    /// <summary>The determiner a loosely matched word stands for: "the" for "my", "her" and "their" for "his".</summary>
    private static string Determiner(string word) => word switch
    {
        "the" => "my",
        "her" or "their" => "his",
        _ => word,
    };

    /// <summary>
    /// A phrase as loose wording reads it (see SameDeterminer): its words between the first and the last with each
    /// determiner as the one it stands for. Two phrases of one concept with the same loose form match alike, so one is a
    /// copy ("cracked his head" beside "cracked her head"). The first word is kept: a phrase is found by it.
    /// </summary>
    public static string LooseForm(string phrase)
    {
        var words = phrase.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) => i > 0 && i < words.Length - 1 ? Determiner(w) : w));
    }

    /// <param name="knownElsewhere">Words of the rest of the lexicon: a word known there is no misspelling here either
    /// ("aches" is an ache, not a misspelt "arches").</param>
    /// <param name="looseWording">Which items' phrases are matched loosely (see the class summary).</param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Item)> phrases, bool fuzzy, IEnumerable<string>? knownElsewhere = null,
        Func<T, bool>? looseWording = null)
    {
        this.fuzzy = fuzzy;
        this.looseWording = looseWording ?? (_ => false);
        knownWords.UnionWith(knownElsewhere ?? []);
        var order = 0;
        foreach (var (phrase, item) in phrases)
        {
            var words = Words(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            var pattern = new Pattern(words, item, order++);
            knownWords.UnionWith(words.Where(w => !w.EndsWith('*') && w != Gap));
            if (words[0].EndsWith('*'))
            {
                prefixFirst.Add(pattern);
                continue;
            }

            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = [];
            }

            list.Add(pattern);
            if (words[0].Length >= FuzzyMinLength)
            {
                fuzzyFirst.Add(pattern);
            }
        }
    }

    /// <summary>The words of a phrase as the matcher compares them: lower case, hyphens dropped.</summary>
    public static string[] Words(string phrase)
    {
        var words = new List<string>();
        foreach (var token in TextTokens.Tokenize(phrase.Replace(Gap, " \u2026 ", StringComparison.Ordinal)))
        {
            if (token.Norm == "\u2026")
            {
                words.Add(Gap);
            }
            else if (token.Norm == "*" && words.Count > 0)
            {
                words[^1] += "*";
            }
            else if (token.Norm != "-")
            {
                words.Add(token.Norm);
            }
        }

        return [.. words];
    }

    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (LongestAt(tokens, i) is not { } best)
            {
                i++;
                continue;
            }

            found.Add(best);
            i = best.Last;
        }

        return found;
    }

    /// <summary>The longest phrase that starts at token <paramref name="i"/> (the earliest listed of equal length), or null.</summary>
    public PhraseMatch<T>? LongestAt(IReadOnlyList<Token> tokens, int i, Func<T, bool>? accept = null)
    {
        PhraseMatch<T>? best = null;
        var bestOrder = int.MaxValue;
        foreach (var pattern in Candidates(tokens[i].Norm).Where(p => accept is null || accept(p.Item)))
        {
            if (TryMatch(pattern, tokens, i) is { } last &&
                (best is null || last > best.Last || (last == best.Last && pattern.Order < bestOrder)))
            {
                // Words skipped inside (a "..." or a degree word) are read again by the caller: a hedge among them counts.
                var skipped = pattern.Words.Contains(Gap) || CountWords(tokens, i, last) > pattern.Words.Length;
                best = new PhraseMatch<T>(i, last, pattern.Item, skipped);
                bestOrder = pattern.Order;
            }
        }

        return best;
    }

    private IEnumerable<Pattern> Candidates(string word)
    {
        if (byFirstWord.TryGetValue(word, out var exact))
        {
            foreach (var p in exact)
            {
                yield return p;
            }
        }

        if (TextTokens.WithoutPossessive(word) is var part && part != word && byFirstWord.TryGetValue(part, out var owner))
        {
            foreach (var p in owner.Where(p => looseWording(p.Item) && IsPossessiveOf(word, p.Words[0])))
            {
                yield return p;
            }
        }

        foreach (var p in prefixFirst.Where(p => word.StartsWith(p.Words[0][..^1], StringComparison.Ordinal)))
        {
            yield return p;
        }

        if (fuzzy && IsFuzzyCandidate(word))
        {
            foreach (var p in fuzzyFirst.Where(p => WithinOneEdit(word, p.Words[0])))
            {
                yield return p;
            }
        }
    }

    private int? TryMatch(Pattern pattern, IReadOnlyList<Token> tokens, int start) =>
        MatchFrom(pattern.Words, 0, tokens, start, start, looseWording(pattern.Item));

    /// <summary>Matches words[w..] at token t; "..." stands for up to four words, tried shortest first.</summary>
    private int? MatchFrom(string[] words, int w, IReadOnlyList<Token> tokens, int t, int start, bool loose)
    {
        if (w == words.Length)
        {
            return t;
        }

        if (words[w] == Gap)
        {
            for (var skipped = 0; skipped <= MaxGap && t <= tokens.Count; skipped++)
            {
                if (MatchFrom(words, w + 1, tokens, t, start, loose) is { } end)
                {
                    return end;
                }

                // A gap never hides a denial: "pee is normal yellow not dark" is no "pee ... dark".
                if (t >= tokens.Count || !tokens[t].IsWord || GapStops.Contains(tokens[t].Norm))
                {
                    break;
                }

                // Hyphens inside a gap are not words: "during the 5-a-side match".
                t++;
                while (t < tokens.Count && tokens[t].Norm == "-")
                {
                    t++;
                }
            }

            return null;
        }

        // A hyphen or a quotation mark between a phrase's words is no word of its own: "pins-and-needles", "a 'cramp' in her chest".
        while (t < tokens.Count && t > start && tokens[t].Norm is "-" or "'" or "\"" or "\u201c" or "\u201d")
        {
            t++;
        }

        // "my chest feels really tight", "chest feels kind of tight": a degree word or a hedge between a phrase's words is
        // skipped (and the hedge then read by the caller, as in a gap), so that no phrase need be listed with each of them.
        if (loose && w > 0 && t < tokens.Count && !WordMatches(words[w], tokens[t].Norm) && TextTokens.DegreeWords(tokens, t) is > 0 and var degree)
        {
            return MatchFrom(words, w, tokens, t + degree, start, loose);
        }

        // A phrase's last word is its own: "minutes in my" is "20 minutes in, my legs ...", not "minutes in the park".
        if (loose && w < words.Length - 1 && t < tokens.Count && SameDeterminer(words[w], tokens[t].Norm))
        {
            return MatchFrom(words, w + 1, tokens, t + 1, start, loose);
        }

        // "my foot's started slapping", "leg's dragging": a part with its "'s" is the part a phrase names.
        return t < tokens.Count && (WordMatches(words[w], tokens[t].Norm) || (loose && IsPossessiveOf(tokens[t].Norm, words[w])))
            ? MatchFrom(words, w + 1, tokens, t + 1, start, loose)
            : null;
    }

    /// <summary>"foot's" for "foot": a noun of three letters or more with its "'s" ("it's" and "he's" are no possessives).</summary>
    private static bool IsPossessiveOf(string word, string phraseWord) =>
        phraseWord.Length >= 3 && word != phraseWord && TextTokens.WithoutPossessive(word) == phraseWord &&
        phraseWord is not ("she" or "that" or "what" or "there" or "here" or "who" or "let");

    /// <summary>The words from first to last, hyphens not counted ("pre-workout" is the phrase's "pre workout").</summary>
    private static int CountWords(IReadOnlyList<Token> tokens, int first, int last)
    {
        var count = 0;
        for (var t = first; t < last; t++)
        {
            count += tokens[t].Norm == "-" ? 0 : 1;
        }

        return count;
    }

    private bool WordMatches(string pattern, string word) =>
        pattern.EndsWith('*')
            ? word.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : pattern == word || (fuzzy && pattern.Length >= FuzzyMinLength && IsFuzzyCandidate(word) && WithinOneEdit(word, pattern));

    // A correctly spelt lexicon word is never read as a different one.
    private bool IsFuzzyCandidate(string word) => word.Length >= FuzzyMinLength - 1 && !knownWords.Contains(word) && char.IsAsciiLetter(word[0]);

    /// <summary>
    /// True when one insertion, deletion, substitution or swap of neighbours turns a into b, keeping the first letter:
    /// people rarely mistype it, and allowing it would read "lasted" as "wasted".
    /// </summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b || a[0] != b[0])
        {
            return a == b;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) ||
                   (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private sealed record Pattern(string[] Words, T Item, int Order);
}
