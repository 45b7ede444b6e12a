using Signpost.Core.Content;
using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Services;

public sealed record ServiceListRow(Guid Id, string Name, string Slug, string OrganisationName, ContentStatus Status, VersionState? LatestState, int? LatestNumber, DateOnly? ReviewBy);
