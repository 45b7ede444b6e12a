using System.Diagnostics;
using System.Runtime;
using Signpost.Core.Rules;
using Signpost.Search;

namespace Signpost.Bench;

public sealed class EnginePass
{
    public required bool IncludeFacets { get; init; }
    public required double WarmupSeconds { get; init; }
    public required double TimedSeconds { get; init; }
    public required Dictionary<string, LatencySummary> LatencyMs { get; init; }
    public required int ZeroResults { get; init; }
    public required Dictionary<string, int> ZeroResultsByClass { get; init; }
    public required int Corrected { get; init; }
    public required int MatchedAnyWord { get; init; }
    public required double[] PerQueryMs { get; init; }
    public required int[] Totals { get; init; }

    /// <summary>What this pass changed in the requests (diagnosis passes only).</summary>
    public string Variant { get; init; } = "as the page asks";
}

public sealed class EngineResult
{
    public required int Services { get; init; }
    public required int Locations { get; init; }
    public required bool Synonyms { get; init; }
    public required double ParseSeconds { get; init; }
    public required double MapSeconds { get; init; }
    public required double BuildSeconds { get; init; }
    public required long RssBaselineKb { get; init; }
    public required long RssAfterBuildKb { get; init; }
    public required long RssEngineOnlyKb { get; init; }
    public required long ManagedHeapEngineOnlyBytes { get; init; }
    public required long VmHwmKb { get; init; }
    public required List<EnginePass> Passes { get; init; }

    /// <summary>Threads -> queries a second over the whole mix (facets on), from the same index at once.</summary>
    public Dictionary<int, double> ThroughputByThreads { get; init; } = [];
    public required string LoadAverageAtStart { get; init; }
}

public static class EngineBench
{
    /// <summary>Timed passes per variant; each query's latency is its minimum over them (1 = bench-ref's single timed pass).</summary>
    public static int Repeat { get; set; } = 1;

    public static EngineResult Run(string dataPath, List<BenchQuery> queries, SynonymSet synonyms, bool synonymsOn, bool diagnose)
    {
        var load = Mem.LoadAverage();
        Collect();
        var baseline = Mem.Status()["VmRSS"];

        var watch = Stopwatch.StartNew();
        var services = BenchData.ReadServices(dataPath).ToList();
        var parse = watch.Elapsed.TotalSeconds;
        var locations = services.Sum(s => s.Locations.Count);
        var serviceCount = services.Count;

        watch.Restart();
        var documents = services.Select(BenchData.ToDocument).ToList();
        var map = watch.Elapsed.TotalSeconds;
        services = null;
        Collect();

        Console.WriteLine($"engine: {documents.Count} services ({locations} locations) parsed in {parse:0.00} s, mapped in {map:0.00} s; building ...");
        watch.Restart();
        var index = SearchIndex.Build(documents, synonyms);
        var build = watch.Elapsed.TotalSeconds;
        var afterBuild = Mem.Status()["VmRSS"];
        documents = null;
        Collect();
        var engineOnly = Mem.Status()["VmRSS"];
        var heap = GC.GetTotalMemory(false);
        Console.WriteLine($"engine: build {build:0.00} s; RSS {Mem.Mb(engineOnly):0} MB after build with the input released (baseline {Mem.Mb(baseline):0} MB)");

        var passes = new List<EnginePass>();
        var throughput = new Dictionary<int, double>();
        long hwm;
        try
        {
            // The mix repeats in the warm-up and timed passes, so a match cache would answer the timed pass from
            // memory: the headline passes turn it off so every query does the whole work, as raw FTS5 does.
            var matchCacheSize = index.MatchCacheSize;
            index.MatchCacheSize = 0;
            foreach (var facets in new[] { true, false })
            {
                passes.Add(RunPass(index, queries, facets));
            }

            index.MatchCacheSize = matchCacheSize;
            passes.Add(RunPass(index, queries, true, null, "facets on, match cache on (every query already seen: repeat traffic)"));

            if (diagnose)
            {
                // Attribution through the public API only: facets off plus one more thing turned off each time.
                passes.Add(RunPass(index, queries, false, r => r with { CorrectSpelling = false }, "facets off, no spelling correction"));
                passes.Add(RunPass(index, queries, false, r => r with { PageSize = 1 }, "facets off, page size 1 (1 snippet instead of 20)"));
                passes.Add(RunPass(index, queries, false, r => r with { PageSize = 1, CorrectSpelling = false }, "facets off, page size 1, no spelling correction"));
                foreach (var threads in new[] { 1, 2, 4 })
                {
                    throughput[threads] = Throughput(index, queries, threads, TimeSpan.FromSeconds(10));
                }
            }
        }
        finally
        {
            hwm = Mem.Status()["VmHWM"];
            index.Dispose();
        }

        return new EngineResult
        {
            Services = serviceCount,
            Locations = locations,
            Synonyms = synonymsOn,
            ParseSeconds = parse,
            MapSeconds = map,
            BuildSeconds = build,
            RssBaselineKb = baseline,
            RssAfterBuildKb = afterBuild,
            RssEngineOnlyKb = engineOnly,
            ManagedHeapEngineOnlyBytes = heap,
            VmHwmKb = hwm,
            Passes = passes,
            ThroughputByThreads = throughput,
            LoadAverageAtStart = load,
        };
    }

