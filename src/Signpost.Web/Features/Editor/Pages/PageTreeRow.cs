using Signpost.Core.Content;
using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>One page in the tree: its depth (0 at the top), what the public sees, and where its newest version stands.</summary>
public sealed record PageTreeRow(Guid Id, string Path, string Title, int Depth, ContentStatus Status, VersionState? LatestState, int? LatestNumber);
