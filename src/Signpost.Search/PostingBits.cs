namespace Signpost.Search;

/// <summary>Per-thread bitmaps for <see cref="PostingIndex.Match"/>: a search allocates none.</summary>
internal sealed class PostingBits
{
    [ThreadStatic]
    private static PostingBits? current;

    private PostingBits(int length)
    {
        Result = new ulong[length];
        Unit = new ulong[length];
    }

    public ulong[] Result { get; }

    public ulong[] Unit { get; }

    public static PostingBits For(int length)
    {
        if (current is null || current.Result.Length < length)
        {
            // Headroom, so a growing index does not reallocate on every new service.
            current = new PostingBits(length + (length / 8) + 1);
        }

        return current;
    }
}
