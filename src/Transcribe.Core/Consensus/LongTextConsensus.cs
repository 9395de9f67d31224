namespace Transcribe.Core.Consensus;

/// <summary>
/// Long text rarely agrees as a whole, so when no whole text has enough support the witnesses are
/// aligned word by word (<see cref="TokenAlignment"/>) and each column is voted on its own. A
/// column stays empty when most witnesses have nothing there: one volunteer's extra word, or the
/// line they copied twice, does not survive into the consensus.
/// </summary>
public static class LongTextConsensus
{
    /// <summary>The outcome of one word column: the winning token, or null when the column stays empty.</summary>
    public sealed record ColumnOutcome(TextToken? Token, double Support, double Participating, bool Accepted, IReadOnlyList<Candidate> Candidates);

    /// <summary>
    /// Word alignment costs time and memory in the product of the texts' lengths; a page of a
    /// letter or ledger is far below this, a pasted book is not, and must not stall a server.
    /// </summary>
    public const int MaxAlignedCharacters = 200_000;

    internal static FieldDecision Decide(IReadOnlyList<Ballot> ballots, int transcriptionCount, ConsensusSettings settings)
    {
        var whole = FieldConsensus.DecideByValue(FieldType.LongText, ballots, transcriptionCount, settings);
        if (whole.Decision == Decision.Accept) return whole;

        var total = ballots.Sum(b => b.Weight);
        var texts = ballots.Where(b => !b.Value.IsBlank).ToList();
        var textWeight = texts.Sum(b => b.Weight);
        // Blank witnesses abstain from the words: someone saw text here, and half a page of
        // nothing is not a transcription. Only a blank majority makes the field blank.
        if (texts.Count == 0 || total - textWeight > total / 2) return whole;

        if (texts.Sum(b => b.Value.Display.Length) > MaxAlignedCharacters)
            return whole with { Reason = $"Too long to align word by word (over {MaxAlignedCharacters:N0} characters in all); the whole texts are the candidates. " + whole.Reason };

        var outcomes = VoteColumns(texts, settings);
        var value = TextTokenizer.Join(BalanceTags(outcomes.Where(o => o.Token is not null).Select(o => o.Token!).ToList()));
        var textShare = textWeight / total;
        var agreement = textShare * (outcomes.Count == 0 ? 1 : outcomes.Average(o => o.Support / o.Participating));
        var disputed = outcomes.Where(o => !o.Accepted).ToList();
        var accepted = disputed.Count == 0
                       && DecisionRule.IsAccepted(textWeight, total, texts.Count, settings);
        var decision = accepted ? Decision.Accept : DecisionRule.Disputed(transcriptionCount, settings);
        return new FieldDecision(
            value,
            Math.Clamp(agreement, 0, 1),
            decision,
            whole.Candidates,
            TextFolding.Key(value, settings.Abbreviations),
            Explain(texts.Count, ballots.Count, outcomes.Count, disputed, decision, transcriptionCount));
    }

    /// <summary>
    /// Aligns the witnesses' words and votes each column; exposed so evaluations can inspect the
    /// columns. A second pass breaks ties (2 against 2, or a word against an equal number of
    /// gaps) in favour of the witnesses that agreed with the first pass most often: on a page,
    /// the careful volunteer is careful throughout. Ties only: support and acceptance are untouched.
    /// </summary>
    public static IReadOnlyList<ColumnOutcome> VoteColumns(IReadOnlyList<Ballot> texts, ConsensusSettings settings)
    {
        var tokens = texts.Select(b => TextTokenizer.Tokenize(b.Value.Display)).ToList();
        var columns = TokenAlignment.Align(tokens, texts.Select(b => b.Weight).ToList());
        var firstPass = Vote(columns, tokens, texts, settings);
        if (columns.Length == 0) return firstPass;
        var preferred = texts.Select((b, w) =>
        {
            var agreed = 0;
            for (var c = 0; c < columns.Length; c++)
            {
                var outcome = firstPass[c].Token;
                var mine = columns[c][w] < 0 ? null : tokens[w][columns[c][w]];
                if (outcome is null ? mine is null : mine is not null && mine.Key == outcome.Key) agreed++;
            }
            return b with { Preference = (double)agreed / columns.Length };
        }).ToList();
        return Vote(columns, tokens, preferred, settings);
    }