    private static EnginePass RunPass(SearchIndex index, List<BenchQuery> queries, bool facets, Func<SearchRequest, SearchRequest>? change = null, string? variant = null)
    {
        var now = UkTime.Now(TimeProvider.System);
        var requests = queries.Select(q => BenchData.ToRequest(q, facets, now)).Select(change ?? (r => r)).ToList();

        // one untimed warm-up pass, then one timed pass, as bench-ref does
        var warm = Stopwatch.StartNew();
        foreach (var r in requests)
        {
            index.Search(r);
        }

        var warmSeconds = warm.Elapsed.TotalSeconds;
        Collect();

        var lat = new double[queries.Count];
        var totals = new int[queries.Count];
        var corrected = 0;
        var anyWord = 0;
        Array.Fill(lat, double.MaxValue);
        var pass = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < Repeat; round++)
        {
            corrected = anyWord = 0;
            for (var i = 0; i < requests.Count; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                var response = index.Search(requests[i]);
                lat[i] = Math.Min(lat[i], Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                totals[i] = response.Total;
                corrected += response.CorrectedText is null ? 0 : 1;
                anyWord += response.MatchedAnyWord ? 1 : 0;
            }
        }

        var passSeconds = pass.Elapsed.TotalSeconds / Repeat;
        var allocatedKb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / Repeat / requests.Count;
        var stats = Stats.ByClass(queries, lat);
        var all = stats["all"];
        Console.WriteLine($"engine {variant ?? (facets ? "facets on" : "facets off")}: p50 {all.P50:0.000} p90 {all.P90:0.000} p99 {all.P99:0.000} mean {all.Mean:0.000} ms; " +
                          $"zero-result {totals.Count(t => t == 0)}; pass {passSeconds:0.00} s (warm-up {warmSeconds:0.00} s); {allocatedKb:0.0} KB allocated per search");
        return new EnginePass
        {
            IncludeFacets = facets,
            WarmupSeconds = warmSeconds,
            TimedSeconds = passSeconds,
            LatencyMs = stats,
            ZeroResults = totals.Count(t => t == 0),
            ZeroResultsByClass = Stats.Classes.ToDictionary(c => c, c => Enumerable.Range(0, queries.Count).Count(i => queries[i].Cls == c && totals[i] == 0)),
            Corrected = corrected,
            MatchedAnyWord = anyWord,
            PerQueryMs = lat,
            Totals = totals,
            Variant = variant ?? (facets ? "facets on (as the page asks)" : "facets off"),
        };
    }

    /// <summary>
    /// Queries a second when <paramref name="threads"/> threads search the same index at once (facets on), each cycling
    /// the mix from its own offset, for a fixed time. If searches ran in parallel, 2 threads would do about twice 1 on 2 cores.
    /// </summary>
    private static double Throughput(SearchIndex index, List<BenchQuery> queries, int threads, TimeSpan duration)
    {
        var now = UkTime.Now(TimeProvider.System);
        var requests = queries.Select(q => BenchData.ToRequest(q, true, now)).ToArray();
        var done = 0L;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var i = t * (requests.Length / threads);
            var mine = 0L;
            while (clock.Elapsed < duration && mine < 10_000_000)
            {
                index.Search(requests[i++ % requests.Length]);
                mine++;
            }

            Interlocked.Add(ref done, mine);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var qps = done / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"engine throughput, {threads} thread(s): {qps:0} queries/s (load average {Mem.LoadAverage()})");
        return qps;
    }

    public static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
