using System.ComponentModel.DataAnnotations;

namespace Transcribe.Web.Features.Account;

public sealed class RegisterForm
{
    [Required, StringLength(100, MinimumLength = 2), Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [Required, StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters; a short phrase is easy to remember."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required, Compare(nameof(Password), ErrorMessage = "The two passwords do not match."), DataType(DataType.Password), Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class LoginForm
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [Required, StringLength(200), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me logged in")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class ProfileForm
{
    [Required, StringLength(100, MinimumLength = 2), Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";
}

public sealed class PasswordForm
{
    [Required, DataType(DataType.Password), Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required, StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters."), DataType(DataType.Password), Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required, Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match."), DataType(DataType.Password), Display(Name = "Confirm new password")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class AccountPage
{
    public required string Email { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public required DateTimeOffset MemberSince { get; init; }
    public ProfileForm Profile { get; init; } = new();
    public PasswordForm Password { get; init; } = new();
}
