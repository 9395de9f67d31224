using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class VotingTests
{
    private static readonly ConsensusSettings Settings = ConsensusSettings.Default;

    private static List<Ballot> Ballots(FieldType type, params (string Value, double Weight)[] votes) =>
        votes.Select((v, i) => new Ballot(Normalizer.Normalize(type, v.Value, Settings), v.Weight, $"t{i + 1}")).ToList();

    [Fact]
    public void Tally_WhenWeightsDiffer_TheHeavierSideWins()
    {
        var tallies = Voting.Tally(FieldType.Text, Ballots(FieldType.Text, ("Gilmore", 1.0), ("Gilmour", 2.5)), Settings);
        Assert.Equal("Gilmour", tallies[0].Candidate.Value);
        Assert.Equal(2.5, tallies[0].Candidate.Support);
    }

    [Fact]
    public void Tally_GroupsEquivalentSpellings_AndShowsTheBestAttestedOne()
    {
        var tallies = Voting.Tally(FieldType.Text, Ballots(FieldType.Text, ("hell creek", 1), ("Hell Creek", 1), ("Hell Creek.", 1), ("Hell Creek", 1)), Settings);
        var winner = Assert.Single(tallies);
        Assert.Equal("Hell Creek", winner.Candidate.Value);
        Assert.Equal(4, winner.Count);
        Assert.Equal(["t1", "t2", "t3", "t4"], winner.Candidate.Supporters);
    }

    [Fact]
    public void Tally_WhenVariantsAreOneKeystrokeFromOneValue_ThatValueRanksFirst()
    {
        var tallies = Voting.Tally(FieldType.Text, Ballots(FieldType.Text, ("Smtih", 1), ("Smiht", 1), ("Smith", 1), ("Brown", 1)), Settings);
        Assert.Equal("Smith", tallies[0].Candidate.Value);
        // The help is for ranking only: the reported support stays the value's own.
        Assert.Equal(1, tallies[0].Candidate.Support);
    }

    [Fact]
    public void Tally_ForChoices_GivesNoHelpFromNearValues()
    {
        var tallies = Voting.Tally(FieldType.Choice, Ballots(FieldType.Choice, ("Eocene", 1), ("Eocenes", 1), ("Miocene", 1), ("Eocenex", 1)), Settings);
        Assert.Equal("Eocene", tallies[0].Candidate.Value);
        Assert.Equal(tallies[0].Score, tallies[1].Score);
    }

    [Fact]
    public void Tally_AStrictMajorityAlwaysWins_EvenAgainstAValueWithManyNeighbours()
    {
        var tallies = Voting.Tally(FieldType.Text, Ballots(FieldType.Text,
            ("Ranch", 1), ("Ranch", 1), ("Ranch", 1), ("Ranch", 1), ("Branch", 1), ("Bunch", 1), ("Brunch", 1)), Settings);
        Assert.Equal("Ranch", tallies[0].Candidate.Value);
    }

    [Fact]
    public void Tally_WhenSpellingsAreEquallySupported_ShowsTheOneThatKeptCaseAndStops()
    {
        var tallies = Voting.Tally(FieldType.Text, Ballots(FieldType.Text, ("fox hills fm", 1), ("Fox Hills Fm.", 1)), Settings);
        Assert.Equal("Fox Hills Fm.", Assert.Single(tallies).Candidate.Value);
    }
}
