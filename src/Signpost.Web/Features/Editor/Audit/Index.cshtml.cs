using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Data;
using Signpost.Web.Features.Account;

namespace Signpost.Web.Features.Editor.Audit;

/// <summary>The audit log, newest first, filtered by action, user and UK dates; 50 to a page.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(SignpostDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserEmail { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Bad filters are reported and left out; the log still shows, filtered by the rest.
        IQueryable<AuditEntry> query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrEmpty(ActionName))
        {
            if (AuditFilter.Actions.Contains(ActionName))
            {
                query = query.Where(e => e.Action == ActionName);
            }
            else
            {
                ModelState.AddModelError("action", "Select an action from the list");
            }
        }

        if (!string.IsNullOrWhiteSpace(UserEmail))
        {
            var email = UserEmail.Trim().ToLower();
            query = query.Where(e => e.UserEmail != null && e.UserEmail.ToLower().Contains(email));
        }

        DateOnly? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(From))
        {
            if (AuditFilter.TryParseDate(From, out var date))
            {
                from = date;
            }
            else
            {
                ModelState.AddModelError("from", "Date from must be a real date, like 2026-11-22 or 22/11/2026");
            }
        }

        if (!string.IsNullOrWhiteSpace(To))
        {
            if (AuditFilter.TryParseDate(To, out var date))
            {
                to = date;
            }
            else
            {
                ModelState.AddModelError("to", "Date to must be a real date, like 2026-11-22 or 22/11/2026");
            }
        }

        if (from is { } f && to is { } t && f > t)
        {
            ModelState.AddModelError("to", "Date to must be the same as or after date from");
            to = null;
        }

        if (from is { } start)
        {
            var utc = AuditFilter.StartOfUkDayUtc(start);
            query = query.Where(e => e.At >= utc);
        }

        if (to is { } end)
        {
            var utc = AuditFilter.StartOfUkDayUtc(end.AddDays(1));
            query = query.Where(e => e.At < utc);
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await query
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * AuditFilter.PageSize)
            .Take(AuditFilter.PageSize)
            .ToListAsync(cancellationToken);
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>();
        foreach (var (key, value) in new[] { ("action", ActionName), ("user", UserEmail), ("from", From), ("to", To) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query[key] = value;
            }
        }

        query["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/editor/audit", query);
    }
}
