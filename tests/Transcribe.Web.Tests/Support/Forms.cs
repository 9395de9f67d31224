using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Transcribe.Web.Tests.Support;

/// <summary>Drives the app's HTML forms the way a browser does: read the page, post its antiforgery token back.</summary>
public static class Forms
{
    static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>GETs the page holding a form that posts to <paramref name="action"/>, fills it, and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string action, IDictionary<string, string> values)
    {
        var page = await client.GetPageAsync(pageUrl);
        var form = page.Forms.FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}");
        // What a browser sends: inputs (checkboxes only when ticked), selects' chosen options, textareas.
        var pairs = form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>()
            .Where(i => i.Type != "checkbox" || i.IsChecked)
            .Select(i => (Name: i.Name!, i.Value))
            .Concat(form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>().Select(s => (Name: s.Name!, Value: s.Value ?? "")))
            .Concat(form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>().Select(t => (Name: t.Name!, t.Value)));
        var fields = pairs.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last().Value);
        foreach (var (key, value) in values) fields[key] = value;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public static async Task LoginAsync(this HttpClient client, TestUser user)
    {
        var response = await client.LoginAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
