using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Infrastructure.Postgres;

namespace Transcribe.Web;

/// <summary>What `./transcribe run` shows once the app listens: where it is and, on the demo, how to log in.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count == 0) return; // an in-memory test server: nobody to tell
        Console.WriteLine();
        Console.WriteLine("Transcribe is running at " + string.Join(", ", addresses));
        if (app.Services.GetRequiredService<DatabaseHost>().IsPrivate)
        {
            Console.WriteLine($"Demo logins (password for all: {DemoSeed.Password}):");
            foreach (var account in DemoSeed.Accounts)
                Console.WriteLine($"  {account.Role,-10} {account.Email}");
        }
        Console.WriteLine("Press Ctrl+C to stop.");
        Console.WriteLine();
    }
}
