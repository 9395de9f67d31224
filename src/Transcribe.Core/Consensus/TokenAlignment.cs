namespace Transcribe.Core.Consensus;

/// <summary>
/// Progressive multiple alignment of the token sequences of several witnesses. The result is a
/// list of columns; column c holds, per witness, the index of its token there or -1 for a gap.
/// Words that are the same or nearly so ("souvenir", "souvener") share a column, so a vote per
/// column can then decide each word, including that a column one volunteer added stays empty.
/// </summary>
public static class TokenAlignment
{
    private const float Gap = -0.6f;

    public static int[][] Align(IReadOnlyList<IReadOnlyList<TextToken>> witnesses, IReadOnlyList<double>? weights = null)
    {
        var count = witnesses.Count;
        var w = Enumerable.Range(0, count).Select(i => weights is null ? 1.0 : Math.Max(weights[i], 1e-6)).ToArray();
        var vocabulary = new Vocabulary();
        var ids = witnesses.Select(tokens => tokens.Select(vocabulary.Intern).ToArray()).ToArray();
        vocabulary.Seal();

        var profile = new List<Column>();
        var aligned = new List<int>();
        foreach (var next in GuideOrder(ids))
        {
            if (ids[next].Length == 0) continue;
            if (aligned.Count == 0)
            {
                for (var t = 0; t < ids[next].Length; t++) profile.Add(new Column([(next, t)]));
            }
            else
            {
                profile = Merge(profile, ids, next, w, aligned.Sum(a => w[a]), vocabulary);
            }
            aligned.Add(next);
        }

        return profile.Select(column =>
        {
            var row = Enumerable.Repeat(-1, count).ToArray();
            foreach (var (witness, token) in column.Entries) row[witness] = token;
            return row;
        }).ToArray();
    }

