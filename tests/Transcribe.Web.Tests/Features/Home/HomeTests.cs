using System.Net;
using Dapper;
using Npgsql;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Home;

public sealed class HomeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Home_ListsPublishedProjects_AndShowsAnEmptyStateWhenThereAreNone()
    {
        var client = app.CreateClient();
        var empty = await client.GetPageAsync("/");
        Assert.NotNull(empty.QuerySelector(".empty-state"));

        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.ExecuteAsync("""
                insert into projects (slug, title, institution, summary, is_published) values
                    ('herbarium-labels', 'Herbarium <Labels>', 'Field Museum', 'Plant labels.', true),
                    ('hidden-draft', 'Hidden draft', 'Field Museum', '', false)
                """);
        }
        var listed = await client.GetPageAsync("/");

        Assert.Null(listed.QuerySelector(".empty-state"));
        var titles = listed.QuerySelectorAll(".project-card h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Herbarium <Labels>"], titles);
        Assert.Equal("/projects/herbarium-labels", listed.QuerySelector(".project-card a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/projects/herbarium-labels")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/projects/hidden-draft")).StatusCode);
    }
}
