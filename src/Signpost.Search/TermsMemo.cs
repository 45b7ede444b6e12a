namespace Signpost.Search;

/// <summary>
/// The terms column of each distinct set of labels, worked out once per build: services share far fewer label sets
/// than there are services, and expanding synonyms and splitting the same text into words for each one was a
/// large part of preparing a build.
/// </summary>
internal sealed class TermsMemo(SynonymSet synonyms)
{
    private readonly Dictionary<string, TermsText> byLabels = new(StringComparer.Ordinal);

    public TermsText For(SearchDocument document)
    {
        var joined = TermsColumn.JoinedLabels(document);
        if (!byLabels.TryGetValue(joined, out var terms))
        {
            terms = new TermsText(TermsColumn.OfJoinedLabels(joined, synonyms));
            byLabels[joined] = terms;
        }

        return terms;
    }
}
