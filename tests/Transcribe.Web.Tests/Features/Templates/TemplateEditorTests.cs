using System.Net;
using Dapper;
using Npgsql;
using Transcribe.Core.Templates;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Templates;

public sealed class TemplateEditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    Task<(HttpClient Client, string Slug)> CuratorWithProjectAsync() => app.CuratorWithProjectAsync();

    async Task<string[]> StoredAsync(string slug)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return (await connection.QueryAsync<string>("""
            select f.key || ':' || f.kind || ':' || f.dwc_term from template_fields f join projects p on p.id = f.project_id
             where p.slug = @slug order by f.position
            """, new { slug })).ToArray();
    }

    static Dictionary<string, string> Row(int index, int order, string key, string label, string kind = "text", string term = "") => new()
    {
        [$"Fields[{index}].Order"] = order.ToString(),
        [$"Fields[{index}].Key"] = key,
        [$"Fields[{index}].Label"] = label,
        [$"Fields[{index}].Kind"] = kind,
        [$"Fields[{index}].DwcTerm"] = term,
    };

    static Dictionary<string, string> Merge(params Dictionary<string, string>[] parts) =>
        parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task Save_ByACurator_StoresTheFieldsInTheirOrder_AndTheProjectPageListsThem()
    {
        var (client, slug) = await CuratorWithProjectAsync();

        var response = await client.SubmitFormAsync($"/projects/{slug}/template", $"/projects/{slug}/template", Merge(
            Row(0, 2, "locality", "Locality", term: "locality"),
            Row(1, 1, "locality_number", "Locality No.", term: "locationID")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["locality_number:text:locationID", "locality:text:locality"], await StoredAsync(slug));
        var project = await client.GetPageAsync($"/projects/{slug}");
        Assert.Equal(["Locality No.", "Locality"], project.QuerySelectorAll(".field-list strong").Select(s => s.TextContent));
    }

    [Fact]
    public async Task Save_WithProblems_SaysWhereStoresNothingAndKeepsWhatWasTyped()
    {
        var (client, slug) = await CuratorWithProjectAsync();
        await client.SubmitFormAsync($"/projects/{slug}/template", $"/projects/{slug}/template", Row(0, 1, "collector", "Collector"));

        var response = await client.SubmitFormAsync($"/projects/{slug}/template", $"/projects/{slug}/template", Merge(
            Row(0, 1, "Bad Key", "Collector"),
            Row(1, 2, "age", "Age", term: "favouriteColour")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("lowercase", page.QuerySelector("[data-valmsg-for='Fields[0].Key']")!.TextContent);
        Assert.Contains("not a Darwin Core term", page.QuerySelector("[data-valmsg-for='Fields[1].DwcTerm']")!.TextContent);
        Assert.Equal("Bad Key", page.QuerySelector("input[name='Fields[0].Key']")!.GetAttribute("value"));
        Assert.Equal(["collector:text:"], await StoredAsync(slug));
    }

    [Fact]
    public async Task Save_WithRemoveTicked_DropsThatField()
    {
        var (client, slug) = await CuratorWithProjectAsync();
        await client.SubmitFormAsync($"/projects/{slug}/template", $"/projects/{slug}/template",
            Merge(Row(0, 1, "a_field", "A"), Row(1, 2, "b_field", "B", kind: "integer")));

        await client.SubmitFormAsync($"/projects/{slug}/template", $"/projects/{slug}/template",
            new Dictionary<string, string> { ["Fields[0].Remove"] = "true" });

        Assert.Equal(["b_field:integer:"], await StoredAsync(slug));
    }

    [Fact]
    public async Task TheEditor_ForAVolunteer_Returns403()
    {
        var (_, slug) = await CuratorWithProjectAsync();
        var volunteer = app.CreateBrowserLikeClient();
        await volunteer.LoginAsync(await app.CreateUserAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync($"/projects/{slug}/template")).StatusCode);
    }

    [Fact]
    public void TheDemoLocalityTemplate_PassesTheRulesAgainstTheRealTermList()
    {
        var terms = new DarwinCoreTerms();

        Assert.Empty(TemplateRules.Problems(DemoSeed.LocalityTemplate, terms.Names));
        Assert.Contains("locationID", terms.Names);
        Assert.DoesNotContain("Occurrence", terms.Names); // classes are not field terms
        Assert.True(terms.Properties.Count > 200);
    }
}
