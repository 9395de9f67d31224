using Dapper;
using Npgsql;
using Transcribe.Core.Entry;
using Transcribe.Web.Features.Review;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Features.Transcription;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Review;

/// <summary>
/// A transcription submitted while the page's consensus job runs must queue another run: the
/// running job has already read the page, so it cannot be the one that counts the newcomer.
/// On its own database, with no worker, so the job's states are the test's to set.
/// </summary>
public sealed class LateTranscriptionTests : IAsyncLifetime
{
    string connectionString = "";
    NpgsqlDataSource dataSource = null!;

    public async Task InitializeAsync() => dataSource = NpgsqlDataSource.Create(connectionString = await TestPostgres.CreateDatabaseAsync());

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task ASubmitThatWaitedOnTheRunningJob_QueuesANewRun()
    {
        var templates = new TemplateStore(dataSource);
        var jobs = new JobQueue(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync();
        var ledger = await PageFixtures.CreateLedgerInAsync(connectionString, "consensus");
        int pageId = ledger.Pages[0];
        await templates.SaveAsync(ledger.ProjectId, DemoSeed.LocalityTemplate);
        await connection.ExecuteAsync("update pages set transcription_count = 2 where id = @pageId", new { pageId });
        foreach (var _ in new[] { 1, 2 })
            await connection.ExecuteAsync("insert into transcriptions (page_id, volunteer_id, submission_key, rows) values (@pageId, @v, @key, '[{\"locality_number\": \"7\", \"locality\": \"Lusk\"}]')",
                new { pageId, v = await connection.InsertVolunteerAsync(), key = Guid.NewGuid() });
        var late = await connection.InsertVolunteerAsync();
        await connection.ExecuteAsync("insert into page_leases (page_id, volunteer_id, expires_at) values (@pageId, @late, now() - interval '1 hour')", new { pageId, late });
        long jobId = await connection.ExecuteScalarAsync<long>(
            "insert into jobs (kind, payload, state, attempts) values ('consensus', jsonb_build_object('subject', @pageId::text), 'running', 1) returning id", new { pageId });

        // The job decides the page; the late volunteer's submit gets the page lock right after it.
        await new ConsensusStore(dataSource, templates).DecidePageAsync(pageId, CancellationToken.None, jobId);
        var content = new EntryContent([new Dictionary<string, string> { ["locality_number"] = "7", ["locality"] = "Lusk" }], new Dictionary<string, string>());
        var result = await new Submissions(dataSource, jobs, new JobSignal()).SubmitAsync(pageId, late, Guid.NewGuid(), content);

        Assert.Equal(SubmitOutcome.Created, result.Outcome);
        Assert.Equal("done", await connection.ExecuteScalarAsync<string>("select state from jobs where id = @jobId", new { jobId }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "select count(*) from jobs where kind = 'consensus' and payload ->> 'subject' = @pageId::text and state = 'queued'", new { pageId }));
    }
}
