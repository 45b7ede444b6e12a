using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Signpost.Bench;

public sealed class Report(int n, DateTime started, DateTime finished, List<BenchQuery> queries, EngineResult? engine, ReferenceResult? reference, SiteResult? site)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static string F(double v) => double.IsNaN(v) ? "-" : v >= 100 ? v.ToString("0", CultureInfo.InvariantCulture) : v >= 10 ? v.ToString("0.0", CultureInfo.InvariantCulture) : v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Met(bool ok) => ok ? "met" : "**missed**";

    public object ToJson() => new
    {
        n,
        started_utc = started,
        finished_utc = finished,
        machine = new { cpus = Environment.ProcessorCount, os = Environment.OSVersion.ToString(), runtime = Environment.Version.ToString() },
        engine = engine is null ? null : new
        {
            engine.Services, engine.Locations, engine.Synonyms, engine.ParseSeconds, engine.MapSeconds, engine.BuildSeconds,
            engine.RssBaselineKb, engine.RssAfterBuildKb, engine.RssEngineOnlyKb, engine.ManagedHeapEngineOnlyBytes, engine.VmHwmKb,
            engine.LoadAverageAtStart,
            timed_passes_per_query = EngineBench.Repeat,
            throughput_by_threads = engine.ThroughputByThreads,
            passes = engine.Passes.Select(p => new
            {
                p.Variant, p.IncludeFacets, p.WarmupSeconds, p.TimedSeconds, p.LatencyMs, p.ZeroResults, p.ZeroResultsByClass, p.Corrected, p.MatchedAnyWord,
                per_query_ms = p.PerQueryMs, totals = p.Totals,
            }),
        },
        reference = reference is null ? null : new { reference.BuildSeconds, reference.LatencyMs, reference.ZeroResults, reference.MaxRssMb, reference.RssAfterBuildMb, reference.LoadAverageAtStart, reference.SummaryLine },
        published_reference = Published.Figures.GetValueOrDefault(n),
        site = site is null ? null : new
        {
            site.StoreWriteSeconds, site.StartToHealthySeconds, site.IndexBuildMs, site.IndexedServices, site.RssAfterStartKb, site.RssAfterLoadKb, site.VmHwmKb,
            site.CoresBusyDuringLoad, site.LoadAverageAtStart,
            sequential = new { site.Sequential.LatencyMs, site.Sequential.ZeroResults, site.Sequential.Errors, site.Sequential.SiteEngineMs, site.Sequential.SitePlaceMs, site.Sequential.LiveMs, totals = site.Sequential.Totals },
            load = site.Load,
        },
    };

    public string Markdown()
    {
        var sb = new StringBuilder();
        var on = engine?.Passes.FirstOrDefault(p => p.IncludeFacets);
        var off = engine?.Passes.Skip(1).FirstOrDefault(p => !p.IncludeFacets);
        sb.AppendLine($"## Signpost search bench, N={n:N0} ({started:yyyy-MM-dd HH:mm} UTC, {(finished - started).TotalMinutes:0.0} min)");
        sb.AppendLine();
        sb.AppendLine($"Machine: {Environment.ProcessorCount} CPUs, .NET {Environment.Version}. Load average at phase start: engine {engine?.LoadAverageAtStart ?? "-"}, " +
                      $"reference {reference?.LoadAverageAtStart ?? "-"}, site {site?.LoadAverageAtStart ?? "-"}. Synonyms: {(engine?.Synonyms == true ? "content-seed/synonyms.yaml" : "none")}. " +
                      $"Engine latency, match cache off: {(EngineBench.Repeat == 1 ? "one timed pass after one warm-up pass (as bench-ref)" : $"fastest of {EngineBench.Repeat} timed passes per query, after one warm-up pass")}.");
        sb.AppendLine();

        // targets
        sb.AppendLine("### Targets");
        sb.AppendLine();
        sb.AppendLine("| figure | target | measured | |");
        sb.AppendLine("|---|---|---|---|");
        if (on is not null)
        {
            var a = on.LatencyMs["all"];
            if (n == 200_000)
            {
                sb.AppendLine($"| engine p50 (facets on) | <= 5 ms | {F(a.P50)} ms | {Met(a.P50 <= 5)} |");
                sb.AppendLine($"| engine p99 (facets on) | <= 60 ms | {F(a.P99)} ms | {Met(a.P99 <= 60)} |");
            }
            else
            {
                var t = n == 50_000 ? "" : " (50k target)";
                sb.AppendLine($"| engine p50 (facets on) | <= 1.0 ms{t} | {F(a.P50)} ms | {Met(a.P50 <= 1.0)} |");
                sb.AppendLine($"| engine p90 (facets on) | <= 5 ms{t} | {F(a.P90)} ms | {Met(a.P90 <= 5)} |");
                sb.AppendLine($"| engine p99 (facets on) | <= 15 ms{t} | {F(a.P99)} ms | {Met(a.P99 <= 15)} |");
            }

            sb.AppendLine($"| zero-result queries | <= 50 of 1,000 | {on.ZeroResults} | {Met(on.ZeroResults <= 50)} |");
            sb.AppendLine($"| index build (in-process, SearchIndex.Build only) | <= 3 s{(n == 50_000 ? "" : " (50k target)")} | {engine!.BuildSeconds:0.00} s | {Met(engine.BuildSeconds <= 3)} |");
            sb.AppendLine($"| engine-only RSS (bench process after build, input released) | (web <= 400 MB) | {Mem.Mb(engine.RssEngineOnlyKb):0} MB (baseline {Mem.Mb(engine.RssBaselineKb):0} MB, peak {Mem.Mb(engine.VmHwmKb):0} MB) | |");
        }

        if (site is not null)
        {
            var engineP50 = on?.LatencyMs["all"].P50;
            var seqP50 = site.Sequential.LatencyMs["all"].P50;
            sb.AppendLine($"| web process RSS after start / after load (peak) | <= 400 MB | {Mem.Mb(site.RssAfterStartKb ?? 0):0} / {Mem.Mb(site.RssAfterLoadKb ?? 0):0} MB ({Mem.Mb(site.VmHwmKb ?? 0):0}) | {Met(Mem.Mb(site.VmHwmKb ?? 0) <= 400)} |");
            sb.AppendLine($"| site index build (/health build_ms: store read + build) | <= 3 s | {(site.IndexBuildMs ?? double.NaN) / 1000:0.00} s | {Met(site.IndexBuildMs <= 3000)} |");
            if (engineP50 is { } e)
            {
                sb.AppendLine($"| /api/search p50, one connection, minus engine p50 | <= 0.5 ms | {F(seqP50)} - {F(e)} = {F(seqP50 - e)} ms | {Met(seqP50 - e <= 0.5)} |");
                sb.AppendLine($"| /api/search p50 at {site.Load.Connections} connections, minus engine p50 | (<= 0.5 ms) | {F(site.Load.LatencyMs.P50)} - {F(e)} = {F(site.Load.LatencyMs.P50 - e)} ms | {Met(site.Load.LatencyMs.P50 - e <= 0.5)} |");
            }

            sb.AppendLine($"| throughput at {site.Load.Connections} connections | >= 1,500 req/s | {site.Load.RequestsPerSecond:0} req/s | {Met(site.Load.RequestsPerSecond >= 1500)} |");
            sb.AppendLine($"| HTTP errors | 0 | {site.Load.Errors + site.Sequential.Errors} | {Met(site.Load.Errors + site.Sequential.Errors == 0)} |");
        }

        sb.AppendLine();

        // per class
        Published.Figures.TryGetValue(n, out var pub);
        sb.AppendLine("### Latency per query class (ms; one query = total + top 20)");
        sb.AppendLine();
        sb.AppendLine("| class | n | engine facets on p50 / p90 / p99 / mean | engine facets off p50 / p90 / p99 / mean | raw FTS5 today p50 / p90 / p99 | summary.md SQLite p50 / p90 / p99 | summary.md PG p50 / p90 / p99 |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var cls in Stats.Classes.Append("all"))
        {
            string E(EnginePass? p) => p is null ? "-" : $"{F(p.LatencyMs[cls].P50)} / {F(p.LatencyMs[cls].P90)} / {F(p.LatencyMs[cls].P99)} / {F(p.LatencyMs[cls].Mean)}";
            var r = reference?.LatencyMs.GetValueOrDefault(cls);
            var count = queries.Count(q => cls == "all" || q.Cls == cls);
            var label = cls == "all" ? "**all**" : cls;
            var pubRow = pub?.GetValueOrDefault(cls);
            sb.AppendLine($"| {label} | {count} | {E(on)} | {E(off)} | {(r is null ? "-" : $"{F(r.P50)} / {F(r.P90)} / {F(r.P99)}")} | " +
                          $"{(pubRow is null ? "-" : $"{F(pubRow[0])} / {F(pubRow[1])} / {F(pubRow[2])}")} | {(pubRow is null ? "-" : $"{F(pubRow[3])} / {F(pubRow[4])} / {F(pubRow[5])}")} |");
        }

        sb.AppendLine();
        if (on is not null && reference is not null)
        {
            var r = reference.LatencyMs["all"];
            var a = on.LatencyMs["all"];
            sb.AppendLine($"Engine (facets on) / raw FTS5 today: p50 {a.P50 / r.P50:0.00}x, p90 {a.P90 / r.P90:0.00}x, p99 {a.P99 / r.P99:0.00}x. " +
                          $"Memory: engine {Mem.Mb(engine!.RssEngineOnlyKb):0} MB vs raw FTS5 process {reference.RssAfterBuildMb:0} MB after build (VmRSS). " +
                          $"Build: engine {engine!.BuildSeconds:0.00} s vs raw FTS5 {reference.BuildSeconds:0.00} s today (summary.md {Published.Overall.GetValueOrDefault(n).SqliteBuild} s; PG {Published.Overall.GetValueOrDefault(n).PgBuild} s).");
            sb.AppendLine();
        }

        if (engine is not null)
        {
            sb.AppendLine("### Results");
            sb.AppendLine();
            sb.AppendLine("| class | zero-result engine (facets on) | zero-result raw FTS5 today | same total as raw FTS5 |");
            sb.AppendLine("|---|---|---|---|");
            foreach (var cls in Stats.Classes.Append("all"))
            {
                var idx = Enumerable.Range(0, queries.Count).Where(i => cls == "all" || queries[i].Cls == cls).ToList();
                var zr = reference?.Totals is { } rt ? idx.Count(i => rt[i] == 0).ToString(CultureInfo.InvariantCulture) : "-";
                var same = reference?.Totals is { } rt2 ? $"{idx.Count(i => rt2[i] == on!.Totals[i])}/{idx.Count}" : "-";
                sb.AppendLine($"| {(cls == "all" ? "**all**" : cls)} | {idx.Count(i => on!.Totals[i] == 0)} | {zr} | {same} |");
            }

            sb.AppendLine();
            sb.AppendLine($"Engine: {on!.Corrected} queries answered with a spelling correction, {on.MatchedAnyWord} fell back to any-word matching. " +
                          $"Parse {engine.ParseSeconds:0.00} s + map {engine.MapSeconds:0.00} s (not in the build figure). " +
                          $"Timed pass wall time: facets on {on.TimedSeconds:0.00} s, off {off?.TimedSeconds:0.00} s.");
            sb.AppendLine();
        }

        if (engine is { Passes.Count: > 2 })
        {
            sb.AppendLine("### Where the engine's time goes (diagnosis passes, all classes; ms)");
            sb.AppendLine();
            sb.AppendLine("| pass | p50 | p90 | p99 | mean | text p50 | text_age p50 | text_geo p50 | filter_geo p50 | prefix p50 | zero-result |");
            sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var p in engine.Passes)
            {
                var a = p.LatencyMs["all"];
                sb.AppendLine($"| {p.Variant} | {F(a.P50)} | {F(a.P90)} | {F(a.P99)} | {F(a.Mean)} | " +
                              string.Join(" | ", Stats.Classes.Select(c => F(p.LatencyMs[c].P50))) + $" | {p.ZeroResults} |");
            }

            sb.AppendLine();
            if (engine.ThroughputByThreads.Count > 0)
            {
                sb.AppendLine("In-process throughput, same index, facets on: " +
                              string.Join(", ", engine.ThroughputByThreads.Select(kv => $"{kv.Key} thread{(kv.Key == 1 ? "" : "s")} {kv.Value:0} queries/s")) + ".");
                sb.AppendLine();
            }
        }

        if (site is not null)
        {
            sb.AppendLine("### HTTP: GET /api/search on the real site (Release, Production, loopback)");
            sb.AppendLine();
            sb.AppendLine($"Store written in {site.StoreWriteSeconds?.ToString("0.0", CultureInfo.InvariantCulture) ?? "(reused)"} s; site healthy {site.StartToHealthySeconds:0.0} s after start; " +
                          $"index {site.IndexedServices} services, build_ms {site.IndexBuildMs}.");
            sb.AppendLine();
            sb.AppendLine($"| class | engine facets on p50 | HTTP 1 connection p50 / p90 / p99 | HTTP {site.Load.Connections} connections p50 / p90 / p99 |");
            sb.AppendLine("|---|---|---|---|");
            foreach (var cls in Stats.Classes.Append("all"))
            {
                var s = site.Sequential.LatencyMs[cls];
                var l = site.Load.LatencyByClassMs[cls];
                sb.AppendLine($"| {(cls == "all" ? "**all**" : cls)} | {(on is null ? "-" : F(on.LatencyMs[cls].P50))} | {F(s.P50)} / {F(s.P90)} / {F(s.P99)} | {F(l.P50)} / {F(l.P90)} / {F(l.P99)} |");
            }

            sb.AppendLine();
            if (site.Sequential.SiteEngineMs is { } siteEngine && site.Sequential.LiveMs is { } live)
            {
                sb.AppendLine($"Where one connection's time goes (p50, ms): engine inside the site (Server-Timing) {F(siteEngine["all"].P50)} " +
                              $"(text {F(siteEngine["text"].P50)}, text_geo {F(siteEngine["text_geo"].P50)}, filter_geo {F(siteEngine["filter_geo"].P50)}); " +
                              $"place lookup {F(site.Sequential.SitePlaceMs!.P50)} (p90 {F(site.Sequential.SitePlaceMs.P90)}); " +
                              $"GET /health/live round trip {F(live.P50)} (p90 {F(live.P90)}).");
                sb.AppendLine();
            }

            sb.AppendLine($"Load: {site.Load.Connections} workers on {site.Load.Connections} connections for {site.Load.Seconds:0.0} s: {site.Load.Requests:N0} requests, " +
                          $"{site.Load.RequestsPerSecond:0} req/s, {site.Load.Errors} errors, site CPU {site.CoresBusyDuringLoad:0.00} of {Environment.ProcessorCount} cores busy on average{(site.Load.ErrorSamples.Count > 0 ? " (e.g. " + string.Join("; ", site.Load.ErrorSamples.Take(3)) + ")" : "")}. " +
                          $"Zero-result over HTTP (one connection): {site.Sequential.ZeroResults}. " +
                          $"The API has no prefix switch, so `prefix` queries go as plain q (no autocomplete prefix) over HTTP.");
            sb.AppendLine();
        }

        return sb.ToString();
    }
}
