namespace Signpost.Core.Editorial.Diff;

public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,
}
