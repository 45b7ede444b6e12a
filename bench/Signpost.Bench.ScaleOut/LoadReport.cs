namespace Signpost.Bench.ScaleOut;

public sealed record LoadReport(int Connections, double Seconds, long Requests, long Errors, double RequestsPerSecond, double P50Ms, double P99Ms, IReadOnlyList<string> ErrorSamples)
{
    public override string ToString() =>
        $"{Connections} connections, {Seconds:0.0} s: {Requests} requests, {RequestsPerSecond:0} req/s, errors {Errors}; p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms";
}
