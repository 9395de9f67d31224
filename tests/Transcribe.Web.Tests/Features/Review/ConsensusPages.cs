using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Transcribe.Core.Templates;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Review;

/// <summary>A page of the demo locality ledger's project shape, with transcriptions put straight into the database.</summary>
public sealed record LedgerPage(int ProjectId, string Slug, int PageId);

/// <summary>What the consensus tests start from: a project with the locality template, one page, transcriptions of it, and the job.</summary>
public static class ConsensusPages
{
    /// <summary>The demo ledger's columns and a folio number once per page.</summary>
    public static readonly IReadOnlyList<TemplateField> Template =
        [.. DemoSeed.LocalityTemplate, new TemplateField("folio", "Folio", FieldKind.Integer, FieldScope.Page)];

    public static readonly IReadOnlyDictionary<string, string> Row1 = Row("3421", "C. W. Gilmore", "Aug. 3, 1923", "2 mi. N of Harlowton, Wheatland Co., Mont.", "Fort Union Fm.", "Paleocene", "mammal teeth");
    public static readonly IReadOnlyDictionary<string, string> Row2 = Row("3422", "C. W. Gilmore", "Aug. 4, 1923", "Crazy Mountain Creek", "Fort Union Fm.", "Paleocene", "");

    public static IReadOnlyDictionary<string, string> Row(params string[] values) =>
        DemoSeed.LocalityTemplate.Select(f => f.Key).Zip(values).ToDictionary(p => p.First, p => p.Second);

    public static IReadOnlyDictionary<string, string> With(this IReadOnlyDictionary<string, string> row, string key, string value) =>
        row.ToDictionary(p => p.Key, p => p.Key == key ? value : p.Value);

    public static async Task<LedgerPage> CreatePageAsync(this AppFactory app, string state = "consensus", int required = 2, int allowed = 4, int needed = 2)
    {
        var ledger = await app.CreateLedgerAsync(state);
        await app.ExecuteAsync("""
            update projects set transcriptions_required = @required, transcriptions_allowed = @allowed,
                                abbreviations = '{"Co.": "County", "Fm.": "Formation", "mi.": "miles"}'
             where id = @ProjectId;
            update pages set transcriptions_needed = @needed, label = 'p. 17' where document_id = @DocumentId;
            """, new { ledger.ProjectId, ledger.DocumentId, required, allowed, needed });
        await app.Services.GetRequiredService<TemplateStore>().SaveAsync(ledger.ProjectId, Template);
        return new LedgerPage(ledger.ProjectId, ledger.Slug, ledger.Pages[0]);
    }

    /// <summary>One volunteer's submitted transcription of the page (a new volunteer unless given); counts it on the page.</summary>
    public static async Task<long> TranscribeAsync(this AppFactory app, LedgerPage page, string folio, params IReadOnlyDictionary<string, string>[] rows) =>
        await app.TranscribeAsync(page, await app.VolunteerAsync(), folio, rows);

    public static async Task<long> TranscribeAsync(this AppFactory app, LedgerPage page, Guid volunteer, string folio, params IReadOnlyDictionary<string, string>[] rows)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        long id = await connection.ExecuteScalarAsync<long>("""
            insert into transcriptions (page_id, volunteer_id, submission_key, rows, page_fields)
            values (@pageId, @volunteer, gen_random_uuid(), @rows::jsonb, @pageFields::jsonb)
            returning id
            """, new { page.PageId, volunteer, rows = JsonSerializer.Serialize(rows), pageFields = JsonSerializer.Serialize(new { folio }) });
        await connection.ExecuteAsync("update pages set transcription_count = transcription_count + 1 where id = @PageId", page);
        return id;
    }

    /// <summary>A volunteer account made in SQL: these tests never sign volunteers in, and Identity's hashing is slow.</summary>
    public static async Task<Guid> VolunteerAsync(this AppFactory app)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        return await connection.InsertVolunteerAsync();
    }

    /// <summary>Runs the consensus job for the page as the worker would, through the handler the app registered.</summary>
    public static async Task RunConsensusAsync(this AppFactory app, LedgerPage page)
    {
        var handler = app.Services.GetServices<IJobHandler>().Single(h => h.Kind == "consensus");
        await handler.RunAsync(new ClaimedJob
        {
            Id = 0, Kind = "consensus", Payload = JsonSerializer.Serialize(new { subject = page.PageId.ToString() }), Attempts = 1, MaxAttempts = 5,
        }, CancellationToken.None);
    }

    public sealed class PageRow
    {
        public required string State { get; init; }
        public required int TranscriptionsNeeded { get; init; }
    }

    public static async Task<PageRow> PageAsync(this AppFactory app, LedgerPage page)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return await connection.QuerySingleAsync<PageRow>("select state, transcriptions_needed from pages where id = @PageId", page);
    }

    public sealed class StoredRow
    {
        public required string EngineVersion { get; init; }
        public required string Decision { get; init; }
        public required int TranscriptionCount { get; init; }
        public required string Result { get; init; }
    }

    public static async Task<StoredRow?> ConsensusAsync(this AppFactory app, LedgerPage page)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return await connection.QuerySingleOrDefaultAsync<StoredRow>(
            "select engine_version, decision, transcription_count, result::text as result from page_consensus where page_id = @PageId", page);
    }

    /// <summary>The page's transcription scores, in transcription order: (transcription id, agreed, compared, engine version).</summary>
    public static async Task<IReadOnlyList<(long Id, int Agreed, int Compared, string EngineVersion)>> ScoresAsync(this AppFactory app, LedgerPage page)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return (await connection.QueryAsync<(long, int, int, string)>("""
            select s.transcription_id, s.agreed, s.compared, s.engine_version
              from transcription_scores s join transcriptions t on t.id = s.transcription_id
             where t.page_id = @PageId
             order by s.transcription_id
            """, page)).AsList();
    }
}
