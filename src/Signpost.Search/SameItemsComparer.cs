namespace Signpost.Search;

/// <summary>
/// Arrays are equal when they hold equal items in the same order: how the factory finds a timetable or a list of
/// labels it already keeps, without building a text key for each (the timetables' keys alone were 2.6 MB).
/// </summary>
internal sealed class SameItemsComparer<T> : IEqualityComparer<T[]>
{
    public static readonly SameItemsComparer<T> Instance = new();

    public bool Equals(T[]? x, T[]? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(T[] items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
