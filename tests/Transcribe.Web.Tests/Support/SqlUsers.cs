using Dapper;
using Npgsql;

namespace Transcribe.Web.Tests.Support;

/// <summary>Accounts made straight in SQL, for tests that never sign them in (Identity's password hashing is slow).</summary>
public static class SqlUsers
{
    const string Insert = """
        insert into users (id, display_name, user_name, normalized_user_name, email, email_confirmed, phone_number_confirmed,
                           two_factor_enabled, lockout_enabled, access_failed_count)
        values (@id, 'Volunteer', @email, upper(@email), @email, true, false, false, true, 0)
        """;

    public static async Task<Guid> InsertVolunteerAsync(this NpgsqlConnection connection, string? email = null)
    {
        var id = Guid.NewGuid();
        await connection.ExecuteAsync(Insert, new { id, email = email ?? $"v-{id:N}@example.org" });
        return id;
    }

    public static async Task<Guid> InsertVolunteerAsync(this NpgsqlDataSource dataSource, string? email = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.InsertVolunteerAsync(email);
    }
}
