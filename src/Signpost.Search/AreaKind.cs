namespace Signpost.Search;

internal enum AreaKind
{
    Locations,
    Localities,
    WholeArea,
    National,
}
