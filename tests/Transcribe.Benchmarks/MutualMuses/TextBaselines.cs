using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks.MutualMuses;

/// <summary>What other platforms do with free text, to compare the engine against.</summary>
public static class TextBaselines
{
    /// <summary>Whole-record exact matching: the most frequent exact string (the first on a tie).</summary>
    public static string MostCommonString(IReadOnlyList<string> texts) =>
        texts.Select((t, i) => (Text: t, Index: i))
            .GroupBy(x => x.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.Index))
            .First().Key;

    /// <summary>
    /// Word-by-word vote without empty columns: the same word alignment as the engine, but every
    /// column emits its most frequent word, so one volunteer's extra word survives.
    /// </summary>
    public static string WordVoteWithoutEmptyColumns(IReadOnlyList<string> texts)
    {
        var tokens = texts.Select(TextTokenizer.Tokenize).ToList();
        var columns = TokenAlignment.Align(tokens);
        var chosen = new List<TextToken>();
        foreach (var column in columns)
        {
            var present = column.Select((index, w) => index >= 0 ? tokens[w][index] : null).OfType<TextToken>().ToList();
            var winner = present.GroupBy(t => t.Key).OrderByDescending(g => g.Count()).First();
            chosen.Add(winner.GroupBy(t => t.Text).OrderByDescending(g => g.Count()).First().First());
        }
        return TextTokenizer.Join(chosen);
    }
}
