using System.Net;
using Dapper;
using Npgsql;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Infrastructure.Security;

/// <summary>Two app processes behind a load balancer, one database: a cookie from one works on the other.</summary>
public sealed class SharedKeysTests : IAsyncLifetime
{
    readonly AppFactory first = new();
    readonly AppFactory second = new();

    public async Task InitializeAsync()
    {
        await first.InitializeAsync();
        second.SharedConnectionString = first.ConnectionString;
        await second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task SignInCookieFromOneProcess_IsAcceptedByAnother_AndTheKeysLiveInPostgres()
    {
        var user = await first.CreateUserAsync();
        var handler = new CookieCarrier();
        var onFirst = first.CreateDefaultClient(handler);
        var login = await onFirst.LoginAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var onSecond = second.CreateDefaultClient(new CookieCarrier(handler.Cookies));
        var response = await onSecond.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(user.Email, await response.Content.ReadAsStringAsync());
        await using var connection = new NpgsqlConnection(first.ConnectionString);
        Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from data_protection_keys") >= 1);
    }

    /// <summary>Keeps cookies across requests and hands them to a client of the other app; never follows redirects.</summary>
    sealed class CookieCarrier(System.Net.CookieContainer? cookies = null) : DelegatingHandler
    {
        public System.Net.CookieContainer Cookies { get; } = cookies ?? new System.Net.CookieContainer();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            string header = Cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (string value in setCookies) Cookies.SetCookies(request.RequestUri!, value);
            return response;
        }
    }
}
