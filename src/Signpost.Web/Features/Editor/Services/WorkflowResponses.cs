using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>How pages answer a refused or missing item: 403 and 404 with the site's error pages, never a silent redirect.</summary>
public static class WorkflowResponses
{
    public static IActionResult? Refusal(this PageModel page, WorkflowResult result) => result.Outcome switch
    {
        WorkflowOutcome.Forbidden => page.StatusCode(StatusCodes.Status403Forbidden),
        WorkflowOutcome.NotFound => page.NotFound(),
        _ => null,
    };
}
