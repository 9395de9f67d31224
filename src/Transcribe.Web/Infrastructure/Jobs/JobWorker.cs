using Transcribe.Web.Infrastructure.Imaging;

namespace Transcribe.Web.Infrastructure.Jobs;

/// <summary>What runs one kind of job. Throwing fails the attempt (it is retried with back-off).</summary>
public interface IJobHandler
{
    string Kind { get; }
    Task RunAsync(ClaimedJob job, CancellationToken ct);

    /// <summary>Called once when the job has failed for the last time, to record the failure where users see it.</summary>
    Task GiveUpAsync(ClaimedJob job, string error);
}

/// <summary>
/// The hosted worker in every app process: claims due jobs one at a time and runs their handler.
/// Idle, it looks again every second (or at once when this process queued something).
/// Its services are resolved when it starts, not when it is built: hosting builds every hosted
/// service before the first starts, and the database is only there once DatabaseStartup has run.
/// </summary>
public sealed class JobWorker(IServiceProvider services, JobSignal signal, ILogger<JobWorker> logger) : BackgroundService
{
    JobQueue queue = null!;
    Dictionary<string, IJobHandler> byKind = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        queue = services.GetRequiredService<JobQueue>();
        byKind = services.GetServices<IJobHandler>().ToDictionary(h => h.Kind);
        while (!stoppingToken.IsCancellationRequested)
        {
            ClaimedJob? job = null;
            try
            {
                job = await queue.ClaimAsync(stoppingToken);
                if (job is null)
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
                    continue;
                }
                await RunAsync(job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // the lease runs out and another process takes the job
            }
            catch (Exception e)
            {
                // The database went away or similar: keep the worker alive and try again shortly.
                logger.LogWarning(e, "The job worker could not claim or record a job");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    async Task RunAsync(ClaimedJob job, CancellationToken ct)
    {
        if (!byKind.TryGetValue(job.Kind, out var handler))
        {
            await queue.FailAsync(job, $"No handler for jobs of kind '{job.Kind}'.", retryable: false);
            return;
        }
        try
        {
            await handler.RunAsync(job, ct);
            await queue.CompleteAsync(job.Id);
            logger.LogInformation("Job {Id} ({Kind} {Subject}) done", job.Id, job.Kind, job.Subject);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            string error = e is ImagingException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            bool final = await queue.FailAsync(job, error, retryable: e is not ImagingException { Retryable: false });
            logger.LogWarning("Job {Id} ({Kind} {Subject}) failed on attempt {Attempt}: {Error}", job.Id, job.Kind, job.Subject, job.Attempts, error);
            if (final) await handler.GiveUpAsync(job, error);
        }
    }
}

/// <summary>Lets code that queued a job wake this process's worker instead of waiting for its next look.</summary>
public sealed class JobSignal
{
    readonly SemaphoreSlim semaphore = new(0, 1);

    public void Notify()
    {
        try { semaphore.Release(); } catch (SemaphoreFullException) { }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await semaphore.WaitAsync(timeout, ct);
}
