using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>Version rows as every kind writes them, and what going live does to them.</summary>
public static class VersionFactory
{
    public static ContentVersion New<TSnapshot>(ContentKind kind, Guid id, Guid? organisationId, TSnapshot snapshot, string authorId, string authorName, DateTimeOffset at, string? comment)
        where TSnapshot : ISnapshot<TSnapshot> => new()
    {
        Kind = kind,
        ContentId = id,
        OrganisationId = organisationId,
        Title = snapshot.Title.Length <= 200 ? snapshot.Title : snapshot.Title[..200],
        Snapshot = snapshot.ToJson(),
        State = VersionState.Draft,
        AuthorId = authorId,
        AuthorName = authorName,
        CreatedAt = at.UtcDateTime,
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
    };

    /// <summary>
    /// Marks <paramref name="version"/> live and the one live before it superseded; with a
    /// <paramref name="reviewer"/> (publishing now, not a scheduled run) records who approved it and when.
    /// </summary>
    public static void MarkLive(IEnumerable<ContentVersion> all, ContentVersion version, System.Security.Claims.ClaimsPrincipal? reviewer, DateTimeOffset now)
    {
        foreach (var older in all.Where(v => v.State == VersionState.Published && v.Number != version.Number))
        {
            older.State = VersionState.Superseded;
        }

        version.State = VersionState.Published;
        if (reviewer is not null)
        {
            version.ReviewedById = EditorUser.Id(reviewer);
            version.ReviewedByName = EditorUser.Name(reviewer);
            version.ReviewedAt = now.UtcDateTime;
        }
    }
}
