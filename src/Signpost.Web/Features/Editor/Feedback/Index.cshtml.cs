using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Participation.Moderation;

namespace Signpost.Web.Features.Editor.Feedback;

/// <summary>
/// Approved feedback, read-only: an editor sees what people said about their own organisation's
/// services; directory managers, officers and administrators see all of it. Moderation is elsewhere.
/// </summary>
public sealed class EditorFeedbackIndexModel(FeedbackQueries queries, ServiceEditorQueries editorQueries) : PageModel
{
    /// <summary>From the query string by hand: "page" is also Razor Pages' own route value, which binding would read first.</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], out var number) && number > 1 ? number : 1;

    public FeedbackPage Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var everything = User.IsInRole(Roles.ParticipationOfficer) || User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.DirectoryManager);
        var scope = await editorQueries.ScopeAsync(User, cancellationToken);
        if (!everything && scope.OrganisationId is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Results = await queries.ApprovedAsync(everything ? null : scope.OrganisationId, Math.Max(1, PageNumber), cancellationToken);
        return Page();
    }
}
