using System.Globalization;
using System.Text;

namespace Transcribe.Core.Entry;

/// <summary>
/// Cleans one typed value before it is stored. Text is kept as the volunteer typed it except for
/// what no one can see or mean in a ledger transcription: control characters (pasted from other
/// programs), unpaired surrogates, and line breaks in a one-line field. Text is stored NFC, so
/// "é" typed two ways is one value.
/// </summary>
public static class EntryText
{
    public static string Clean(string? value, bool multiline)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }
            if (char.IsSurrogate(c)) { builder.Append('\uFFFD'); continue; }
            if (c is '\r')
            {
                // \r\n and a lone \r are both one line break.
                if (i + 1 < value.Length && value[i + 1] == '\n') continue;
                c = '\n';
            }
            if (c is '\n' or '\t')
            {
                builder.Append(multiline ? c : ' ');
                continue;
            }
            var category = char.GetUnicodeCategory(c);
            // Control and format characters (NUL, escape, zero-width joiners, bidi overrides) are invisible; letters are kept.
            if (category == UnicodeCategory.Control) continue;
            if (category == UnicodeCategory.Format && c is not '\u200D') continue;
            builder.Append(c);
        }
        string text = builder.ToString().Trim();
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
