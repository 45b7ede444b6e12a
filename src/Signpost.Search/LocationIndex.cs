namespace Signpost.Search;

/// <summary>
/// Every service location in memory, sorted by latitude: a radius search binary-searches the latitude band of
/// its bounding box and checks longitude on the way. For the few tens of thousands of venues of a directory
/// this costs microseconds, where the R*Tree it replaces cost a B-tree lookup and an ADO.NET row per venue.
/// Written only under the index's write lock.
/// </summary>
internal sealed class LocationIndex
{
    private Entry[] entries = [];
    private int count;

    public int Count => count;

    /// <summary>Adds many locations at once, sorting once at the end (the bulk load).</summary>
    public void AddRange(IEnumerable<(long Row, double Latitude, double Longitude)> locations)
    {
        foreach (var (row, latitude, longitude) in locations)
        {
            Append(new Entry(latitude, longitude, row));
        }

        Array.Sort(entries, 0, count);
    }

    public void Add(long row, double latitude, double longitude)
    {
        var entry = new Entry(latitude, longitude, row);
        var at = LowerBound(latitude);
        Append(entry);
        Array.Copy(entries, at, entries, at + 1, count - 1 - at);
        entries[at] = entry;
    }

    public void RemoveRow(long row)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (entries[i].Row != row)
            {
                entries[kept++] = entries[i];
            }
        }

        count = kept;
    }

    public void InBox(double latLow, double latHigh, double lngLow, double lngHigh, List<(long Row, double Lat, double Lng)> found)
    {
        for (var i = LowerBound(latLow); i < count && entries[i].Latitude <= latHigh; i++)
        {
            var entry = entries[i];
            if (entry.Longitude >= lngLow && entry.Longitude <= lngHigh)
            {
                found.Add((entry.Row, entry.Latitude, entry.Longitude));
            }
        }
    }

    private void Append(Entry entry)
    {
        if (count == entries.Length)
        {
            Array.Resize(ref entries, Math.Max(256, count * 2));
        }

        entries[count++] = entry;
    }

    /// <summary>The first entry whose latitude is not below <paramref name="latitude"/>.</summary>
    private int LowerBound(double latitude)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (entries[mid].Latitude < latitude)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private readonly record struct Entry(double Latitude, double Longitude, long Row) : IComparable<Entry>
    {
        public int CompareTo(Entry other) => Latitude.CompareTo(other.Latitude);
    }
}