    /// <summary>
    /// Medoid first, then the others by how much of their vocabulary they share with everyone:
    /// aligning the most typical witnesses first gives the later, odder ones a sound profile to meet.
    /// </summary>
    private static IEnumerable<int> GuideOrder(int[][] ids)
    {
        var bags = ids.Select(seq => seq.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count())).ToArray();
        var closeness = new double[ids.Length];
        for (var a = 0; a < ids.Length; a++)
        for (var b = a + 1; b < ids.Length; b++)
        {
            var shared = bags[a].Sum(kv => Math.Min(kv.Value, bags[b].GetValueOrDefault(kv.Key)));
            var dice = ids[a].Length + ids[b].Length == 0 ? 0 : 2.0 * shared / (ids[a].Length + ids[b].Length);
            closeness[a] += dice;
            closeness[b] += dice;
        }
        return Enumerable.Range(0, ids.Length).OrderByDescending(i => closeness[i]).ThenBy(i => i);
    }

    private const byte FromMatch = 0, FromSkip = 1, FromInsert = 2;

    /// <summary>
    /// Needleman-Wunsch of one witness against the profile, scored sum-of-pairs style: a token
    /// scores against every aligned witness, those with a gap in the column costing a gap each.
    /// </summary>
    private static List<Column> Merge(List<Column> profile, int[][] ids, int witness, double[] w, double alignedWeight, Vocabulary vocabulary)
    {
        var seq = ids[witness];
        int n = profile.Count, m = seq.Length;
        var occupancy = new float[n];
        var members = new (int Id, float Share)[n][];
        for (var i = 0; i < n; i++)
        {
            var column = profile[i];
            var present = column.Entries.Sum(e => w[e.Witness]);
            occupancy[i] = (float)(present / alignedWeight);
            members[i] = column.Entries
                .GroupBy(e => ids[e.Witness][e.Token])
                .Select(g => (g.Key, (float)(g.Sum(e => w[e.Witness]) / alignedWeight)))
                .ToArray();
        }

        var trace = new byte[(n + 1) * (m + 1)];
        var previous = new float[m + 1];
        var current = new float[m + 1];
        for (var j = 1; j <= m; j++)
        {
            previous[j] = previous[j - 1] + Gap;
            trace[j] = FromInsert;
        }
        for (var i = 1; i <= n; i++)
        {
            var skip = Gap * occupancy[i - 1];
            var gapShare = 1 - occupancy[i - 1];
            current[0] = previous[0] + skip;
            trace[i * (m + 1)] = FromSkip;
            var column = members[i - 1];
            for (var j = 1; j <= m; j++)
            {
                var match = gapShare * Gap;
                foreach (var (id, share) in column) match += share * vocabulary.Similarity(id, seq[j - 1]);
                var best = previous[j - 1] + match;
                byte from = FromMatch;
                if (previous[j] + skip > best) { best = previous[j] + skip; from = FromSkip; }
                if (current[j - 1] + Gap > best) { best = current[j - 1] + Gap; from = FromInsert; }
                current[j] = best;
                trace[i * (m + 1) + j] = from;
            }
            (previous, current) = (current, previous);
        }

        var merged = new List<Column>(n + m);
        int x = n, y = m;
        while (x > 0 || y > 0)
        {
            switch (trace[x * (m + 1) + y])
            {
                case FromMatch when x > 0 && y > 0:
                    merged.Add(profile[x - 1].With(witness, y - 1));
                    x--;
                    y--;
                    break;
                case FromSkip when x > 0:
                    merged.Add(profile[x - 1]);
                    x--;
                    break;
                default:
                    merged.Add(new Column([(witness, y - 1)]));
                    y--;
                    break;
            }
        }
        merged.Reverse();
        return merged;
    }

    private sealed record Column(List<(int Witness, int Token)> Entries)
    {
        public Column With(int witness, int token) => new([.. Entries, (witness, token)]);
    }

    /// <summary>Interned token keys with a lazily filled similarity table, in [-1, 1].</summary>
    private sealed class Vocabulary
    {
        private readonly Dictionary<string, int> _ids = [];
        private readonly List<string> _keys = [];
        private readonly List<bool> _words = [];
        // Cached up to this many distinct tokens (16 MB); beyond, computed each time, which is
        // slower but keeps memory in bounds.
        private const int DenseLimit = 2048;
        private float[] _table = [];
        private bool _uncached;
        private int _stride;

        public int Intern(TextToken token)
        {
            if (_ids.TryGetValue(token.Key, out var id)) return id;
            id = _keys.Count;
            _ids[token.Key] = id;
            _keys.Add(token.Key);
            _words.Add(token.IsWord);
            return id;
        }

        /// <summary>Call once every token is interned: sizes the table (NaN = not yet computed).</summary>
        public void Seal()
        {
            _stride = _keys.Count;
            if (_stride > DenseLimit)
            {
                _uncached = true;
                return;
            }
            _table = new float[_stride * _stride];
            Array.Fill(_table, float.NaN);
        }

        public float Similarity(int a, int b)
        {
            if (a == b) return 1f;
            if (_uncached) return Compute(a, b);
            ref var slot = ref _table[a * _stride + b];
            if (!float.IsNaN(slot)) return slot;
            var value = Compute(a, b);
            slot = value;
            _table[b * _stride + a] = value;
            return value;
        }

        private float Compute(int a, int b)
        {
            if (!_words[a] || !_words[b]) return _words[a] == _words[b] ? -0.5f : -1f;
            string ka = _keys[a], kb = _keys[b];
            var longer = Math.Max(ka.Length, kb.Length);
            // Words more than half rewritten are different words, not spellings of one word.
            var limit = longer / 2;
            if (Math.Abs(ka.Length - kb.Length) > limit) return -1f;
            var distance = EditDistance.Distance(ka, kb, limit);
            return distance > limit ? -1f : (float)(1.0 - 2.0 * distance / longer);
        }
    }
}
