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
    NpgsqlDataSource dataSource = null!;

    public async Task InitializeAsync() => dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task ASubmitThatWaitedOnTheRunningJob_QueuesANewRun()
    {
        var templates = new TemplateStore(dataSource);
        var jobs = new JobQueue(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync();
        string image = new string('a', 64);
        int projectId = await connection.ExecuteScalarAsync<int>("insert into projects (slug, title) values ('late', 'Late') returning id");
        await templates.SaveAsync(projectId, DemoSeed.LocalityTemplate);
        await connection.ExecuteAsync("insert into images (id, format, width, height, byte_size, tile_state) values (@image, 'jpeg', 9, 9, 1, 'ready')", new { image });
        int documentId = await connection.ExecuteScalarAsync<int>("insert into documents (project_id, title) values (@projectId, 'R') returning id", new { projectId });
        int pageId = await connection.ExecuteScalarAsync<int>(
            "insert into pages (document_id, sequence, label, image_id, state, transcription_count) values (@documentId, 1, 'p. 1', @image, 'consensus', 2) returning id", new { documentId, image });
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
