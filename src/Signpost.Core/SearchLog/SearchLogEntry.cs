namespace Signpost.Core.SearchLog;

/// <summary>
/// A search someone made: the words, the filters and how many results it found. No personal
/// data: a postcode is kept only as its district, and nothing identifies the searcher.
/// </summary>
public class SearchLogEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string Text { get; set; } = "";
    public string? PlaceDistrict { get; set; }
    public string Filters { get; set; } = "";
    public int ResultCount { get; set; }
    public string Source { get; set; } = "site";
}
