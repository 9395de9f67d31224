using Dapper;
using Npgsql;
using Transcribe.Core.Entry;

namespace Transcribe.Web.Features.Transcription;

/// <summary>Where a volunteer stands with one page: what they hold, what they saved, what they sent.</summary>
public sealed class Standing
{
    public required int ProjectId { get; init; }
    public required string ProjectSlug { get; init; }
    public required string State { get; init; }
    public required int MaxFieldLength { get; init; }
    public required int MaxRows { get; init; }
    public required string Instructions { get; init; }
    public required string DateOrder { get; init; }
    public DateTimeOffset? LeaseExpiresAt { get; init; }
    public DateTimeOffset? DraftSavedAt { get; init; }
    public long? TranscriptionId { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public string? FlagReason { get; init; }

    public EntryLimits Limits => new(MaxFieldLength, MaxRows);
    public Core.Records.DateOrder Dates => Core.Records.DateOrderNames.FromDb(DateOrder);
    public bool Submitted => TranscriptionId is not null;

    /// <summary>
    /// A volunteer may save and submit work on a page they were given (a lease row, even an expired
    /// one: work typed under a lapsed hold is still accepted) or already have a draft of.
    /// </summary>
    public bool MayWork => !Submitted && (LeaseExpiresAt is not null || DraftSavedAt is not null);

    public bool LeaseActive(DateTimeOffset now) => LeaseExpiresAt > now;
}

/// <summary>Drafts and flags: the volunteer's own, never anyone else's.</summary>
public sealed class EntryStore(NpgsqlDataSource dataSource)
{
    const string StandingSql = """
        select d.project_id, pr.slug as project_slug, p.state, pr.max_field_length, pr.max_rows, pr.instructions, pr.date_order,
               l.expires_at as lease_expires_at,
               dr.saved_at  as draft_saved_at,
               t.id as transcription_id, t.submitted_at,
               f.reason as flag_reason
          from pages p
          join documents d  on d.id = p.document_id
          join projects pr  on pr.id = d.project_id and pr.is_published
          left join page_leases l  on l.page_id = p.id and l.volunteer_id = @volunteerId
          left join page_drafts dr on dr.page_id = p.id and dr.volunteer_id = @volunteerId
          left join transcriptions t on t.page_id = p.id and t.volunteer_id = @volunteerId
          left join page_flags f   on f.page_id = p.id and f.volunteer_id = @volunteerId
         where p.id = @pageId
        """;

    /// <summary>Null when the page does not exist (or its project is not published).</summary>
    public async Task<Standing?> StandingAsync(int pageId, Guid volunteerId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<Standing>(StandingSql, new { pageId, volunteerId });
    }

    // Only the entry screen itself reads the draft back; the API calls made while typing need just the standing.
    const string Draft = "select rows::text, page_fields::text from page_drafts where page_id = @pageId and volunteer_id = @volunteerId";

    public async Task<EntryContent> DraftAsync(int pageId, Guid volunteerId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var draft = await connection.QuerySingleOrDefaultAsync<(string Rows, string PageFields)?>(Draft, new { pageId, volunteerId });
        return draft is { } d ? EntryJson.Parse(d.Rows, d.PageFields) : EntryContent.Empty;
    }

    const string SaveDraft = """
        insert into page_drafts (page_id, volunteer_id, rows, page_fields, saved_at)
        values (@pageId, @volunteerId, @rows::jsonb, @pageFields::jsonb, now())
        on conflict (page_id, volunteer_id) do update set rows = excluded.rows, page_fields = excluded.page_fields, saved_at = now()
        returning saved_at
        """;

    public async Task<DateTimeOffset> SaveDraftAsync(int pageId, Guid volunteerId, EntryContent content)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        // Npgsql reads timestamptz as a UTC DateTime; a scalar is not converted the way a mapped property is.
        var savedAt = await connection.ExecuteScalarAsync<DateTime>(SaveDraft,
            new { pageId, volunteerId, rows = EntryJson.RowsJson(content), pageFields = EntryJson.PageFieldsJson(content) });
        return new DateTimeOffset(DateTime.SpecifyKind(savedAt, DateTimeKind.Utc));
    }

    // One flag per volunteer and page (a second one replaces the first). The page waits for a curator
    // from the first flag on: a blank or damaged page should not be handed to anyone else meanwhile.
    const string Flag = """
        insert into page_flags (page_id, volunteer_id, reason, note) values (@pageId, @volunteerId, @reason, @note)
        on conflict (page_id, volunteer_id) do update
            set reason = excluded.reason, note = excluded.note, flagged_at = now(), resolved_at = null, resolution = null, resolved_by = null;
        delete from page_leases where page_id = @pageId and volunteer_id = @volunteerId;
        update pages set state = 'flagged' where id = @pageId and state = any(@from);
        """;

    public async Task FlagAsync(int pageId, Guid volunteerId, string reason, string note, string[] from)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(Flag, new { pageId, volunteerId, reason, note, from }, tx);
        await tx.CommitAsync();
    }
}
