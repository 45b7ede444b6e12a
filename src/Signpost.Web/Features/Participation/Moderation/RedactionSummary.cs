namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>
/// How much an officer's edit removed, for the moderation history: the number of passages and
/// characters taken out, worked out word by word, never the removed words themselves.
/// </summary>
public sealed record RedactionSummary(int PassagesRemoved, int CharactersRemoved, int WordsAdded)
{
    /// <summary>Above this many words each side the comparison falls back to the changed middle (text is at most 2,000 characters, so this is rare).</summary>
    private const int MaxWords = 1500;

    public bool Changed => PassagesRemoved > 0 || WordsAdded > 0;

    public string Note => $"Removed {Plural(PassagesRemoved, "passage")} ({Plural(CharactersRemoved, "character")}); {Plural(WordsAdded, "word")} put in their place.";

    public static RedactionSummary Between(string before, string after)
    {
        var old = Words(before);
        var @new = Words(after);
        if (old.Length > MaxWords || @new.Length > MaxWords)
        {
            return MiddleOnly(old, @new);
        }

        // Longest common subsequence of words; what is in the old text but not in it was removed.
        var lengths = new int[old.Length + 1, @new.Length + 1];
        for (var i = old.Length - 1; i >= 0; i--)
        {
            for (var j = @new.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = old[i] == @new[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int passages = 0, characters = 0, added = 0, x = 0, y = 0;
        var inRemoval = false;
        while (x < old.Length || y < @new.Length)
        {
            if (x < old.Length && y < @new.Length && old[x] == @new[y])
            {
                inRemoval = false;
                x++;
                y++;
            }
            else if (y >= @new.Length || (x < old.Length && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                passages += inRemoval ? 0 : 1;
                inRemoval = true;
                characters += old[x].Length;
                x++;
            }
            else
            {
                added++;
                y++;
            }
        }

        return new RedactionSummary(passages, characters, added);
    }

    private static RedactionSummary MiddleOnly(string[] old, string[] @new)
    {
        var prefix = 0;
        while (prefix < old.Length && prefix < @new.Length && old[prefix] == @new[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < @new.Length - prefix && old[^(suffix + 1)] == @new[^(suffix + 1)])
        {
            suffix++;
        }

        var removed = old[prefix..^suffix];
        return new RedactionSummary(removed.Length > 0 ? 1 : 0, removed.Sum(w => w.Length), @new.Length - prefix - suffix);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
