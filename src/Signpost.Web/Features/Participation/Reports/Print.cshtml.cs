using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The report laid out as a participation report for printing or saving as PDF from the browser.</summary>
public sealed class PrintModel(ParticipationReports reports) : PageModel
{
    public ParticipationReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (reading, report) = await reports.ForQueryAsync(Request.Query, cancellationToken);
        if (reading.Errors.Count > 0)
        {
            // The form with its error summary is on the report page.
            return Redirect("/editor/participation" + reading.Filter.QueryString);
        }

        Report = report;
        return Page();
    }
}
