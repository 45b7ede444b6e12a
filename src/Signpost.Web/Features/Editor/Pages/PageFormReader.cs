using System.Globalization;
using Signpost.Core.Editorial.Snapshots;
using SlugRule = Signpost.Core.Rules.Slug;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>Checks a posted page form and turns it into a snapshot, with GOV.UK-style messages keyed by field id.</summary>
public static class PageFormReader
{
    public const int SummaryMaxLength = 200;

    /// <summary>First parts of addresses the site's own features answer; a page there would never be reached.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "editor", "account", "api", "assets", "services", "categories", "search", "my-list", "young-people", "sitemap.xml", "health", "error",
    };

    public static (PageSnapshot? Snapshot, List<(string Key, string Message)> Errors) Read(PageForm form, IReadOnlyCollection<string> parentPaths)
    {
        var errors = new List<(string Key, string Message)>();
        var title = form.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(("Title", "Enter a title"));
        }
        else if (title.Length > 200)
        {
            errors.Add(("Title", "Title must be 200 characters or fewer"));
        }

        var slug = string.IsNullOrWhiteSpace(form.Slug) ? SlugRule.From(title) : form.Slug.Trim();
        var parent = form.ParentPath?.Trim().Trim('/') ?? "";
        if (title.Length > 0 && (!SlugRule.IsValid(slug) || slug.Length > 80))
        {
            errors.Add(("Slug", "Web address must be lower-case letters, numbers and hyphens, like what-is-camhs, and 80 characters or fewer"));
        }
        else if (parent.Length == 0 && Reserved.Contains(slug))
        {
            errors.Add(("Slug", $"/{slug} is used by another part of the site. Choose a different web address"));
        }

        if (parent.Length > 0 && !parentPaths.Contains(parent))
        {
            errors.Add(("ParentPath", "Choose a parent page from the list"));
        }

        var summary = (form.Summary ?? "").Trim();
        if (summary.Length > SummaryMaxLength)
        {
            errors.Add(("Summary", $"Summary must be {SummaryMaxLength} characters or fewer: it has {summary.Length}"));
        }

        var body = (form.Body ?? "").ReplaceLineEndings("\n").Trim();
        if (body.Length == 0)
        {
            errors.Add(("Body", "Enter the page's text"));
        }

        var sortOrder = 0;
        if (!string.IsNullOrWhiteSpace(form.SortOrder) && !int.TryParse(form.SortOrder.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out sortOrder))
        {
            errors.Add(("SortOrder", "Order must be a whole number, like 10"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var path = parent.Length == 0 ? slug : $"{parent}/{slug}";
        return (new PageSnapshot { Title = title, Path = path, Summary = summary, Body = body, SortOrder = sortOrder }, errors);
    }
}
