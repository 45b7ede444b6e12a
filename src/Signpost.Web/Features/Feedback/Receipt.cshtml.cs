using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// "See, change or delete your feedback": the code is typed and posted, never put in the address,
/// so it does not end up in logs or history; the next steps carry it in their forms.
/// </summary>
public sealed class ReceiptModel(ReceiptLookup lookup) : PageModel
{
    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    public FeedbackResponse? Feedback { get; private set; }

    public string? ReplyEmail { get; private set; }

    public string? ServiceName { get; private set; }

    public bool TooManyAttempts { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError("code", "Enter your receipt code");
            return Page();
        }

        var opened = await lookup.OpenAsync(HttpContext, Code, cancellationToken);
        switch (opened.Status)
        {
            case ReceiptLookupStatus.TooManyAttempts:
                TooManyAttempts = true;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
            case ReceiptLookupStatus.NotFound:
                ModelState.AddModelError("code", ReceiptLookup.NotFoundMessage);
                return Page();
        }

        Feedback = opened.Response;
        Code = opened.Code;
        ReplyEmail = await lookup.ReplyEmailAsync(Feedback!.Id, cancellationToken);
        ServiceName = (await lookup.ServiceAsync(Feedback.ServiceId, cancellationToken))?.Name;
        return Page();
    }
}
