namespace Signpost.Core.Editorial.Diff;

public sealed record DiffLine(DiffLineKind Kind, string Text)
{
    public override string ToString() => Kind switch
    {
        DiffLineKind.Added => "+ " + Text,
        DiffLineKind.Removed => "- " + Text,
        _ => "  " + Text,
    };
}
