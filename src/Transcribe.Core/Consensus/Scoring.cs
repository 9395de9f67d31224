namespace Transcribe.Core.Consensus;

/// <summary>
/// How one transcription fared against its page's consensus: of the accepted fields it gave a value
/// for (<paramref name="Compared"/>), how many it gave the accepted value (<paramref name="Agreed"/>).
/// Summed over a volunteer's pages, these are what <see cref="Reliability.Weight"/> reads.
/// </summary>
public readonly record struct TranscriptionScore(int Agreed, int Compared);

/// <summary>
/// Scores transcriptions against a page decision. Only accepted fields count (page fields, and the
/// fields of rows the crowd kept): a disputed field has no settled value to agree with yet, and a
/// dropped row's fields were never decided. A transcription is compared on a field when it supports
/// one of its candidates (a blank counts: leaving an empty column empty is agreeing), so one that
/// skipped a row abstains on that row's fields rather than losing them.
/// </summary>
public static class Scoring
{
    /// <param name="transcriptionIds">The page's transcriptions (their ids as supporters name them); each gets a score, 0 of 0 if nothing was compared.</param>
    public static IReadOnlyDictionary<string, TranscriptionScore> Score(PageDecision page, IEnumerable<string> transcriptionIds)
    {
        var agreed = new Dictionary<string, int>();
        var compared = new Dictionary<string, int>();
        foreach (var id in transcriptionIds)
        {
            agreed[id] = 0;
            compared[id] = 0;
        }

        foreach (var field in AcceptedFields(page))
        {
            // A long text accepted word by word can be a value no one typed whole: it says who
            // agreed with which word, not with the field, so the field scores no one.
            var winner = field.Candidates.FirstOrDefault(c => c.Normalized == field.Normalized);
            if (winner is null) continue;
            var supporters = field.Candidates.SelectMany(c => c.Supporters).ToHashSet();
            foreach (var id in supporters)
                if (compared.ContainsKey(id)) compared[id]++;
            foreach (var id in winner.Supporters.Distinct())
                if (agreed.ContainsKey(id)) agreed[id]++;
        }

        return compared.ToDictionary(p => p.Key, p => new TranscriptionScore(agreed[p.Key], p.Value));
    }

    private static IEnumerable<FieldDecision> AcceptedFields(PageDecision page) =>
        page.PageFields.Values
            .Concat(page.KeptRows.SelectMany(r => r.Fields.Values))
            .Where(f => f.Decision == Decision.Accept);
}
