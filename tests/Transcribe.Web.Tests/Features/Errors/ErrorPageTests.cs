using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Errors;

/// <summary>The app plus one route that throws, as a bug in any feature would.</summary>
public sealed class ThrowingAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ThrowingRoute()));
    }

    sealed class ThrowingRoute : IStartupFilter
    {
        // Added after the app's pipeline, so the app's own exception handler is what catches it.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate next) => context.Request.Path == "/test/throws"
                ? throw new InvalidOperationException("secret connection detail Host=db.internal")
                : next(context));
        };
    }
}

public sealed class ErrorPageTests(ThrowingAppFactory app) : IClassFixture<ThrowingAppFactory>
{
    [Fact]
    public async Task UnknownAddress_Returns404WithAFriendlyPage()
    {
        var response = await app.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task UnknownProject_Returns404()
    {
        var response = await app.CreateClient().GetAsync("/projects/no-such-project");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnUnhandledException_Returns500WithAFriendlyPageThatLeaksNothing()
    {
        var response = await app.CreateClient().GetAsync("/test/throws");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong on our side", html);
        Assert.DoesNotContain("secret connection detail", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("at Transcribe.", html); // no stack frame
    }

    [Fact]
    public async Task EveryPage_CarriesTheSecurityHeaders()
    {
        var response = await app.CreateClient().GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
