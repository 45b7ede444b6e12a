using Signpost.Core.Content;

namespace Signpost.Data.Seed;

/// <summary>Everything read from a content-seed folder, validated and linked, ready to import.</summary>
public sealed class SeedContent
{
    public List<Organisation> Organisations { get; } = [];
    public List<Location> Locations { get; } = [];
    public List<TaxonomyTerm> Terms { get; } = [];
    public List<Service> Services { get; } = [];
    public List<Page> Pages { get; } = [];
    public List<PostcodePoint> Postcodes { get; } = [];
    public List<Place> Places { get; } = [];
    public List<SynonymGroup> SynonymGroups { get; } = [];
}
