using System.Diagnostics;
using System.Net;

namespace Signpost.Bench.ScaleOut;

/// <summary>
/// N workers send requests for a fixed time (and at most 2 million requests), each to the next node
/// in turn, as a load balancer without stickiness would. Latency is time to the last byte.
/// </summary>
public static class RoundRobinLoad
{
    private const long MaxRequests = 2_000_000;

    public static async Task<LoadReport> RunAsync(IReadOnlyList<string> nodes, IReadOnlyList<string> paths, int connections, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        })
        { Timeout = TimeSpan.FromSeconds(30) };

        var latencies = new List<double>[connections];
        var errors = 0L;
        var issued = 0L;
        var samples = new List<string>();
        var clock = Stopwatch.StartNew();

        async Task WorkerAsync(int worker)
        {
            var mine = latencies[worker] = new List<double>(50_000);
            var i = worker * 7;
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= MaxRequests)
            {
                var n = Interlocked.Read(ref issued);
                var url = nodes[(int)(n % nodes.Count)] + paths[i++ % paths.Count];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        continue;
                    }

                    Sample($"{(int)response.StatusCode} {url}");
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Sample($"{ex.GetType().Name}: {ex.Message} {url}");
                }

                Interlocked.Increment(ref errors);
            }
        }

        void Sample(string text)
        {
            lock (samples)
            {
                if (samples.Count < 10)
                {
                    samples.Add(text);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(() => WorkerAsync(w))));
        var seconds = clock.Elapsed.TotalSeconds;
        var ok = latencies.SelectMany(l => l ?? []).Order().ToList();
        return new LoadReport(connections, seconds, ok.Count + errors, errors, (ok.Count + errors) / seconds, Percentile(ok, 50), Percentile(ok, 99), samples);
    }

    private static double Percentile(List<double> sorted, double p)
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
}
