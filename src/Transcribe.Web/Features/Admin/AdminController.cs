using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Admin;

[Authorize(Roles = Roles.Admin), Route("admin")]
public sealed class AdminController(UserQueries queries, UserManager<AppUser> users, ILogger<AdminController> logger) : Controller
{
    [HttpGet("users")]
    public async Task<IActionResult> Users(string? q) => View(await queries.SearchAsync(q));

    [HttpPost("users/{id:guid}/roles")]
    public async Task<IActionResult> SetRoles(Guid id, string[]? roles, string? q)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return NotFound();
        var wanted = (roles ?? []).Where(Roles.All.Contains).Append(Roles.Volunteer).ToHashSet();
        if (user.Id.ToString() == users.GetUserId(User) && !wanted.Contains(Roles.Admin))
        {
            TempData["Notice"] = "You cannot remove your own Admin role; ask another admin.";
            return RedirectToAction(nameof(Users), new { q });
        }
        var current = await users.GetRolesAsync(user);
        var result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        if (result.Succeeded) result = await users.AddToRolesAsync(user, wanted.Except(current));
        if (!result.Succeeded) return Problem(string.Join(" ", result.Errors.Select(e => e.Description)), statusCode: 400);
        logger.LogInformation("Roles of {UserId} set to {Roles} by {AdminId}", user.Id, string.Join(",", wanted), users.GetUserId(User));
        TempData["Notice"] = $"{user.DisplayName} now has the roles: {string.Join(", ", Roles.All.Where(wanted.Contains))}.";
        return RedirectToAction(nameof(Users), new { q });
    }

    [HttpPost("users/{id:guid}/unlock")]
    public async Task<IActionResult> Unlock(Guid id, string? q)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Notice"] = $"{user.DisplayName} is unlocked.";
        return RedirectToAction(nameof(Users), new { q });
    }
}
