using Dapper;
using Npgsql;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Infrastructure.Jobs;

/// <summary>The queue on its own database, without an app (and so without a worker racing the test).</summary>
public sealed class JobQueueTests : IAsyncLifetime
{
    NpgsqlDataSource dataSource = null!;
    JobQueue queue = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());
        queue = new JobQueue(dataSource);
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    async Task EnqueueAsync(string subject, int maxAttempts = 5)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await queue.EnqueueAsync("test", subject, connection, maxAttempts: maxAttempts);
    }

    async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    [Fact]
    public async Task Enqueue_TheSameSubjectTwiceWhilePending_QueuesOneJob()
    {
        await EnqueueAsync("image-a");
        await EnqueueAsync("image-a");

        Assert.Equal(1, await ScalarAsync<long>("select count(*) from jobs"));
    }

    [Fact]
    public async Task Claim_ByManyWorkersAtOnce_GivesEachJobToExactlyOne()
    {
        for (int i = 0; i < 20; i++) await EnqueueAsync($"s{i}");

        var claims = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => queue.ClaimAsync(CancellationToken.None))));

        var claimed = claims.OfType<ClaimedJob>().ToList();
        Assert.Equal(20, claimed.Count);
        Assert.Equal(20, claimed.Select(c => c.Id).Distinct().Count());
        Assert.Equal(10, claims.Count(c => c is null));
    }

    [Fact]
    public async Task Fail_ThenClaim_WaitsForTheBackOff()
    {
        await EnqueueAsync("flaky");
        var job = (await queue.ClaimAsync(CancellationToken.None))!;

        bool final = await queue.FailAsync(job, "vips crashed");

        Assert.False(final);
        Assert.Null(await queue.ClaimAsync(CancellationToken.None)); // due in 10 s, not now
        Assert.Equal("vips crashed", await ScalarAsync<string>("select last_error from jobs where id = @Id", new { job.Id }));
        await using (var connection = await dataSource.OpenConnectionAsync())
            await connection.ExecuteAsync("update jobs set run_after = now() where id = @Id", new { job.Id });
        var retried = await queue.ClaimAsync(CancellationToken.None);
        Assert.Equal(2, retried!.Attempts);
    }

    [Fact]
    public async Task Fail_OnTheLastAttemptOrNotRetryable_GivesUp()
    {
        await EnqueueAsync("doomed", maxAttempts: 1);
        await EnqueueAsync("bad-file");
        var doomed = (await queue.ClaimAsync(CancellationToken.None))!;
        var badFile = (await queue.ClaimAsync(CancellationToken.None))!;

        Assert.True(await queue.FailAsync(doomed, "still broken"));
        Assert.True(await queue.FailAsync(badFile, "not an image", retryable: false));

        Assert.Equal(2, await ScalarAsync<long>("select count(*) from jobs where state = 'failed' and finished_at is not null"));
        await EnqueueAsync("bad-file"); // a failed job no longer blocks a new attempt at the same subject
        Assert.Equal(1, await ScalarAsync<long>("select count(*) from jobs where state = 'queued'"));
    }

    [Fact]
    public async Task Claim_AJobWhoseWorkerDied_IsClaimedAgainAfterItsLease()
    {
        await EnqueueAsync("orphan");
        var first = (await queue.ClaimAsync(CancellationToken.None))!;
        Assert.Null(await queue.ClaimAsync(CancellationToken.None));

        await using (var connection = await dataSource.OpenConnectionAsync())
            await connection.ExecuteAsync("update jobs set locked_until = now() - interval '1 second' where id = @Id", new { first.Id });
        var again = await queue.ClaimAsync(CancellationToken.None);

        Assert.Equal(first.Id, again!.Id);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task Complete_MarksTheJobDone()
    {
        await EnqueueAsync("fine");
        var job = (await queue.ClaimAsync(CancellationToken.None))!;

        await queue.CompleteAsync(job.Id);

        Assert.Equal("done", await ScalarAsync<string>("select state from jobs where id = @Id", new { job.Id }));
        Assert.Null(await queue.ClaimAsync(CancellationToken.None));
    }
}
