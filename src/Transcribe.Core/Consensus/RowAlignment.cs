namespace Transcribe.Core.Consensus;

/// <summary>
/// Finds which rows of different transcriptions of a page are the same ledger row, although
/// volunteers skip, double, split, merge and reorder rows. Each aligned row collects at most one
/// row from each transcription. With a key field (a locality number) rows are paired by best
/// match in any order, the key counting most; without one, by content similarity with an
/// order-preserving alignment, since a ledger is read top to bottom.
/// </summary>
public static class RowAlignment
{
    /// <summary>Below this similarity two rows are different rows, however they are placed.</summary>
    public const double MatchThreshold = 0.5;

    private const double KeyFieldWeight = 3;

    /// <param name="rows">Per transcription, its rows (field key to value); a missing field counts as blank.</param>
    /// <returns>Aligned rows in page order; each holds, per transcription, its row index or null.</returns>
    public static IReadOnlyList<int?[]> Align(
        IReadOnlyList<FieldSpec> fields,
        IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, string>>> rows,
        ConsensusSettings settings)
    {
        var keyed = fields.Any(f => f.IsKey);
        var normalized = rows.Select(t => t.Select(r => fields.Select(f =>
            new Cell(Normalizer.Normalize(f.Type, r.TryGetValue(f.Key, out var v) ? v : null, settings))).ToArray()).ToArray()).ToArray();

        var clusters = new List<int?[]>();
        for (var t = 0; t < rows.Count; t++)
        {
            if (clusters.Count == 0)
            {
                for (var r = 0; r < rows[t].Count; r++) clusters.Add(Single(rows.Count, t, r));
                continue;
            }
            var similarity = new double[rows[t].Count, clusters.Count];
            for (var r = 0; r < rows[t].Count; r++)
            for (var c = 0; c < clusters.Count; c++)
                similarity[r, c] = ClusterSimilarity(fields, normalized, clusters[c], t, r, settings);
            clusters = keyed
                ? MergeByBestMatch(clusters, similarity, rows.Count, t)
                : MergeInOrder(clusters, similarity, rows.Count, t);
        }
        return clusters;
    }

    /// <summary>How alike two rows are, in [0, 1]: the mean over fields that either row filled in.</summary>
    public static double RowSimilarity(IReadOnlyList<FieldSpec> fields, NormalizedValue[] a, NormalizedValue[] b, ConsensusSettings settings) =>
        RowSimilarity(fields, a.Select(v => new Cell(v)).ToArray(), b.Select(v => new Cell(v)).ToArray(), settings);

