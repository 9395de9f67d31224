using Dapper;
using Npgsql;

namespace Transcribe.Web.Tests.Support;

/// <summary>A published project with one ledger, made straight in SQL: its id, slug, ledger and page ids in order.</summary>
public sealed record TestLedger(int ProjectId, string Slug, int DocumentId, string DocumentTitle, int[] Pages);

/// <summary>Projects, pages and volunteers' work rows as fixtures for the volunteer and curator screens.</summary>
public static class PageFixtures
{
    /// <summary>One ledger whose pages are in the given states (labelled "p. 1", "p. 2", ...); one open page when none are given.</summary>
    public static Task<TestLedger> CreateLedgerAsync(this AppFactory app, params string[] states) => CreateLedgerInAsync(app.ConnectionString, states);

    /// <summary>The same in any test database (for tests that run without the app).</summary>
    public static async Task<TestLedger> CreateLedgerInAsync(string connectionString, params string[] states)
    {
        if (states.Length == 0) states = ["open"];
        await using var connection = new NpgsqlConnection(connectionString);
        string image = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray())).ToLowerInvariant();
        await connection.ExecuteAsync(
            "insert into images (id, format, width, height, byte_size, tile_state) values (@image, 'jpeg', 10, 10, 1, 'ready')", new { image });
        string slug = $"p-{Guid.NewGuid():N}"[..20];
        int projectId = await connection.ExecuteScalarAsync<int>(
            "insert into projects (slug, title, institution) values (@slug, 'Locality ledgers', 'NMNH') returning id", new { slug });
        string title = $"Register {Guid.NewGuid():N}"[..17];
        int documentId = await connection.ExecuteScalarAsync<int>(
            "insert into documents (project_id, title) values (@projectId, @title) returning id", new { projectId, title });
        var pages = await connection.QueryAsync<int>("""
            insert into pages (document_id, sequence, label, image_id, state)
            select @documentId, s.n, 'p. ' || s.n, @image, s.state
              from unnest(@states) with ordinality as s(state, n)
            returning id
            """, new { documentId, image, states });
        return new TestLedger(projectId, slug, documentId, title, pages.Order().ToArray());
    }

    /// <summary>A submitted transcription; <paramref name="rows"/> is its JSON array of {fieldKey: value}.</summary>
    public static async Task<long> AddTranscriptionAsync(this AppFactory app, int pageId, Guid volunteerId, string rows, string pageFields = "{}")
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return await connection.ExecuteScalarAsync<long>("""
            insert into transcriptions (page_id, volunteer_id, submission_key, rows, page_fields)
            values (@pageId, @volunteerId, gen_random_uuid(), @rows::jsonb, @pageFields::jsonb)
            returning id
            """, new { pageId, volunteerId, rows, pageFields });
    }

    public static async Task ExecuteAsync(this AppFactory app, string sql, object? args = null)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.ExecuteAsync(sql, args);
    }

    public static async Task<T> ScalarAsync<T>(this AppFactory app, string sql, object? args = null)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    public static async Task<HttpClient> SignedInClientAsync(this AppFactory app, TestUser user)
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(user);
        return client;
    }
}
