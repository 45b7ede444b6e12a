using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;

namespace Signpost.Web.Features.Editor.Review;

/// <summary>A submission in the queue, with what it would change on the public page.</summary>
public sealed record ReviewItem(ContentVersion Version, string OrganisationName, bool IsNewService, IReadOnlyList<FieldChange> Changes);
