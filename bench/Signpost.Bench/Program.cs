using System.Globalization;
using System.Text;
using System.Text.Json;
using Signpost.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = Cli.Parse(args);
if (options is null)
{
    Console.WriteLine(Cli.Usage);
    return 2;
}

var repo = BenchData.FindUp(AppContext.BaseDirectory, "Directory.sln") is { } sln ? Path.GetDirectoryName(sln)! : Directory.GetCurrentDirectory();
var benchRef = options.BenchRef ?? "/work/shared/bench-ref";
var queries = BenchData.ReadQueries(Path.Combine(benchRef, "queries.jsonl"));
var contentSeed = options.NoSynonyms ? null : BenchData.FindUp(repo, "content-seed");

if (options.Mode == "http")
{
    // Load an already running site: no store, no start, no stop.
    var seq = await HttpBench.SequentialAsync(options.Url!, queries);
    var load = await HttpBench.LoadAsync(options.Url!, queries, options.Connections, options.Seconds);
    Directory.CreateDirectory(options.Out);
    var path = Path.Combine(options.Out, $"http_{DateTime.UtcNow:yyyyMMdd'T'HHmmss}.json");
    File.WriteAllText(path, JsonSerializer.Serialize(new { url = options.Url, sequential = new { seq.LatencyMs, seq.ZeroResults, seq.Errors }, load }, Report.Json));
    Console.WriteLine($"wrote {path}");
    return load.Errors == 0 ? 0 : 1;
}

Directory.CreateDirectory(options.Out);
var dataDir = Path.Combine(Path.GetTempPath(), "bench-ref");
var dataPath = BenchData.EnsureData(benchRef, options.N, dataDir);
var startedAt = DateTime.UtcNow;
Console.WriteLine($"bench N={options.N} data {dataPath}; load average {Mem.LoadAverage()}; synonyms {(contentSeed is null ? "off" : "content-seed")}");

var synonyms = BenchData.LoadSynonyms(contentSeed);
EngineBench.Repeat = options.Repeat;
SiteProcess.MatchCacheSize = options.SiteMatchCache;
SiteProcess.ResultCacheSeconds = options.SiteResultCache;
var engine = options.SkipEngine ? null : EngineBench.Run(dataPath, queries, synonyms, contentSeed is not null, options.Diagnose);
EngineBench.Collect();

var reference = options.SkipReference ? null : ReferenceRun.Run(benchRef, dataPath, options.Out, options.N);

SiteResult? site = null;
if (!options.SkipHttp)
{
    site = await HttpBench.RunSiteAsync(repo, dataPath, options.N, queries, contentSeed, options.Connections, options.Seconds, options.ReuseStore, options.BuildSite, options.Out);
}

var report = new Report(options.N, startedAt, DateTime.UtcNow, queries, engine, reference, site);
var stem = Path.Combine(options.Out, $"bench_N{options.N}");
File.WriteAllText(stem + ".json", JsonSerializer.Serialize(report.ToJson(), Report.Json));
File.WriteAllText(stem + ".md", report.Markdown());
Console.WriteLine();
Console.WriteLine(report.Markdown());
Console.WriteLine($"wrote {stem}.json and {stem}.md");
return 0;
