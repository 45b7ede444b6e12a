namespace Signpost.Core.Editorial.Diff;

/// <summary>A line diff by longest common subsequence: small, exact, and enough for descriptions of a few hundred lines.</summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);

        // Skipping the common head and tail keeps the table small for the usual one-paragraph edit.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var lines = new List<DiffLine>(a.Length + b.Length);
        lines.AddRange(a.Take(head).Select(l => new DiffLine(DiffLineKind.Unchanged, l)));
        lines.AddRange(Middle(a[head..(a.Length - tail)], b[head..(b.Length - tail)]));
        lines.AddRange(a.Skip(a.Length - tail).Select(l => new DiffLine(DiffLineKind.Unchanged, l)));
        return lines;
    }

    private static List<DiffLine> Middle(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add(new DiffLine(DiffLineKind.Unchanged, a[x]));
                x++;
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                result.Add(new DiffLine(DiffLineKind.Removed, a[x++]));
            }
            else
            {
                result.Add(new DiffLine(DiffLineKind.Added, b[y++]));
            }
        }

        result.AddRange(a.Skip(x).Select(l => new DiffLine(DiffLineKind.Removed, l)));
        result.AddRange(b.Skip(y).Select(l => new DiffLine(DiffLineKind.Added, l)));
        return result;
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
