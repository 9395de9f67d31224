using Dapper;
using Npgsql;

namespace Transcribe.Web.Features.Review;

/// <summary>A page with its stored consensus, if any (the consensus columns are null until the job has run).</summary>
public sealed class ConsensusPageRow
{
    public required int Id { get; init; }
    public required string Label { get; init; }
    public required string State { get; init; }
    public required string ImageId { get; init; }
    public required string TileState { get; init; }
    public required int DocumentId { get; init; }
    public required string DocumentTitle { get; init; }
    public required string CallNumber { get; init; }
    public required int ProjectId { get; init; }
    public required string ProjectSlug { get; init; }
    public required string ProjectTitle { get; init; }
    public string? EngineVersion { get; init; }
    public int? DecidedCount { get; init; }
    public string? Result { get; init; }
    public DateTimeOffset? ComputedAt { get; init; }
}

/// <summary>One line of a project's review list.</summary>
public sealed class ReviewItem
{
    public required int PageId { get; init; }
    public required string Label { get; init; }
    public required string State { get; init; }
    public required int DocumentId { get; init; }
    public required string DocumentTitle { get; init; }
    public string? Decision { get; init; }
    public int? Disputed { get; init; }
    public DateTimeOffset? ComputedAt { get; init; }

    public Core.Consensus.Decision? Decided =>
        Enum.TryParse<Core.Consensus.Decision>(Decision, ignoreCase: true, out var decided) ? decided : null;
}

public sealed class ReviewQueries(NpgsqlDataSource dataSource)
{
    const string ConsensusPage = """
        select p.id, p.label, p.state, p.image_id, i.tile_state,
               d.id as document_id, d.title as document_title, d.call_number,
               pr.id as project_id, pr.slug as project_slug, pr.title as project_title,
               c.engine_version, c.transcription_count as decided_count, c.result::text as result, c.computed_at
          from pages p
          join images i    on i.id = p.image_id
          join documents d on d.id = p.document_id
          join projects pr on pr.id = d.project_id
          left join page_consensus c on c.page_id = p.id
         where p.id = @id and pr.is_published
        """;

    public async Task<ConsensusPageRow?> ConsensusPageAsync(int id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<ConsensusPageRow>(ConsensusPage, new { id });
    }

    public const int ListLimit = 200;

    // Pages needing adjudication first, then those awaiting approval; oldest decision first in each.
    // Disputed counts the decisions the engine did not accept, as StoredConsensus.Disputed does.
    const string ReviewList = """
        select p.id as page_id, p.label, p.state, d.id as document_id, d.title as document_title,
               c.decision, c.computed_at,
               case when c.page_id is not null then (
                   (select count(*) from jsonb_each(c.result -> 'pageFields') f where f.value ->> 'decision' <> 'accept')
                 + (select count(*) from jsonb_array_elements(c.result -> 'rows') r where r -> 'presence' ->> 'decision' <> 'accept')
                 + (select count(*) from jsonb_array_elements(c.result -> 'rows') r, jsonb_each(r -> 'fields') f
                     where (r ->> 'kept')::boolean and f.value ->> 'decision' <> 'accept'))::int
               end as disputed
          from pages p
          join documents d on d.id = p.document_id
          left join page_consensus c on c.page_id = p.id
         where d.project_id = @projectId and p.state in ('review', 'approval')
         order by p.state = 'approval', c.computed_at nulls last, p.id
         limit @limit
        """;

    const string ReviewCount = """
        select count(*)::int
          from pages p
          join documents d on d.id = p.document_id
         where d.project_id = @projectId and p.state in ('review', 'approval')
        """;

    public async Task<(IReadOnlyList<ReviewItem> Items, int Total)> ReviewListAsync(int projectId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var items = (await connection.QueryAsync<ReviewItem>(ReviewList, new { projectId, limit = ListLimit })).AsList();
        int total = items.Count < ListLimit ? items.Count : await connection.ExecuteScalarAsync<int>(ReviewCount, new { projectId });
        return (items, total);
    }
}
