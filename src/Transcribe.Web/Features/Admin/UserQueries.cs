using Dapper;
using Npgsql;

namespace Transcribe.Web.Features.Admin;

public sealed class UserRow
{
    public required Guid Id { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public required string[] Roles { get; init; }

    /// <summary>How many accounts matched the search, on every row (count(*) over ()).</summary>
    public long Total { get; init; }

    public bool IsLockedOut => LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
}

public sealed class UserList
{
    public required IReadOnlyList<UserRow> Users { get; init; }
    public required string Search { get; init; }
    public required long Total { get; init; }
}

public sealed class UserQueries(NpgsqlDataSource dataSource)
{
    public const int PageSize = 100;

    const string Search = """
        select u.id, u.email, u.display_name, u.created_at, u.lockout_end,
               coalesce(array_agg(r.name order by r.name) filter (where r.name is not null), '{}') as roles,
               count(*) over () as total
          from users u
          left join user_roles ur on ur.user_id = u.id
          left join roles r       on r.id = ur.role_id
         where @search = '' or u.email ilike '%' || @search || '%' or u.display_name ilike '%' || @search || '%'
         group by u.id
         order by u.created_at desc, u.id
         limit @PageSize
        """;

    public async Task<UserList> SearchAsync(string? search)
    {
        search = (search ?? "").Trim();
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<UserRow>(Search, new { search, PageSize })).AsList();
        return new UserList
        {
            Users = rows,
            Search = search,
            Total = rows.Count == 0 ? 0 : rows[0].Total,
        };
    }
}
