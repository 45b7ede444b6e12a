namespace Signpost.Core.Feedback;

/// <summary>The age bands a person may give; young people's bands follow school phases, SEND support runs to 25.</summary>
public static class FeedbackAgeBands
{
    public static readonly IReadOnlyList<string> All = ["under-11", "11-13", "14-15", "16-17", "18-19", "20-25", "over-25"];

    public static bool IsKnown(string? band) => band is not null && All.Contains(band);

    public static string Label(string band) => band switch
    {
        "under-11" => "Under 11",
        "over-25" => "Over 25",
        _ => band.Replace("-", " to ", StringComparison.Ordinal),
    };
}
