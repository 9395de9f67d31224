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
    string connectionString = "";
    NpgsqlDataSource dataSource = null!;

    public async Task InitializeAsync() => dataSource = NpgsqlDataSource.Create(connectionString = await TestPostgres.CreateDatabaseAsync());

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task DemoVolunteersWork_IsDecided_AcceptedTwice_AndOnceForReview()
    {
        var templates = new TemplateStore(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var account in DemoSeed.Accounts.Where(a => a.Role == Transcribe.Web.Infrastructure.Identity.Roles.Volunteer))
            await connection.InsertVolunteerAsync(account.Email);
        var ledger = LedgerRows.Generate(DemoSeed.LedgerSeed, DemoSeed.LedgerPages);
        var pages = await PageFixtures.CreateLedgerInAsync(connectionString, Enumerable.Repeat("open", ledger.Count).ToArray());
        int projectId = pages.ProjectId, documentId = pages.DocumentId;
        await connection.ExecuteAsync("update projects set abbreviations = @abbreviations::jsonb where id = @projectId",
            new { projectId, abbreviations = System.Text.Json.JsonSerializer.Serialize(DemoSeed.LedgerAbbreviations) });
        await templates.SaveAsync(projectId, DemoSeed.LocalityTemplate);

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
