namespace Signpost.Web.Features.Editor.Pages;

/// <summary>The form and the pages it may go under (the page itself and its descendants left out).</summary>
public sealed record PageFormView(PageForm Form, IReadOnlyList<PageParent> Parents);
