using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Templates;
using Transcribe.Web.Features.Projects;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Templates;

[Authorize(Roles = Roles.Curator)]
public sealed class TemplatesController(ProjectQueries projects, TemplateStore store, DarwinCoreTerms terms, ILogger<TemplatesController> logger) : Controller
{
    [HttpGet("/projects/{slug}/template")]
    public async Task<IActionResult> Edit(string slug)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        var fields = (await store.FieldsAsync(project.Id)).Select((f, i) => FieldForm.From(f, i + 1)).ToList();
        // Two spare rows, so fields can be added without a script.
        fields.Add(new FieldForm { Order = fields.Count + 1 });
        fields.Add(new FieldForm { Order = fields.Count + 1 });
        return View(Page(project, fields));
    }

    [HttpPost("/projects/{slug}/template")]
    public async Task<IActionResult> Save(string slug, List<FieldForm> fields)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        // Blank rows are the editor's spare rows; "remove" drops a field; order follows the Order column.
        var kept = fields.Select((form, index) => (form, index))
            .Where(x => !x.form.IsBlank && !x.form.Remove)
            .OrderBy(x => x.form.Order <= 0 ? int.MaxValue : x.form.Order).ThenBy(x => x.index)
            .ToList();
        var template = kept.Select(x => x.form.ToField()).ToList();
        var problems = TemplateRules.Problems(template, terms.Names);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                if (problem.Index < 0) ModelState.AddModelError("", problem.Message);
                else ModelState.AddModelError($"Fields[{kept[problem.Index].index}].{problem.Field}", problem.Message);
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", Page(project, fields, problems.Select(p => p.Index < 0 ? p.Message : $"{Describe(kept[p.Index].form)}: {p.Message}").ToList()));
        }
        await store.SaveAsync(project.Id, template);
        logger.LogInformation("Template of {Project} saved with {Count} fields", slug, template.Count);
        TempData["Notice"] = $"The template is saved: {template.Count} fields.";
        return Redirect($"/projects/{slug}/template");
    }

    static string Describe(FieldForm form) => string.IsNullOrWhiteSpace(form.Label) ? form.Key ?? "A field" : form.Label.Trim();

    /// <summary>After a refused save the posted rows come back as they were: error keys line up and nothing typed is lost.</summary>
    TemplatePage Page(ProjectDetails project, List<FieldForm> fields, IReadOnlyList<string>? problems = null) =>
        new() { Project = project, Fields = fields, Terms = terms.Properties, Problems = problems ?? [] };
}