    private static List<ColumnOutcome> Vote(int[][] columns, List<IReadOnlyList<TextToken>> tokens, IReadOnlyList<Ballot> texts, ConsensusSettings settings)
    {
        var participating = texts.Sum(b => b.Weight);
        var outcomes = new List<ColumnOutcome>(columns.Length);
        foreach (var column in columns)
        {
            var present = new List<(Ballot Ballot, TextToken Token)>();
            for (var w = 0; w < texts.Count; w++)
            {
                if (column[w] < 0) continue;
                var token = tokens[w][column[w]];
                present.Add((new Ballot(new NormalizedValue(token.Text, token.Key, true), texts[w].Weight, texts[w].Supporter, texts[w].Preference), token));
            }
            var ballots = present.Select(p => p.Ballot).ToList();
            var tallies = Voting.Tally(FieldType.Text, ballots, settings);
            var gapWeight = participating - ballots.Sum(b => b.Weight);
            var gapCount = texts.Count - ballots.Count;
            var absent = texts.Where((_, w) => column[w] < 0).ToList();
            var candidates = tallies.Select(t => t.Candidate).ToList();
            if (absent.Count > 0) candidates.Add(new Candidate("", gapWeight, absent.Select(b => b.Supporter).ToList(), ""));

            var gapWins = gapWeight > participating / 2 + 1e-9
                || (Math.Abs(gapWeight - participating / 2) <= 1e-9
                    && absent.Sum(b => b.Preference) > tallies[0].BallotIndexes.Sum(i => ballots[i].Preference));
            if (gapWins)
            {
                outcomes.Add(new ColumnOutcome(null, gapWeight, participating,
                    DecisionRule.IsAccepted(gapWeight, participating, gapCount, settings), candidates));
                continue;
            }
            var winner = tallies[0];
            var members = winner.BallotIndexes.Select(i => present[i]).ToList();
            var weight = members.Sum(m => m.Ballot.Weight);
            var spaced = members.Where(m => m.Token.SpaceBefore).Sum(m => m.Ballot.Weight) * 2 >= weight;
            var broken = members.Where(m => m.Token.BreakBefore).Sum(m => m.Ballot.Weight) * 2 > weight;
            var chosen = new TextToken(winner.Candidate.Value, winner.Candidate.Normalized, spaced || broken, broken);
            outcomes.Add(new ColumnOutcome(chosen, winner.Candidate.Support, participating,
                DecisionRule.IsAccepted(winner.Candidate.Support, participating, winner.Count, settings), candidates));
        }
        return outcomes;
    }

    /// <summary>
    /// Tags such as [unclear]...[/unclear] are voted like words, so one half of a pair can win
    /// without the other; a tag left without its partner is dropped rather than shown broken.
    /// </summary>
    internal static List<TextToken> BalanceTags(List<TextToken> tokens)
    {
        var drop = new bool[tokens.Count];
        var open = new Stack<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Key;
            if (text.Length < 3 || text[0] != '[' || text[^1] != ']') continue;
            if (text[1] != '/')
            {
                open.Push(i);
                continue;
            }
            if (open.Count > 0 && tokens[open.Peek()].Key[1..] == text[2..]) open.Pop();
            else drop[i] = true;
        }
        foreach (var i in open) drop[i] = true;

        // A dropped tag's space stays: "my [unclear]Auden" becomes "my Auden", not "myAuden".
        var kept = new List<TextToken>(tokens.Count);
        bool space = false, lineBreak = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (drop[i])
            {
                space |= tokens[i].SpaceBefore;
                lineBreak |= tokens[i].BreakBefore;
                continue;
            }
            kept.Add(tokens[i] with { SpaceBefore = tokens[i].SpaceBefore || space, BreakBefore = tokens[i].BreakBefore || lineBreak });
            space = lineBreak = false;
        }
        return kept;
    }

    private static string Explain(int texts, int witnesses, int columns, List<ColumnOutcome> disputed, Decision decision, int transcriptionCount)
    {
        var head = $"No whole text has enough support; {texts} of {witnesses} texts aligned into {columns} word columns";
        if (decision == Decision.Accept) return head + ", every column decided by a clear majority.";
        var examples = string.Join("; ", disputed.Take(3).Select(o =>
            string.Join(" vs ", o.Candidates.Select(c => $"{(c.Value.Length == 0 ? "(nothing)" : DecisionRule.Quote(c.Value))} {DecisionRule.Format(c.Support)}"))));
        var next = DecisionRule.NextStep(decision, transcriptionCount);
        return disputed.Count == 0
            ? $"{head}; too few texts to accept; {next}."
            : $"{head}; {disputed.Count} disputed, e.g. {examples}; {next}.";
    }
}
