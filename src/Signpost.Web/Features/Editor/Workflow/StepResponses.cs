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

    /// <summary>The <c>done</c> word an edit page's banner reads after a save; <paramref name="scheduled"/>: published with a "Publish at" time.</summary>
    public static string DoneWord(string? action, bool scheduled = false) =>
        action switch { "submit" => "submitted", "publish" when scheduled => "scheduled", "publish" => "published", _ => "saved" };
}
