namespace Signpost.Web.Features.Editor.Pages;

public sealed record PageParent(string Path, string Title);
