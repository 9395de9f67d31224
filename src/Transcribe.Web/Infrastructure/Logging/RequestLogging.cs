using System.Diagnostics;

namespace Transcribe.Web.Infrastructure.Logging;

/// <summary>One line per request (method, path, status, time): readable in a terminal, greppable in a log.</summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Transcribe.Requests");
        return app.Use(async (context, next) =>
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                await next();
            }
            finally
            {
                // The path only: query strings may carry return URLs or search terms that don't belong in logs.
                logger.LogInformation("{Method} {Path} -> {Status} in {Elapsed:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        });
    }
}
