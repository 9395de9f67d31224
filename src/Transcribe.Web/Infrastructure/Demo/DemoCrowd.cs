using System.Text.Json;
using Dapper;
using Npgsql;
using Transcribe.DemoLedger;
using Transcribe.Web.Features.Transcription;
using Transcribe.Web.Infrastructure.Jobs;

namespace Transcribe.Web.Infrastructure.Demo;

/// <summary>
/// Work the demo volunteers have "already done", so a first look at the demo shows every stage:
/// the last pages of the demo ledger are transcribed by all three demo volunteers, each the way
/// a real volunteer would (one expands an abbreviation, one slips a key), and handed to the
/// consensus engine. Two agree well enough to be accepted; on the last, the three read one
/// formation differently, so it waits for a reviewer. The other pages stay open to try.
/// </summary>
public static class DemoCrowd
{
    public const int TranscribedPages = 3;

    const string PageIds = "select sequence, id from pages where document_id = (select max(d.id) from documents d where d.project_id = @projectId)";
    const string VolunteerIds = "select email, id from users where email = any(@emails)";

    const string Insert = """
        insert into transcriptions (page_id, volunteer_id, submission_key, rows, page_fields, submitted_at)
        values (@pageId, @volunteerId, @key, @rows::jsonb, '{}', now() - make_interval(hours => @hoursAgo))
        """;

    const string Complete = "update pages set transcription_count = @count, state = 'consensus' where id = @pageId";

    public static async Task SeedAsync(NpgsqlDataSource dataSource, JobQueue jobs, int projectId, IReadOnlyList<RenderedPage> rendered, CancellationToken ct)
    {
        string[] emails = ["volunteer1@transcribe.demo", "volunteer2@transcribe.demo", "volunteer3@transcribe.demo"];
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var pages = (await connection.QueryAsync<(int Sequence, int Id)>(PageIds, new { projectId }, tx)).ToDictionary(p => p.Sequence, p => p.Id);
        var volunteers = (await connection.QueryAsync<(string Email, Guid Id)>(VolunteerIds, new { emails }, tx)).ToDictionary(v => v.Email, v => v.Id);
        var last = rendered.OrderBy(r => r.Page.Sequence).TakeLast(TranscribedPages).ToList();
        for (int p = 0; p < last.Count; p++)
        {
            var page = last[p].Page;
            if (!pages.TryGetValue(page.Sequence, out int pageId)) continue;
            bool disputed = p == last.Count - 1;
            for (int v = 0; v < emails.Length; v++)
            {
                var rows = page.Rows.Select((row, r) => AsTyped(row, v, r, disputed)).ToList();
                await connection.ExecuteAsync(Insert, new
                {
                    pageId, volunteerId = volunteers[emails[v]], key = Guid.NewGuid(),
                    rows = JsonSerializer.Serialize(rows), hoursAgo = 30 - 8 * p - v,
                }, tx);
            }
            await connection.ExecuteAsync(Complete, new { pageId, count = emails.Length }, tx);
            await jobs.EnqueueAsync(Submissions.ConsensusJobKind, pageId.ToString(System.Globalization.CultureInfo.InvariantCulture), connection, tx);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>A row as volunteer <paramref name="v"/> typed it.</summary>
    static Dictionary<string, string> AsTyped(LedgerRow row, int v, int index, bool disputed)
    {
        var values = LedgerRow.FieldKeys.Zip(row.Values).Where(p => p.Second.Length > 0).ToDictionary(p => p.First, p => p.Second);
        // The second volunteer spells out "Co." (the project's abbreviation list makes it the same value).
        if (v == 1 && values.TryGetValue("locality", out var place)) values["locality"] = place.Replace(" Co.", " County");
        // The third slips a key now and then; two agreeing volunteers outvote it.
        if (v == 2 && index % 5 == 2 && values.TryGetValue("collector", out var collector) && collector.Length > 4)
            values["collector"] = collector.Remove(collector.Length / 2, 1);
        // On the disputed page, the three read one faded formation name three ways.
        if (disputed && index == 4) values["formation"] = v switch { 0 => "Lance Fm.", 1 => "Laramie Fm.", _ => "Lance Creek Fm." };
        return values;
    }
}
