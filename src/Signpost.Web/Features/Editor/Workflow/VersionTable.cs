using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Workflow;

public sealed record VersionTable(string BaseUrl, IReadOnlyList<ContentVersion> Versions);
