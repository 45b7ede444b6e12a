namespace Signpost.Core.Editorial;

/// <summary>The kinds of content editors change through the publishing workflow.</summary>
public enum ContentKind
{
    Service,
    Organisation,
    Location,
    Page,
}
