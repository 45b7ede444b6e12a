using Microsoft.AspNetCore.Mvc;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// "Change your answers": the form filled with what was given. The code comes in every post
/// (a hidden field), and is checked again each time, so the form cannot change anyone else's.
/// </summary>
public sealed class ReceiptChangeModel(ReceiptLookup lookup, FeedbackSubmission submission) : FeedbackFormPage
{
    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    public string? ServiceName { get; private set; }

    public IActionResult OnGet() => Redirect("/feedback/receipt");

    /// <summary>From the receipt page: shows the form with the stored answers.</summary>
    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(cancellationToken);
        if (opened.Response is not { } response)
        {
            return NotOpened(opened.Status);
        }

        ModelState.Clear();
        Load(response, await lookup.ReplyEmailAsync(response.Id, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(cancellationToken);
        if (opened.Response is not { } response)
        {
            return NotOpened(opened.Status);
        }

        if (ValidateAnswers() is not { } answers)
        {
            return Page();
        }

        var urgent = await submission.ChangeAsync(response, answers, ServiceName, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        FeedbackConfirmation.Set(TempData, FeedbackConfirmationKind.Changed, null, urgent && response.SafeguardingReviewedAt is null);
        return RedirectToPage("/Feedback/ThankYou");
    }

    private async Task<ReceiptLookupResult> OpenAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var opened = await lookup.OpenAsync(HttpContext, Code, cancellationToken);
        if (opened.Response is { } response)
        {
            Code = opened.Code;
            ServiceName = (await lookup.ServiceAsync(response.ServiceId, cancellationToken))?.Name;
        }

        return opened;
    }

    // Expired since the receipt page, or a forged code: start again with the same message as a wrong code.
    private IActionResult NotOpened(ReceiptLookupStatus status) =>
        status == ReceiptLookupStatus.TooManyAttempts ? TooMany() : RedirectToPage("/Feedback/Receipt");
}
