using Twitchwise.Domain.Intake;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>What of a description gave no answer: said back to the person, and said plainly when that is most of it.</summary>
public sealed class IntakeCoverageTests
{
    private static bool MostlyUnread(string text) => IntakeReader.Default.Read(text).MostlyUnread;

    [Theory]
    // Written mostly in Spanish, Hindi or Tagalog: most of it goes unread, even where a danger phrase is read ("dolor en el
    // pecho", "masakit ang dibdib").
    [InlineData("Mi madre (70) caminó una hora hoy y ahora tiene dolor en el pecho, está sudando mucho y no quiere hablar con nadie.")]
    [InlineData("Papa ko walk ke baad bahut ghabrahat ho rahi hai aur chakkar aa rahe hain, paseena bhi aa raha hai.")]
    [InlineData("Si Lolo (75) naglakad kanina, ngayon masakit ang dibdib niya at hirap huminga, pinapawisan ng malamig.")]
    public void MostlyAnotherLanguage_IsMostlyUnread(string text) => Assert.True(MostlyUnread(text));

    [Theory]
    [InlineData("Had 3 coffees today, padel for 90 mins at lunch, now my right calf is twitching at my desk, no pain. Is this normal?")]
    // Terse English notes have few common words but their content words are read.
    [InlineData("twitching quads post-spin, 50 min class, effort 6/10, totally normal otherwise")]
    [InlineData("eyelid twitch left side since sunday. 25, uni exams. 4 redbulls today n slept 5 hrs")]
    // Half English: read as far as it goes, the clauses it could not read named.
    [InlineData("Mi papá (61) just came back from caminar en el parque y dice que tiene como presión en el pecho")]
    // Stop 61: its danger phrases read ("seene mein dard", "saans phool"), so little is left unread.
    [InlineData("Papa ko walk ke baad seene mein dard ho raha hai aur saans phool rahi hai, paseena bhi aa raha hai.")]
    // Too short to judge.
    [InlineData("hola, calambre en la pierna")]
    public void EnglishOrShort_IsNotMostlyUnread(string text) => Assert.False(MostlyUnread(text));

    [Fact]
    public void NotUnderstood_NamesTheClausesThatGaveNothing()
    {
        const string text = "After my run my calf cramped. The neighbour's cat was watching.";

        Assert.Equal(["The neighbour's cat was watching"], IntakeReader.Default.Read(text).NotUnderstood);
    }
}
