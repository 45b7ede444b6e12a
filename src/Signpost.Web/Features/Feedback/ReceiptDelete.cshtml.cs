using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Feedback;

/// <summary>"Delete your feedback": asks once, then removes everything, including the reply email and any themes.</summary>
public sealed class ReceiptDeleteModel(ReceiptLookup lookup, FeedbackSubmission submission) : PageModel
{
    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    public bool TooManyAttempts { get; private set; }

    public IActionResult OnGet() => Redirect("/feedback/receipt");

    /// <summary>From the receipt page: the "are you sure" step.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken) is { } problem ? problem : Page();

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var opened = await lookup.OpenAsync(HttpContext, Code, cancellationToken);
        if (opened.Response is not { } response)
        {
            return NotOpened(opened.Status);
        }

        await submission.DeleteAsync(response.Id, cancellationToken);
        FeedbackConfirmation.Set(TempData, FeedbackConfirmationKind.Deleted, null, false);
        return RedirectToPage("/Feedback/ThankYou");
    }

    private async Task<IActionResult?> OpenAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var opened = await lookup.OpenAsync(HttpContext, Code, cancellationToken);
        Code = opened.Code;
        return opened.Response is null ? NotOpened(opened.Status) : null;
    }

    private IActionResult NotOpened(ReceiptLookupStatus status)
    {
        if (status != ReceiptLookupStatus.TooManyAttempts)
        {
            return RedirectToPage("/Feedback/Receipt");
        }

        TooManyAttempts = true;
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }
}
