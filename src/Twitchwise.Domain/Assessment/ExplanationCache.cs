namespace Twitchwise.Domain.Assessment;

/// <summary>
/// The explanation made for each set of answers (a question bit mask) that made a condition hold, made once and
/// reused. One condition only ever meets a handful of such sets, so a short array searched in order is quicker than
/// a hash table; a miss publishes a longer copy, so readers never lock and never see a half-built entry. Past
/// <see cref="Capacity"/> entries (a cause with many pieces of evidence has many combinations) further explanations
/// are made each time instead of kept, so the search stays short and memory stays bounded.
/// </summary>
/// <remarks>
/// An entry can also carry a detail: for a ranked cause, the answers behind each held piece of evidence whose
/// explanation depends on which part of an "any" held. The key alone does not fix such an explanation; key and
/// detail together do. Keeping those too matters beyond the engine: the API encodes each shared result piece once
/// (see <see cref="AssessmentJson.WriteTo"/>), so a piece made afresh per assessment would be encoded afresh too.
/// </remarks>
internal sealed class ExplanationCache<T>(Func<UInt128, T> make)
    where T : class
{
    public const int Capacity = 32;

    private Entry[] entries = [];

    public T Get(UInt128 mask) => TryGet(mask, [], out var known) ? known : Add(mask, [], make(mask));

    /// <summary>The explanation kept for <paramref name="key"/> with exactly this <paramref name="detail"/>, if any.</summary>
    public bool TryGet(UInt128 key, ReadOnlySpan<UInt128> detail, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value) =>
        (value = Find(Volatile.Read(ref entries), key, detail)) is not null;

    /// <summary>Keeps <paramref name="value"/> unless another thread kept one for the same key and detail first (then that one).</summary>
    public T Add(UInt128 key, ReadOnlySpan<UInt128> detail, T value)
    {
        while (true)
        {
            var current = Volatile.Read(ref entries);
            if (Find(current, key, detail) is { } kept)
            {
                return kept; // another thread added it meanwhile: keep one explanation per key and detail
            }

            if (current.Length >= Capacity)
            {
                return value;
            }

            Entry[] longer = [.. current, new Entry(key, detail.IsEmpty ? [] : detail.ToArray(), value)];
            if (Interlocked.CompareExchange(ref entries, longer, current) == current)
            {
                return value;
            }
        }
    }

    private static T? Find(Entry[] entries, UInt128 key, ReadOnlySpan<UInt128> detail)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key && detail.SequenceEqual(entry.Detail))
            {
                return entry.Value;
            }
        }

        return null;
    }

    private sealed record Entry(UInt128 Key, UInt128[] Detail, T Value);
}
