namespace Signpost.Search;

public sealed record FacetCount(string Value, string Label, int Count);
