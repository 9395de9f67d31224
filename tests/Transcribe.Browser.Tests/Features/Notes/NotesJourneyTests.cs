using Microsoft.Playwright;
using Transcribe.Browser.Tests.Support;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Browser.Tests.Features.Notes;

public sealed class NotesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PostingANote_WithTheKeyboard_AppendsItInPlace_AndKeepsTheCursorInTheBox()
    {
        var ledger = await browser.App.CreateLedgerAsync();
        var user = await browser.App.CreateUserAsync();
        await browser.JourneyAsync(nameof(PostingANote_WithTheKeyboard_AppendsItInPlace_AndKeepsTheCursorInTheBox), async page =>
        {
            await page.LogInAsync(user);
            string url = $"/pages/{ledger.Pages[0]}/notes";
            await page.GotoAsync(url);
            var box = page.GetByLabel("Add a note");

            await box.FillAsync("Same quarry as #4187 <b>?</b>");
            await box.PressAsync("Control+Enter");

            var note = page.Locator(".note-list .note");
            await Assertions.Expect(note).ToHaveCountAsync(1);
            await Assertions.Expect(note.Locator(".note-body")).ToHaveTextAsync("Same quarry as #4187 <b>?</b>");
            await Assertions.Expect(note.Locator("mark.mention")).ToHaveAttributeAsync("data-locality", "4187");
            await Assertions.Expect(note.Locator(".note-author")).ToHaveTextAsync(user.DisplayName);
            await Assertions.Expect(note.Locator("time")).ToHaveTextAsync("just now");
            await Assertions.Expect(page.Locator("[data-notes-status]")).ToHaveTextAsync("Your note is posted.");
            await Assertions.Expect(box).ToHaveValueAsync("");
            await Assertions.Expect(box).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("[data-notes-empty]")).ToBeHiddenAsync();
            Assert.EndsWith(url, page.Url); // never left the page
        });
    }

    [Fact]
    public async Task ANoteTheServerRefuses_ShowsWhyBesideTheBox_AndKeepsTheText()
    {
        var ledger = await browser.App.CreateLedgerAsync();
        var user = await browser.App.CreateUserAsync();
        await browser.JourneyAsync(nameof(ANoteTheServerRefuses_ShowsWhyBesideTheBox_AndKeepsTheText), async page =>
        {
            await page.LogInAsync(user);
            await page.GotoAsync($"/pages/{ledger.Pages[0]}/notes");
            var box = page.GetByLabel("Add a note");

            await box.FillAsync("   ");
            await page.GetByRole(AriaRole.Button, new() { Name = "Post note" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-notes-error]")).ToContainTextAsync("empty");
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(box).ToHaveValueAsync("   ");
            await Assertions.Expect(page.Locator(".note-list .note")).ToHaveCountAsync(0);
        });
    }
}
