namespace Signpost.Search;

/// <summary>
/// Corrects a word the index has never seen to the nearest vocabulary word: candidates share a
/// trigram with it (the FTS5 trigram table), the winner has the smallest Damerau-Levenshtein
/// distance (at most 1 for words of up to five letters, 2 beyond), then is the most frequent.
/// </summary>
internal static class SpellingCorrector
{
    private const int ShortestCorrectable = 4;

    public static string? Correct(string word, Vocabulary vocabulary, SearchReader reader)
    {
        if (word.Length < ShortestCorrectable || vocabulary.Contains(word) || word.All(char.IsDigit))
        {
            return null;
        }

        var limit = word.Length <= 5 ? 1 : 2;
        var best = Best(word, reader.WordsSharingTrigrams(TrigramQuery(word)), vocabulary, limit)
            // A typo in a short word can break every trigram it has ("hepl"), so scan when trigrams find nothing.
            ?? Best(word, vocabulary.Words, vocabulary, limit);
        if (best is null)
        {
            return null;
        }

        // Porter already matches "clubs" to "club"; only call it a misspelling when the difference is not an ending.
        var inflection = best.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(best, StringComparison.Ordinal);
        if (inflection && reader.Exists(Quote(word)))
        {
            return null;
        }

        return best;
    }

    private static string? Best(string word, IEnumerable<string> candidates, Vocabulary vocabulary, int limit)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > limit || StopWords.Contains(candidate))
            {
                continue;
            }

            var distance = DamerauLevenshtein.Distance(word, candidate, limit);
            if (distance > limit || distance == 0)
            {
                continue;
            }

            var frequency = vocabulary.FrequencyOf(candidate);
            if (distance < bestDistance
                || (distance == bestDistance && frequency > bestFrequency)
                || (distance == bestDistance && frequency == bestFrequency && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }

        return best;
    }

    private static string TrigramQuery(string word)
    {
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= word.Length; i++)
        {
            trigrams.Add(word.Substring(i, 3));
        }

        return string.Join(" OR ", trigrams.Select(Quote));
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
