using System.Runtime.CompilerServices;
using System.Text;

namespace Transcribe.Core.Consensus;

/// <summary>
/// Text cleaning shared by every field type. <see cref="Clean"/> makes what volunteers see as the
/// same characters the same characters (NFC, curly and straight quotes, the many dashes, runs of
/// whitespace); <see cref="Key"/> additionally ignores case, punctuation and the project's
/// abbreviations, and is only ever used to compare, never shown.
/// </summary>
public static class TextFolding
{
    public static string Clean(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (c == '\n' && keepLineBreaks) pendingBreak = true;
                else pendingSpace = true;
                continue;
            }
            if (sb.Length > 0 && (pendingBreak || pendingSpace)) sb.Append(pendingBreak ? '\n' : ' ');
            pendingSpace = pendingBreak = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2043' => '-',
        _ => c,
    };

    /// <summary>
    /// The comparison key: lower case, words only (apostrophes dropped, other punctuation splits
    /// words), abbreviations expanded. "Fox Hills Fm." and "fox hills formation" share a key.
    /// </summary>
    public static string Key(string? text, IReadOnlyDictionary<string, string>? abbreviations = null)
    {
        var words = Words(Clean(text));
        if (abbreviations is { Count: > 0 }) words = Tables.GetValue(abbreviations, static a => new AbbreviationTable(a)).Expand(words);
        return string.Join(' ', words);
    }

    internal static List<string> Words(string cleaned)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in cleaned)
        {
            var c = char.ToLowerInvariant(FoldChar(raw));
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(c);
                continue;
            }
            if (c == '\'') continue;
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
            // '&' carries meaning ("Smith & Jones"), so it stays a word the abbreviation list can expand.
            if (c == '&') words.Add("&");
        }
        if (current.Length > 0) words.Add(current.ToString());
        return JoinInitials(words);
    }

    /// <summary>
    /// "N.W.", "N. W." and "NW" are one word, as are "U.S.G.S." and "USGS": runs of single letters
    /// become one word, so full stops and spaces in initials do not make values differ.
    /// </summary>
    private static List<string> JoinInitials(List<string> words)
    {
        var joined = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsInitial(words[i]) || i + 1 >= words.Count || !IsInitial(words[i + 1]))
            {
                joined.Add(words[i]);
                continue;
            }
            var run = new StringBuilder();
            while (i < words.Count && IsInitial(words[i])) run.Append(words[i++]);
            joined.Add(run.ToString());
            i--;
        }
        return joined;
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsLetter(word[0]);

    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, string>, AbbreviationTable> Tables = new();

    /// <summary>An abbreviation list folded once into word sequences, matched longest first.</summary>
    private sealed class AbbreviationTable
    {
        private readonly Dictionary<string, List<string>> _expansions = [];
        private readonly int _longest;

        public AbbreviationTable(IReadOnlyDictionary<string, string> abbreviations)
        {
            foreach (var (shortForm, longForm) in abbreviations)
            {
                var from = Words(Clean(shortForm));
                if (from.Count == 0) continue;
                _expansions[string.Join(' ', from)] = Words(Clean(longForm));
                _longest = Math.Max(_longest, from.Count);
            }
        }

        public List<string> Expand(List<string> words)
        {
            var result = new List<string>(words.Count);
            var i = 0;
            while (i < words.Count)
            {
                var matched = false;
                for (var length = Math.Min(_longest, words.Count - i); length >= 1 && !matched; length--)
                {
                    var probe = length == 1 ? words[i] : string.Join(' ', words.GetRange(i, length));
                    if (_expansions.TryGetValue(probe, out var expansion))
                    {
                        result.AddRange(expansion);
                        i += length;
                        matched = true;
                    }
                }
                if (!matched) result.Add(words[i++]);
            }
            return result;
        }
    }
}
