namespace Signpost.Search;

/// <summary>
/// Numbers the values of one filter group (case-insensitively) so services carry small int arrays
/// and facet counting is array indexing. Values are only ever added, under the index's write lock.
/// </summary>
internal sealed class FacetValues
{
    private readonly Dictionary<string, int> keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> values = [];
    private readonly List<string> labels = [];

    public int Count => values.Count;

    public int Intern(string value, string? label = null)
    {
        if (keys.TryGetValue(value, out var key))
        {
            // A parent first seen only as a child's parent slug gets its proper label when it turns up itself.
            if (label is not null && labels[key] == values[key])
            {
                labels[key] = label;
            }

            return key;
        }

        key = values.Count;
        keys[value] = key;
        values.Add(value);
        labels.Add(label ?? value);
        return key;
    }

    /// <summary>The key of a requested value, or -1 when no service has it (it can then match nothing).</summary>
    public int Find(string value) => keys.GetValueOrDefault(value, -1);

    public string ValueOf(int key) => values[key];

    public string LabelOf(int key) => labels[key];
}
