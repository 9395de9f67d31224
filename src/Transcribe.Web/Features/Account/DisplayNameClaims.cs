using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Account;

/// <summary>Puts the display name into the sign-in cookie, so the header shows it without a query.</summary>
public sealed class DisplayNameClaims(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    public const string Type = "transcribe:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Type, user.DisplayName));
        return identity;
    }
}
