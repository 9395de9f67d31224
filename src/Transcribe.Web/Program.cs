using Dapper;
using Transcribe.Web;

DefaultTypeMap.MatchNamesWithUnderscores = true;

// `transcribe migrate` and `transcribe create-admin <email>` run through the same wiring as the app.
string? verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
string[] hostArgs = verb is null ? args : args[(verb == "create-admin" && args.Length > 1 ? 2 : 1)..];

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs, WebRootPath = WebRoot.Find() });
builder.Services.AddTranscribe(builder.Configuration);
var app = builder.Build();
app.UseTranscribe();

switch (verb)
{
    case null:
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
        await app.RunAsync();
        return 0;
    case "migrate":
        return await Verbs.MigrateAsync(app.Services);
    case "create-admin" when args.Length > 1:
        return await Verbs.CreateAdminAsync(app.Services, args[1]);
    default:
        Console.Error.WriteLine($"Unknown command '{verb}'. Commands: migrate, create-admin <email>; no command serves the app.");
        return 2;
}

public partial class Program;
