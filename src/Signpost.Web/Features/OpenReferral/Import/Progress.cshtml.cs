using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Web.Features.Account;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>An import's progress while it runs (the page refreshes itself, no JavaScript needed) and its report when it ends.</summary>
[Authorize(Policy = Policies.EditorArea, Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class ProgressModel(ImportJobs jobs) : PageModel
{
    /// <summary>How many skipped or warned records the page lists; the counts cover them all.</summary>
    public const int ListedRecords = 500;

    public ImportJob Job { get; private set; } = null!;

    public IActionResult OnGet(Guid id)
    {
        if (jobs.Find(id) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }
}
