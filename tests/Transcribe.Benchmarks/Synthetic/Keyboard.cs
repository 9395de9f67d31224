using Transcribe.DemoLedger;
namespace Transcribe.Benchmarks.Synthetic;

/// <summary>Slips of the fingers (neighbouring keys) and of the eyes (letters a hand makes alike).</summary>
public static class Keyboard
{
    private static readonly string[] Rows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private static readonly Dictionary<char, string> Confusable = new()
    {
        ['a'] = "ou", ['o'] = "ae", ['e'] = "co", ['c'] = "e", ['n'] = "ur", ['u'] = "nv", ['m'] = "n", ['r'] = "nv",
        ['l'] = "t", ['t'] = "l", ['h'] = "b", ['b'] = "h", ['i'] = "l", ['s'] = "r", ['g'] = "y", ['y'] = "g",
        ['1'] = "7", ['7'] = "1", ['3'] = "8", ['8'] = "3", ['5'] = "6", ['6'] = "5", ['0'] = "6", ['4'] = "9", ['9'] = "4",
    };

    /// <summary>One keystroke wrong: a neighbouring key, a key dropped, a key doubled or two keys swapped.</summary>
    public static string Typo(string value, Prng rng)
    {
        var positions = Enumerable.Range(0, value.Length).Where(i => char.IsLetterOrDigit(value[i])).ToList();
        if (positions.Count == 0) return value;
        var i = rng.Pick(positions);
        var roll = rng.NextDouble();
        if (roll < 0.4) return value[..i] + MatchCase(value[i], Neighbour(value[i], rng)) + value[(i + 1)..];
        if (roll < 0.65) return value.Remove(i, 1);
        if (roll < 0.8) return value.Insert(i, MatchCase(value[i], Neighbour(value[i], rng)).ToString());
        return i + 1 < value.Length ? value[..i] + value[i + 1] + value[i] + value[(i + 2)..] : value.Remove(i, 1);
    }

    /// <summary>A plausible misreading of handwriting: one letter or digit read as a similar one, or null if none fits.</summary>
    public static string? Misreading(string value, Prng rng)
    {
        var positions = Enumerable.Range(0, value.Length).Where(i => Confusable.ContainsKey(char.ToLowerInvariant(value[i]))).ToList();
        if (positions.Count == 0) return null;
        var i = rng.Pick(positions);
        var options = Confusable[char.ToLowerInvariant(value[i])];
        return value[..i] + MatchCase(value[i], options[rng.Next(options.Length)]) + value[(i + 1)..];
    }

    private static char Neighbour(char c, Prng rng)
    {
        var lower = char.ToLowerInvariant(c);
        foreach (var row in Rows)
        {
            var at = row.IndexOf(lower);
            if (at < 0) continue;
            var options = new List<char>();
            if (at > 0) options.Add(row[at - 1]);
            if (at + 1 < row.Length) options.Add(row[at + 1]);
            return rng.Pick(options);
        }
        return 'e';
    }

    private static char MatchCase(char original, char replacement) =>
        char.IsUpper(original) ? char.ToUpperInvariant(replacement) : replacement;
}
