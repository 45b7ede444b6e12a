namespace Signpost.Bench;

/// <summary>Percentiles exactly as bench-ref's benchlib.percentile: linear interpolation between closest ranks.</summary>
public static class Stats
{
    public static readonly string[] Classes = ["text", "text_age", "text_geo", "filter_geo", "prefix"];

    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var k = (sorted.Count - 1) * p / 100.0;
        var f = (int)Math.Floor(k);
        var c = Math.Min(f + 1, sorted.Count - 1);
        return sorted[f] + (sorted[c] - sorted[f]) * (k - f);
    }

    public static LatencySummary Summarise(IEnumerable<double> values)
    {
        var v = values.OrderBy(x => x).ToList();
        return new LatencySummary(v.Count, Percentile(v, 50), Percentile(v, 90), Percentile(v, 99),
            v.Count == 0 ? double.NaN : v.Average(), v.Count == 0 ? double.NaN : v[^1], v.Sum());
    }

    /// <summary>Per class and "all", over one pass whose latencies are indexed like the queries.</summary>
    public static Dictionary<string, LatencySummary> ByClass(IReadOnlyList<BenchQuery> queries, IReadOnlyList<double> latencyMs)
    {
        var result = new Dictionary<string, LatencySummary>();
        foreach (var cls in Classes.Append("all"))
        {
            var values = Enumerable.Range(0, queries.Count).Where(i => cls == "all" || queries[i].Cls == cls).Select(i => latencyMs[i]).ToList();
            if (values.Count > 0)
            {
                result[cls] = Summarise(values);
            }
        }

        return result;
    }
}

public sealed record LatencySummary(int N, double P50, double P90, double P99, double Mean, double Max, double Total);
