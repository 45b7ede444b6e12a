using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Dashboard;

public sealed record DashboardItem(Guid ServiceId, string Title, int Number, VersionState State, string AuthorName, DateTime At, string? Comment, string? ReviewedByName)
{
    public static DashboardItem From(ContentVersion v) => new(v.ContentId, v.Title, v.Number, v.State, v.AuthorName, v.ReviewedAt ?? v.CreatedAt, v.Comment, v.ReviewedByName);
}
