namespace Transcribe.Benchmarks.Synthetic;

/// <summary>
/// SplitMix64: small and fully specified, so a seed makes the same crowd on every .NET version
/// (System.Random's algorithm is an implementation detail).
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public Rng(int seed, string stream) : this(Mix((ulong)(uint)seed, stream)) { }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    public bool Chance(double probability) => NextDouble() < probability;

    public double Range(double min, double max) => min + (max - min) * NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A child generator for a named purpose, so adding draws in one place does not shift another.</summary>
    public Rng Fork(string stream) => new(Mix(NextUInt64(), stream));

    private static ulong Mix(ulong seed, string stream)
    {
        var h = seed ^ 0xCBF29CE484222325UL;
        foreach (var c in stream) h = (h ^ c) * 0x100000001B3UL;
        return h;
    }
}
