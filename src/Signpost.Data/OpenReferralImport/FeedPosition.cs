namespace Signpost.Data.OpenReferralImport;

/// <summary>How far a reader is through the feed's files, by bytes, for a progress bar; feeds do not say how many records they hold.</summary>
public sealed class FeedPosition
{
    private long total;
    private long finished;
    private Stream? current;

    public double Fraction => total == 0 ? 0 : Math.Clamp((finished + (current?.CanSeek == true ? current.Position : 0)) / (double)total, 0, 1);

    internal void Start(IEnumerable<string> files) => total = files.Sum(f => new FileInfo(f).Length);

    internal void Reading(Stream stream) => current = stream;

    internal void Done(Stream stream)
    {
        finished += stream.Length;
        current = null;
    }
}
