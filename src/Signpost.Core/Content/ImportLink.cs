using Signpost.Core.Editorial;

namespace Signpost.Core.Content;

/// <summary>
/// Which feed record a service, organisation or venue was imported from. Unique per kind, source and
/// source id, so importing the same feed again finds the row instead of making a second one. A link
/// table rather than columns: only imported rows have one, and the content tables stay as they are.
/// </summary>
public class ImportLink
{
    public ContentKind Kind { get; set; }

    /// <summary>The feed, e.g. "oruk:council.example.gov.uk" or a file name; chosen by whoever runs the import.</summary>
    public required string Source { get; set; }

    /// <summary>The record's id in the feed.</summary>
    public required string SourceId { get; set; }

    public Guid ContentId { get; set; }

    /// <summary>A hash of what was imported last time, so an unchanged record is recognised without comparing every field.</summary>
    public required string ContentHash { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ImportedAt { get; set; }
}
