using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Feedback;

/// <summary>The page after feedback is sent, changed or deleted. The receipt code is shown here once and is not kept anywhere that could show it again.</summary>
public sealed class ThankYouModel : PageModel
{
    public FeedbackConfirmationKind? Kind { get; private set; }

    public string? ReceiptCode { get; private set; }

    public bool Urgent { get; private set; }

    public void OnGet()
    {
        // The code is in the page only: never cached by the browser or a shared proxy.
        Response.Headers.CacheControl = "no-store";
        if (FeedbackConfirmation.Take(TempData) is { } confirmation)
        {
            (Kind, ReceiptCode, Urgent) = confirmation;
        }
    }
}
