namespace Twitchwise.TestSupport;

/// <summary>
/// A test on the NegEx annotation set: skipped, visibly and with the reason, where the set is absent. It is the one
/// piece of test data the repo may not redistribute (see tests/testdata/README.md).
/// </summary>
public sealed class NegExFactAttribute : FactAttribute
{
    public NegExFactAttribute()
    {
        if (TestPaths.NegExAnnotations() is null)
        {
            Skip = "NegEx annotation set not present (no licence to redistribute it): set TWITCHWISE_NEGEX_FILE to rsAnnotations-1-120-random.txt";
        }
    }
}
