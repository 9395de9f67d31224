using Dapper;
using Npgsql;
using Transcribe.Core.Workflow;

namespace Transcribe.Web.Features.Flags;

public sealed class OpenFlag
{
    public required long Id { get; init; }
    public required string Reason { get; init; }
    public required string Note { get; init; }
    public required string FlaggedBy { get; init; }
    public required DateTimeOffset FlaggedAt { get; init; }
}

/// <summary>A page waiting for a curator, with every open flag on it.</summary>
public sealed class FlaggedPage
{
    public required int PageId { get; init; }
    public required string Label { get; init; }
    public required string State { get; init; }
    public required int DocumentId { get; init; }
    public required string Ledger { get; init; }
    public List<OpenFlag> Flags { get; } = [];
}

public sealed record FlaggedPages(IReadOnlyList<FlaggedPage> Pages, int Total);

/// <summary>What a curator's action did: applied, refused with a reason, or nothing to do (page or flags gone).</summary>
public sealed record FlagResolution(bool Found, bool HadOpenFlags, FlagOutcome? Outcome, string Label = "");

public sealed class FlagQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Pages per screen: the longest-waiting first, so the list works down like a queue.</summary>
    public const int Shown = 100;

    const string OpenCount = """
        select count(distinct f.page_id)::int
          from page_flags f
          join pages p     on p.id = f.page_id
          join documents d on d.id = p.document_id
         where d.project_id = @projectId and f.resolved_at is null
        """;

    public async Task<int> OpenCountAsync(int projectId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(OpenCount, new { projectId });
    }

    const string Open = """
        with waiting as (
            select f.page_id, min(f.flagged_at) as first_flagged, count(*) over () as total
              from page_flags f
              join pages p     on p.id = f.page_id
              join documents d on d.id = p.document_id
             where d.project_id = @projectId and f.resolved_at is null
             group by f.page_id
             order by first_flagged, f.page_id
             limit @Shown
        )
        select w.total, p.id as page_id, p.label, p.state, d.id as document_id, d.title as ledger,
               f.id, f.reason, f.note, u.display_name as flagged_by, f.flagged_at
          from waiting w
          join pages p       on p.id = w.page_id
          join documents d   on d.id = p.document_id
          join page_flags f  on f.page_id = p.id and f.resolved_at is null
          join users u       on u.id = f.volunteer_id
         order by w.first_flagged, w.page_id, f.flagged_at, f.id
        """;

    public async Task<FlaggedPages> OpenAsync(int projectId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var pages = new Dictionary<int, FlaggedPage>();
        int total = 0;
        await connection.QueryAsync<long, FlaggedPage, OpenFlag, FlaggedPage>(Open, (count, page, flag) =>
        {
            total = (int)count;
            if (!pages.TryGetValue(page.PageId, out var known)) pages.Add(page.PageId, known = page);
            known.Flags.Add(flag);
            return known;
        }, new { projectId, Shown }, splitOn: "page_id,id");
        return new FlaggedPages(pages.Values.ToList(), total);
    }

    // The page's row is locked, so two curators acting at once take turns and the second sees the first's outcome.
    const string LockPage = """
        select p.state, p.label,
               exists (select 1 from page_flags f where f.page_id = p.id and f.resolved_at is null) as has_open_flags
          from pages p
          join documents d on d.id = p.document_id
         where p.id = @pageId and d.project_id = @projectId
           for update of p
        """;

    sealed class LockedPage
    {
        public required string State { get; init; }
        public required string Label { get; init; }
        public required bool HasOpenFlags { get; init; }
    }

    const string MovePage = "update pages set state = @state where id = @pageId";

    const string ResolveFlags = """
        update page_flags
           set resolved_at = now(), resolution = @resolution, resolved_by = @curatorId
         where page_id = @pageId and resolved_at is null
        """;

    /// <summary>Applies a curator's action to a page of the project, as <see cref="FlagHandling.Decide"/> rules.</summary>
    public async Task<FlagResolution> ResolveAsync(int projectId, int pageId, FlagAction action, Guid curatorId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var page = await connection.QuerySingleOrDefaultAsync<LockedPage>(LockPage, new { pageId, projectId }, tx);
        if (page is null) return new FlagResolution(false, false, null);
        if (!page.HasOpenFlags) return new FlagResolution(true, false, null, page.Label);

        var current = PageStates.FromDb(page.State);
        var outcome = FlagHandling.Decide(current, action);
        if (!outcome.IsAllowed) return new FlagResolution(true, true, outcome, page.Label);
        if (outcome.NewState is { } next && next != current)
            await connection.ExecuteAsync(MovePage, new { pageId, state = next.ToDb() }, tx);
        await connection.ExecuteAsync(ResolveFlags, new { pageId, resolution = action.ToDb(), curatorId }, tx);
        await tx.CommitAsync();
        return new FlagResolution(true, true, outcome, page.Label);
    }
}
