namespace Signpost.Search;

/// <summary>Schedule rules for "open now", day-of-week and time-of-day filters, in UK local time.</summary>
internal static class OpeningTimes
{
    private static readonly TimeOnly Noon = new(12, 0);
    private static readonly TimeOnly FivePm = new(17, 0);

    /// <summary>
    /// Open at <paramref name="at"/>: a session runs that day (within its valid dates) and spans the time,
    /// and the day is not a closure. No sessions means never open; a session closing at null is open to midnight;
    /// one closing before it opens runs past midnight into the next day.
    /// </summary>
    public static bool IsOpen(IndexedService service, DateTime at)
    {
        var date = DateOnly.FromDateTime(at);
        var time = TimeOnly.FromDateTime(at);
        var yesterday = date.AddDays(-1);
        foreach (var session in service.Source.Sessions ?? [])
        {
            var overnight = session.Closes is { } c && c <= session.Opens && c != TimeOnly.MinValue;
            if (Runs(session, date) && Array.IndexOf(service.Closures, date) < 0
                && time >= session.Opens && (overnight || session.Closes is null || session.Closes == TimeOnly.MinValue || time < session.Closes))
            {
                return true;
            }

            if (overnight && Runs(session, yesterday) && Array.IndexOf(service.Closures, yesterday) < 0 && time < session.Closes)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Has a current session on one of <paramref name="days"/> (any day when empty) in the part of the day asked for.</summary>
    public static bool HasSession(IndexedService service, IReadOnlyList<DayOfWeek> days, TimeOfDay? part, DateOnly today)
    {
        foreach (var session in service.Source.Sessions ?? [])
        {
            if (session.ValidTo is { } to && today != default && to < today)
            {
                continue;
            }

            if (days.Count > 0 && !days.Contains(session.Day))
            {
                continue;
            }

            if (part is null || InPart(session, part.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InPart(SearchSession session, TimeOfDay part)
    {
        var runsToMidnight = session.Closes is null || session.Closes == TimeOnly.MinValue || session.Closes <= session.Opens;
        return part switch
        {
            TimeOfDay.Morning => session.Opens < Noon,
            TimeOfDay.Afternoon => session.Opens < FivePm && (runsToMidnight || session.Closes > Noon),
            _ => runsToMidnight || session.Closes > FivePm,
        };
    }

    private static bool Runs(SearchSession session, DateOnly date) =>
        session.Day == date.DayOfWeek
        && (session.ValidFrom is null || date >= session.ValidFrom)
        && (session.ValidTo is null || date <= session.ValidTo);
}
