namespace Twitchwise.Domain.Assessment;

/// <summary>
/// The explanation made for each set of answers (a question bit mask) that made a condition hold, made once and
/// reused. One condition only ever meets a handful of such sets, so a short array searched in order is quicker than
/// a hash table; a miss publishes a longer copy, so readers never lock and never see a half-built entry. Past
/// <see cref="Capacity"/> entries (a cause with many pieces of evidence has many combinations) further explanations
/// are made each time instead of kept, so the search stays short and memory stays bounded.
/// </summary>
internal sealed class ExplanationCache<T>(Func<UInt128, T> make)
    where T : class
{
    public const int Capacity = 32;

    private Entry[] entries = [];

    public T Get(UInt128 mask)
    {
        foreach (var entry in Volatile.Read(ref entries))
        {
            if (entry.Mask == mask)
            {
                return entry.Value;
            }
        }

        return Add(mask);
    }

    private T Add(UInt128 mask)
    {
        var value = make(mask);
        while (true)
        {
            var current = Volatile.Read(ref entries);
            foreach (var entry in current)
            {
                if (entry.Mask == mask)
                {
                    return entry.Value; // another thread added it meanwhile: keep one explanation per mask
                }
            }

            if (current.Length >= Capacity)
            {
                return value;
            }

            Entry[] longer = [.. current, new Entry(mask, value)];
            if (Interlocked.CompareExchange(ref entries, longer, current) == current)
            {
                return value;
            }
        }
    }

    private readonly record struct Entry(UInt128 Mask, T Value);
}
