namespace Signpost.Core.Editorial.Snapshots;

public sealed record YouthSnapshot(string? OnMyOwn = null, string? Confidential = null, string? ParentsTold = null);
