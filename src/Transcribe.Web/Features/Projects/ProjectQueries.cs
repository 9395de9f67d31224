using Dapper;
using Npgsql;

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
}
