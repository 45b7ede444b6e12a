using Signpost.Core.Content;

namespace Signpost.Web.Features.Search;

/// <summary>
/// A plain word matcher over a service's text, weighted by where a word appears. It serves the
/// search page until the FTS5 read model replaces it; user text is only ever compared, never executed.
/// </summary>
public static class KeywordMatcher
{
    private static readonly HashSet<string> StopWords = ["a", "an", "the", "and", "or", "for", "of", "to", "in", "on", "with", "my", "i", "me", "is", "at", "near", "by"];

    public static IReadOnlyList<string> Words(string? text) =>
        (text ?? "")
            .ToLowerInvariant()
            .Split(NonWordCharacters(text), StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 2 && !StopWords.Contains(w))
            .Distinct()
            .Take(12)
            .ToList();

    private static char[] NonWordCharacters(string? text) =>
        (text ?? "").Where(c => !char.IsLetterOrDigit(c)).Distinct().DefaultIfEmpty(' ').ToArray();

    /// <summary>The score of a service for the words, and how many of the words it matched.</summary>
    public static (int Score, int Matched) Score(Service service, IReadOnlyList<string> words)
    {
        var score = 0;
        var matched = 0;
        var name = service.Name.ToLowerInvariant();
        var terms = string.Join(' ', service.Terms.Select(t => t.Name)).ToLowerInvariant();
        var summary = service.Summary.ToLowerInvariant();
        var organisation = service.Organisation.Name.ToLowerInvariant();
        var description = service.Description.ToLowerInvariant();
        foreach (var word in words)
        {
            var wordScore = (name.Contains(word) ? 8 : 0) + (terms.Contains(word) ? 5 : 0) + (summary.Contains(word) ? 3 : 0)
                + (organisation.Contains(word) ? 2 : 0) + (description.Contains(word) ? 1 : 0);
            score += wordScore;
            matched += wordScore > 0 ? 1 : 0;
        }

        return (score, matched);
    }
}
