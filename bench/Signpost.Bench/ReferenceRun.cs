using System.Text.Json;
using System.Text.Json.Nodes;

namespace Signpost.Bench;

/// <summary>Re-runs bench-ref's raw SQLite FTS5 script on the same data, after the engine pass (never concurrently).</summary>
public sealed class ReferenceResult
{
    public required double BuildSeconds { get; init; }
    public required Dictionary<string, LatencySummary> LatencyMs { get; init; }
    public required int ZeroResults { get; init; }
    /// <summary>ru_maxrss as the script reports it; inflated here, because Linux keeps the peak of the forked bench process across exec.</summary>
    public required double MaxRssMb { get; init; }

    /// <summary>VmRSS of the Python process right after its build: the fair memory figure for the raw FTS5 reference.</summary>
    public required double RssAfterBuildMb { get; init; }
    public required string LoadAverageAtStart { get; init; }
    public required string SummaryLine { get; init; }
    public int[]? Totals { get; init; }
}

public static class ReferenceRun
{
    public static ReferenceResult? Run(string benchRef, string dataPath, string outDir, int n)
    {
        var load = Mem.LoadAverage();
        var json = Path.Combine(outDir, $"reference_sqlite_N{n}.json");
        var raw = Path.Combine(Path.GetTempPath(), "bench-ref", $"reference_sqlite_raw_N{n}.json");
        Console.WriteLine("reference: python3 sqlite_fts5.py ...");
        var (code, output) = Processes.Run("python3",
            [Path.Combine(benchRef, "sqlite_fts5.py"), "--data", dataPath, "--out", json, "--raw", raw], benchRef, TimeSpan.FromMinutes(10));
        Console.Write(output);
        if (code != 0 || !File.Exists(json))
        {
            Console.WriteLine($"reference: failed (exit {code})");
            return null;
        }

        var node = JsonNode.Parse(File.ReadAllText(json))!;
        var latency = new Dictionary<string, LatencySummary>();
        foreach (var (cls, v) in node["latency_ms"]!.AsObject())
        {
            latency[cls] = new LatencySummary((int)v!["n"]!, (double)v["p50"]!, (double)v["p90"]!, (double)v["p99"]!, (double)v["mean"]!, (double)v["max"]!, (double)v["total"]!);
        }

        int[]? totals = null;
        if (File.Exists(raw))
        {
            totals = JsonNode.Parse(File.ReadAllText(raw))!["totals"]!.AsArray().Select(t => (int)t!).ToArray();
        }

        return new ReferenceResult
        {
            BuildSeconds = (double)node["build"]!["build_total_s"]!,
            LatencyMs = latency,
            ZeroResults = (int)node["zero_result_queries"]!,
            MaxRssMb = (long)node["mem"]!["ru_maxrss_kb"]! / 1024.0,
            RssAfterBuildMb = (long)node["mem"]!["rss_after_build_kb"]! / 1024.0,
            LoadAverageAtStart = load,
            SummaryLine = output.Trim().Split('\n').LastOrDefault() ?? "",
            Totals = totals,
        };
    }
}

/// <summary>The published bench-ref figures (results/summary.md, main mode, median of three runs), for the side-by-side table.</summary>
public static class Published
{
    // N -> class -> (SQLite p50, p90, p99, PG p50, p90, p99)
    public static readonly Dictionary<int, Dictionary<string, double[]>> Figures = new()
    {
        [5000] = new()
        {
            ["text"] = [0.141, 1.31, 3.01, 0.718, 4.46, 26.4],
            ["text_age"] = [0.160, 0.94, 3.14, 0.699, 2.48, 6.29],
            ["text_geo"] = [0.195, 0.76, 1.26, 1.849, 4.65, 7.08],
            ["filter_geo"] = [0.135, 0.77, 1.18, 1.932, 4.25, 5.79],
            ["prefix"] = [0.252, 3.02, 3.89, 1.265, 23.8, 26.7],
            ["all"] = [0.168, 0.97, 3.34, 1.325, 4.65, 25.8],
        },
        [50000] = new()
        {
            ["text"] = [1.012, 12.1, 30.7, 4.682, 47.6, 286],
            ["text_age"] = [1.767, 12.8, 49.7, 5.196, 30.0, 81.9],
            ["text_geo"] = [1.626, 8.28, 14.2, 5.899, 29.3, 67.8],
            ["filter_geo"] = [1.453, 9.68, 15.9, 5.528, 32.9, 49.6],
            ["prefix"] = [2.067, 30.5, 38.7, 11.4, 264, 280],
            ["all"] = [1.450, 11.8, 36.6, 5.582, 45.2, 277],
        },
        [200000] = new()
        {
            ["text"] = [4.837, 52.1, 126, 21.9, 203, 1221],
            ["text_age"] = [10.0, 71.8, 222, 26.8, 139, 529],
            ["text_geo"] = [8.515, 40.4, 65.9, 25.3, 140, 343],
            ["filter_geo"] = [9.409, 54.1, 90.3, 17.9, 127, 196],
            ["prefix"] = [9.248, 129, 176, 53.2, 1176, 1271],
            ["all"] = [8.118, 56.6, 175, 22.7, 196, 1195],
        },
    };

    public static readonly Dictionary<int, (double SqliteBuild, double PgBuild, int Zero)> Overall = new()
    {
        [5000] = (0.30, 1.57, 349),
        [50000] = (3.33, 14.0, 209),
        [200000] = (14.9, 52.0, 180),
    };
}
