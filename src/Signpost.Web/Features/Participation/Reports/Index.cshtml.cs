using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The participation report: a GET filter form, and every figure as a chart with its data table, after disclosure control.</summary>
public sealed class IndexModel(ParticipationReports reports) : PageModel
{
    public FilterReading Reading { get; private set; } = null!;

    public ParticipationReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Reading, Report) = await reports.ForQueryAsync(Request.Query, cancellationToken);
        foreach (var (key, message) in Reading.Errors)
        {
            ModelState.AddModelError(key, message);
        }
    }
}
