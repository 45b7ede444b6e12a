using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Signpost.Bench;

public sealed class HttpLoadResult
{
    public required int Connections { get; init; }
    public required double Seconds { get; init; }
    public required long Requests { get; init; }
    public required long Errors { get; init; }
    public required List<string> ErrorSamples { get; init; }
    public required double RequestsPerSecond { get; init; }
    public required LatencySummary LatencyMs { get; init; }
    public required Dictionary<string, LatencySummary> LatencyByClassMs { get; init; }
}

public sealed class HttpSequentialResult
{
    public required Dictionary<string, LatencySummary> LatencyMs { get; init; }
    public required int ZeroResults { get; init; }
    public required int Errors { get; init; }
    public required int[] Totals { get; init; }

    /// <summary>The site's own engine time per query, from its Server-Timing header.</summary>
    public Dictionary<string, LatencySummary>? SiteEngineMs { get; init; }

    /// <summary>The site's place lookup time per query, from its Server-Timing header.</summary>
    public LatencySummary? SitePlaceMs { get; init; }

    /// <summary>GET /health/live one request at a time: what any request costs (client, loopback, Kestrel, middleware).</summary>
    public LatencySummary? LiveMs { get; init; }
}

public sealed class SiteResult
{
    public required string Url { get; init; }
    public double? StoreWriteSeconds { get; init; }
    public double? StartToHealthySeconds { get; init; }
    public double? IndexBuildMs { get; init; }
    public int? IndexedServices { get; init; }
    public long? RssAfterStartKb { get; init; }
    public long? RssAfterLoadKb { get; init; }
    public long? VmHwmKb { get; init; }

    /// <summary>CPU seconds the site used during the timed load, divided by its wall time: 2.0 would be both cores busy.</summary>
    public double? CoresBusyDuringLoad { get; init; }
    public required HttpSequentialResult Sequential { get; init; }
    public required HttpLoadResult Load { get; init; }
    public required string LoadAverageAtStart { get; init; }
}

/// <summary>Starts the real site (Release build) on a store, always stops it.</summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private SiteProcess(Process process, StreamWriter log, string url)
    {
        this.process = process;
        this.log = log;
        Url = url;
    }

    public string Url { get; }

    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Passed to the site as Signpost:Search:MatchCacheSize.</summary>
    public static int MatchCacheSize { get; set; }

    /// <summary>Passed to the site as Signpost:Search:ResultCacheSeconds.</summary>
    public static int ResultCacheSeconds { get; set; }

    public static SiteProcess Start(string webDll, string dataDir, string logPath)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { webDll, "--urls", url, $"--Signpost:DataPath={dataDir}", "--Signpost:SeedOnStart=false", "--Signpost:MapTileUrl=", $"--Signpost:Search:MatchCacheSize={MatchCacheSize}", $"--Signpost:Search:ResultCacheSeconds={ResultCacheSeconds}" })
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Signpost__MapTileUrl"] = "";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var p = new Process { StartInfo = info };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine("ERR " + e.Data); } } };
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return new SiteProcess(p, log, url);
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(15_000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}

