namespace Signpost.Core.Editorial.Diff;

public enum FieldChangeKind
{
    /// <summary>A single value: before and after.</summary>
    Value,

    /// <summary>A set of items: what was added and removed.</summary>
    List,

    /// <summary>Markdown or long text: compared line by line.</summary>
    Text,
}
