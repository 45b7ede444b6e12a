using Signpost.Data.OpenReferralImport;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>A console progress bar, drawn on the calling thread (unlike Progress&lt;T&gt;) so it draws in order, and only when the percentage moves.</summary>
public sealed class ImportProgressBar(TextWriter output) : IProgress<ImportProgress>
{
    private int lastShown = -1;

    public void Report(ImportProgress value)
    {
        var percent = (int)(value.Fraction * 100);
        if (percent == lastShown)
        {
            return;
        }

        lastShown = percent;
        output.Write($"\r[{new string('#', percent / 5),-20}] {percent,3}% {value.Records} records");
    }
}
