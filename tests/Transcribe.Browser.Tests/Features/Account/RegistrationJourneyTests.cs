using Microsoft.Playwright;
using Transcribe.Browser.Tests.Support;

namespace Transcribe.Browser.Tests.Features.Account;

public sealed class RegistrationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task NewVolunteer_RegistersLogsOutAndLogsBackIn_ThroughTheRealPages() =>
        browser.JourneyAsync(nameof(NewVolunteer_RegistersLogsOutAndLogsBackIn_ThroughTheRealPages), async page =>
        {
            string email = $"mary-{Guid.NewGuid():N}@example.org";
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Join" }).ClickAsync();

            await page.GetByLabel("Display name").FillAsync("Mary Anning");
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("ichthyosaurs of lyme regis");
            await page.GetByLabel("Confirm password").FillAsync("ichthyosaurs of lyme regis");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

            await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Welcome, Mary Anning");
            await Assertions.Expect(page.Locator(".account-link")).ToHaveTextAsync("Mary Anning");

            await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).ClickAsync();
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password").FillAsync("ichthyosaurs of lyme regis");
            await page.GetByLabel("Password").PressAsync("Enter"); // keyboard submit, as many people log in

            await Assertions.Expect(page.Locator(".account-link")).ToHaveTextAsync("Mary Anning");
            await page.Locator(".account-link").ClickAsync();
            await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync(email);
            await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Volunteer");
        });

    [Fact]
    public Task Registering_WithMismatchedPasswords_ShowsTheErrorBesideTheField() =>
        browser.JourneyAsync(nameof(Registering_WithMismatchedPasswords_ShowsTheErrorBesideTheField), async page =>
        {
            await page.GotoAsync("/account/register");
            await page.GetByLabel("Display name").FillAsync("Othniel Marsh");
            await page.GetByLabel("Email").FillAsync($"om-{Guid.NewGuid():N}@example.org");
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long passphrase here");
            await page.GetByLabel("Confirm password").FillAsync("a different passphrase");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-valmsg-for=ConfirmPassword]")).ToContainTextAsync("do not match");
            await Assertions.Expect(page.GetByLabel("Display name")).ToHaveValueAsync("Othniel Marsh"); // nothing typed is lost
        });
}
