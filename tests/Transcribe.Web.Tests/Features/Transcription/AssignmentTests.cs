using System.Text.Json;
using Dapper;
using Npgsql;
using Transcribe.Web.Features.Transcription;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Transcription;

/// <summary>Page assignment on its own database (no app, so no worker or seed interferes).</summary>
public sealed class AssignmentTests : IAsyncLifetime
{
    NpgsqlDataSource dataSource = null!;
    Assignment assignment = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());
        assignment = new Assignment(dataSource);
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    /// <summary>A project with ledgers of open pages; returns its id and the page ids of each ledger in order.</summary>
    async Task<(int ProjectId, int[][] Pages)> ProjectAsync(int needed = 2, string order = "document", params int[] pagesPerDocument)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        string image = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray())).ToLowerInvariant();
        await connection.ExecuteAsync("insert into images (id, format, width, height, byte_size, tile_state) values (@image, 'jpeg', 10, 10, 1, 'ready')", new { image });
        int projectId = await connection.ExecuteScalarAsync<int>(
            "insert into projects (slug, title, transcriptions_required, assignment_order) values (@slug, 'P', @needed, @order) returning id",
            new { slug = $"p-{Guid.NewGuid():N}"[..20], needed, order });
        var pages = new List<int[]>();
        foreach (int count in pagesPerDocument.Length == 0 ? [3] : pagesPerDocument)
        {
            int documentId = await connection.ExecuteScalarAsync<int>("insert into documents (project_id, title) values (@projectId, 'Ledger') returning id", new { projectId });
            pages.Add((await connection.QueryAsync<int>("""
                insert into pages (document_id, sequence, label, image_id, state, transcriptions_needed)
                select @documentId, n, 'p. ' || n, @image, 'open', @needed from generate_series(1, @count) n
                returning id
                """, new { documentId, image, count, needed })).Order().ToArray());
        }
        return (projectId, pages.ToArray());
    }

    Task<Guid> VolunteerAsync() => dataSource.InsertVolunteerAsync();

    async Task ExecuteAsync(string sql, object args)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, args);
    }

    [Fact]
    public async Task Next_GivesPagesInLedgerOrder_AndResumesThePageAVolunteerHolds()
    {
        var (project, pages) = await ProjectAsync();
        var volunteer = await VolunteerAsync();

        int? first = await assignment.NextAsync(project, volunteer);
        int? again = await assignment.NextAsync(project, volunteer);

        Assert.Equal(pages[0][0], first);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task Next_NeverServesAPageToMorePeopleThanItStillNeeds()
    {
        var (project, pages) = await ProjectAsync(needed: 2);

        int? a = await assignment.NextAsync(project, await VolunteerAsync());
        int? b = await assignment.NextAsync(project, await VolunteerAsync());
        int? c = await assignment.NextAsync(project, await VolunteerAsync());

        Assert.Equal([pages[0][0], pages[0][0], pages[0][1]], [a, b, c]);
    }

    [Fact]
    public async Task Next_NeverOffersAPageTheVolunteerTranscribedOrSkipped()
    {
        var (project, pages) = await ProjectAsync(needed: 3);
        var volunteer = await VolunteerAsync();
        await ExecuteAsync("""
            insert into transcriptions (page_id, volunteer_id, submission_key) values (@page, @volunteer, gen_random_uuid());
            update pages set transcription_count = 1 where id = @page;
            """, new { page = pages[0][0], volunteer });
        await assignment.SkipAsync(pages[0][1], volunteer);

        Assert.Equal(pages[0][2], await assignment.NextAsync(project, volunteer));
        Assert.Equal(pages[0][0], await assignment.NextAsync(project, await VolunteerAsync())); // others still get it
    }

    [Fact]
    public async Task Skip_FreesTheLeaseForSomeoneElse()
    {
        var (project, pages) = await ProjectAsync(needed: 1);
        var first = await VolunteerAsync();
        Assert.Equal(pages[0][0], await assignment.NextAsync(project, first));

        await assignment.SkipAsync(pages[0][0], first);

        Assert.Equal(pages[0][0], await assignment.NextAsync(project, await VolunteerAsync()));
        Assert.Equal(pages[0][1], await assignment.NextAsync(project, first));
    }

    [Fact]
    public async Task AnExpiredLease_ReturnsThePageToThePool()
    {
        var (project, pages) = await ProjectAsync(needed: 1);
        var away = await VolunteerAsync();
        await assignment.NextAsync(project, away);
        var other = await VolunteerAsync();
        Assert.Equal(pages[0][1], await assignment.NextAsync(project, other));

        await ExecuteAsync("update page_leases set expires_at = now() - interval '1 second' where volunteer_id = @away", new { away });

        Assert.Equal(pages[0][0], await assignment.NextAsync(project, await VolunteerAsync()));
        Assert.False(await assignment.RenewAsync(pages[0][0], away));
        Assert.True(await assignment.RenewAsync(pages[0][1], other));
    }

    [Fact]
    public async Task Next_InAChosenLedger_StaysInThatLedgerInOrder()
    {
        var (project, pages) = await ProjectAsync(needed: 1, pagesPerDocument: [2, 2]);
        var volunteer = await VolunteerAsync();

        int? first = await assignment.NextAsync(project, volunteer, documentId: await DocumentOfAsync(pages[1][0]));
        await assignment.SkipAsync(first!.Value, volunteer);
        int? second = await assignment.NextAsync(project, volunteer, documentId: await DocumentOfAsync(pages[1][0]));
        await assignment.SkipAsync(second!.Value, volunteer);

        Assert.Equal([pages[1][0], pages[1][1]], [first, second]);
        Assert.Null(await assignment.NextAsync(project, volunteer, documentId: await DocumentOfAsync(pages[1][0])));
    }

    [Fact]
    public async Task Next_InARandomOrderProject_FollowsEachPagesRandomKey()
    {
        var (project, pages) = await ProjectAsync(needed: 1, order: "random", pagesPerDocument: [3]);
        await ExecuteAsync("update pages set random_key = 1.0 / sequence where id = any(@ids)", new { ids = pages[0] });

        int? first = await assignment.NextAsync(project, await VolunteerAsync());

        Assert.Equal(pages[0][2], first); // sequence 3 has the smallest key
    }

    [Fact]
    public async Task Next_ForManyVolunteersAtOnce_GivesEachADifferentPage()
    {
        var (project, pages) = await ProjectAsync(needed: 1, pagesPerDocument: [30]);
        var volunteers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => VolunteerAsync()));

        var given = await Task.WhenAll(volunteers.Select(v => Task.Run(() => assignment.NextAsync(project, v))));

        Assert.Equal(12, given.Distinct().Count());
        Assert.All(given, page => Assert.Contains(page!.Value, pages[0]));
    }

    [Fact]
    public async Task Next_WithAMillionPages_UsesIndexesNotAScanOfEveryPage()
    {
        var (project, _) = await ProjectAsync(needed: 2, pagesPerDocument: [1_000_000]);
        await ExecuteAsync("analyze pages; analyze page_leases; analyze transcriptions; analyze page_skips; analyze documents", new { });
        var volunteer = await VolunteerAsync();

        await using var connection = await dataSource.OpenConnectionAsync();
        string plan = await connection.ExecuteScalarAsync<string>("explain (format json) " + Assignment.Next,
            new { projectId = project, volunteerId = volunteer, documentId = (int?)null, tried = Array.Empty<int>() }) ?? "";

        var scans = Nodes(JsonDocument.Parse(plan).RootElement)
            .Where(n => n.TryGetProperty("Relation Name", out var r) && r.GetString() == "pages")
            .Select(n => n.GetProperty("Node Type").GetString())
            .ToList();
        Assert.NotEmpty(scans);
        Assert.DoesNotContain("Seq Scan", scans);
        Assert.NotNull(await assignment.NextAsync(project, volunteer));
    }

    static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
                foreach (var child in Nodes(property.Value)) yield return child;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var child in Nodes(item)) yield return child;
        }
    }

    async Task<int> DocumentOfAsync(int pageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("select document_id from pages where id = @pageId", new { pageId });
    }
}
