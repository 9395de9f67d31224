using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Transcribe.Core.Consensus;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Review;

public sealed class ConsensusJobTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ThreeAgreeingTranscriptions_SendThePageForApproval_WithConsensusAndScoresStored()
    {
        var page = await app.CreatePageAsync(needed: 3);
        for (int i = 0; i < 3; i++) await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2);

        await app.RunConsensusAsync(page);

        Assert.Equal("approval", (await app.PageAsync(page)).State);
        var stored = await app.ConsensusAsync(page);
        Assert.NotNull(stored);
        Assert.Equal((EngineVersion.Current, "accept", 3), (stored.EngineVersion, stored.Decision, stored.TranscriptionCount));
        using var result = JsonDocument.Parse(stored.Result);
        Assert.Equal(EngineVersion.Current, result.RootElement.GetProperty("engine").GetString());
        Assert.Equal("3421", result.RootElement.GetProperty("rows")[0].GetProperty("fields").GetProperty("locality_number").GetProperty("value").GetString());
        Assert.Equal("17", result.RootElement.GetProperty("pageFields").GetProperty("folio").GetProperty("value").GetString());
        // Seven fields in each of two rows, and the folio.
        var scores = await app.ScoresAsync(page);
        Assert.Equal(3, scores.Count);
        Assert.All(scores, s => Assert.Equal((15, 15, EngineVersion.Current), (s.Agreed, s.Compared, s.EngineVersion)));
    }

    [Fact]
    public async Task TwoDisagreeingTranscriptions_BelowTheMaximum_ReopenThePageForAThird()
    {
        var page = await app.CreatePageAsync(allowed: 4);
        long agreeing = await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2);
        long dissenting = await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2.With("formation", "Lance Fm."));

        await app.RunConsensusAsync(page);

        var after = await app.PageAsync(page);
        Assert.Equal(("open", 3), (after.State, after.TranscriptionsNeeded));
        Assert.Equal("more", (await app.ConsensusAsync(page))!.Decision);
        // The disputed formation counts for neither: each agreed on the other 14 fields.
        Assert.Equal([(agreeing, 14, 14), (dissenting, 14, 14)], (await app.ScoresAsync(page)).Select(s => (s.Id, s.Agreed, s.Compared)));
    }

    [Fact]
    public async Task DisagreeingTranscriptions_AtTheMaximum_SendThePageToReview()
    {
        var page = await app.CreatePageAsync(required: 2, allowed: 2);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2.With("formation", "Lance Fm."));

        await app.RunConsensusAsync(page);

        Assert.Equal(("review", 2), ((await app.PageAsync(page)).State, (await app.PageAsync(page)).TranscriptionsNeeded));
        Assert.Equal("review", (await app.ConsensusAsync(page))!.Decision);
    }

    [Fact]
    public async Task RunningTwice_StoresTheSameResult_EvenWhenVolunteersCarryAHistory()
    {
        // A volunteer whose earlier work was poor carries a low weight into this page. Their scores
        // from this page must not feed back into its own second decision.
        var careless = await app.VolunteerAsync();
        var earlier = await app.CreatePageAsync(needed: 3);
        await app.TranscribeAsync(earlier, careless, "3", ConsensusPages.Row1.With("collector", "Gilmour"), ConsensusPages.Row2.With("date", "1932"));
        await app.TranscribeAsync(earlier, "3", ConsensusPages.Row1, ConsensusPages.Row2);
        await app.TranscribeAsync(earlier, "3", ConsensusPages.Row1, ConsensusPages.Row2);
        await app.RunConsensusAsync(earlier);

        var page = await app.CreatePageAsync(needed: 3);
        await app.TranscribeAsync(page, careless, "17", ConsensusPages.Row1.With("locality", "Harlowton"), ConsensusPages.Row2);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2.With("remarks", "teeth"));

        await app.RunConsensusAsync(page);
        var first = (await app.ConsensusAsync(page))!;
        var firstScores = await app.ScoresAsync(page);
        var firstPage = await app.PageAsync(page);
        await app.RunConsensusAsync(page);

        var second = (await app.ConsensusAsync(page))!;
        Assert.Equal(first.Result, second.Result);
        Assert.Equal((first.Decision, first.TranscriptionCount), (second.Decision, second.TranscriptionCount));
        Assert.Equal(firstScores, await app.ScoresAsync(page));
        Assert.Equal((firstPage.State, firstPage.TranscriptionsNeeded), ((await app.PageAsync(page)).State, (await app.PageAsync(page)).TranscriptionsNeeded));
        // The history did count: the careless volunteer's support is below a newcomer's 1.
        Assert.Matches("\"support\": ?0\\.[0-9]", first.Result);
    }

    [Fact]
    public async Task AFlaggedPage_GetsItsResultStored_ButStaysFlagged()
    {
        var page = await app.CreatePageAsync(state: "flagged");
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1);

        await app.RunConsensusAsync(page);

        Assert.Equal(("flagged", 2), ((await app.PageAsync(page)).State, (await app.PageAsync(page)).TranscriptionsNeeded));
        Assert.Equal("accept", (await app.ConsensusAsync(page))!.Decision);
    }

    [Fact]
    public async Task APageWithoutTranscriptions_IsLeftAlone()
    {
        var page = await app.CreatePageAsync();

        await app.RunConsensusAsync(page);

        Assert.Equal("consensus", (await app.PageAsync(page)).State);
        Assert.Null(await app.ConsensusAsync(page));
    }

    [Fact]
    public async Task APageWhoseProjectHasNoTemplate_IsLeftAlone()
    {
        var page = await app.CreatePageAsync();
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1);
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
            await connection.ExecuteAsync("delete from template_fields where project_id = @ProjectId", page);

        await app.RunConsensusAsync(page);

        Assert.Equal("consensus", (await app.PageAsync(page)).State);
        Assert.Null(await app.ConsensusAsync(page));
    }

    [Fact]
    public async Task AQueuedConsensusJob_IsRunByTheWorker()
    {
        var page = await app.CreatePageAsync();
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1);

        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await app.Services.GetRequiredService<JobQueue>().EnqueueAsync("consensus", page.PageId.ToString(), connection);
        }

        for (int i = 0; i < 300 && (await app.PageAsync(page)).State == "consensus"; i++) await Task.Delay(100);
        Assert.Equal("approval", (await app.PageAsync(page)).State);
    }
}
