using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Account;

[Route("account")]
public sealed class AccountController(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<AccountController> logger) : Controller
{
    [HttpGet("register")]
    public IActionResult Register(string? returnUrl) => View(new RegisterForm { ReturnUrl = returnUrl });

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var user = new AppUser { UserName = form.Email.Trim(), Email = form.Email.Trim(), DisplayName = form.DisplayName.Trim() };
        var result = await users.CreateAsync(user, form.Password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Volunteer);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.Contains("Email") || error.Code.Contains("UserName") ? nameof(form.Email) : "", Friendly(error));
            return View(form);
        }
        logger.LogInformation("New volunteer account {UserId}", user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = $"Welcome, {user.DisplayName}! Pick a project to start transcribing.";
        return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var result = await signIn.PasswordSignInAsync(form.Email.Trim(), form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        ModelState.AddModelError("", result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes. Try again later."
            : "That email and password do not match an account.");
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [Authorize, HttpGet("")]
    public async Task<IActionResult> Index() => View(await PageFor(await CurrentUserAsync()));

    [Authorize, HttpPost("profile")]
    public async Task<IActionResult> Profile([Bind(Prefix = "Profile")] ProfileForm form)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid) return View("Index", await PageFor(user, profile: form));
        user.DisplayName = form.DisplayName.Trim();
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", Friendly(error));
            return View("Index", await PageFor(user, profile: form));
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Your display name is saved.";
        return RedirectToAction(nameof(Index));
    }

    [Authorize, HttpPost("password")]
    public async Task<IActionResult> Password([Bind(Prefix = "Password")] PasswordForm form)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid) return View("Index", await PageFor(user, password: form));
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Password.CurrentPassword" : "Password.NewPassword", Friendly(error));
            return View("Index", await PageFor(user, password: form));
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Your password is changed.";
        return RedirectToAction(nameof(Index));
    }

    async Task<AppUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user without an account.");

    async Task<AccountPage> PageFor(AppUser user, ProfileForm? profile = null, PasswordForm? password = null) => new()
    {
        Email = user.Email ?? "",
        Roles = (await users.GetRolesAsync(user)).OrderBy(r => Infrastructure.Identity.Roles.All.ToList().IndexOf(r)).ToList(),
        MemberSince = user.CreatedAt,
        Profile = profile ?? new ProfileForm { DisplayName = user.DisplayName },
        Password = password ?? new PasswordForm(),
    };

    string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";

    static string Friendly(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "An account with this email already exists. Log in instead, or use another email.",
        "PasswordMismatch" => "The current password is not right.",
        _ => error.Description,
    };
}
