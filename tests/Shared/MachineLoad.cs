using System.Globalization;

namespace Signpost.Tests.Shared;

/// <summary>
/// Deadlines for "within a second" promises, checked on a machine other work may share. The promise is about
/// our code, not about the CPU time other processes take from it, so a deadline stretches by how many runnable
/// processes there are per core (the one-minute load average), never below the promise and at most tenfold.
/// On a quiet machine, as in CI, it is the promise itself.
/// </summary>
public static class MachineLoad
{
    public static TimeSpan Allow(TimeSpan promise) => promise * Factor();

    /// <summary>How much a deadline stretches now: 1 on a quiet machine.</summary>
    public static double Factor()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var perCore = double.Parse(first, CultureInfo.InvariantCulture) / Environment.ProcessorCount;
            return Math.Clamp(perCore, 1, 10);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 1;
        }
    }
}
