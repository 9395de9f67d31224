using Dapper;
using Npgsql;
using Transcribe.Core.Workflow;

namespace Transcribe.Web.Features.Projects;

public sealed class ProjectSummary
{
    public required int Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Institution { get; init; }
    public required string Summary { get; init; }
}

public sealed class ProjectDetails
{
    public required int Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Institution { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }
    public required string Instructions { get; init; }
}

public sealed class ProjectQueries(NpgsqlDataSource dataSource)
{
    const string ListPublished = """
        select id, slug, title, institution, summary
          from projects
         where is_published
         order by created_at, id
        """;

    public async Task<IReadOnlyList<ProjectSummary>> ListPublishedAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<ProjectSummary>(ListPublished)).AsList();
    }

    const string BySlug = """
        select id, slug, title, institution, summary, description, instructions
          from projects
         where slug = @slug and is_published
        """;

    public async Task<ProjectDetails?> FindAsync(string slug)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<ProjectDetails>(BySlug, new { slug });
    }

    const string PagesByState = """
        select p.state, count(*)::int as count
          from pages p
          join documents d on d.id = p.document_id
         where d.project_id = @projectId
         group by p.state
        """;

    /// <summary>The project's pages counted by stage (Core decides which state is which stage).</summary>
    public async Task<PageProgress> ProgressAsync(int projectId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var counts = await connection.QueryAsync<(string State, int Count)>(PagesByState, new { projectId });
        return PageProgress.FromStates(counts.Select(c => KeyValuePair.Create(c.State, c.Count)));
    }
}
