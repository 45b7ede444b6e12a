using System.Diagnostics;

namespace Signpost.Bench.Participation;

/// <summary>One timed piece of work: wall time, bytes the runtime allocated, and the process's peak resident memory during it.</summary>
public sealed record Measurement(string Name, double Milliseconds, double AllocatedMb, double PeakRssMb, string Note)
{
    public static async Task<Measurement> TakeAsync(string name, Func<Task<string>> work)
    {
        ResetPeak();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var note = await work();
        watch.Stop();
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return new Measurement(name, watch.Elapsed.TotalMilliseconds, bytes / 1048576.0, PeakRssKb() / 1024.0, note);
    }

    /// <summary>VmHWM from /proc: the peak resident set since the last reset.</summary>
    public static long PeakRssKb()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? Process.GetCurrentProcess().PeakWorkingSet64 / 1024 : long.Parse(line[6..].Trim().Split(' ')[0]);
        }
        catch (IOException)
        {
            return Process.GetCurrentProcess().PeakWorkingSet64 / 1024;
        }
    }

    /// <summary>Writing 5 to clear_refs resets VmHWM (Linux), so each measurement has its own peak; elsewhere the peak is the process's.</summary>
    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
