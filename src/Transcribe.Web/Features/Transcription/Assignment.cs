using Dapper;
using Npgsql;

namespace Transcribe.Web.Features.Transcription;

/// <summary>
/// Which page a volunteer gets next: one that still needs transcriptions, that they have neither
/// transcribed nor skipped, and that is not already held (leased) by as many others as it still
/// needs. The lease is a row with an expiry, so an abandoned page returns to the pool by itself.
/// </summary>
public sealed class Assignment(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// The volunteer's own unexpired lease in the project (or document) comes first: reopening
    /// "Start transcribing" resumes the page they were on instead of handing out another.
    /// </summary>
    const string Held = """
        select l.page_id
          from page_leases l
          join pages p     on p.id = l.page_id
          join documents d on d.id = p.document_id
         where l.volunteer_id = @volunteerId and l.expires_at > now()
           and d.project_id = @projectId and (@documentId::int is null or d.id = @documentId)
           and p.state = 'open'
         order by l.leased_at
         limit 1
        """;

    // The first assignable page, its row locked (SKIP LOCKED: two volunteers asking at once get
    // different pages instead of queueing on one). Both orders walk a partial index of assignable pages.
    public const string Next = """
        select p.id
          from pages p
          join documents d on d.id = p.document_id
         where d.project_id = @projectId
           and (@documentId::int is null or p.document_id = @documentId)
           and p.state = 'open'
           and p.transcription_count < p.transcriptions_needed
           and not (p.id = any(@tried))
           and not exists (select 1 from transcriptions t where t.page_id = p.id and t.volunteer_id = @volunteerId)
           and not exists (select 1 from page_skips s     where s.page_id = p.id and s.volunteer_id = @volunteerId)
           and p.transcription_count
               + (select count(*) from page_leases l where l.page_id = p.id and l.expires_at > now()) < p.transcriptions_needed
         order by case when @documentId::int is null and (select assignment_order from projects where id = @projectId) = 'random'
                       then p.random_key end,
                  p.document_id, p.sequence
         limit 1
           for update of p skip locked
        """;

    // Counted again once the page's row is locked: the search above counted leases in a snapshot
    // taken before it waited, and a lease committed meanwhile would be missed (two volunteers, one slot).
    const string StillHasRoom = """
        select p.transcription_count + (select count(*) from page_leases l where l.page_id = p.id and l.expires_at > now())
               < p.transcriptions_needed
          from pages p
         where p.id = @pageId
        """;

    const string Lease = """
        insert into page_leases (page_id, volunteer_id, expires_at)
        select @pageId, @volunteerId, now() + make_interval(mins => lease_minutes) from projects where id = @projectId
        on conflict (page_id, volunteer_id) do update set leased_at = now(), expires_at = excluded.expires_at
        """;

    /// <summary>Leases the next page for the volunteer; null when the project (or document) has nothing left for them.</summary>
    /// <param name="documentId">Work one ledger in order (volunteers asked for this); null for the whole project.</param>
    public async Task<int?> NextAsync(int projectId, Guid volunteerId, int? documentId = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        if (await connection.QuerySingleOrDefaultAsync<int?>(Held, new { projectId, volunteerId, documentId }) is int held) return held;
        var tried = new List<int>();
        // Each pass either leases a page or rules one out; a few passes are rare and only under contention.
        for (int pass = 0; pass < 20; pass++)
        {
            await using var tx = await connection.BeginTransactionAsync();
            int? pageId = await connection.QuerySingleOrDefaultAsync<int?>(Next, new { projectId, volunteerId, documentId, tried = tried.ToArray() }, tx);
            if (pageId is null) return null;
            if (await connection.ExecuteScalarAsync<bool>(StillHasRoom, new { pageId }, tx))
            {
                await connection.ExecuteAsync(Lease, new { pageId, volunteerId, projectId }, tx);
                await tx.CommitAsync();
                return pageId;
            }
            tried.Add(pageId.Value);
            await tx.RollbackAsync();
        }
        return null;
    }

    // One named page, if it is assignable to this volunteer: open, neither transcribed nor skipped
    // by them, and with room (counted under the row lock, as in NextAsync).
    const string Assignable = """
        select pr.id
          from pages p
          join documents d on d.id = p.document_id
          join projects pr on pr.id = d.project_id and pr.is_published
         where p.id = @pageId and p.state = 'open'
           and not exists (select 1 from transcriptions t where t.page_id = p.id and t.volunteer_id = @volunteerId)
           and not exists (select 1 from page_skips s     where s.page_id = p.id and s.volunteer_id = @volunteerId)
           for update of p
        """;

    /// <summary>
    /// Leases a page the volunteer opened by its address (a link from a ledger, a resumed draft whose
    /// hold lapsed) when it is assignable to them; false when it is not (full, finished, skipped).
    /// </summary>
    public async Task<bool> TakeAsync(int pageId, Guid volunteerId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        if (await connection.QuerySingleOrDefaultAsync<int?>(Assignable, new { pageId, volunteerId }, tx) is not int projectId) return false;
        if (!await connection.ExecuteScalarAsync<bool>(StillHasRoom, new { pageId }, tx)) return false;
        await connection.ExecuteAsync(Lease, new { pageId, volunteerId, projectId }, tx);
        await tx.CommitAsync();
        return true;
    }

    const string Skip = """
        insert into page_skips (page_id, volunteer_id) values (@pageId, @volunteerId) on conflict do nothing;
        delete from page_leases where page_id = @pageId and volunteer_id = @volunteerId;
        """;

    /// <summary>The volunteer passes on the page: it is never offered to them again, and their lease frees it for others.</summary>
    public async Task SkipAsync(int pageId, Guid volunteerId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(Skip, new { pageId, volunteerId });
    }

    const string Renew = """
        update page_leases l
           set expires_at = now() + make_interval(mins => pr.lease_minutes)
          from pages p join documents d on d.id = p.document_id join projects pr on pr.id = d.project_id
         where l.page_id = @pageId and l.volunteer_id = @volunteerId and p.id = l.page_id and l.expires_at > now()
        """;

    /// <summary>Keeps a lease alive while the volunteer works (autosave calls this); false when it had already expired.</summary>
    public async Task<bool> RenewAsync(int pageId, Guid volunteerId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteAsync(Renew, new { pageId, volunteerId }) == 1;
    }
}
