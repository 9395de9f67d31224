using System.Text.Json;
using Dapper;
using Npgsql;
using Transcribe.Core.Workflow;

namespace Transcribe.Web.Infrastructure.Jobs;

public sealed class ClaimedJob
{
    public required long Id { get; init; }
    public required string Kind { get; init; }
    public required string Payload { get; init; }
    public required int Attempts { get; init; }
    public required int MaxAttempts { get; init; }

    public string Subject => JsonDocument.Parse(Payload).RootElement.GetProperty("subject").GetString() ?? "";
}

/// <summary>
/// Background work as rows: any app process claims the next due job with FOR UPDATE SKIP LOCKED,
/// holds it under a lease, and a job whose process died is claimed again when the lease runs out.
/// </summary>
public sealed class JobQueue(NpgsqlDataSource dataSource)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);

    const string Insert = """
        insert into jobs (kind, payload, max_attempts)
        values (@kind, jsonb_build_object('subject', @subject::text), @maxAttempts)
        on conflict (kind, (payload ->> 'subject')) where state in ('queued', 'running') do nothing
        """;

    /// <summary>Queues a job about one subject (an image id, a page id) unless one is already pending.</summary>
    public async Task EnqueueAsync(string kind, string subject, NpgsqlConnection connection, NpgsqlTransaction? tx = null, int maxAttempts = 5) =>
        await connection.ExecuteAsync(Insert, new { kind, subject, maxAttempts }, tx);

    const string Claim = """
        update jobs
           set state = 'running', attempts = attempts + 1, locked_until = now() + @Lease
         where id = (select id
                       from jobs
                      where (state = 'queued' and run_after <= now())
                         or (state = 'running' and locked_until < now())
                      order by run_after, id
                      limit 1
                        for update skip locked)
        returning id, kind, payload::text as payload, attempts, max_attempts
        """;

    public async Task<ClaimedJob?> ClaimAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ClaimedJob>(new CommandDefinition(Claim, new { Lease }, cancellationToken: ct));
    }

    const string Complete = "update jobs set state = 'done', finished_at = now(), locked_until = null, last_error = null where id = @id";

    public async Task CompleteAsync(long id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(Complete, new { id });
    }

    /// <summary>
    /// Completes a job inside the handler's own transaction. A job that works under a row lock
    /// (the consensus of a page) does this so that whoever waited on that lock, and queues the same
    /// subject once it gets it, finds the job done and queues a new run instead of being absorbed
    /// by this one, which has already read its data.
    /// </summary>
    public static Task CompleteAsync(long id, NpgsqlConnection connection, NpgsqlTransaction tx) =>
        connection.ExecuteAsync(Complete, new { id }, tx);

    const string Retry = "update jobs set state = 'queued', run_after = now() + @delay, locked_until = null, last_error = @error where id = @id";
    const string GiveUp = "update jobs set state = 'failed', finished_at = now(), locked_until = null, last_error = @error where id = @id";

    /// <returns>True when the job will not be tried again.</returns>
    public async Task<bool> FailAsync(ClaimedJob job, string error, bool retryable = true)
    {
        bool final = !retryable || RetryPolicy.GivesUp(job.Attempts, job.MaxAttempts);
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(final ? GiveUp : Retry, new { id = job.Id, error, delay = RetryPolicy.DelayAfter(job.Attempts) });
        return final;
    }
}
