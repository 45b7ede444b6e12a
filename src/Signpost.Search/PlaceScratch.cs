namespace Signpost.Search;

/// <summary>
/// What a search's place stage fills, kept by its reader and reused by the next search: a radius search
/// allocated about 30 KB of box hits and distances each time. A search that once needed far more (the radius
/// doubled to take in most of the country) does not leave its reader holding that much.
/// </summary>
internal sealed class PlaceScratch
{
    /// <summary>Past this many rows a collection is not kept for the next search.</summary>
    private const int KeptRows = 4096;

    private List<(long Row, double Lat, double Lng)> located = [];
    private Dictionary<long, double> withinRadius = [];
    private Dictionary<long, double> wider = [];

    /// <summary>Venues in the box being measured; empty.</summary>
    public List<(long Row, double Lat, double Lng)> Located() => Fresh(ref located);

    /// <summary>Nearest distance by row within the asked radius; empty.</summary>
    public Dictionary<long, double> WithinRadius() => Fresh(ref withinRadius);

    /// <summary>The same for the wider radii tried when nothing matched within it; empty, and apart, so the first stays usable.</summary>
    public Dictionary<long, double> Wider() => Fresh(ref wider);

    private static List<T> Fresh<T>(ref List<T> list)
    {
        if (list.Capacity > KeptRows)
        {
            list = [];
        }

        list.Clear();
        return list;
    }

    private static Dictionary<long, double> Fresh(ref Dictionary<long, double> rows)
    {
        if (rows.Capacity > KeptRows)
        {
            rows = [];
        }

        rows.Clear();
        return rows;
    }
}
