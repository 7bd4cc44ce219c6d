using Twitchwise.Domain.Answers;
using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Knowledge;
using Twitchwise.Domain.Tests.Vignettes;

namespace Twitchwise.Domain.Tests.Assessment;

/// <summary>Explanations are made once per set of answers and shared, without locks and without growing for ever.</summary>
public sealed class ExplanationCacheTests
{
    [Fact]
    public void Get_SameMaskTwice_MakesTheExplanationOnce()
    {
        var made = 0;
        var cache = new ExplanationCache<string>(mask => $"because {mask} ({++made})");

        var first = cache.Get(5);
        var second = cache.Get(5);

        Assert.Same(first, second);
        Assert.Equal(1, made);
        Assert.Equal("because 6 (2)", cache.Get(6));
    }

    [Fact]
    public void TryGet_SameKeyWithAnotherDetail_IsAnotherEntry()
    {
        var cache = new ExplanationCache<string>(mask => $"because {mask}");
        UInt128[] tingling = [4];
        UInt128[] numbness = [8];

        Assert.Equal("tingling", cache.Add(7, tingling, "tingling"));
        Assert.False(cache.TryGet(7, numbness, out _));
        Assert.False(cache.TryGet(7, [], out _));
        Assert.Equal("numbness", cache.Add(7, numbness, "numbness"));

        Assert.True(cache.TryGet(7, tingling, out var found));
        Assert.Equal("tingling", found);
        // A second value for a kept key and detail is not kept: everyone shares the first.
        Assert.Equal("tingling", cache.Add(7, tingling, "tingling, again"));
        Assert.Equal("because 7", cache.Get(7));
    }

    [Fact]
    public void Get_PastCapacity_StillRightButMadeEachTime()
    {
        var made = 0;
        var cache = new ExplanationCache<string>(mask => { made++; return $"because {mask}"; });
        for (var mask = 0; mask < ExplanationCache<string>.Capacity; mask++)
        {
            cache.Get((UInt128)mask);
        }

        var overflow = (UInt128)ExplanationCache<string>.Capacity;
        Assert.Equal($"because {overflow}", cache.Get(overflow));
        Assert.Equal($"because {overflow}", cache.Get(overflow));
        Assert.Equal(ExplanationCache<string>.Capacity + 2, made);

        // The ones kept before the limit are still shared.
        Assert.Same(cache.Get(3), cache.Get(3));
        Assert.Equal(ExplanationCache<string>.Capacity + 2, made);
    }

    [Fact]
    public void Get_ManyThreadsAtOnce_EveryThreadGetsTheSameExplanation()
    {
        var cache = new ExplanationCache<object>(_ => new object());
        using var start = new Barrier(8);
        var seen = new object[8][];

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            start.SignalAndWait();
            seen[thread] = [.. Enumerable.Range(0, 20).Select(mask => cache.Get((UInt128)mask))];
        });

        for (var mask = 0; mask < 20; mask++)
        {
            Assert.All(seen, list => Assert.Same(seen[0][mask], list[mask]));
        }
    }

    [Fact]
    public void Assess_OnManyThreadsWithTwoEngines_SameResultsAsOneThread()
    {
        // Each thread keeps its own scratch space per engine; two engines on one thread must not mix theirs.
        var kb = KnowledgeBase.Default;
        var engines = new[] { new AssessmentEngine(kb), new AssessmentEngine(kb) };
        var answerSets = Vignette.Cases
            .Select(v => new AnswerValidator(kb).Validate(v.Typed(kb)).Answers!)
            .ToArray();
        var expected = answerSets.Select(a => AssessmentJson.Serialize(engines[0].Assess(a))).ToArray();

        var actual = new string[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
            actual[thread] = [.. answerSets.Select((a, i) => AssessmentJson.Serialize(engines[(i + thread) % 2].Assess(a)))]);

        Assert.All(actual, results => Assert.Equal(expected, results));
    }
}
