namespace Signpost.Search;

/// <summary>The texts of a service that <see cref="RowTexts"/> keeps by row.</summary>
internal enum RowText
{
    Summary,
    Description,
}
