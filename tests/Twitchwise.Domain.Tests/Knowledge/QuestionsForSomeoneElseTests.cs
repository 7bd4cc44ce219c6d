using System.Text.RegularExpressions;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Knowledge;

/// <summary>
/// Typed for someone else ("my dad's calf keeps cramping, he's 78"), every question is put about them: "How old are
/// they?", never "How old are you?", which a carer could answer with their own age or their own chest pain.
/// </summary>
public sealed partial class QuestionsForSomeoneElseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Fact]
    public void Knowledge_EveryQuestion_IsAskedAboutThemWithoutYou()
    {
        Assert.All(Kb.Questions, q =>
        {
            Assert.NotEqual(q.Text, q.TextForSomeoneElse);
            Assert.Matches(TheyThemTheir(), q.TextForSomeoneElse);
            Assert.DoesNotMatch(YouYour(), q.TextForSomeoneElse);
            Assert.DoesNotMatch(YouYour(), q.WhyForSomeoneElse);
            Assert.All(q.Options, o => Assert.DoesNotMatch(YouYour(), o.LabelForSomeoneElse));
        });
        Assert.All(Kb.Groups, g =>
        {
            Assert.DoesNotMatch(YouYour(), g.TitleForSomeoneElse);
            Assert.DoesNotMatch(YouYour(), g.IntroForSomeoneElse);
        });
    }

    [Theory]
    [InlineData("person.age", "How old are you?", "How old are they?")]
    [InlineData("symptom.chest_pain", "Do you have chest pain or pressure?", "Do they have chest pain or pressure?")]
    public void TextFor_SomeoneElse_AsksAboutThemAndThePersonsOwnAsksThem(string id, string own, string theirs)
    {
        var q = Kb.Question(id);

        Assert.Equal(own, q.TextFor(null));
        Assert.Equal(theirs, q.TextFor("my dad"));
    }

    [Fact]
    public void WhyFor_SomeoneElse_SaysTheirWhereThePersonsOwnSaysYourAndTheSameWordsElsewhere()
    {
        Assert.Equal("A change in how you walk can mean weakness or a nerve problem.", Kb.Question("symptom.walking_change").WhyFor(null));
        Assert.Equal("A change in how they walk can mean weakness or a nerve problem.", Kb.Question("symptom.walking_change").WhyFor("my dad"));
        var age = Kb.Question("person.age");
        Assert.Equal(age.Why, age.WhyFor("my dad"));
        var locations = Kb.Question("episode.locations");
        Assert.All(locations.Options, o => Assert.Equal(o.Label, o.LabelFor("my dad")));
    }

    [Fact]
    public void GroupFor_SomeoneElse_IsAboutThem()
    {
        var episodes = Kb.Groups.Single(g => g.Id == "episodes");
        var fluids = Kb.Groups.Single(g => g.Id == "fluids_food");

        Assert.Equal("Your twitches or cramps", episodes.TitleFor(null));
        Assert.Equal("Their twitches or cramps", episodes.TitleFor("my dad"));
        Assert.Equal("What they drank and eat.", fluids.IntroFor("my dad"));
        Assert.Equal(episodes.Intro, episodes.IntroFor("my dad"));
    }

    [GeneratedRegex(@"\b(they|them|their)\b")]
    private static partial Regex TheyThemTheir();

    [GeneratedRegex(@"\byou(r|rs|rself)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouYour();
}
