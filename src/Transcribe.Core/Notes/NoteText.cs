using System.Text;
using System.Text.RegularExpressions;

namespace Transcribe.Core.Notes;

/// <summary>A note body as it will be stored, or why it cannot be.</summary>
public sealed record CleanedNote(string Text, string? Problem)
{
    public bool IsValid => Problem is null;
}

/// <summary>A locality number named in a note ("#4187", "loc. 4187", "Locality No. 2336a"): where, and which.</summary>
/// <param name="Start">Index of the mention's first character in the cleaned text.</param>
/// <param name="Length">The whole mention, its prefix included ("loc. 4187" is 9 long).</param>
/// <param name="Number">The digits and any one-letter suffix, lowercased, without a hyphen: the form the ledger's
/// locality-number field uses (2336a), so records can be looked up by it.</param>
public sealed record LocalityMention(int Start, int Length, string Number);

/// <summary>A run of a note's text, and the locality it names when it is a mention.</summary>
public sealed record NoteSegment(string Text, LocalityMention? Mention);

/// <summary>
/// Page notes are free text from anyone signed in, shown to everyone: cleaned to one canonical form before
/// storing (so the length limit and later searches see what readers see), and scanned for locality numbers
/// so they can become links to the records.
/// </summary>
public static partial class NoteText
{
    public const int MaxLength = 2000;

    public static CleanedNote Clean(string? raw)
    {
        // Browsers send a textarea's line breaks as CRLF; one form keeps lengths honest and \r out of the controls check.
        string text = (raw ?? "").Replace("\r\n", "\n").Replace('\r', '\n');
        if (!IsWellFormed(text))
            return new CleanedNote(text, "The note contains broken characters. Retype the part that was pasted and try again.");
        text = text.Normalize(NormalizationForm.FormC).Trim();
        if (text.Length == 0)
            return new CleanedNote(text, "Write something first: the note is empty.");
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
            return new CleanedNote(text, "The note contains invisible control characters (often from a paste). Remove them and try again.");
        // Counted in characters as a reader (and PostgreSQL's length()) counts them, not UTF-16 units.
        int length = text.EnumerateRunes().Count();
        if (length > MaxLength)
            return new CleanedNote(text, $"A note can be at most {MaxLength:N0} characters; this one has {length:N0}. Shorten it and try again.");
        return new CleanedNote(text, null);
    }

    // A lone surrogate cannot be normalised or stored as UTF-8; it only arrives from a broken paste or a hand-made request.
    static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }

    // "#4187", "# 4187", "loc 4187", "loc. 4187", "locality 4187", "locality no. 4187", "loc. #4187", "Loc 4187-A".
    // The number must end the word: "#12th" and "loc. 4187.5" name no locality; "located 12 mi." is not "loc".
    // An "&#" is an HTML entity someone typed, not a number.
    [GeneratedRegex("""
        (?:(?<![&\w])\#[ ]?|\bloc(?:ality)?\.?[ \t]*(?:(?:no\.?|number)[ \t]*)?\#?[ ]?)
        (?<digits>[0-9]{1,7})(?:-?(?<suffix>[a-z]))?(?![\p{L}\p{N}]|\.[0-9])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MentionPattern();

    public static IReadOnlyList<LocalityMention> Mentions(string text)
    {
        try
        {
            return MentionPattern().Matches(text)
                .Select(m => new LocalityMention(m.Index, m.Length, m.Groups["digits"].Value + m.Groups["suffix"].Value.ToLowerInvariant()))
                .ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            // Mentions are a convenience: a note that defeats the pattern is still shown, as plain text.
            return [];
        }
    }

    /// <summary>The text cut at its mentions, in order, covering all of it: what a view renders, escaping each run.</summary>
    public static IReadOnlyList<NoteSegment> Segments(string text)
    {
        var segments = new List<NoteSegment>();
        int at = 0;
        foreach (var mention in Mentions(text))
        {
            if (mention.Start > at) segments.Add(new NoteSegment(text[at..mention.Start], null));
            segments.Add(new NoteSegment(text.Substring(mention.Start, mention.Length), mention));
            at = mention.Start + mention.Length;
        }
        if (at < text.Length) segments.Add(new NoteSegment(text[at..], null));
        return segments;
    }
}
