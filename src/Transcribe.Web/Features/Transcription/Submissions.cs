using Dapper;
using Npgsql;
using Transcribe.Core.Entry;
using Transcribe.Web.Infrastructure.Jobs;

namespace Transcribe.Web.Features.Transcription;

public enum SubmitOutcome { Created, Repeated, AlreadySubmitted, KeyUsedElsewhere, NotYours, NoPage }

public sealed record SubmitResult(SubmitOutcome Outcome, long? TranscriptionId = null, DateTimeOffset? SubmittedAt = null, string? PageState = null);

/// <summary>
/// Turns a volunteer's work into an immutable transcription. The page row is locked first, so
/// submits to one page queue up: a repeated submit (double click, a retry after a timeout) finds
/// the first one by its key instead of racing it, and the page's count can never be off by one.
/// </summary>
public sealed class Submissions(NpgsqlDataSource dataSource, JobQueue jobs, JobSignal signal)
{
    public const string ConsensusJobKind = "consensus";

    const string LockPage = "select state from pages where id = @pageId for update";

    const string ByKey = "select id, page_id, volunteer_id, submitted_at from transcriptions where submission_key = @key";

    const string Right = """
        select (select id from transcriptions where page_id = @pageId and volunteer_id = @volunteerId) as transcription_id,
               exists (select 1 from page_leases where page_id = @pageId and volunteer_id = @volunteerId)
               or exists (select 1 from page_drafts where page_id = @pageId and volunteer_id = @volunteerId) as may_work
        """;

    const string Insert = """
        insert into transcriptions (page_id, volunteer_id, submission_key, rows, page_fields)
        values (@pageId, @volunteerId, @key, @rows::jsonb, @pageFields::jsonb)
        returning id, submitted_at
        """;

    // The page moves on to consensus when it has all it asked for; a late transcription (the page
    // already moved on) still counts and makes the consensus run again over all of them.
    const string Count = """
        update pages
           set transcription_count = transcription_count + 1,
               state = case when state = 'open' and transcription_count + 1 >= transcriptions_needed then 'consensus' else state end
         where id = @pageId
        returning state, transcription_count >= transcriptions_needed as complete
        """;

    const string CleanUp = """
        delete from page_leases where page_id = @pageId and volunteer_id = @volunteerId;
        delete from page_drafts where page_id = @pageId and volunteer_id = @volunteerId;
        """;

    sealed class Existing
    {
        public required long Id { get; init; }
        public required int PageId { get; init; }
        public required Guid VolunteerId { get; init; }
        public required DateTimeOffset SubmittedAt { get; init; }
    }

    sealed class RightRow
    {
        public long? TranscriptionId { get; init; }
        public required bool MayWork { get; init; }
    }

    sealed class Inserted
    {
        public required long Id { get; init; }
        public required DateTimeOffset SubmittedAt { get; init; }
    }

    sealed class Counted
    {
        public required string State { get; init; }
        public required bool Complete { get; init; }
    }

    public async Task<SubmitResult> SubmitAsync(int pageId, Guid volunteerId, Guid key, EntryContent content)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        if (await connection.QuerySingleOrDefaultAsync<string>(LockPage, new { pageId }, tx) is null) return new(SubmitOutcome.NoPage);

        if (await connection.QuerySingleOrDefaultAsync<Existing>(ByKey, new { key }, tx) is { } existing)
            return existing.PageId == pageId && existing.VolunteerId == volunteerId
                ? new(SubmitOutcome.Repeated, existing.Id, existing.SubmittedAt)
                : new(SubmitOutcome.KeyUsedElsewhere);

        var right = await connection.QuerySingleAsync<RightRow>(Right, new { pageId, volunteerId }, tx);
        if (right.TranscriptionId is long earlier) return new(SubmitOutcome.AlreadySubmitted, earlier);
        if (!right.MayWork) return new(SubmitOutcome.NotYours);

        var inserted = await connection.QuerySingleAsync<Inserted>(Insert,
            new { pageId, volunteerId, key, rows = EntryJson.RowsJson(content), pageFields = EntryJson.PageFieldsJson(content) }, tx);
        var counted = await connection.QuerySingleAsync<Counted>(Count, new { pageId }, tx);
        if (counted.Complete) await jobs.EnqueueAsync(ConsensusJobKind, pageId.ToString(System.Globalization.CultureInfo.InvariantCulture), connection, tx);
        await connection.ExecuteAsync(CleanUp, new { pageId, volunteerId }, tx);
        await tx.CommitAsync();
        if (counted.Complete) signal.Notify();
        return new(SubmitOutcome.Created, inserted.Id, inserted.SubmittedAt, counted.State);
    }
}
