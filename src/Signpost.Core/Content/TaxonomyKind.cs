namespace Signpost.Core.Content;

public enum TaxonomyKind
{
    Category,
    Need,
    Outcome,
}
