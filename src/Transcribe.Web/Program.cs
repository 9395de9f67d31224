using Transcribe.Web;

// `transcribe migrate`, `create-admin` and `import` run through the same wiring as the app;
// `consensus` is pure computation and needs no host, database or configuration.
string? verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
if (verb == "consensus")
    return ConsensusCommand.Run(args[1..], Console.In, Console.Out, Console.Error);
int positional = verb switch { null => 0, "create-admin" => Math.Min(2, args.Length), "import" => Math.Min(3, args.Length), _ => 1 };
string[] rest = args[positional..];
string? Option(string name) => Array.IndexOf(rest, name) is int i and >= 0 && i + 1 < rest.Length ? rest[i + 1] : null;
string[] hostArgs = verb == "import" ? StripOptions(rest, "--title", "--call-number") : rest;

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
    case "import" when args.Length > 2:
        return await Verbs.ImportFolderAsync(app.Services, args[1], args[2], Option("--title"), Option("--call-number"));
    default:
        Console.Error.WriteLine($"Unknown command '{verb}'. Commands: migrate, create-admin EMAIL, import PROJECT FOLDER; no command serves the app.");
        return 2;
}

static string[] StripOptions(string[] args, params string[] names)
{
    var kept = new List<string>();
    for (int i = 0; i < args.Length; i++)
    {
        if (names.Contains(args[i])) i++;
        else kept.Add(args[i]);
    }
    return [.. kept];
}

public partial class Program;
