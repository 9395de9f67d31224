using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Transcribe.Web.Infrastructure.Security;

/// <summary>
/// Data Protection keys kept in Postgres, so every app process behind a load balancer can read the
/// cookies and antiforgery tokens the others issued. The data source is looked up at use: the key
/// manager is built with the hosted services, before the database has started.
/// </summary>
public sealed class PostgresXmlRepository(IServiceProvider services) : IXmlRepository
{
    NpgsqlDataSource DataSource => services.GetRequiredService<NpgsqlDataSource>();

    const string SelectAll = "select xml from data_protection_keys order by id";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = DataSource.OpenConnection();
        return connection.Query<string>(SelectAll).Select(XElement.Parse).ToList();
    }

    const string Insert = "insert into data_protection_keys (friendly_name, xml) values (@friendlyName, @xml)";

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = DataSource.OpenConnection();
        connection.Execute(Insert, new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
