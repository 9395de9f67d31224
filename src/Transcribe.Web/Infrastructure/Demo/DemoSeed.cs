using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Core.Templates;
using Transcribe.DemoLedger;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Infrastructure.Demo;

/// <summary>
/// The demo that `./transcribe run` shows on its private database: accounts for every role and the
/// USNM locality-ledger project. Runs only on an empty database, so it never touches real data.
/// </summary>
public sealed class DemoSeed(
    NpgsqlDataSource dataSource, UserManager<AppUser> users, ImportPipeline pipeline, StoragePaths storage, TemplateStore templates,
    JobQueue jobs, ILogger<DemoSeed> logger)
{
    /// <summary>The locality ledger's columns, as the demo ledger prints them.</summary>
    public static readonly IReadOnlyList<TemplateField> LocalityTemplate =
    [
        new("locality_number", "Locality No.", FieldKind.Text, Required: true, Pattern: "[0-9]+[a-z]?", DwcTerm: "locationID",
            Help: "The number in the first column, with any letter after it (e.g. 2336a)."),
        new("collector", "Collector", FieldKind.Text, DwcTerm: "recordedBy",
            Help: "As written, initials included (\"C. W. Gilmore\", \"Stanton & party\")."),
        new("date", "Date", FieldKind.Date, DwcTerm: "eventDate",
            Help: "As written: partial dates and ranges are fine (\"Aug. 1923\", \"1921-22\")."),
        new("locality", "Locality", FieldKind.Text, Required: true, DwcTerm: "locality",
            Help: "The place description exactly as written, abbreviations kept (\"2 mi. N of Lusk, Niobrara Co., Wyo.\")."),
        new("formation", "Formation", FieldKind.Text, DwcTerm: "formation", Help: "Rock formation, as written (\"Lance Fm.\")."),
        new("age", "Age", FieldKind.Text, DwcTerm: "earliestEpochOrLowestSeries", Help: "Geological age, as written (\"Upper Cretaceous\")."),
        new("remarks", "Remarks", FieldKind.LongText, DwcTerm: "locationRemarks", Help: "Anything else in the row; leave empty if the column is."),
    ];

    /// <summary>
    /// What the ledger's clerks abbreviated, for the consensus engine: "Niobrara Co." and "Niobrara
    /// County" are one value. T. and R. are the survey's township and range ("Sec. 12, T. 3 N., R. 5 W.").
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LedgerAbbreviations = new Dictionary<string, string>
    {
        ["Co."] = "County", ["Fm."] = "Formation", ["Mbr."] = "Member", ["Ss."] = "Sandstone", ["Sh."] = "Shale", ["Ls."] = "Limestone",
        ["Cr."] = "Creek", ["Mt."] = "Mount", ["Mts."] = "Mountains", ["mi."] = "miles", ["Sec."] = "Section", ["T."] = "Township",
        ["Twp."] = "Township", ["R."] = "Range", ["Up."] = "Upper", ["Mid."] = "Middle",
        ["Ariz."] = "Arizona", ["Calif."] = "California", ["Colo."] = "Colorado", ["Fla."] = "Florida", ["Kans."] = "Kansas",
        ["Md."] = "Maryland", ["Mont."] = "Montana", ["Nebr."] = "Nebraska", ["Nev."] = "Nevada", ["Oreg."] = "Oregon",
        ["Tex."] = "Texas", ["Va."] = "Virginia", ["Wyo."] = "Wyoming", ["N. Dak."] = "North Dakota", ["S. Dak."] = "South Dakota",
        ["N. Mex."] = "New Mexico", ["N. Y."] = "New York",
    };

    /// <summary>The demo ledger: deterministic pages rendered by Transcribe.DemoLedger, with their ground truth beside them.</summary>
    public const int LedgerSeed = 1923;
    public const int LedgerPages = 8;

    public const string Password = "transcribe-demo";

    public sealed record Account(string Email, string DisplayName, string Role);

    public static readonly IReadOnlyList<Account> Accounts =
    [
        new("admin@transcribe.demo", "Site Admin", Roles.Admin),
        new("curator@transcribe.demo", "Dr. Helen Ward", Roles.Curator),
        new("reviewer1@transcribe.demo", "Samuel Ortiz", Roles.Reviewer),
        new("reviewer2@transcribe.demo", "Priya Raman", Roles.Reviewer),
        new("volunteer1@transcribe.demo", "Jo Fletcher", Roles.Volunteer),
        new("volunteer2@transcribe.demo", "Marcus Bell", Roles.Volunteer),
        new("volunteer3@transcribe.demo", "Ines Kowalski", Roles.Volunteer),
    ];

    public const string ProjectSlug = "usnm-paleobiology-localities";

    const string CountUsers = "select count(*) from users";

    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            if (await connection.ExecuteScalarAsync<long>(CountUsers) > 0) return;
        }
        foreach (var account in Accounts)
        {
            var user = new AppUser { UserName = account.Email, Email = account.Email, DisplayName = account.DisplayName, EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password));
            // Every account volunteers; staff roles come on top (an admin can do everything).
            var roles = account.Role == Roles.Admin ? Roles.All : account.Role == Roles.Volunteer ? [Roles.Volunteer] : [Roles.Volunteer, account.Role];
            Check(await users.AddToRolesAsync(user, roles));
        }
        int projectId = await SeedProjectAsync(ct);
        await templates.SaveAsync(projectId, LocalityTemplate);
        await SeedLedgerAsync(projectId, ct);
        logger.LogInformation("Seeded the demo accounts, project and ledger");
    }

    const string InsertProject = """
        insert into projects (slug, title, institution, summary, description, instructions, abbreviations)
        values (@slug, @title, @institution, @summary, @description, @instructions, @abbreviations::jsonb)
        on conflict (slug) do update set title = excluded.title
        returning id
        """;

    async Task<int> SeedProjectAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(InsertProject, new
        {
            slug = ProjectSlug,
            title = "Paleobiology Locality Ledgers",
            institution = "Smithsonian National Museum of Natural History",
            summary = "Transcribe the hand-written registers in which USNM paleontologists recorded every fossil locality they collected from.",
            description =
                "Between the 1880s and the 1960s, collectors for the U.S. National Museum numbered each place they found fossils " +
                "and wrote it into a bound ledger: who collected there, when, where exactly, in which rock formation and of what age. " +
                "Thousands of specimens in the collection point to these locality numbers, but the ledgers exist only on paper. " +
                "Each row you transcribe becomes a locality record that links back to its page and to the specimens that cite it.",
            instructions =
                "Type each row of the ledger exactly as written, one field per column. Keep the original spelling and abbreviations " +
                "(\"Co.\", \"Fm.\", \"mi. N of\"); do not correct or expand them. If a word is unreadable, type what you can and mark the " +
                "rest with [?]. Leave a field empty when the ledger leaves it empty.",
            abbreviations = System.Text.Json.JsonSerializer.Serialize(LedgerAbbreviations),
        });
    }

    async Task SeedLedgerAsync(int projectId, CancellationToken ct)
    {
        string folder = Path.Combine(storage.Root, "demo-ledger");
        logger.LogInformation("Rendering the {Pages}-page demo ledger into {Folder} (once)", LedgerPages, folder);
        var rendered = await new LedgerRenderer().RenderLedgerAsync(LedgerSeed, LedgerPages, folder, ct);
        var (images, _) = ImportSources.FromFolder(folder);
        var imported = await pipeline.ImportAsync(projectId,
            new NewDocument("Locality Register, vol. 4 (1899–1918)", "USNM PAL Ledger 4", "Smithsonian National Museum of Natural History",
                "Demo ledger rendered by Transcribe.DemoLedger",
                [new("Date range", "1899–1918"), new("Extent", $"{LedgerPages} pages"), new("Department", "Paleobiology")]),
            images, ct);
        await LabelFoliosAsync(imported.DocumentId, rendered, ct);
        await DemoCrowd.SeedAsync(dataSource, jobs, projectId, rendered, ct);
    }

    const string Label = "update pages set label = @label where document_id = @documentId and sequence = @sequence";

    // A folder import can only number its pages; the demo ledger knows its folio numbers ("p. 67"),
    // which the scans show in their corners, so the pages are called what a reader sees.
    async Task LabelFoliosAsync(int documentId, IReadOnlyList<RenderedPage> rendered, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        foreach (var page in rendered)
            await connection.ExecuteAsync(Label, new { documentId, sequence = page.Page.Sequence, label = page.Page.Label });
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo seed failed: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
