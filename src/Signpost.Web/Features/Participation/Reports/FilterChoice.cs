namespace Signpost.Web.Features.Participation.Reports;

/// <summary>One option of a filter list; <see cref="IsChild"/> indents a child category under its parent. Themes are keyed by slug alone.</summary>
public sealed record FilterChoice(Guid? Id, string Slug, string Name, bool IsChild = false);
