using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;
using Signpost.Core.Feedback;
using Signpost.Data;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Feedback;

/// <summary>"Something wrong with this listing?": stored for the back office and sent straight to the people who can fix it.</summary>
public sealed class ReportProblemModel(
    ListingQueries listings, SignpostDbContext db, ListingProblemNotifier notifier, FeedbackRateLimiter limiter, TimeProvider clock) : PageModel
{
    public const int MaxDetailsLength = 1000;

    public static readonly IReadOnlyList<ChoiceOption> Problems =
        Enum.GetValues<ListingProblem>().Select(p => new ChoiceOption(p.ToString(), ListingProblemNotifier.Describe(p))).ToList();

    [BindProperty(Name = "problem")]
    public string? Problem { get; set; }

    [BindProperty(Name = "details")]
    public string? Details { get; set; }

    [BindProperty(Name = "website")]
    public string? Website { get; set; }

    public Service Service { get; private set; } = null!;

    public bool TooManyAttempts { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await listings.GetServiceAsync(slug, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await listings.GetServiceAsync(slug, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        if (!await limiter.TryAcquireAsync(HttpContext, "problem", cancellationToken))
        {
            TooManyAttempts = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            ModelState.AddModelError("", "We could not accept this report. Please check your answers and try again");
            return Page();
        }

        var problem = Enum.GetNames<ListingProblem>().Contains(Problem, StringComparer.Ordinal) ? Enum.Parse<ListingProblem>(Problem!) : (ListingProblem?)null;
        if (problem is null)
        {
            ModelState.AddModelError("problem", "Choose what is wrong with the listing");
        }

        var details = Details?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (details?.Length > MaxDetailsLength)
        {
            ModelState.AddModelError("details", $"The details must be {MaxDetailsLength:N0} characters or fewer");
        }
        else if (problem == ListingProblem.Other && string.IsNullOrEmpty(details))
        {
            ModelState.AddModelError("details", "Tell us what is wrong");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var report = new ListingProblemReport
        {
            ServiceId = service.Id,
            OrganisationId = service.OrganisationId,
            Problem = problem!.Value,
            Details = string.IsNullOrEmpty(details) ? null : details,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ListingProblemReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(report, service, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        return Redirect($"/services/{service.Slug}/report-a-problem/sent");
    }
}
