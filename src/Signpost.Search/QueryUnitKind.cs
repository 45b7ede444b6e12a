namespace Signpost.Search;

internal enum QueryUnitKind
{
    Word,
    Phrase,
    Synonym,
    Prefix,
}
