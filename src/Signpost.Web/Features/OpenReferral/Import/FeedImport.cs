using Signpost.Data;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>Reads a feed file or folder and imports it: the one path the command-line verb and the upload share.</summary>
public static class FeedImport
{
    public static Task<ImportReport> RunAsync(
        SignpostDbContext db, TimeProvider clock, string path, FeedFormat? format, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var position = new FeedPosition();
        var items = FeedReader.Read(path, format, position);
        return new OpenReferralImporter(db, clock).ImportAsync(items, options, progress, () => position.Fraction, cancellationToken);
    }

    public static FeedFormat? ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "oruk3" or "3" or "3.0" => FeedFormat.Oruk3,
        "oruk1" or "1" or "1.0" => FeedFormat.Oruk1,
        "csv" => FeedFormat.Csv,
        _ => throw new ArgumentException($"'{text}' is not a feed format: use oruk3, oruk1 or csv."),
    };

    /// <summary>The name a feed is remembered by when none is given: its file or folder name, so the same file imported again matches.</summary>
    public static string DefaultSource(string path) =>
        "file:" + Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
}
