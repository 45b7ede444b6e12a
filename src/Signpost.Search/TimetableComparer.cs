namespace Signpost.Search;

/// <summary>Weekly timetables are equal when they hold equal sessions in the same order (sessions are records).</summary>
internal sealed class TimetableComparer : IEqualityComparer<SearchSession[]>
{
    public static readonly TimetableComparer Instance = new();

    public bool Equals(SearchSession[]? x, SearchSession[]? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(SearchSession[] timetable)
    {
        var hash = new HashCode();
        foreach (var session in timetable)
        {
            hash.Add(session);
        }

        return hash.ToHashCode();
    }
}
