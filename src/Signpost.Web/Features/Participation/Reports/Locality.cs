namespace Signpost.Web.Features.Participation.Reports;

/// <summary>A town and the postcode districts reported as it.</summary>
public sealed record Locality(string Name, IReadOnlyList<string> Districts)
{
    public string Slug => Name.ToLowerInvariant().Replace(' ', '-');
}
