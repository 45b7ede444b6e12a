namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>The links between one item's editor pages; <see cref="Current"/> is the text of the page shown.</summary>
public sealed record ItemTabs(string BaseUrl, string Current, bool HasPreview);
