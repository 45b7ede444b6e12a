namespace Signpost.Web.Features.Editor.Preview;

/// <summary>A published service an organisation or venue preview can be shown on.</summary>
public sealed record ServiceChoice(string Slug, string Name);
