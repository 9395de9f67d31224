using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Transcribe.Web.Infrastructure.Postgres;

namespace Transcribe.Web.Features.Health;

/// <summary>Probes for a load balancer: /healthz says the process serves, /readyz that it can do real work.</summary>
public sealed class HealthController(NpgsqlDataSource dataSource, ILogger<HealthController> logger) : ControllerBase
{
    [HttpGet("/healthz")]
    public IActionResult Healthz() => Ok(new { status = "ok" });

    [HttpGet("/readyz")]
    public async Task<IActionResult> Readyz(CancellationToken ct)
    {
        try
        {
            bool migrated = await new MigrationRunner(dataSource).IsUpToDateAsync(Migration.Embedded(), ct);
            return migrated
                ? Ok(new { status = "ready" })
                : StatusCode(StatusCodes.Status503ServiceUnavailable, new { status = "not ready", reason = "migrations are not all applied" });
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(e, "Readiness check could not reach the database");
            return StatusCode(StatusCodes.Status503ServiceUnavailable, new { status = "not ready", reason = "the database is unreachable" });
        }
    }
}
