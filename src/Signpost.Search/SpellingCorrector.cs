namespace Signpost.Search;

/// <summary>
/// Corrects a word the index has never seen to the nearest vocabulary word: candidates share a
/// trigram with it (checked in memory on the few words of a near length and letter set), the winner has the smallest Damerau-Levenshtein
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
        var best = Best(word, vocabulary, limit);
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

    /// <summary>
    /// The best candidate among the words that share a trigram with <paramref name="word"/>, else among all
    /// (a typo in a short word can break every trigram it has: "hepl"). Only words whose length and letter
    /// set could be within <paramref name="limit"/> edits are looked at (<see cref="Vocabulary.ForEachNearShape"/>),
    /// so neither pass scans the vocabulary with an edit distance per word.
    /// </summary>
    private static string? Best(string word, Vocabulary vocabulary, int limit)
    {
        var trigrams = Trigrams(word);
        var sharing = new Pick();
        var other = new Pick();
        vocabulary.ForEachNearShape(word, limit, candidate =>
        {
            if (StopWords.Contains(candidate))
            {
                return;
            }

            var distance = DamerauLevenshtein.Distance(word, candidate, limit);
            if (distance > limit || distance == 0)
            {
                return;
            }

            (SharesTrigram(candidate, trigrams) ? sharing : other).Offer(candidate, distance, vocabulary.FrequencyOf(candidate));
        });
        return sharing.Word ?? other.Word;
    }

    private static HashSet<string> Trigrams(string word)
    {
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= word.Length; i++)
        {
            trigrams.Add(word.Substring(i, 3));
        }

        return trigrams;
    }

    private static bool SharesTrigram(string candidate, HashSet<string> trigrams)
    {
        var lookup = trigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i + 3 <= candidate.Length; i++)
        {
            if (lookup.Contains(candidate.AsSpan(i, 3)))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Pick
    {
        private int distance = int.MaxValue;
        private int frequency;

        public string? Word { get; private set; }

        public void Offer(string candidate, int candidateDistance, int candidateFrequency)
        {
            if (candidateDistance < distance
                || (candidateDistance == distance && candidateFrequency > frequency)
                || (candidateDistance == distance && candidateFrequency == frequency && string.CompareOrdinal(candidate, Word) < 0))
            {
                Word = candidate;
                distance = candidateDistance;
                frequency = candidateFrequency;
            }
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
