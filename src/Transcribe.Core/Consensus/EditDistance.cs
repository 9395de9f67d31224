namespace Transcribe.Core.Consensus;

/// <summary>
/// Edit distance where swapping two neighbouring characters is one edit (optimal string
/// alignment), because "Smtih" is one slip of the fingers, not two.
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// The distance, or <paramref name="max"/> + 1 as soon as it is certain to exceed
    /// <paramref name="max"/>. Only the band of cells within <paramref name="max"/> of the diagonal
    /// is computed, so asking whether two long, nearly equal texts are one keystroke apart costs
    /// their length, not its square.
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max = int.MaxValue - 1)
    {
        if (a.Length < b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if (a.Length - b.Length > max) return max + 1;
        if (b.Length == 0) return Math.Min(a.Length, max + 1);

        const int Far = int.MaxValue / 2;
        var width = b.Length + 1;
        var band = Math.Min(max, a.Length);
        Span<int> buffer = width * 3 <= 1024 ? stackalloc int[width * 3] : new int[width * 3];
        var before = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        before.Fill(Far);
        for (var j = 0; j < width; j++) previous[j] = j <= band ? j : Far;

        for (var i = 1; i <= a.Length; i++)
        {
            var lo = Math.Max(1, i - band);
            var hi = (int)Math.Min(b.Length, (long)i + band);
            current[lo - 1] = lo == 1 ? i : Far;
            var rowMin = lo == 1 ? i : Far;
            for (var j = lo; j <= hi; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, before[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (hi + 1 < width) current[hi + 1] = Far;
            if (rowMin > max) return max + 1;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>
    /// One keystroke apart (one insertion, deletion, substitution or swap), for values long enough
    /// that one keystroke is a slip rather than a different value.
    /// </summary>
    public static bool OneKeystrokeApart(string a, string b) =>
        a != b && Math.Max(a.Length, b.Length) >= 4 && Distance(a, b, 1) == 1;
}
