namespace Signpost.Core.Editorial.Snapshots;

public sealed record ClosureSnapshot(DateOnly Date, string Reason);
