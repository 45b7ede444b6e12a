namespace Signpost.Web.Infrastructure;

/// <summary>Reports on the calling thread, unlike Progress&lt;T&gt;, so a console progress bar draws in order.</summary>
public sealed class SynchronousProgress(Action<double> report) : IProgress<double>
{
    public void Report(double value) => report(value);
}
