using Transcribe.Core.Records;
using Transcribe.Core.Workflow;

namespace Transcribe.Core.Tests.Workflow;

public sealed class ProjectSettingsRulesTests
{
    static readonly ProjectSettings Good = new(2, 4, 1, "document", 30, 2000, 200, 0.6, DateOrder.MonthDayYear, new Dictionary<string, string>());

    [Fact]
    public void Problems_OfTheDefaults_AreNone() => Assert.Empty(ProjectSettingsRules.Problems(Good));

    [Fact]
    public void Problems_NameEachFieldOutOfRange()
    {
        var bad = Good with { TranscriptionsRequired = 5, TranscriptionsAllowed = 3, AssignmentOrder = "alphabetical", MaxRows = 0, AgreementThreshold = 0 };
        Assert.Equal(["TranscriptionsAllowed", "AssignmentOrder", "MaxRows", "AgreementThreshold"],
            ProjectSettingsRules.Problems(bad).Select(p => p.Field).ToArray());
    }

    [Fact]
    public void ParseAbbreviations_ReadsShortEqualsLong_SkippingBlanksAndComments()
    {
        var (list, problems) = ProjectSettingsRules.ParseAbbreviations("Co. = County\r\n\n# rock units\nFm.=Formation\n  mi. =  miles ");
        Assert.Empty(problems);
        Assert.Equal(new Dictionary<string, string> { ["Co."] = "County", ["Fm."] = "Formation", ["mi."] = "miles" }, list);
        Assert.Equal("Co. = County\nFm. = Formation\nmi. = miles", ProjectSettingsRules.FormatAbbreviations(list));
    }

    [Fact]
    public void ParseAbbreviations_NamesBadAndRepeatedLines()
    {
        var (_, problems) = ProjectSettingsRules.ParseAbbreviations("Co. County\nFm. = Formation\nFm. = Formations\n = x");
        Assert.Equal(3, problems.Count);
        Assert.StartsWith("Line 1", problems[0]);
        Assert.Contains("listed twice", problems[1]);
        Assert.StartsWith("Line 4", problems[2]);
    }

    [Theory]
    [InlineData("60", 0.6)]
    [InlineData("66.7%", 0.667)]
    [InlineData("sixty", null)]
    public void PercentToShare_ReadsWhatACuratorTypes(string text, double? share) =>
        Assert.Equal(share, ProjectSettingsRules.PercentToShare(text));
}
