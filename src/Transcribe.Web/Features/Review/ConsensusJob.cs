using System.Globalization;
using Npgsql;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Jobs;

namespace Transcribe.Web.Features.Review;

/// <summary>
/// Decides a page once its transcriptions are in. Submitting queues it (kind "consensus", subject
/// the page id) when a page reaches the transcriptions it needs, and again for every late one.
/// </summary>
public sealed class ConsensusJob(NpgsqlDataSource dataSource, TemplateStore templates, ILogger<ConsensusJob> logger) : IJobHandler
{
    public const string JobKind = "consensus";

    readonly ConsensusStore store = new(dataSource, templates);

    public string Kind => JobKind;

    public async Task RunAsync(ClaimedJob job, CancellationToken ct)
    {
        // A subject that names no page is a bug where it was queued; retrying will not mend it.
        if (!int.TryParse(job.Subject, NumberStyles.None, CultureInfo.InvariantCulture, out int pageId))
        {
            logger.LogWarning("Consensus job {Id} names no page ('{Subject}'); nothing to decide", job.Id, job.Subject);
            return;
        }
        var run = await store.DecidePageAsync(pageId, ct, job.Id);
        if (run.Skipped is not null)
            logger.LogWarning("Consensus for page {Page} not decided: {Reason}", pageId, run.Skipped);
        else
            logger.LogInformation("Consensus for page {Page}: {Decision} from {Count} transcriptions; {Before} -> {After}",
                pageId, run.Decision, run.Transcriptions, run.Before, run.After);
    }

    /// <summary>
    /// The page stays where it is: a page left in consensus is visible as such to curators, and
    /// queuing the job again (a late transcription, or by hand) decides it once the fault is fixed.
    /// </summary>
    public Task GiveUpAsync(ClaimedJob job, string error)
    {
        logger.LogError("Consensus for page {Page} failed for good (job {Id}): {Error}", job.Subject, job.Id, error);
        return Task.CompletedTask;
    }
}
