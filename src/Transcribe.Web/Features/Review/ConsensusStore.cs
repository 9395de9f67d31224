using Dapper;
using Npgsql;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Core.Consensus;
using Transcribe.Core.Records;
using Transcribe.Core.Templates;
using Transcribe.Core.Workflow;
using Transcribe.Web.Features.Settings;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Features.Transcription;

namespace Transcribe.Web.Features.Review;

/// <summary>What one consensus run did to its page; <see cref="Skipped"/> says why nothing was decided.</summary>
public sealed record ConsensusRun(int PageId, PageState? Before, PageState? After, Decision? Decision, int Transcriptions, string? Skipped = null);

/// <summary>
/// Decides a page and stores the outcome: its consensus, the scores of its transcriptions and its
/// next state, in one transaction under the page's row lock, so two runs for one page take turns
/// and a run sees every transcription committed before it. Running it again on an unchanged page
/// stores the same result.
/// </summary>
public sealed class ConsensusStore(NpgsqlDataSource dataSource, TemplateStore templates)
{
    sealed class PageRow
    {
        public required int Id { get; init; }
        public required string State { get; init; }
        public required int TranscriptionsNeeded { get; init; }
        public required int ProjectId { get; init; }
        public required int TranscriptionsRequired { get; init; }
        public required int TranscriptionsAllowed { get; init; }
        public required double AgreementThreshold { get; init; }
        public required string DateOrder { get; init; }
        public required string Abbreviations { get; init; }

        public ConsensusSettings ToSettings() => new(
            MinTranscriptions: TranscriptionsRequired,
            MaxTranscriptions: TranscriptionsAllowed,
            AgreementThreshold: AgreementThreshold,
            Abbreviations: SettingsStore.ReadAbbreviations(Abbreviations),
            DateOrder: DateOrderNames.FromDb(DateOrder));
    }

    sealed class TranscriptionRow
    {
        public required long Id { get; init; }
        public required Guid VolunteerId { get; init; }
        public required string Rows { get; init; }
        public required string PageFields { get; init; }
        public required int Agreed { get; init; }
        public required int Compared { get; init; }

        public Core.Consensus.Transcription ToTranscription()
        {
            var content = EntryJson.Parse(Rows, PageFields);
            return new(Id.ToString(System.Globalization.CultureInfo.InvariantCulture), VolunteerId.ToString(),
                Reliability.Weight(Agreed, Compared), content.Rows, content.PageFields);
        }
    }

    /// <param name="jobId">The queue's job, completed in this transaction (see <see cref="JobQueue.CompleteAsync(long, NpgsqlConnection, NpgsqlTransaction)"/>).</param>
    public async Task<ConsensusRun> DecidePageAsync(int pageId, CancellationToken ct, long? jobId = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var page = await LockPageAsync(connection, tx, pageId, ct);
        if (page is null) return new ConsensusRun(pageId, null, null, null, 0, "the page no longer exists");
        var state = PageStates.FromDb(page.State);

        var fields = await templates.FieldsAsync(page.ProjectId, connection, tx);
        if (fields.Count == 0) return new ConsensusRun(pageId, state, state, null, 0, "the project's template has no fields");
        var rows = await TranscriptionsAsync(connection, tx, pageId, ct);
        if (rows.Count == 0) return new ConsensusRun(pageId, state, state, null, 0, "the page has no transcriptions");

        var transcriptions = rows.Select(r => r.ToTranscription()).ToList();
        var decision = PageConsensus.Decide(TemplateConsensus.ToPageTemplate(fields), transcriptions, page.ToSettings());
        var scores = Scoring.Score(decision, transcriptions.Select(t => t.Id));
        var after = ConsensusOutcome.Apply(state, decision.Decision, decision.TranscriptionCount, page.TranscriptionsNeeded, page.TranscriptionsAllowed);

        await SaveConsensusAsync(connection, tx, pageId, decision, ct);
        await SaveScoresAsync(connection, tx, rows.Select(r => r.Id).ToArray(), transcriptions.Select(t => scores[t.Id]).ToArray(), decision.EngineVersion, ct);
        if (after.State != state || after.TranscriptionsNeeded != page.TranscriptionsNeeded)
            await MoveAsync(connection, tx, pageId, after, ct);
        if (jobId is long id) await JobQueue.CompleteAsync(id, connection, tx);
        await tx.CommitAsync(ct);
        return new ConsensusRun(pageId, state, after.State, decision.Decision, transcriptions.Count);
    }

