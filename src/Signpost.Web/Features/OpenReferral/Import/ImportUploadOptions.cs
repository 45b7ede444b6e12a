using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>The back-office feed upload. Validated at start.</summary>
public sealed class ImportUploadOptions
{
    public const string Section = "Signpost:Import";

    /// <summary>The largest file a directory manager may upload; larger ones are refused with a message and change nothing.</summary>
    [Range(1, 1024 * 1024)]
    public int MaxUploadKilobytes { get; set; } = 50 * 1024;

    /// <summary>How many finished imports each node remembers for their report pages.</summary>
    [Range(1, 1000)]
    public int KeepFinishedJobs { get; set; } = 20;
}
