namespace Transcribe.Core.Consensus;

/// <summary>
/// Edit distance where swapping two neighbouring characters is one edit (optimal string
/// alignment), because "Smtih" is one slip of the fingers, not two.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it is certain to exceed <paramref name="max"/>.</summary>
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

        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= 1024 ? stackalloc int[width * 3] : new int[width * 3];
        var before = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, before[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > max) return max + 1;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>1 for equal strings, falling to 0 as the edits approach the longer string's length.</summary>
    public static double Similarity(string a, string b)
    {
        if (a == b) return 1;
        var longer = Math.Max(a.Length, b.Length);
        return 1.0 - (double)Distance(a, b) / longer;
    }

    /// <summary>
    /// One keystroke apart (one insertion, deletion, substitution or swap), for values long enough
    /// that one keystroke is a slip rather than a different value.
    /// </summary>
    public static bool OneKeystrokeApart(string a, string b) =>
        a != b && Math.Max(a.Length, b.Length) >= 4 && Distance(a, b, 1) == 1;
}
