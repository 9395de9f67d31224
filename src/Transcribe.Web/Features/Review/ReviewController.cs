using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Transcribe.Core.Templates;
using Transcribe.Core.Workflow;
using Transcribe.Web.Features.Projects;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Review;

/// <summary>A page's consensus as a reviewer reads it; <see cref="Consensus"/> is null while it may not be shown or is not computed yet.</summary>
public sealed record ConsensusPage(ConsensusPageRow Page, PageState State, IReadOnlyList<TemplateField> Fields, StoredConsensus? Consensus)
{
    public bool Shown => ConsensusVisibility.Shows(State);

    public IReadOnlyList<TemplateField> PageFields => Fields.Where(f => f.Scope == FieldScope.Page).ToList();

    /// <summary>The template's row fields, then any key the stored rows hold that the template has since lost.</summary>
    public IReadOnlyList<(string Key, string Label)> Columns =>
        Fields.Where(f => f.Scope == FieldScope.Row).Select(f => (f.Key, f.Label))
            .Concat((Consensus?.Rows ?? []).SelectMany(r => r.Fields.Keys).Distinct()
                .Where(k => !Fields.Any(f => f.Key == k && f.Scope == FieldScope.Row)).Select(k => (k, k)))
            .ToList();
}

public sealed record ReviewList(ProjectDetails Project, IReadOnlyList<ReviewItem> Items, int Total);

[Authorize(Roles = ReviewerRoles)]
public sealed class ReviewController(NpgsqlDataSource dataSource, ProjectQueries projects, TemplateStore templates) : Controller
{
    public const string ReviewerRoles = $"{Roles.Reviewer},{Roles.Curator},{Roles.Admin}";

    readonly ReviewQueries queries = new(dataSource);

    [HttpGet("/pages/{id:int}/consensus")]
    public async Task<IActionResult> Consensus(int id)
    {
        var page = await queries.ConsensusPageAsync(id);
        if (page is null) return NotFound();
        var state = PageStates.FromDb(page.State);
        // The stored result is not even read for a page the crowd may still transcribe.
        var consensus = ConsensusVisibility.Shows(state) && page.Result is string result ? StoredConsensus.Parse(result) : null;
        return View(new ConsensusPage(page, state, await templates.FieldsAsync(page.ProjectId), consensus));
    }

    [HttpGet("/projects/{slug}/review")]
    public async Task<IActionResult> List(string slug)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        var (items, total) = await queries.ReviewListAsync(project.Id);
        return View(new ReviewList(project, items, total));
    }
}
