namespace Transcribe.Core.Consensus;

/// <summary>
/// One witness's normalised value with its weight, as cast in a vote. <paramref name="Preference"/>
/// only breaks ties between candidates of equal support (higher wins); it never adds support.
/// </summary>
public sealed record Ballot(NormalizedValue Value, double Weight, string Supporter, double Preference = 0);

/// <summary>A candidate with what the decision needs beside its public face.</summary>
public sealed record Tally(Candidate Candidate, int Count, double Score, IReadOnlyList<int> BallotIndexes);

/// <summary>
/// Weighted plurality over normalised values. Ballots that are the same value under the field's
/// rule form one candidate, shown in its best-attested spelling. For ranking only, a candidate
/// also gets half the weight of candidates one keystroke away, so among "Smith", "Smtih" and
/// "Smiht" the one the slips were made from comes first; acceptance never counts that help.
/// </summary>
public static class Voting
{
    private const double NeighbourShare = 0.5;

    public static IReadOnlyList<Tally> Tally(FieldType type, IReadOnlyList<Ballot> ballots, ConsensusSettings settings)
    {
        var groups = new List<List<int>>();
        for (var i = 0; i < ballots.Count; i++)
        {
            var group = groups.FirstOrDefault(g => Normalizer.Same(ballots[g[0]].Value, ballots[i].Value, settings));
            if (group is null) groups.Add([i]);
            else group.Add(i);
        }

        var own = groups.Select(g => g.Sum(i => ballots[i].Weight)).ToArray();
        var total = own.Sum();
        var score = (double[])own.Clone();
        if (type is not (FieldType.Choice or FieldType.Coordinate))
        {
            for (var a = 0; a < groups.Count; a++)
            for (var b = a + 1; b < groups.Count; b++)
            {
                var keyA = ballots[groups[a][0]].Value.Key;
                var keyB = ballots[groups[b][0]].Value.Key;
                if (!EditDistance.OneKeystrokeApart(keyA, keyB)) continue;
                score[a] += NeighbourShare * own[b];
                score[b] += NeighbourShare * own[a];
            }
        }

        var order = Enumerable.Range(0, groups.Count)
            // A strict majority of its own wins outright, whatever its neighbours do for others.
            .OrderByDescending(g => own[g] > total / 2)
            .ThenByDescending(g => score[g])
            .ThenByDescending(g => own[g])
            .ThenByDescending(g => groups[g].Sum(i => ballots[i].Preference))
            .ThenBy(g => groups[g][0]);

        return order.Select(g => new Tally(ToCandidate(groups[g], ballots), groups[g].Count, score[g], groups[g])).ToList();
    }

    /// <summary>
    /// The spelling with the most weight behind it. On a tie, the one that keeps more of the
    /// original's case and punctuation (hurried typing loses capitals and full stops, it never
    /// adds them), then the earliest witness's.
    /// </summary>
    private static Candidate ToCandidate(List<int> members, IReadOnlyList<Ballot> ballots)
    {
        var best = members
            .GroupBy(i => ballots[i].Value.Display, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(i => ballots[i].Weight))
            .ThenByDescending(g => Detail(g.Key))
            .ThenBy(g => g.Min())
            .First();
        var representative = ballots[best.Min()].Value;
        return new Candidate(
            best.Key,
            members.Sum(i => ballots[i].Weight),
            members.Select(i => ballots[i].Supporter).ToList(),
            representative.Key);
    }

    /// <summary>How much case and punctuation a spelling carries: mixed case counts, then each mark.</summary>
    private static int Detail(string spelling)
    {
        bool upper = false, lower = false;
        var marks = 0;
        foreach (var c in spelling)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            if (char.IsPunctuation(c)) marks++;
        }
        return (upper && lower ? 1000 : 0) + marks;
    }
}
