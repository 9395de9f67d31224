using Dapper;
using Npgsql;

namespace Transcribe.Web.Features.Volunteers;

public sealed class MyStats
{
    public required int Pages { get; init; }
    public required long Rows { get; init; }
    public required long Fields { get; init; }
    public required long Agreed { get; init; }
    public required long Compared { get; init; }
}

public sealed class MyDraft
{
    public required int PageId { get; init; }
    public required string PageLabel { get; init; }
    public required string Ledger { get; init; }
    public required string Project { get; init; }
    public required string State { get; init; }
    public required DateTimeOffset SavedAt { get; init; }
}

public sealed class MySubmission
{
    public required int PageId { get; init; }
    public required string PageLabel { get; init; }
    public required string Ledger { get; init; }
    public required string Project { get; init; }
    public required string ProjectSlug { get; init; }
    public required string State { get; init; }
    public required int RowCount { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
}

public sealed class MyFlag
{
    public required int PageId { get; init; }
    public required string PageLabel { get; init; }
    public required string Ledger { get; init; }
    public required string Reason { get; init; }
    public required string Note { get; init; }
    public required DateTimeOffset FlaggedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? Resolution { get; init; }
}

/// <summary>The latest items of a list, and how many there are in all.</summary>
public sealed record Latest<T>(IReadOnlyList<T> Items, int Total);

/// <summary>
/// A volunteer's own work. Every statement is bound to the signed-in volunteer's id: independence means a
/// volunteer never sees another's transcription of a page, so nothing here may read a row that is not theirs.
/// </summary>
public sealed class MyWorkQueries(NpgsqlDataSource dataSource)
{
    public const int Shown = 50;

    // Fields typed: non-empty values in every row and the page-level fields. Shapes other than arrays of
    // objects (never written by the entry screen) count as nothing rather than failing the whole page.
    const string Stats = """
        select count(*)::int as pages,
               coalesce(sum(case when jsonb_typeof(t.rows) = 'array' then jsonb_array_length(t.rows) else 0 end), 0)::bigint as rows,
               coalesce(sum(
                   (select count(*)
                      from jsonb_array_elements(case when jsonb_typeof(t.rows) = 'array' then t.rows else '[]' end) r,
                           jsonb_each_text(case when jsonb_typeof(r) = 'object' then r else '{}' end) f
                     where btrim(f.value) <> '')
                 + (select count(*)
                      from jsonb_each_text(case when jsonb_typeof(t.page_fields) = 'object' then t.page_fields else '{}' end) f
                     where btrim(f.value) <> '')), 0)::bigint as fields,
               coalesce(sum(s.agreed), 0)::bigint as agreed,
               coalesce(sum(s.compared), 0)::bigint as compared
          from transcriptions t
          left join transcription_scores s on s.transcription_id = t.id
         where t.volunteer_id = @volunteerId
        """;

    public async Task<MyStats> StatsAsync(Guid volunteerId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<MyStats>(Stats, new { volunteerId });
    }

    const string Drafts = """
        select dr.page_id, p.label as page_label, d.title as ledger, pr.title as project, p.state, dr.saved_at,
               count(*) over () as total
          from page_drafts dr
          join pages p     on p.id = dr.page_id
          join documents d on d.id = p.document_id
          join projects pr on pr.id = d.project_id
         where dr.volunteer_id = @volunteerId
         order by dr.saved_at desc, dr.page_id
         limit @Shown
        """;

    public Task<Latest<MyDraft>> DraftsAsync(Guid volunteerId) => LatestAsync<MyDraft>(Drafts, volunteerId);

    const string Submissions = """
        select t.page_id, p.label as page_label, d.title as ledger, pr.title as project, pr.slug as project_slug, p.state,
               case when jsonb_typeof(t.rows) = 'array' then jsonb_array_length(t.rows) else 0 end as row_count,
               t.submitted_at,
               count(*) over () as total
          from transcriptions t
          join pages p     on p.id = t.page_id
          join documents d on d.id = p.document_id
          join projects pr on pr.id = d.project_id
         where t.volunteer_id = @volunteerId
         order by t.submitted_at desc, t.id desc
         limit @Shown
        """;

    public Task<Latest<MySubmission>> SubmissionsAsync(Guid volunteerId) => LatestAsync<MySubmission>(Submissions, volunteerId);

    const string Flags = """
        select f.page_id, p.label as page_label, d.title as ledger, f.reason, f.note, f.flagged_at, f.resolved_at, f.resolution,
               count(*) over () as total
          from page_flags f
          join pages p     on p.id = f.page_id
          join documents d on d.id = p.document_id
         where f.volunteer_id = @volunteerId
         order by f.flagged_at desc, f.id desc
         limit @Shown
        """;

    public Task<Latest<MyFlag>> FlagsAsync(Guid volunteerId) => LatestAsync<MyFlag>(Flags, volunteerId);

    // Each list query carries its full count on every row (count(*) over ()), so one round trip gives both.
    async Task<Latest<T>> LatestAsync<T>(string sql, Guid volunteerId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        int total = 0;
        var items = (await connection.QueryAsync<T, long, T>(sql, (item, count) => { total = (int)count; return item; },
            new { volunteerId, Shown }, splitOn: "total")).AsList();
        return new Latest<T>(items, total);
    }
}
