namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// A rate-limit window that starts at a whole multiple of its length since the Unix epoch, so every
/// node with a correct clock agrees which window an instant falls in and counts under the same key.
/// </summary>
public readonly record struct FixedWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public static FixedWindow At(DateTimeOffset now, int lengthSeconds)
    {
        var seconds = now.ToUnixTimeSeconds();
        var start = DateTimeOffset.FromUnixTimeSeconds(seconds - (seconds % lengthSeconds));
        return new FixedWindow(start, start.AddSeconds(lengthSeconds));
    }

    /// <summary>A key part naming this window.</summary>
    public string Id => Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
