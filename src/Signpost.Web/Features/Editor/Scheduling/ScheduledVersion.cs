using System.Security.Claims;
using Signpost.Core.Editorial;
using Signpost.Data;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>The version rules of a scheduled publish, the same for every kind.</summary>
public static class ScheduledVersion
{
    /// <summary>
    /// The version counts as approved (Published, with its reviewer) but the row is untouched until
    /// the job runs the schedule. Only adds to the context: the caller's one save writes both, so
    /// there is never one without the other.
    /// </summary>
    public static void ApproveForLater(SignpostDbContext db, ContentVersion version, ClaimsPrincipal user, DateTime runAtUtc, DateTimeOffset now)
    {
        version.State = VersionState.Published;
        version.ReviewedById = EditorUser.Id(user);
        version.ReviewedByName = EditorUser.Name(user);
        version.ReviewedAt = now.UtcDateTime;
        db.ScheduledActions.Add(new ScheduledAction
        {
            Kind = version.Kind,
            ContentId = version.ContentId,
            Action = ScheduledActionType.Publish,
            VersionNumber = version.Number,
            RunAt = DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc),
            CreatedById = EditorUser.Id(user),
        });
    }

    /// <summary>
    /// At run time: the version to publish, or why not. A newer approved version (live or itself
    /// scheduled) wins, since publishing this one would put older content back; such a version is
    /// marked superseded (the caller saves) so it does not look approved-but-waiting for ever.
    /// </summary>
    public static (ContentVersion? Version, string? Refusal) ToPublish(IReadOnlyList<ContentVersion> all, int number)
    {
        if (all.FirstOrDefault(v => v.Number == number) is not { } version)
        {
            return (null, $"Not run: version {number} does not exist");
        }

        var newer = all.FirstOrDefault(v => v.Number > number && v.State is VersionState.Published or VersionState.Superseded);
        if (newer is not null || version.State == VersionState.Superseded)
        {
            if (version.State == VersionState.Published)
            {
                version.State = VersionState.Superseded;
            }

            return (null, newer is not null ? $"Not published: version {number} was superseded by version {newer.Number}, approved meanwhile" : $"Not published: version {number} was superseded meanwhile");
        }

        return version.State == VersionState.Published ? (version, null) : (null, $"Not published: version {number} is no longer approved");
    }

    /// <summary>Leaves out versions approved to go live later: they are Published but not what the public sees until their schedule runs.</summary>
    public static IQueryable<ContentVersion> LiveOrPast(this IQueryable<ContentVersion> versions, SignpostDbContext db) =>
        versions.Where(v => !db.ScheduledActions.Any(a => a.Kind == v.Kind && a.ContentId == v.ContentId && a.VersionNumber == v.Number
            && a.Action == ScheduledActionType.Publish && a.CompletedAt == null && !a.Cancelled));
}
