namespace Signpost.Search;

/// <summary>
/// A small thread-safe least-recently-used cache whose entries belong to one index version: a lookup
/// or store under another version empties it first, so a change to the index (which bumps the
/// version) can never serve a stale answer.
/// </summary>
/// <remarks>With <paramref name="weigh"/>, the entries' total weight (e.g. rows held) is kept within <paramref name="maxWeight"/> too.</remarks>
internal sealed class LruCache<TKey, TValue>(int capacity, Func<TValue, long>? weigh = null, long maxWeight = long.MaxValue)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> entries = [];
    private readonly LinkedList<(TKey Key, TValue Value)> order = new();
    private long version;
    private long weight;

    public int Capacity { get; set; } = capacity;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public bool TryGet(TKey key, long currentVersion, out TValue value)
    {
        lock (gate)
        {
            Align(currentVersion);
            if (entries.TryGetValue(key, out var node))
            {
                order.Remove(node);
                order.AddFirst(node);
                value = node.Value.Value;
                return true;
            }

            value = default!;
            return false;
        }
    }

    public void Set(TKey key, TValue value, long currentVersion)
    {
        lock (gate)
        {
            Align(currentVersion);
            if (Capacity <= 0)
            {
                return;
            }

            var added = weigh?.Invoke(value) ?? 0;
            if (added > maxWeight)
            {
                return;
            }

            if (entries.TryGetValue(key, out var node))
            {
                order.Remove(node);
                entries.Remove(key);
                weight -= weigh?.Invoke(node.Value.Value) ?? 0;
            }

            while ((entries.Count >= Capacity || weight + added > maxWeight) && order.Last is { } last)
            {
                order.RemoveLast();
                entries.Remove(last.Value.Key);
                weight -= weigh?.Invoke(last.Value.Value) ?? 0;
            }

            entries[key] = order.AddFirst((key, value));
            weight += added;
        }
    }

    private void Align(long currentVersion)
    {
        if (currentVersion != version)
        {
            entries.Clear();
            order.Clear();
            weight = 0;
            version = currentVersion;
        }
    }
}
