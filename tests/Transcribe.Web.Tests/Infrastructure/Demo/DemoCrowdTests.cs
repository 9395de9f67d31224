using Dapper;
using Npgsql;
using Transcribe.DemoLedger;
using Transcribe.Web.Features.Review;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Infrastructure.Demo;

/// <summary>The demo's pre-transcribed pages show every stage: two accepted, one waiting for a reviewer, the rest open.</summary>
public sealed class DemoCrowdTests : IAsyncLifetime
{
    NpgsqlDataSource dataSource = null!;

    public async Task InitializeAsync() => dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task DemoVolunteersWork_IsDecided_AcceptedTwice_AndOnceForReview()
    {
        var templates = new TemplateStore(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var account in DemoSeed.Accounts.Where(a => a.Role == Transcribe.Web.Infrastructure.Identity.Roles.Volunteer))
            await connection.InsertVolunteerAsync(account.Email);
        int projectId = await connection.ExecuteScalarAsync<int>(
            "insert into projects (slug, title, abbreviations) values ('demo', 'Demo', @abbreviations::jsonb) returning id",
            new { abbreviations = System.Text.Json.JsonSerializer.Serialize(DemoSeed.LedgerAbbreviations) });
        await templates.SaveAsync(projectId, DemoSeed.LocalityTemplate);
        string image = new('b', 64);
        await connection.ExecuteAsync("insert into images (id, format, width, height, byte_size, tile_state) values (@image, 'jpeg', 9, 9, 1, 'ready')", new { image });
        int documentId = await connection.ExecuteScalarAsync<int>("insert into documents (project_id, title) values (@projectId, 'Register') returning id", new { projectId });
        var ledger = LedgerRows.Generate(DemoSeed.LedgerSeed, DemoSeed.LedgerPages);
        await connection.ExecuteAsync("insert into pages (document_id, sequence, label, image_id, state) select @documentId, n, 'p. ' || n, @image, 'open' from generate_series(1, @count) n",
            new { documentId, image, count = ledger.Count });

        await DemoCrowd.SeedAsync(dataSource, new JobQueue(dataSource), projectId,
            ledger.Select(p => new RenderedPage(p, "", "", 0, 0)).ToList(), CancellationToken.None);
        var store = new ConsensusStore(dataSource, templates);
        foreach (var pageId in await connection.QueryAsync<int>("select (payload ->> 'subject')::int from jobs where kind = 'consensus'"))
            await store.DecidePageAsync(pageId, CancellationToken.None);

        var states = (await connection.QueryAsync<string>("select state from pages where document_id = @documentId order by sequence", new { documentId })).ToList();
        Assert.Equal([.. Enumerable.Repeat("open", ledger.Count - 3), "approval", "approval", "review"], states);
        Assert.Equal(9, await connection.ExecuteScalarAsync<int>("select count(*) from transcriptions"));
    }
}
