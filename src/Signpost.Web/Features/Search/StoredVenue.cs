using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>A venue as the search documents need it: where it is and its accessibility features.</summary>
internal sealed record StoredVenue(SearchLocation Location, string[] Accessibility);
