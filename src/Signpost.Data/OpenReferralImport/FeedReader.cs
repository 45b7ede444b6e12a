using System.Text.Json;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Opens a feed file or folder and streams its service records, working out the layout when it is
/// not given: a folder with services.csv is the CSV layout; JSON records with 1.0-only fields
/// (eligibilitys, regular_schedules, service_taxonomys...) are ORUK 1.0, the rest 3.0. In a folder,
/// only files of services are read (not organization, taxonomy or service_at_location lists).
/// </summary>
public static class FeedReader
{
    private static readonly string[] NotServices = ["organization", "taxonom", "service_at_location", "api_details", "openapi", "meta"];

    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <summary>The files a path stands for, in a stable order: the file itself, or the service files of a folder.</summary>
    public static IReadOnlyList<string> ServiceFiles(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        return Directory.EnumerateFiles(path)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".json" or ".ndjson" or ".jsonl")
            .Where(f => !NotServices.Any(n => Path.GetFileName(f).StartsWith(n, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsCsvFolder(string path) =>
        Directory.Exists(path) && File.Exists(Path.Combine(path, "services.csv"));

    /// <summary>Every record of the feed, numbered from 1. A file that is not JSON ends with one item saying so.</summary>
    public static IEnumerable<FeedItem> Read(string path, FeedFormat? format, FeedPosition? position = null)
    {
        if (format == FeedFormat.Csv || (format is null && (IsCsvFolder(path) || Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))))
        {
            foreach (var item in CsvFeedReader.Read(File.Exists(path) ? Path.GetDirectoryName(Path.GetFullPath(path))! : path, position))
            {
                yield return item;
            }

            yield break;
        }

        var count = 0;
        var files = ServiceFiles(path);
        position?.Start(files);
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            position?.Reading(stream);
            using var records = JsonRecordStream.Read(stream).GetEnumerator();
            var more = true;
            while (more)
            {
                FeedItem? item = null;
                try
                {
                    more = records.MoveNext();
                    item = more ? ReadRecord(++count, records.Current, format) : null;
                }
                catch (JsonException ex)
                {
                    more = false;
                    item = new FeedItem(++count, format ?? FeedFormat.Oruk3, null, [$"{Path.GetFileName(file)} is not valid JSON from here on ({ex.Message}); the rest of the file was not read"]);
                }

                if (item is not null)
                {
                    yield return item;
                }
            }

            position?.Done(stream);
        }
    }

    public static FeedItem ReadRecord(int position, JsonElement record, FeedFormat? format)
    {
        var problems = new List<string>();
        var version = format ?? (Oruk1RecordReader.LooksLikeVersion1(record) ? FeedFormat.Oruk1 : FeedFormat.Oruk3);
        if (record.ValueKind != JsonValueKind.Object)
        {
            return new FeedItem(position, version, null, [$"the record is {record.ValueKind.ToString().ToLowerInvariant()}, not an object"]);
        }

        var service = version == FeedFormat.Oruk1 ? Oruk1RecordReader.Read(record, problems) : Oruk3RecordReader.Read(record, problems);
        return new FeedItem(position, version, service, problems);
    }
}
