namespace Transcribe.DemoLedger;

/// <summary>
/// SplitMix64: tiny, well known and fully specified, so a seed gives the same ledger on every
/// .NET version (System.Random's algorithm is an implementation detail that may change).
/// </summary>
public sealed class Prng(ulong seed)
{
    private ulong _state = seed;

    public Prng(int seed, string stream) : this(Mix((ulong)(uint)seed, stream)) { }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) =>
        maxExclusive <= minInclusive
            ? minInclusive
            : minInclusive + (int)(NextUInt64() % (ulong)(maxExclusive - minInclusive));

    public int Next(int maxExclusive) => Next(0, maxExclusive);

    public double Range(double min, double max) => min + (max - min) * NextDouble();

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks by weight; the weights need not sum to one.</summary>
    public T Pick<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var roll = NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            if ((roll -= weight) < 0) return item;
        }
        return items[^1].Item;
    }

    /// <summary>A child generator for a named purpose, so adding draws in one place does not shift another.</summary>
    public Prng Fork(string stream) => new(Mix(NextUInt64(), stream));

    /// <summary>Derives an independent stream from a seed and a name, so adding draws in one place leaves the others alone.</summary>
    public static ulong Mix(ulong seed, string stream)
    {
        // FNV-1a over the name: stable, unlike string.GetHashCode which is randomised per process.
        var hash = 14695981039346656037UL;
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        var mixer = new Prng(seed ^ hash);
        return mixer.NextUInt64();
    }
}
