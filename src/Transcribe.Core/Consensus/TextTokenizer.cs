using System.Text;
using System.Text.RegularExpressions;

namespace Transcribe.Core.Consensus;

/// <summary>
/// One word, punctuation mark or editorial tag of a running text. <paramref name="SpaceBefore"/> and
/// <paramref name="BreakBefore"/> remember the whitespace in front of it, so a consensus built from
/// tokens reads like the witnesses ("here." stays "here.", not "here .").
/// </summary>
public sealed record TextToken(string Text, string Key, bool SpaceBefore, bool BreakBefore)
{
    public bool IsWord => Key.Length > 0 && char.IsLetterOrDigit(Key[0]);
}

/// <summary>
/// Splits running text into words and separate punctuation, so that a missing comma costs one
/// small column in the word alignment instead of making "here," and "here" different words.
/// </summary>
public static partial class TextTokenizer
{
    public static IReadOnlyList<TextToken> Tokenize(string? text)
    {
        var s = TextFolding.Clean(text, keepLineBreaks: true);
        var tokens = new List<TextToken>();
        var previousEnd = 0;
        foreach (Match m in TokenPattern().Matches(s))
        {
            var gap = s.AsSpan(previousEnd, m.Index - previousEnd);
            tokens.Add(new TextToken(m.Value, KeyOf(m.Value), gap.Length > 0 || tokens.Count == 0, gap.Contains('\n')));
            previousEnd = m.Index + m.Length;
        }
        return JoinLineEndHyphenation(tokens);
    }

    /// <summary>
    /// "grand-" at the end of a line and "father" on the next are one word: where a line broke is
    /// the page's layout, not its text, and volunteers differ in whether they keep it.
    /// </summary>
    private static List<TextToken> JoinLineEndHyphenation(List<TextToken> tokens)
    {
        var joined = new List<TextToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i + 2 < tokens.Count && t.IsWord && tokens[i + 1] is { Text: "-", SpaceBefore: false } dash
                && tokens[i + 2] is { IsWord: true, BreakBefore: true } next && char.IsLower(next.Text[0]) && !dash.BreakBefore)
            {
                joined.Add(t with { Text = t.Text + next.Text, Key = t.Key + next.Key });
                i += 2;
                continue;
            }
            joined.Add(t);
        }
        return joined;
    }

    /// <summary>Joins tokens back into text, honouring each token's recorded spacing.</summary>
    public static string Join(IEnumerable<TextToken> tokens)
    {
        var sb = new StringBuilder();
        foreach (var token in tokens)
        {
            if (sb.Length > 0)
            {
                if (token.BreakBefore) sb.Append('\n');
                else if (token.SpaceBefore) sb.Append(' ');
            }
            sb.Append(token.Text);
        }
        return sb.ToString();
    }

    private static string KeyOf(string token)
    {
        var folded = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (c == '\u2026') folded.Append("...");
            else folded.Append(char.ToLowerInvariant(TextFolding.FoldChar(c)));
        }
        if (token[0] == '[' || !char.IsLetterOrDigit(token[0])) return folded.ToString();
        // Apostrophes are dropped from words so "Poe's" and "Poes" meet in one column and one vote.
        return folded.Replace("'", "").ToString();
    }

    [GeneratedRegex(@"\[/?[A-Za-z]+\]|[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*|(\S)\1*")]
    private static partial Regex TokenPattern();
}
