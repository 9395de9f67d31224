using Dapper;
using Npgsql;

namespace Transcribe.Web.Features.Scans;

public sealed class DocumentSummary
{
    public required int Id { get; init; }
    public required string Title { get; init; }
    public required string CallNumber { get; init; }
    public required string Institution { get; init; }
    public required int Pages { get; init; }
    public required int PagesPreparing { get; init; }
    public required int PagesFailed { get; init; }
    public string? CoverImageId { get; init; }
}

public sealed class PageTile
{
    public required int Id { get; init; }
    public required int Sequence { get; init; }
    public required string Label { get; init; }
    public required string ImageId { get; init; }
    public required string State { get; init; }
    public required string TileState { get; init; }
    public string? TileError { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
}

public sealed class DocumentDetails
{
    public required int Id { get; init; }
    public required int ProjectId { get; init; }
    public required string ProjectSlug { get; init; }
    public required string ProjectTitle { get; init; }
    public required string Title { get; init; }
    public required string CallNumber { get; init; }
    public required string Institution { get; init; }
    public required string Source { get; init; }
    public required string Metadata { get; init; }
    public IReadOnlyList<PageTile> Pages { get; set; } = [];

    /// <summary>The metadata kept from a manifest or given at import ([{label, value}] in the database).</summary>
    public IReadOnlyList<Core.Iiif.LabelValue> MetadataPairs =>
        System.Text.Json.JsonDocument.Parse(Metadata).RootElement.EnumerateArray()
            .Select(m => new Core.Iiif.LabelValue(m.GetProperty("label").GetString() ?? "", m.GetProperty("value").GetString() ?? ""))
            .ToList();
}

public sealed class PageView
{
    public required int Id { get; init; }
    public required int Sequence { get; init; }
    public required string Label { get; init; }
    public required string ImageId { get; init; }
    public required string State { get; init; }
    public required string TileState { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public required int DocumentId { get; init; }
    public required string DocumentTitle { get; init; }
    public required string CallNumber { get; init; }
    public required string ProjectSlug { get; init; }
    public required string ProjectTitle { get; init; }
    public required int PageCount { get; init; }
    public int? PreviousId { get; init; }
    public int? NextId { get; init; }
}

public sealed class ImageRow
{
    public required string Id { get; init; }
    public required string Format { get; init; }
    public required string TileState { get; init; }
}

public sealed class ScanQueries(NpgsqlDataSource dataSource)
{
    const string Image = "select id, format, tile_state from images where id = @id";

    public async Task<ImageRow?> ImageAsync(string id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<ImageRow>(Image, new { id });
    }

    const string DocumentsOfProject = """
        select d.id, d.title, d.call_number, d.institution,
               count(p.id)::int                                             as pages,
               count(p.id) filter (where i.tile_state = 'pending')::int     as pages_preparing,
               count(p.id) filter (where i.tile_state = 'failed')::int      as pages_failed,
               (array_agg(p.image_id order by p.sequence) filter (where i.tile_state = 'ready'))[1] as cover_image_id
          from documents d
          left join pages p  on p.document_id = d.id
          left join images i on i.id = p.image_id
         where d.project_id = @projectId
         group by d.id
         order by d.created_at, d.id
        """;

    public async Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(int projectId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<DocumentSummary>(DocumentsOfProject, new { projectId })).AsList();
    }

    const string Document = """
        select d.id, d.project_id, pr.slug as project_slug, pr.title as project_title,
               d.title, d.call_number, d.institution, d.source, d.metadata::text as metadata
          from documents d
          join projects pr on pr.id = d.project_id
         where d.id = @id and pr.is_published
        """;

    const string PagesOfDocument = """
        select p.id, p.sequence, p.label, p.image_id, p.state, i.tile_state, i.tile_error, i.width, i.height
          from pages p
          join images i on i.id = p.image_id
         where p.document_id = @id
         order by p.sequence
        """;

    public async Task<DocumentDetails?> DocumentAsync(int id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var document = await connection.QuerySingleOrDefaultAsync<DocumentDetails>(Document, new { id });
        if (document is not null) document.Pages = (await connection.QueryAsync<PageTile>(PagesOfDocument, new { id })).AsList();
        return document;
    }

    const string Page = """
        select p.id, p.sequence, p.label, p.image_id, p.state, i.tile_state, i.width, i.height,
               d.id as document_id, d.title as document_title, d.call_number,
               pr.slug as project_slug, pr.title as project_title,
               (select count(*)::int from pages c where c.document_id = d.id)                                    as page_count,
               (select id from pages b where b.document_id = d.id and b.sequence < p.sequence order by b.sequence desc limit 1) as previous_id,
               (select id from pages a where a.document_id = d.id and a.sequence > p.sequence order by a.sequence limit 1)      as next_id
          from pages p
          join images i    on i.id = p.image_id
          join documents d on d.id = p.document_id
          join projects pr on pr.id = d.project_id
         where p.id = @id and pr.is_published
        """;

    public async Task<PageView?> PageAsync(int id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<PageView>(Page, new { id });
    }
}
