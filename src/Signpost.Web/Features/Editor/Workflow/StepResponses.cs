using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>Refused or missing items answer 403 and 404 with the site's error pages, as services do.</summary>
public static class StepResponses
{
    public static IActionResult? Refusal<TSnapshot>(this PageModel page, StepResult<TSnapshot> result) => result.Outcome switch
    {
        WorkflowOutcome.Forbidden => page.StatusCode(StatusCodes.Status403Forbidden),
        WorkflowOutcome.NotFound => page.NotFound(),
        _ => null,
    };

    /// <summary>The <c>done</c> word an edit page's banner reads after a save.</summary>
    public static string DoneWord(string? action) => action switch { "submit" => "submitted", "publish" => "published", _ => "saved" };
}
