using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Signpost.Bench.Participation;
using Signpost.Core.Feedback;
using Signpost.Data;
using Signpost.Web.Features.Participation.Reports;

// Participation report bench: N synthetic responses in a real SQLite store, then the report's
// queries and aggregation (cold and warm, several filters) and the four exports, with time and memory.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var n = 100_000;
string? outDir = null;
var warmRuns = 5;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--n" when i + 1 < args.Length:
            n = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--out" when i + 1 < args.Length:
            outDir = args[++i];
            break;
        case "--warm" when i + 1 < args.Length:
            warmRuns = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        default:
            Console.WriteLine("usage: [--n 100000] [--out DIR] [--warm 5]");
            return 2;
    }
}

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
var folder = Directory.CreateTempSubdirectory("signpost-participation-bench-").FullName;
var file = Path.Combine(folder, "signpost.db");
var now = new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
Console.WriteLine($"participation bench N={n}; load average {load}; store {file}");

var write = await Measurement.TakeAsync("write store", async () =>
{
    var ids = await SyntheticFeedbackStore.WriteAsync(file, n, now);
    return $"{ids.ServiceIds.Length} services";
});
Console.WriteLine($"store written in {write.Milliseconds / 1000:0.0} s");
var (serviceIds, organisationIds, categoryIds) = await ReadIdsAsync(file);

ParticipationFilter Filter(string text) => new() { PeriodText = text, Description = [text], QueryString = "" };
var scenarios = new (string Name, ParticipationFilter Filter)[]
{
    ("All time, everyone", Filter("All time")),
    ("Last 12 months", Filter("12 months") with { FromUtc = now.AddMonths(-12) }),
    ("12 months, young people aged 14 to 15", Filter("12 months") with { FromUtc = now.AddMonths(-12), Respondent = RespondentType.YoungPerson, AgeBand = "14-15" }),
    ("One service, all time", Filter("service") with { ServiceId = serviceIds[7] }),
    ("Parent category (covers children), district WA7", Filter("category") with { CategoryId = categoryIds[2], District = "WA7" }),
    ("Organisation, parents, outcome, theme, 6 months", Filter("mix") with { FromUtc = now.AddMonths(-6), OrganisationId = organisationIds[3], Respondent = RespondentType.ParentCarer, Outcome = FeedbackOutcomes.LessWorried, ThemeSlug = "times" }),
};

var reportRows = new List<(string Scenario, string Responses, Measurement Cold, double WarmMedian, double WarmMin, double WarmAllocatedMb)>();
foreach (var (name, filter) in scenarios)
{
    // Cold: new pool, new connection, new context, so SQLite's page cache starts empty (the OS cache may not).
    SqliteConnection.ClearAllPools();
    string responses = "";
    var cold = await Measurement.TakeAsync(name, async () =>
    {
        await using var db = new SignpostDbContext(SyntheticFeedbackStore.Options(file));
        var report = ParticipationReportBuilder.Build(filter, await new ParticipationQueries(db).FiguresAsync(filter, CancellationToken.None));
        responses = report.Responses.Display;
        return responses;
    });
    var warm = new List<Measurement>();
    for (var run = 0; run < warmRuns; run++)
    {
        warm.Add(await Measurement.TakeAsync(name, async () =>
        {
            await using var db = new SignpostDbContext(SyntheticFeedbackStore.Options(file));
            return ParticipationReportBuilder.Build(filter, await new ParticipationQueries(db).FiguresAsync(filter, CancellationToken.None)).Responses.Display;
        }));
    }

    var sorted = warm.Select(w => w.Milliseconds).Order().ToList();
    reportRows.Add((name, responses, cold, sorted[sorted.Count / 2], sorted[0], warm.Average(w => w.AllocatedMb)));
    Console.WriteLine($"{name}: {responses} responses; cold {cold.Milliseconds:0} ms, warm median {sorted[sorted.Count / 2]:0} ms");
}

