namespace Signpost.Core.Editorial.Diff;

/// <summary>One field that differs between two versions, said the way an editor reads it.</summary>
public sealed record FieldChange
{
    public required string Label { get; init; }
    public FieldChangeKind Kind { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public IReadOnlyList<string> Added { get; init; } = [];
    public IReadOnlyList<string> Removed { get; init; } = [];
    public IReadOnlyList<DiffLine> Lines { get; init; } = [];

    /// <summary>"Minimum age: 11 -> 13", "Languages: added Polish; removed Urdu", or the changed lines of a text.</summary>
    public override string ToString() => Kind switch
    {
        FieldChangeKind.List => $"{Label}: " + string.Join("; ", new[]
        {
            Added.Count > 0 ? "added " + string.Join(", ", Added) : null,
            Removed.Count > 0 ? "removed " + string.Join(", ", Removed) : null,
        }.OfType<string>()),
        FieldChangeKind.Text => $"{Label}:\n" + string.Join("\n", Lines.Where(l => l.Kind != DiffLineKind.Unchanged).Select(l => l.ToString())),
        _ => $"{Label}: {Before ?? SnapshotDiff.Empty} -> {After ?? SnapshotDiff.Empty}",
    };
}
