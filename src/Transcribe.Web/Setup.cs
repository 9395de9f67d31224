using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Transcribe.Web.Features.Account;
using Transcribe.Web.Features.Admin;
using Transcribe.Web.Features.Projects;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Imaging;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Infrastructure.Storage;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Infrastructure.Logging;
using Transcribe.Web.Infrastructure.Postgres;
using Transcribe.Web.Infrastructure.Security;

namespace Transcribe.Web;

/// <summary>The app's services and request pipeline, in one place for the server, the verbs and the tests.</summary>
public static class Setup
{
    public static IServiceCollection AddTranscribe(this IServiceCollection services, IConfiguration configuration)
    {
        // First hosted service: the database is ready before anything else starts, and stops last.
        services.AddSingleton<DatabaseHost>();
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        services.AddSingleton(sp => new NpgsqlDataSourceBuilder(sp.GetRequiredService<DatabaseHost>().ConnectionString).Build());
        services.AddScoped<DemoSeed>();
        services.AddSingleton<StoragePaths>();
        services.AddSingleton<Vips>();
        services.AddSingleton<JobQueue>();
        services.AddSingleton<JobSignal>();
        services.AddSingleton<IJobHandler, TileImageJob>();
        services.AddSingleton<IJobHandler, Transcribe.Web.Features.Review.ConsensusJob>();
        services.AddHostedService<JobWorker>();
        services.AddSingleton<ImportPipeline>();
        services.AddSingleton<ScanQueries>();
        services.AddSingleton<ManifestImporter>();
        services.AddSingleton<DarwinCoreTerms>();
        services.AddSingleton<TemplateStore>();
        services.AddSingleton<Transcribe.Web.Features.Transcription.Assignment>();
        services.AddSingleton<Transcribe.Web.Features.Transcription.EntryStore>();
        services.AddSingleton<Transcribe.Web.Features.Settings.SettingsStore>();
        services.AddSingleton<Transcribe.Web.Features.Transcription.Submissions>();
        services.AddHttpClient(ManifestImporter.Client, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(120);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Transcribe/1.0 (IIIF import)");
        });
        services.AddSingleton<ProjectQueries>();
        services.AddSingleton<UserQueries>();
        services.AddSingleton<Transcribe.Web.Features.Notes.NoteQueries>();
        services.AddSingleton<Transcribe.Web.Features.Volunteers.MyWorkQueries>();
        services.AddSingleton<Transcribe.Web.Features.Flags.FlagQueries>();

        services.AddDbContext<IdentityContext>((sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddIdentity<AppUser, AppRole>(options =>
            {
                // Length over composition rules (NIST 800-63B): long passphrases, no forced symbols.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<IdentityContext>()
            .AddClaimsPrincipalFactory<DisplayNameClaims>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.Cookie.Name = "transcribe.auth";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            // The entry screen's API answers a lapsed sign-in with 401, which its script understands
            // (the work stays on screen and in local storage), not with a redirect to an HTML form.
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            // A signed-in user without the role gets a real 403 (rendered by the error page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddDataProtection().SetApplicationName("transcribe");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new PostgresXmlRepository(sp)));

        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddRazorOptions(options =>
            {
                // Views live beside their controller: Features/<Feature>/<View>.cshtml.
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            });
        services.AddAntiforgery(options => options.Cookie.Name = "transcribe.af");
        return services;
    }

    public static WebApplication UseTranscribe(this WebApplication app)
    {
        // Tiles first: a page view fetches hundreds of them, and they need neither a log line each
        // nor the HTML error pages; everything else goes through the whole pipeline.
        app.UseTileFiles();
        app.UseRequestLogging();
        // The friendly error pages, in every environment: a stack trace is never shown to a user.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        return app;
    }
}
