using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Volunteers;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Volunteers;

public sealed record MyWorkPage(
    MyStats Stats, int? AgreementPercent, Latest<MyDraft> Drafts, Latest<MySubmission> Submissions, Latest<MyFlag> Flags)
{
    public bool HasAnything => Submissions.Total + Drafts.Total + Flags.Total > 0;
}

[Authorize]
public sealed class VolunteersController(MyWorkQueries work, UserManager<AppUser> users) : Controller
{
    /// <summary>The signed-in volunteer's own history and figures; only ever their rows.</summary>
    [HttpGet("/my/work")]
    public async Task<IActionResult> Work()
    {
        var me = Guid.Parse(users.GetUserId(User)!);
        var stats = await work.StatsAsync(me);
        return View(new MyWorkPage(stats, Agreement.Percent(stats.Agreed, stats.Compared),
            await work.DraftsAsync(me), await work.SubmissionsAsync(me), await work.FlagsAsync(me)));
    }
}
