using Signpost.Core.Content;
using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Organisations;

public sealed record OrganisationListRow(Guid Id, string Name, bool IsTrusted, int Services, ContentStatus Status, VersionState? LatestState, int? LatestNumber);
