using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>The page form as posted. The address is split as editors think of it: a parent page and this page's own last part.</summary>
public sealed class PageForm
{
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? ParentPath { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? SortOrder { get; set; }
    public int BaseVersion { get; set; }
    public string? Comment { get; set; }

    public static PageForm From(PageSnapshot snapshot, int baseVersion)
    {
        var cut = snapshot.Path.LastIndexOf('/');
        return new PageForm
        {
            Title = snapshot.Title,
            Slug = cut < 0 ? snapshot.Path : snapshot.Path[(cut + 1)..],
            ParentPath = cut < 0 ? "" : snapshot.Path[..cut],
            Summary = snapshot.Summary,
            Body = snapshot.Body,
            SortOrder = snapshot.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
            BaseVersion = baseVersion,
        };
    }
}
