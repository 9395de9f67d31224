using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Account;

/// <summary>
/// migrations/ owns the schema, EF Core only maps onto it: the tables EF would create from the app's
/// Identity model must be exactly the tables our migration made (columns, types, nullability, keys, indexes).
/// </summary>
public sealed class IdentitySchemaTests(AppFactory app) : IClassFixture<AppFactory>
{
    const string Columns = """
        select table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || case when is_nullable = 'NO' then ' not null' else '' end
          from information_schema.columns
         where table_schema = 'public' and table_name = any(@tables)
         order by 1
        """;

    const string Constraints = """
        select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          from pg_constraint
         where connamespace = 'public'::regnamespace and conrelid::regclass::text = any(@tables)
         order by 1
        """;

    const string Indexes = """
        select tablename || ' ' || indexdef from pg_indexes where schemaname = 'public' and tablename = any(@tables) order by 1
        """;

    static async Task<string[]> DescribeAsync(string connectionString, string[] tables)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return [
            .. await connection.QueryAsync<string>(Columns, new { tables }),
            .. await connection.QueryAsync<string>(Constraints, new { tables }),
            .. await connection.QueryAsync<string>(Indexes, new { tables }),
        ];
    }

    [Fact]
    public async Task EfIdentityModel_CreatesExactlyTheMigratedSchema()
    {
        string script;
        string[] tables;
        using (var scope = app.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IdentityContext>();
            script = context.Database.GenerateCreateScript();
            tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order().ToArray();
        }
        string efDatabase = await TestPostgres.CreateEmptyDatabaseAsync();
        await using (var connection = new NpgsqlConnection(efDatabase))
            await connection.ExecuteAsync(script);

        var fromEf = await DescribeAsync(efDatabase, tables);
        var fromMigrations = await DescribeAsync(app.ConnectionString, tables);

        Assert.Equal(7, tables.Length);
        Assert.NotEmpty(fromEf);
        Assert.Equal(fromEf, fromMigrations);
    }
}
