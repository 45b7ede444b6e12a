namespace Signpost.Core.Editorial.Snapshots;

/// <summary>
/// What a version stores for one kind of content: canonical JSON (so equal content gives equal
/// text) and the title shown in lists. The static reader lets one workflow serve every kind.
/// </summary>
public interface ISnapshot<TSelf> where TSelf : ISnapshot<TSelf>
{
    /// <summary>The item's name or title, copied onto the version row for lists and queues.</summary>
    string Title { get; }

    string ToJson();

    static abstract TSelf FromJson(string json);
}
