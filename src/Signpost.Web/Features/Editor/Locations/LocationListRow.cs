using Signpost.Core.Content;
using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Locations;

public sealed record LocationListRow(Guid Id, string Name, string Address, int Organisations, ContentStatus Status, VersionState? LatestState, int? LatestNumber);
