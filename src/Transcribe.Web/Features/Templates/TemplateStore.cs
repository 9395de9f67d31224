using Dapper;
using Npgsql;
using Transcribe.Core.Templates;

namespace Transcribe.Web.Features.Templates;

/// <summary>A project's template fields: read in order, replaced whole in one transaction.</summary>
public sealed class TemplateStore(NpgsqlDataSource dataSource)
{
    sealed class Row
    {
        public required string Scope { get; init; }
        public required string Key { get; init; }
        public required string Label { get; init; }
        public required string Help { get; init; }
        public required string Kind { get; init; }
        public required bool Required { get; init; }
        public string? Pattern { get; init; }
        public required string[] Choices { get; init; }
        public required string DwcTerm { get; init; }

        public TemplateField ToField() => new(Key, Label, FieldKinds.TryParse(Kind, out var kind) ? kind : FieldKind.Text,
            Scope == "page" ? FieldScope.Page : FieldScope.Row, Required, Help, Pattern, Choices, DwcTerm);
    }

    const string Select = """
        select scope, key, label, help, kind, required, pattern, choices, dwc_term
          from template_fields
         where project_id = @projectId
         order by position
        """;

    public async Task<IReadOnlyList<TemplateField>> FieldsAsync(int projectId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await FieldsAsync(projectId, connection, null);
    }

    /// <summary>The same, inside the caller's transaction (the consensus job reads a page and its template together).</summary>
    public async Task<IReadOnlyList<TemplateField>> FieldsAsync(int projectId, NpgsqlConnection connection, NpgsqlTransaction? tx) =>
        (await connection.QueryAsync<Row>(Select, new { projectId }, tx)).Select(r => r.ToField()).ToList();

    const string Delete = "delete from template_fields where project_id = @projectId";

    const string Insert = """
        insert into template_fields (project_id, position, scope, key, label, help, kind, required, pattern, choices, dwc_term)
        values (@projectId, @position, @scope, @Key, @Label, @Help, @kind, @Required, @Pattern, @choices, @DwcTerm)
        """;

    /// <summary>Replaces the template; the caller has checked it with <see cref="TemplateRules"/>.</summary>
    public async Task SaveAsync(int projectId, IReadOnlyList<TemplateField> fields)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(Delete, new { projectId }, tx);
        for (int i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            await connection.ExecuteAsync(Insert, new
            {
                projectId, position = i + 1, scope = f.Scope == FieldScope.Page ? "page" : "row", f.Key, f.Label, f.Help,
                kind = f.Kind.ToName(), f.Required, Pattern = string.IsNullOrWhiteSpace(f.Pattern) ? null : f.Pattern,
                choices = f.ChoiceList.ToArray(), f.DwcTerm,
            }, tx);
        }
        await tx.CommitAsync();
    }
}
