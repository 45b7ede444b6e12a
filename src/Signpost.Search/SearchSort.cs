namespace Signpost.Search;

public enum SearchSort
{
    Relevance,
    Distance,
}
