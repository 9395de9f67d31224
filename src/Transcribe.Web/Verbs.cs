using Microsoft.AspNetCore.Identity;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Infrastructure.Postgres;

namespace Transcribe.Web;

/// <summary>Administrative commands of the entry script, run without serving HTTP.</summary>
public static class Verbs
{
    static DatabaseStartup Startup(IServiceProvider services)
    {
        services.GetRequiredService<DatabaseHost>().LeaveAdoptedServerRunning = true;
        return services.GetRequiredService<DatabaseStartup>();
    }

    public static async Task<int> MigrateAsync(IServiceProvider services)
    {
        var startup = Startup(services);
        try
        {
            await startup.StartAsync(CancellationToken.None);
            Console.WriteLine("The database is migrated.");
            return 0;
        }
        catch (MigrationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        finally
        {
            await startup.StopAsync(CancellationToken.None);
        }
    }

    public static async Task<int> CreateAdminAsync(IServiceProvider services, string email)
    {
        var startup = Startup(services);
        await startup.StartAsync(CancellationToken.None);
        try
        {
            string password = ReadPassword();
            using var scope = services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email);
            IdentityResult result;
            if (user is null)
            {
                user = new AppUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
                result = await users.CreateAsync(user, password);
            }
            else
            {
                string token = await users.GeneratePasswordResetTokenAsync(user);
                result = await users.ResetPasswordAsync(user, token, password);
            }
            if (result.Succeeded)
            {
                var missing = new List<string>();
                foreach (string role in Roles.All)
                    if (!await users.IsInRoleAsync(user, role)) missing.Add(role);
                result = await users.AddToRolesAsync(user, missing);
            }
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("Could not create the admin: " + string.Join(" ", result.Errors.Select(e => e.Description)));
                return 1;
            }
            Console.WriteLine($"{email} is an admin (with every role) and can log in.");
            return 0;
        }
        finally
        {
            await startup.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>`import PROJECT FOLDER [--title T] [--call-number C]`: a server folder of scans as one new ledger.</summary>
    public static async Task<int> ImportFolderAsync(IServiceProvider services, string slug, string folder, string? title, string? callNumber)
    {
        var startup = Startup(services);
        await startup.StartAsync(CancellationToken.None);
        try
        {
            var project = await services.GetRequiredService<Features.Projects.ProjectQueries>().FindAsync(slug);
            if (project is null)
            {
                Console.Error.WriteLine($"There is no project '{slug}'.");
                return 1;
            }
            var (images, skipped) = Features.Scans.ImportSources.FromFolder(folder);
            foreach (string name in skipped) Console.WriteLine($"Skipped {name}: not a .jpg, .png or .tif file.");
            var result = await services.GetRequiredService<Features.Scans.ImportPipeline>().ImportAsync(project.Id,
                new Features.Scans.NewDocument(title ?? Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/')), callNumber ?? "",
                    project.Institution, "Folder " + Path.GetFullPath(folder)), images, CancellationToken.None);
            Console.WriteLine($"Imported {result.Pages} pages as ledger {result.DocumentId} ({result.NewImages} new images). " +
                "Their tiles are made by the running app's worker.");
            return 0;
        }
        catch (Features.Scans.ImportException e)
        {
            Console.Error.WriteLine("Nothing was imported: " + e.Message);
            return 1;
        }
        finally
        {
            await startup.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>From TRANSCRIBE_ADMIN_PASSWORD, piped standard input, or a prompt that does not echo.</summary>
    static string ReadPassword()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("TRANSCRIBE_ADMIN_PASSWORD");
        if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
        if (Console.IsInputRedirected) return Console.ReadLine() ?? "";
        Console.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0) password.Length--;
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.WriteLine();
        return password.ToString();
    }
}
