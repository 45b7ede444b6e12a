namespace Signpost.Web.Features.Listings;

public sealed record CategoryTile(string Slug, string Name, string Description, int ServiceCount);
