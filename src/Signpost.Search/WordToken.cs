namespace Signpost.Search;

/// <summary>A lower-cased, diacritic-free word and where it sat in the original text.</summary>
internal readonly record struct WordToken(string Text, int Start, int Length);
