namespace Transcribe.Benchmarks.Text;

/// <summary>
/// Levenshtein distance by Hyyrö's bit-parallel algorithm over 64-bit blocks: letters of a
/// thousand characters compared thousands of times need O(n·m/64), not O(n·m).
/// </summary>
public static class Levenshtein
{
    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;

        var m = a.Length;
        var words = (m + 63) / 64;
        var peq = new Dictionary<char, ulong[]>();
        for (var i = 0; i < m; i++)
        {
            if (!peq.TryGetValue(a[i], out var mask)) peq[a[i]] = mask = new ulong[words];
            mask[i / 64] |= 1UL << (i % 64);
        }
        var vp = new ulong[words];
        var vn = new ulong[words];
        Array.Fill(vp, ulong.MaxValue);
        var last = 1UL << ((m - 1) % 64);
        var score = m;
        var none = new ulong[words];

        foreach (var c in b)
        {
            var eq = peq.GetValueOrDefault(c) ?? none;
            ulong hpCarry = 1, hnCarry = 0;
            for (var w = 0; w < words; w++)
            {
                var x = eq[w] | hnCarry;
                var d0 = (((x & vp[w]) + vp[w]) ^ vp[w]) | x | vn[w];
                var hp = vn[w] | ~(d0 | vp[w]);
                var hn = d0 & vp[w];
                if (w == words - 1)
                {
                    if ((hp & last) != 0) score++;
                    if ((hn & last) != 0) score--;
                }
                var hpOut = hp >> 63;
                var hnOut = hn >> 63;
                hp = (hp << 1) | hpCarry;
                hn = (hn << 1) | hnCarry;
                hpCarry = hpOut;
                hnCarry = hnOut;
                vp[w] = hn | ~(d0 | hp);
                vn[w] = hp & d0;
            }
        }
        return score;
    }

    /// <summary>The textbook dynamic programme, to check the fast one against.</summary>
    public static int Reference(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