public static class HttpBench
{
    public static HttpClient Client(int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        })
        { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Polls /health until it answers 200 (index built), the process dies, or the limit passes.</summary>
    public static async Task<JsonNode?> WaitHealthyAsync(string url, Func<bool> exited, TimeSpan limit)
    {
        using var client = Client(1);
        client.Timeout = TimeSpan.FromSeconds(10);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit && !exited())
        {
            try
            {
                using var response = await client.GetAsync(url + "/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return JsonNode.Parse(await response.Content.ReadAsStringAsync());
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        return null;
    }

    /// <summary>One untimed pass, then one timed pass over the 1,000 queries, one request at a time (latency without queueing).</summary>
    public static async Task<HttpSequentialResult> SequentialAsync(string url, List<BenchQuery> queries)
    {
        using var client = Client(1);
        var paths = queries.Select(BenchData.ToQueryString).ToList();
        foreach (var path in paths)
        {
            using var r = await client.GetAsync(url + path);
            await r.Content.ReadAsByteArrayAsync();
        }

        var live = new double[1000];
        for (var i = 0; i < live.Length; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            using var r = await client.GetAsync(url + "/health/live");
            await r.Content.ReadAsByteArrayAsync();
            live[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }

        var lat = new double[queries.Count];
        var engine = new double[queries.Count];
        var place = new double[queries.Count];
        var totals = new int[queries.Count];
        var errors = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            using var r = await client.GetAsync(url + paths[i]);
            var body = await r.Content.ReadAsByteArrayAsync();
            lat[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            (place[i], engine[i]) = ServerTiming(r);
            if (r.StatusCode != HttpStatusCode.OK)
            {
                errors++;
                totals[i] = -1;
                continue;
            }

            totals[i] = (int)JsonNode.Parse(body)!["total"]!;
        }

        var stats = Stats.ByClass(queries, lat);
        var all = stats["all"];
        var siteEngine = Stats.ByClass(queries, engine);
        var livePass = Stats.Summarise(live);
        Console.WriteLine($"http sequential: p50 {all.P50:0.000} p90 {all.P90:0.000} p99 {all.P99:0.000} ms; zero-result {totals.Count(t => t == 0)}; errors {errors}; " +
                          $"site engine p50 {siteEngine["all"].P50:0.000}; /health/live p50 {livePass.P50:0.000}");
        return new HttpSequentialResult
        {
            LatencyMs = stats, ZeroResults = totals.Count(t => t == 0), Errors = errors, Totals = totals,
            SiteEngineMs = siteEngine, SitePlaceMs = Stats.Summarise(place), LiveMs = livePass,
        };
    }

    private static (double Place, double Engine) ServerTiming(HttpResponseMessage response)
    {
        double place = 0, engine = 0;
        if (response.Headers.TryGetValues("Server-Timing", out var values))
        {
            foreach (var metric in values.SelectMany(v => v.Split(',')))
            {
                var parts = metric.Trim().Split(";dur=");
                if (parts.Length == 2 && double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var ms))
                {
                    if (parts[0] == "place")
                    {
                        place = ms;
                    }
                    else if (parts[0] == "engine")
                    {
                        engine = ms;
                    }
                }
            }
        }

        return (place, engine);
    }

    /// <summary>
    /// N workers over one connection pool of N, each cycling the query mix from its own offset, for a fixed time
    /// (and at most 5 million requests). Latency is time to the last byte of the body.
    /// </summary>
    public static async Task<HttpLoadResult> LoadAsync(string url, List<BenchQuery> queries, int connections, double seconds)
    {
        const long maxRequests = 5_000_000;
        using var client = Client(connections);
        var paths = queries.Select(q => url + BenchData.ToQueryString(q)).ToArray();
        var classes = queries.Select(q => q.Cls).ToArray();
        var latencies = new List<(int Query, double Ms)>[connections];
        var errors = 0L;
        var issued = 0L;
        var samples = new List<string>();
        var stop = TimeSpan.FromSeconds(seconds);
        var clock = Stopwatch.StartNew();

        async Task Worker(int w)
        {
            var mine = latencies[w] = new List<(int, double)>(100_000);
            var i = w * (paths.Length / connections);
            while (clock.Elapsed < stop && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var q = i++ % paths.Length;
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var r = await client.GetAsync(paths[q], HttpCompletionOption.ResponseContentRead);
                    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    if (r.StatusCode == HttpStatusCode.OK)
                    {
                        mine.Add((q, ms));
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                        lock (samples)
                        {
                            if (samples.Count < 10)
                            {
                                samples.Add($"{(int)r.StatusCode} {paths[q]}");
                            }
                        }
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    lock (samples)
                    {
                        if (samples.Count < 10)
                        {
                            samples.Add($"{ex.GetType().Name}: {ex.Message} {paths[q]}");
                        }
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(() => Worker(w))));
        var elapsed = clock.Elapsed.TotalSeconds;
        var ok = latencies.SelectMany(l => l ?? []).ToList();
        var byClass = Stats.Classes.Append("all").ToDictionary(
            c => c,
            c => Stats.Summarise(ok.Where(x => c == "all" || classes[x.Query] == c).Select(x => x.Ms)));
        var result = new HttpLoadResult
        {
            Connections = connections,
            Seconds = elapsed,
            Requests = ok.Count + errors,
            Errors = errors,
            ErrorSamples = samples,
            RequestsPerSecond = (ok.Count + errors) / elapsed,
            LatencyMs = byClass["all"],
            LatencyByClassMs = byClass,
        };
        Console.WriteLine($"http load: {connections} connections, {elapsed:0.0} s: {result.Requests} requests, {result.RequestsPerSecond:0} req/s, errors {errors}; " +
                          $"p50 {result.LatencyMs.P50:0.00} p90 {result.LatencyMs.P90:0.00} p99 {result.LatencyMs.P99:0.00} ms");
        return result;
    }

    /// <summary>The whole HTTP part: store, site start, /health, sequential pass, load, stop.</summary>
    public static async Task<SiteResult?> RunSiteAsync(string repo, string dataPath, int n, List<BenchQuery> queries, string? contentSeed,
        int connections, double seconds, bool reuseStore, bool build, string outDir)
    {
        var load = Mem.LoadAverage();
        var webProject = Path.Combine(repo, "src", "Signpost.Web", "Signpost.Web.csproj");
        var webDll = Path.Combine(repo, "src", "Signpost.Web", "bin", "Release", "net10.0", "Signpost.Web.dll");
        if (build || !File.Exists(webDll))
        {
            Console.WriteLine("site: dotnet build -c Release src/Signpost.Web ...");
            var (code, output) = Processes.Run("dotnet", ["build", "-c", "Release", webProject, "-nologo", "-v", "q"], repo, TimeSpan.FromMinutes(8));
            if (code != 0)
            {
                Console.WriteLine(output);
                Console.WriteLine("site: the Release build failed; HTTP part skipped");
                return null;
            }
        }

        var dataDir = Path.Combine(Path.GetTempPath(), "bench-ref", $"signpost-store-N{n}");
        double? storeSeconds = null;
        if (!(reuseStore && File.Exists(Path.Combine(dataDir, "signpost.db"))))
        {
            storeSeconds = await StoreWriter.WriteAsync(dataPath, dataDir, contentSeed);
        }

        var logPath = Path.Combine(outDir, $"site_N{n}.log");
        var started = Stopwatch.StartNew();
        using var site = SiteProcess.Start(webDll, dataDir, logPath);
        try
        {
            Console.WriteLine($"site: started pid {site.Pid} on {site.Url}; waiting for /health ...");
            var health = await WaitHealthyAsync(site.Url, () => site.HasExited, TimeSpan.FromMinutes(5));
            if (health is null)
            {
                Console.WriteLine($"site: not healthy within 5 minutes (exited: {site.HasExited}); see {logPath}");
                return null;
            }

            var toHealthy = started.Elapsed.TotalSeconds;
            var buildMs = (double?)health["index"]?["build_ms"];
            var indexed = (int?)health["index"]?["services"];
            var rssStart = Mem.Status(site.Pid.ToString()).GetValueOrDefault("VmRSS");
            Console.WriteLine($"site: healthy after {toHealthy:0.0} s; index {indexed} services built in {buildMs} ms; RSS {Mem.Mb(rssStart):0} MB");

            var sequential = await SequentialAsync(site.Url, queries);
            var cpu0 = Mem.CpuSeconds(site.Pid);
            var loadResult = await LoadAsync(site.Url, queries, connections, seconds);
            var cores = (Mem.CpuSeconds(site.Pid) - cpu0) / loadResult.Seconds;
            Console.WriteLine($"site: {cores:0.00} cores busy on average during the load");
            var status = Mem.Status(site.Pid.ToString());
            Console.WriteLine($"site: RSS after load {Mem.Mb(status.GetValueOrDefault("VmRSS")):0} MB, peak {Mem.Mb(status.GetValueOrDefault("VmHWM")):0} MB");
            return new SiteResult
            {
                Url = site.Url,
                StoreWriteSeconds = storeSeconds,
                StartToHealthySeconds = toHealthy,
                IndexBuildMs = buildMs,
                IndexedServices = indexed,
                RssAfterStartKb = rssStart,
                RssAfterLoadKb = status.GetValueOrDefault("VmRSS"),
                VmHwmKb = status.GetValueOrDefault("VmHWM"),
                CoresBusyDuringLoad = cores,
                Sequential = sequential,
                Load = loadResult,
                LoadAverageAtStart = load,
            };
        }
        finally
        {
            site.Dispose();
            Console.WriteLine("site: stopped");
        }
    }
}
