using Signpost.Data.OpenReferralImport;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>An uploaded feed being imported in the background, and its report once done. Held in memory on the node that took the upload.</summary>
public sealed class ImportJob
{
    public Guid Id { get; } = Guid.NewGuid();
    public required string FileName { get; init; }
    public required string Folder { get; init; }
    public required string FeedPath { get; init; }
    public FeedFormat? Format { get; init; }
    public required ImportOptions Options { get; init; }
    public required string StartedById { get; init; }
    public DateTimeOffset QueuedAt { get; init; }

    public ImportJobState State { get; set; } = ImportJobState.Waiting;
    public int Records { get; set; }
    public double Fraction { get; set; }
    public ImportReport? Report { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public bool IsDone => State is ImportJobState.Finished or ImportJobState.Failed;
}
