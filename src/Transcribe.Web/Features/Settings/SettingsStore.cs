using System.Text.Json;
using Dapper;
using Npgsql;
using Transcribe.Core.Records;
using Transcribe.Core.Workflow;

namespace Transcribe.Web.Features.Settings;

/// <summary>A project's settings, read and written whole.</summary>
public sealed class SettingsStore(NpgsqlDataSource dataSource)
{
    sealed class Row
    {
        public required int TranscriptionsRequired { get; init; }
        public required int TranscriptionsAllowed { get; init; }
        public required int ApprovalsRequired { get; init; }
        public required string AssignmentOrder { get; init; }
        public required int LeaseMinutes { get; init; }
        public required int MaxFieldLength { get; init; }
        public required int MaxRows { get; init; }
        public required double AgreementThreshold { get; init; }
        public required string DateOrder { get; init; }
        public required string Abbreviations { get; init; }
    }

    const string Select = """
        select transcriptions_required, transcriptions_allowed, approvals_required, assignment_order, lease_minutes,
               max_field_length, max_rows, agreement_threshold, date_order, abbreviations::text as abbreviations
          from projects where id = @projectId
        """;

    public async Task<ProjectSettings> LoadAsync(int projectId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<Row>(Select, new { projectId });
        return new(row.TranscriptionsRequired, row.TranscriptionsAllowed, row.ApprovalsRequired, row.AssignmentOrder, row.LeaseMinutes,
            row.MaxFieldLength, row.MaxRows, row.AgreementThreshold, DateOrderNames.FromDb(row.DateOrder),
            ReadAbbreviations(row.Abbreviations));
    }

    /// <summary>A stored abbreviation list; only string pairs count (the consensus job reads it too).</summary>
    public static IReadOnlyDictionary<string, string> ReadAbbreviations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var list = new Dictionary<string, string>();
        if (document.RootElement.ValueKind != JsonValueKind.Object) return list;
        foreach (var pair in document.RootElement.EnumerateObject())
            if (pair.Value.ValueKind == JsonValueKind.String && pair.Name.Trim().Length > 0) list[pair.Name] = pair.Value.GetString()!;
        return list;
    }

    const string Update = """
        update projects
           set transcriptions_required = @TranscriptionsRequired, transcriptions_allowed = @TranscriptionsAllowed,
               approvals_required = @ApprovalsRequired, assignment_order = @AssignmentOrder, lease_minutes = @LeaseMinutes,
               max_field_length = @MaxFieldLength, max_rows = @MaxRows, agreement_threshold = @AgreementThreshold,
               date_order = @dateOrder, abbreviations = @abbreviations::jsonb
         where id = @projectId
        """;

    // Open pages still waiting on the old minimum follow the new one, unless they already have as
    // many as it asks (those finish at the number they were given; none is pulled mid-way).
    const string FollowRequired = """
        update pages p
           set transcriptions_needed = @required
          from documents d
         where d.id = p.document_id and d.project_id = @projectId
           and p.state in ('imported', 'tiling', 'open') and p.transcriptions_needed = @previous
           and p.transcription_count < @required
        """;

    const string Previous = "select transcriptions_required from projects where id = @projectId for update";

    public async Task SaveAsync(int projectId, ProjectSettings settings)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        int previous = await connection.ExecuteScalarAsync<int>(Previous, new { projectId }, tx);
        await connection.ExecuteAsync(Update, new
        {
            projectId, settings.TranscriptionsRequired, settings.TranscriptionsAllowed, settings.ApprovalsRequired, settings.AssignmentOrder,
            settings.LeaseMinutes, settings.MaxFieldLength, settings.MaxRows, settings.AgreementThreshold,
            dateOrder = settings.DateOrder.ToDb(), abbreviations = JsonSerializer.Serialize(settings.Abbreviations),
        }, tx);
        if (previous != settings.TranscriptionsRequired)
            await connection.ExecuteAsync(FollowRequired, new { projectId, required = settings.TranscriptionsRequired, previous }, tx);
        await tx.CommitAsync();
    }
}