var everything = scenarios[0].Filter;
var exports = new List<Measurement>();
async Task<string> ExportAsync(string name, Func<Stream, SignpostDbContext, Task> write)
{
    var path = Path.Combine(folder, name);
    await using (var db = new SignpostDbContext(SyntheticFeedbackStore.Options(file)))
    await using (var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
    {
        await write(stream, db);
    }

    return $"{new FileInfo(path).Length / 1048576.0:0.0} MB";
}

exports.Add(await Measurement.TakeAsync("Figures CSV", () => ExportAsync("figures.csv", async (s, db) =>
    await ReportCsv.WriteAggregatesAsync(s, ParticipationReportBuilder.Build(everything, await new ParticipationQueries(db).FiguresAsync(everything, CancellationToken.None)), CancellationToken.None))));
exports.Add(await Measurement.TakeAsync("Figures XLSX", () => ExportAsync("figures.xlsx", async (s, db) =>
    ReportXlsx.WriteAggregates(s, ParticipationReportBuilder.Build(everything, await new ParticipationQueries(db).FiguresAsync(everything, CancellationToken.None))))));
exports.Add(await Measurement.TakeAsync("De-identified responses CSV", () => ExportAsync("responses.csv", (s, db) =>
    ReportCsv.WriteRowsAsync(s, DeidentifiedResponses.Columns, new DeidentifiedResponses(db, new ParticipationQueries(db)).RowsAsync(everything, CancellationToken.None), CancellationToken.None))));
exports.Add(await Measurement.TakeAsync("De-identified responses XLSX", () => ExportAsync("responses.xlsx", (s, db) =>
    ReportXlsx.WriteRowsAsync(s, DeidentifiedResponses.Columns, new DeidentifiedResponses(db, new ParticipationQueries(db)).RowsAsync(everything, CancellationToken.None), CancellationToken.None))));
foreach (var e in exports)
{
    Console.WriteLine($"{e.Name}: {e.Milliseconds:0} ms, {e.AllocatedMb:0.0} MB allocated, peak RSS {e.PeakRssMb:0} MB, {e.Note}");
}

var markdown = new StringBuilder();
markdown.AppendLine($"# Participation report bench, N = {n:N0} responses");
markdown.AppendLine();
markdown.AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores; load average at start `{load}`, at end `{(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown")}` (a shared machine: other builds and tests were running).");
markdown.AppendLine($"Store: SQLite via the site's migrations, {SyntheticFeedbackStore.Services} services, {SyntheticFeedbackStore.Organisations} organisations, {n:N0} deterministic responses over 24 months (about 80% approved), 0-2 themes each; written in {write.Milliseconds / 1000:0.0} s. `dotnet run -c Release --project bench/Signpost.Bench.Participation -- --n {n} --out bench/results`.");
markdown.AppendLine();
markdown.AppendLine("## Report: queries and aggregation");
markdown.AppendLine();
markdown.AppendLine("Every figure of the report page (14 GROUP BY queries in SQLite, then disclosure control). Cold: SQLite pools cleared, new connection. Warm: the same again; median and best of " + warmRuns + ". Peak RSS is the process's peak resident memory during the cold run.");
markdown.AppendLine();
markdown.AppendLine("| Filter | Responses counted | Cold (ms) | Warm median (ms) | Warm best (ms) | Allocated per run (MB) | Peak RSS (MB) |");
markdown.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var r in reportRows)
{
    markdown.AppendLine($"| {r.Scenario} | {r.Responses} | {r.Cold.Milliseconds:0} | {r.WarmMedian:0} | {r.WarmMin:0} | {r.WarmAllocatedMb:0.0} | {r.Cold.PeakRssMb:0} |");
}

markdown.AppendLine();
markdown.AppendLine("## Exports (all time, everyone)");
markdown.AppendLine();
markdown.AppendLine("Written to a file as the site does (the site then streams the file). Figures exports include the report's queries.");
markdown.AppendLine();
markdown.AppendLine("| Export | Time (ms) | Allocated (MB) | Peak RSS (MB) | File |");
markdown.AppendLine("| --- | ---: | ---: | ---: | ---: |");
foreach (var e in exports)
{
    markdown.AppendLine($"| {e.Name} | {e.Milliseconds:0} | {e.AllocatedMb:0.0} | {e.PeakRssMb:0} | {e.Note} |");
}

Console.WriteLine();
Console.WriteLine(markdown);
if (outDir is not null)
{
    Directory.CreateDirectory(outDir);
    var path = Path.Combine(outDir, $"participation_N{n}.md");
    File.WriteAllText(path, markdown.ToString());
    Console.WriteLine($"wrote {path}");
}

SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);
return 0;

static async Task<(Guid[] Services, Guid[] Organisations, Guid[] Categories)> ReadIdsAsync(string file)
{
    await using var db = new SignpostDbContext(SyntheticFeedbackStore.Options(file));
    var services = db.Services.OrderBy(s => s.Slug).Select(s => s.Id).ToArray();
    var organisations = db.Organisations.OrderBy(o => o.Slug).Select(o => o.Id).ToArray();
    var categories = db.TaxonomyTerms.Where(t => t.ParentId == null).OrderBy(t => t.Slug).Select(t => t.Id).ToArray();
    return (services, organisations, categories);
}