    const string LockPage = """
        select p.id, p.state, p.transcriptions_needed, d.project_id,
               pr.transcriptions_required, pr.transcriptions_allowed, pr.agreement_threshold, pr.date_order,
               pr.abbreviations::text as abbreviations
          from pages p
          join documents d on d.id = p.document_id
          join projects pr on pr.id = d.project_id
         where p.id = @pageId
           for update of p
        """;

    static async Task<PageRow?> LockPageAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int pageId, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<PageRow>(new CommandDefinition(LockPage, new { pageId }, tx, cancellationToken: ct));

    // Each volunteer's weight comes from their scores on other pages only: a page's own earlier
    // result must not weigh in on deciding it again, or a re-run would not give the same answer.
    // In submission order, which breaks the engine's ties the same way every time.
    const string Transcriptions = """
        select t.id, t.volunteer_id, t.rows::text as rows, t.page_fields::text as page_fields,
               coalesce(s.agreed, 0) as agreed, coalesce(s.compared, 0) as compared
          from transcriptions t
          left join lateral (select sum(sc.agreed)::int as agreed, sum(sc.compared)::int as compared
                               from transcriptions o
                               join transcription_scores sc on sc.transcription_id = o.id
                              where o.volunteer_id = t.volunteer_id and o.page_id <> t.page_id) s on true
         where t.page_id = @pageId
         order by t.id
        """;

    static async Task<List<TranscriptionRow>> TranscriptionsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int pageId, CancellationToken ct) =>
        (await connection.QueryAsync<TranscriptionRow>(new CommandDefinition(Transcriptions, new { pageId }, tx, cancellationToken: ct))).AsList();

    const string SaveConsensus = """
        insert into page_consensus (page_id, engine_version, decision, transcription_count, result, computed_at)
        values (@pageId, @engineVersion, @decision, @transcriptionCount, @result::jsonb, now())
        on conflict (page_id) do update
           set engine_version = excluded.engine_version, decision = excluded.decision,
               transcription_count = excluded.transcription_count, result = excluded.result, computed_at = excluded.computed_at
        """;

    static async Task SaveConsensusAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int pageId, PageDecision decision, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(SaveConsensus, new
        {
            pageId,
            engineVersion = decision.EngineVersion,
            decision = decision.Decision.ToName(),
            transcriptionCount = decision.TranscriptionCount,
            result = ConsensusJson.WritePage(pageId.ToString(System.Globalization.CultureInfo.InvariantCulture), decision),
        }, tx, cancellationToken: ct));

    // Every transcription of the page is scored on every run, so an upsert replaces them all.
    const string SaveScores = """
        insert into transcription_scores (transcription_id, agreed, compared, engine_version, scored_at)
        select s.id, s.agreed, s.compared, @engineVersion, now()
          from unnest(@ids, @agreed, @compared) as s (id, agreed, compared)
        on conflict (transcription_id) do update
           set agreed = excluded.agreed, compared = excluded.compared,
               engine_version = excluded.engine_version, scored_at = excluded.scored_at
        """;

    static async Task SaveScoresAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long[] ids, TranscriptionScore[] scores, string engineVersion, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(SaveScores, new
        {
            ids,
            agreed = scores.Select(s => s.Agreed).ToArray(),
            compared = scores.Select(s => s.Compared).ToArray(),
            engineVersion,
        }, tx, cancellationToken: ct));

    const string Move = "update pages set state = @state, transcriptions_needed = @needed where id = @pageId";

    static async Task MoveAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int pageId, PageAfterConsensus after, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(Move, new { pageId, state = after.State.ToDb(), needed = after.TranscriptionsNeeded }, tx, cancellationToken: ct));
}
