namespace Signpost.Core.Content;

/// <summary>Where a service is available: coverage, not only the venues it runs from.</summary>
public enum ServiceAreaType
{
    Locations,
    Localities,
    WholeArea,
    National,
}
