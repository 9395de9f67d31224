using System.Net;
using Dapper;
using Npgsql;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Settings;

public sealed class SettingsTests(AppFactory app) : IClassFixture<AppFactory>
{
    static Dictionary<string, string> Values(string required = "3", string allowed = "5", string agreement = "66.7", string abbreviations = "Co. = County\nFm. = Formation") => new()
    {
        ["TranscriptionsRequired"] = required, ["TranscriptionsAllowed"] = allowed, ["ApprovalsRequired"] = "2", ["AssignmentOrder"] = "random",
        ["LeaseMinutes"] = "45", ["MaxRows"] = "80", ["MaxFieldLength"] = "500", ["AgreementPercent"] = agreement, ["DateOrder"] = "dmy",
        ["Abbreviations"] = abbreviations,
    };

    [Fact]
    public async Task Curator_SavesSettings_AndOpenPagesFollowTheNewMinimum()
    {
        var ledger = await app.CreateLedgerProjectAsync(pages: 2, needed: 2);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.ExecuteAsync("update pages set transcription_count = 2, state = 'consensus' where id = @id", new { id = ledger.Pages[1] });
        var curator = await app.CuratorClientAsync();

        var response = await curator.SubmitFormAsync($"/projects/{ledger.Slug}/settings", $"/projects/{ledger.Slug}/settings", Values());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await connection.QuerySingleAsync<(int, int, int, string, int, int, int, double, string, string)>("""
            select transcriptions_required, transcriptions_allowed, approvals_required, assignment_order, lease_minutes, max_rows, max_field_length,
                   agreement_threshold, date_order, abbreviations ->> 'Fm.' from projects where id = @Id
            """, new { Id = ledger.ProjectId });
        Assert.Equal((3, 5, 2, "random", 45, 80, 500, 0.667, "dmy", "Formation"), saved);
        var needed = (await connection.QueryAsync<int>("select transcriptions_needed from pages where document_id = @DocumentId order by sequence", new { ledger.DocumentId })).ToArray();
        Assert.Equal(new[] { 3, 2 }, needed);
        // And the form shows what was saved.
        var page = await curator.GetPageAsync($"/projects/{ledger.Slug}/settings");
        Assert.Equal("66.7", page.QuerySelector("#AgreementPercent")!.GetAttribute("value"));
        Assert.Contains("Fm. = Formation", page.QuerySelector("#Abbreviations")!.TextContent);
    }

    [Fact]
    public async Task BadSettings_AreRefusedWithReasons_AndNothingChanges()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var curator = await app.CuratorClientAsync();

        var response = await curator.SubmitFormAsync($"/projects/{ledger.Slug}/settings", $"/projects/{ledger.Slug}/settings",
            Values(required: "6", allowed: "4", agreement: "lots", abbreviations: "Co. County"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string text = (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("cannot be fewer than transcriptions required", text);
        Assert.Contains("Type a percentage", text);
        Assert.Contains("Line 1", text);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("select transcriptions_required from projects where id = @Id", new { Id = ledger.ProjectId }));
    }

    [Fact]
    public async Task Settings_AreForCurators()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var volunteer = await app.VolunteerClientAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync($"/projects/{ledger.Slug}/settings")).StatusCode);
    }

    [Fact]
    public async Task DateOrder_DecidesHowTheEntryScreenReadsDates()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.ExecuteAsync("update projects set date_order = 'dmy' where id = @Id", new { Id = ledger.ProjectId });
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);

        // 23/8/1923 is only a date when the day comes first.
        var answer = await client.PostAsync($"/api/pages/{ledger.Pages[0]}/check",
            new StringContent("""{"key": "date", "value": "23/8/1923", "row": 0}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains("\"problem\":null", await answer.Content.ReadAsStringAsync());
    }
}
