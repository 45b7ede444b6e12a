using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Participation.Moderation;

namespace Signpost.Web.Features.Editor.Feedback;

/// <summary>One approved response, read-only, with the response as the authorization resource.</summary>
public sealed class EditorFeedbackDetailsModel(FeedbackDetailsReader reader, IAuthorizationService authorization) : PageModel
{
    public FeedbackDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(id, cancellationToken) is not { } response)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, FeedbackResource.Of(response), FeedbackOperationRequirement.Read)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Details = await reader.ReadAsync(response, forModerator: false, cancellationToken);
        return Page();
    }
}
