namespace Signpost.Search;

/// <summary>Morning is a session starting before 12:00, afternoon overlaps 12:00-17:00, evening runs past 17:00.</summary>
public enum TimeOfDay
{
    Morning,
    Afternoon,
    Evening,
}
