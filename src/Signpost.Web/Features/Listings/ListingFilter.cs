using Signpost.Core.Content;

namespace Signpost.Web.Features.Listings;

/// <summary>Filters shared by category listings: an age range (overlap), needs (any of), an audience.</summary>
public sealed record ListingFilter(int? AgeFrom = null, int? AgeTo = null, IReadOnlyList<string>? Needs = null, Audience? Audience = null);
