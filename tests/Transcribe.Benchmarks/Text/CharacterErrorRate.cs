using System.Text;
using System.Text.RegularExpressions;

namespace Transcribe.Benchmarks.Text;

/// <summary>
/// Character error rate: edits to turn a hypothesis into the reference, over the reference's
/// length. Whitespace runs (line breaks included) count as one space on both sides, because
/// volunteers break lines where they like and the reference keeps one volunteer's breaks.
/// Case and punctuation count in full.
/// </summary>
public static partial class CharacterErrorRate
{
    /// <param name="dropTags">
    /// Removes editorial tags such as [unclear]...[/unclear] (keeping the words inside): which words
    /// a volunteer marks unclear is their own judgement, so a second figure scores the text alone.
    /// </param>
    public static string Prepare(string? text, bool dropTags = false)
    {
        var sb = new StringBuilder();
        var space = false;
        var source = (text ?? "").Normalize(NormalizationForm.FormC);
        if (dropTags) source = Tag().Replace(source, "");
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Edits needed, on already prepared texts.</summary>
    public static int Edits(string preparedHypothesis, string preparedReference) => Levenshtein.Distance(preparedReference, preparedHypothesis);

    [GeneratedRegex(@"\[/?[A-Za-z]+\]")]
    private static partial Regex Tag();
}
