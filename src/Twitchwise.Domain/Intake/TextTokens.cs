using System.Globalization;
using System.Text.RegularExpressions;

namespace Twitchwise.Domain.Intake;

/// <summary>A word, number or punctuation mark, with its place in the original text (Start inclusive, End exclusive).</summary>
internal sealed record Token(string Norm, int Start, int End)
{
    public bool IsNumber => char.IsAsciiDigit(Norm[0]);

    public bool IsWord => char.IsAsciiLetter(Norm[0]) || IsNumber;

    /// <summary>The number a number token stands for (a decimal comma is already its point).</summary>
    public double Number => double.Parse(Norm, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>Splits text into sentences and tokens. Offsets always point into the text as the person typed it.</summary>
internal static partial class TextTokens
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        // Curly apostrophes become straight ones; the replacement keeps every offset where it was.
        var normal = WithoutAccents(text[start..end].Replace('\u2019', '\'').Replace('\u2018', '\''));
        // "2,5 hours", "1,5 liter": a decimal comma (most of Europe writes one) is read as the point.
        return TokenPattern().Matches(normal)
            .Select(m => new Token(char.IsAsciiDigit(m.Value[0]) ? m.Value.Replace(',', '.') : m.Value.ToLowerInvariant(), start + m.Index, start + m.Index + m.Length))
            .ToList();
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    // Latin letters with an accent and their plain letters, position for position (Unicode's decompositions of the
    // Latin-1 and Latin Extended-A lower-case letters; the build runs without ICU, so string.Normalize is not used).
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz";

    /// <summary>
    /// A letter with an accent is read as its plain letter ("pipí" is "pipi", "café" is "cafe"), one character for one,
    /// so every offset stays where it was.
    /// </summary>
    private static string WithoutAccents(string text) => string.Create(text.Length, text, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var at = Accented.IndexOf(char.ToLowerInvariant(source[i]));
            chars[i] = at >= 0 ? Plain[at] : source[i];
        }
    });

    /// <summary>Where a sentence's first word of substance is: past an opening "the", "my" or "our" ("my wife's 58").</summary>
    public static int OpeningWord(IReadOnlyList<Token> tokens) => tokens.Count > 2 && tokens[0].Norm is "the" or "my" or "our" ? 1 : 0;

    /// <summary>The words of a degree word or a hedge at t ("really", "kind of"), or 0.</summary>
    public static int DegreeWords(IReadOnlyList<Token> tokens, int t) =>
        t >= tokens.Count ? 0 :
        tokens[t].Norm is "really" or "very" or "so" or "quite" or "super" or "pretty" or "extremely" or "incredibly" or
            "seriously" or "awfully" or "too" or "kinda" or "sorta" or
            // Sworn for emphasis ("lower back is fucking killing me"); not "bloody", which is also blood ("pee is bloody").
            "fucking" or "freaking" or "effing" or "frigging" or "friggin"
            ? 1
            : tokens[t].Norm is "kind" or "sort" && t + 1 < tokens.Count && tokens[t + 1].Norm == "of" ? 2 : 0;

    /// <summary>"leg's" is "leg": a word with its possessive "'s" taken off.</summary>
    public static string WithoutPossessive(string norm) =>
        norm.EndsWith("'s", StringComparison.Ordinal) && norm.Length > 2 ? norm[..^2] : norm;

    /// <summary>Sentence spans: a sentence ends at . ! ? ; or a line break, but not at the point of "1.5".</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            if (m.Index > start)
            {
                yield return (start, m.Index);
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    // A comma inside a number is its decimal point only with one or two digits after it and no list going on ("2,5"; not
    // "1,500" or "20,25,30"). An apostrophe after a word is its plural's possessive only after an "s" ("the runners'
    // tent"); after any other letter it closes a quotation ("her urine has been 'like cola'").
    [GeneratedRegex(@"\d+(?:\.\d+|,\d{1,2}(?![\d,]))?|[a-z]+(?:'[a-z]+)*(?:(?<=s)')?|[^\sa-z\d]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    // "Short of breath? No. Chest pain? Nope.": a question answered in place by a bare "no" is one sentence, so the answer
    // can deny it; "is it bad? No pain though" starts a new one.
    [GeneratedRegex(@"(?:(?!\?\s*(?:no|nope|nah|none|never|not really|not at all)\s*(?:[.!,;]|$))[.!?;]+(?=\s|$|[""')\]])|[\r\n]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SentenceEnd();
}
