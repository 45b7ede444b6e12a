namespace Signpost.Core.Editorial.Snapshots;

public sealed record ContactSnapshot(string? Name = null, string? Phone = null, string? Text = null, string? Email = null, string? Website = null);
