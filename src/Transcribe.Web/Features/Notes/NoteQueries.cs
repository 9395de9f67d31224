using Dapper;
using Npgsql;

namespace Transcribe.Web.Features.Notes;

public sealed class PageNote
{
    public required long Id { get; init; }
    public required string Author { get; init; }
    public required string Body { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The page a thread belongs to, for the notes screen's heading and links.</summary>
public sealed class NotedPage
{
    public required int Id { get; init; }
    public required string Label { get; init; }
    public required int DocumentId { get; init; }
    public required string DocumentTitle { get; init; }
    public required string ProjectSlug { get; init; }
    public required string ProjectTitle { get; init; }
}

/// <summary>The latest notes of a page, oldest first, and how many older ones were left out.</summary>
public sealed record NoteThread(IReadOnlyList<PageNote> Notes, int Earlier);

public sealed class NoteQueries(NpgsqlDataSource dataSource)
{
    /// <summary>A thread longer than this shows its latest notes; older ones are counted, not rendered.</summary>
    public const int Shown = 200;

    const string Page = """
        select p.id, p.label, d.id as document_id, d.title as document_title, pr.slug as project_slug, pr.title as project_title
          from pages p
          join documents d on d.id = p.document_id
          join projects pr on pr.id = d.project_id
         where p.id = @pageId and pr.is_published
        """;

    public async Task<NotedPage?> PageAsync(int pageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<NotedPage>(Page, new { pageId });
    }

    const string Thread = """
        select n.id, u.display_name as author, n.body, n.created_at, count(*) over () as total
          from page_notes n
          join users u on u.id = n.author_id
         where n.page_id = @pageId
         order by n.created_at desc, n.id desc
         limit @Shown
        """;

    sealed class ThreadRow
    {
        public required long Id { get; init; }
        public required string Author { get; init; }
        public required string Body { get; init; }
        public required DateTimeOffset CreatedAt { get; init; }
        public required long Total { get; init; }
    }

    public async Task<NoteThread> ThreadAsync(int pageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<ThreadRow>(Thread, new { pageId, Shown })).AsList();
        var notes = rows.AsEnumerable().Reverse()
            .Select(r => new PageNote { Id = r.Id, Author = r.Author, Body = r.Body, CreatedAt = r.CreatedAt })
            .ToList();
        return new NoteThread(notes, rows.Count == 0 ? 0 : (int)(rows[0].Total - rows.Count));
    }

    // One statement: a page deleted (or unpublished) since it was looked up inserts nothing, instead of failing on the key.
    const string Add = """
        with added as (
            insert into page_notes (page_id, author_id, body)
            select p.id, @authorId, @body
              from pages p
              join documents d on d.id = p.document_id
              join projects pr on pr.id = d.project_id
             where p.id = @pageId and pr.is_published
            returning id, author_id, body, created_at
        )
        select a.id, u.display_name as author, a.body, a.created_at
          from added a
          join users u on u.id = a.author_id
        """;

    /// <param name="body">Already cleaned by <see cref="Core.Notes.NoteText.Clean"/>.</param>
    /// <returns>The stored note, or null when the page is not (or no longer) there.</returns>
    public async Task<PageNote?> AddAsync(int pageId, Guid authorId, string body)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<PageNote>(Add, new { pageId, authorId, body });
    }
}
