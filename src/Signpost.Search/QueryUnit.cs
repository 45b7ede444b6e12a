namespace Signpost.Search;

/// <summary>One ANDed part of a query: a word, a quoted phrase, a synonym-group member, or the autocomplete prefix.</summary>
internal sealed class QueryUnit
{
    public required QueryUnitKind Kind { get; set; }

    /// <summary>Folded words as typed (one for a word or prefix).</summary>
    public required string[] Words { get; init; }

    /// <summary>Where the unit sat in the original text, for writing the corrected text.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    public int SynonymGroup { get; set; } = -1;

    /// <summary>The vocabulary word a misspelt word was corrected to.</summary>
    public string? Correction { get; set; }

    /// <summary>Surface words a prefix expands to, because the stemmed index cannot match every prefix.</summary>
    public IReadOnlyList<string> Completions { get; set; } = [];

    public string Text => string.Join(' ', Words);
}