    private static double RowSimilarity(IReadOnlyList<FieldSpec> fields, Cell[] a, Cell[] b, ConsensusSettings settings)
    {
        double sum = 0, weight = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            if (a[f].Value.IsBlank && b[f].Value.IsBlank) continue;
            var w = fields[f].IsKey ? KeyFieldWeight : 1;
            weight += w;
            if (a[f].Value.IsBlank || b[f].Value.IsBlank) continue;
            // Neighbouring locality numbers differ by one keystroke, so a key matches only exactly.
            sum += w * (Normalizer.Same(a[f].Value, b[f].Value, settings) ? 1
                : fields[f].IsKey ? 0
                : Cell.Dice(a[f], b[f]));
        }
        return weight == 0 ? 1 : sum / weight;
    }

    /// <summary>
    /// A normalised value with its character pairs, sorted: the Dice overlap of pairs is a
    /// similarity that survives typos and costs one merge, where an edit distance per pair of
    /// rows would dominate the time of a whole page.
    /// </summary>
    private sealed class Cell
    {
        public Cell(NormalizedValue value)
        {
            Value = value;
            var key = value.Key;
            Bigrams = new int[Math.Max(1, key.Length - 1)];
            if (key.Length == 1) Bigrams[0] = key[0] << 16;
            for (var i = 0; i + 1 < key.Length; i++) Bigrams[i] = (key[i] << 16) | key[i + 1];
            Array.Sort(Bigrams);
        }

        public NormalizedValue Value { get; }
        public int[] Bigrams { get; }

        public static double Dice(Cell a, Cell b)
        {
            int i = 0, j = 0, shared = 0;
            var x = a.Bigrams;
            var y = b.Bigrams;
            while (i < x.Length && j < y.Length)
            {
                if (x[i] == y[j]) { shared++; i++; j++; }
                else if (x[i] < y[j]) i++;
                else j++;
            }
            return 2.0 * shared / (x.Length + y.Length);
        }
    }

    private static double ClusterSimilarity(IReadOnlyList<FieldSpec> fields, Cell[][][] normalized, int?[] cluster, int t, int r, ConsensusSettings settings)
    {
        double sum = 0;
        var members = 0;
        for (var other = 0; other < t; other++)
        {
            if (cluster[other] is not { } row) continue;
            sum += RowSimilarity(fields, normalized[t][r], normalized[other][row], settings);
            members++;
        }
        return members == 0 ? 0 : sum / members;
    }

    /// <summary>Greedy best-first pairing, any order; a little position sense breaks ties between identical rows.</summary>
    private static List<int?[]> MergeByBestMatch(List<int?[]> clusters, double[,] similarity, int transcriptions, int t)
    {
        int rowCount = similarity.GetLength(0), clusterCount = similarity.GetLength(1);
        var pairs = new List<(int Row, int Cluster, double Score)>();
        for (var r = 0; r < rowCount; r++)
        for (var c = 0; c < clusterCount; c++)
        {
            if (similarity[r, c] < MatchThreshold) continue;
            var drift = Math.Abs((double)r / Math.Max(1, rowCount) - (double)c / Math.Max(1, clusterCount));
            pairs.Add((r, c, similarity[r, c] - 0.01 * drift));
        }
        var rowTaken = new bool[rowCount];
        var clusterOf = Enumerable.Repeat(-1, rowCount).ToArray();
        var clusterTaken = new bool[clusterCount];
        foreach (var (r, c, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Row).ThenBy(p => p.Cluster))
        {
            if (rowTaken[r] || clusterTaken[c]) continue;
            rowTaken[r] = clusterTaken[c] = true;
            clusterOf[r] = c;
            clusters[c][t] = r;
        }

        // Unmatched rows go right after where this transcription's previous row went.
        var inserts = new List<(int After, int Row)>();
        var after = -1;
        for (var r = 0; r < rowCount; r++)
        {
            if (clusterOf[r] >= 0) after = clusterOf[r];
            else inserts.Add((after, r));
        }
        var merged = new List<int?[]>(clusterCount + inserts.Count);
        merged.AddRange(inserts.Where(i => i.After < 0).Select(i => Single(transcriptions, t, i.Row)));
        for (var c = 0; c < clusterCount; c++)
        {
            merged.Add(clusters[c]);
            merged.AddRange(inserts.Where(i => i.After == c).Select(i => Single(transcriptions, t, i.Row)));
        }
        return merged;
    }

    /// <summary>Order-preserving alignment maximising the summed similarity above the threshold.</summary>
    private static List<int?[]> MergeInOrder(List<int?[]> clusters, double[,] similarity, int transcriptions, int t)
    {
        int rowCount = similarity.GetLength(0), clusterCount = similarity.GetLength(1);
        // 0: pair the row with the cluster, 1: the cluster has no row here, 2: the row starts a new cluster.
        var score = new double[clusterCount + 1, rowCount + 1];
        var from = new byte[clusterCount + 1, rowCount + 1];
        for (var c = 1; c <= clusterCount; c++) from[c, 0] = 1;
        for (var r = 1; r <= rowCount; r++) from[0, r] = 2;
        for (var c = 1; c <= clusterCount; c++)
        for (var r = 1; r <= rowCount; r++)
        {
            var gain = similarity[r - 1, c - 1] - MatchThreshold;
            (score[c, r], from[c, r]) = score[c - 1, r] >= score[c, r - 1] ? (score[c - 1, r], (byte)1) : (score[c, r - 1], (byte)2);
            // A tiny bonus makes a pair at exactly the threshold beat leaving both alone.
            if (gain >= 0 && score[c - 1, r - 1] + gain + 1e-9 > score[c, r])
                (score[c, r], from[c, r]) = (score[c - 1, r - 1] + gain + 1e-9, (byte)0);
        }

        var merged = new List<int?[]>();
        int x = clusterCount, y = rowCount;
        while (x > 0 || y > 0)
        {
            switch (from[x, y])
            {
                case 0:
                    clusters[x - 1][t] = y - 1;
                    merged.Add(clusters[x - 1]);
                    x--;
                    y--;
                    break;
                case 1:
                    merged.Add(clusters[x - 1]);
                    x--;
                    break;
                default:
                    merged.Add(Single(transcriptions, t, y - 1));
                    y--;
                    break;
            }
        }
        merged.Reverse();
        return merged;
    }

    private static int?[] Single(int transcriptions, int t, int row)
    {
        var cluster = new int?[transcriptions];
        cluster[t] = row;
        return cluster;
    }
}
