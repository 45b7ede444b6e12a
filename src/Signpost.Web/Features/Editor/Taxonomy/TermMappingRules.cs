using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>What an imported term may be mapped to, and what mapping does to a service's snapshot.</summary>
public static class TermMappingRules
{
    /// <summary>Why <paramref name="target"/> cannot be the mapping for an imported term, or null when it can.</summary>
    public static string? Refusal(TaxonomyTerm? target) => target switch
    {
        null => "Choose one of our categories, needs or outcomes",
        { Kind: TaxonomyKind.Imported } => "Choose one of our own terms: an imported term cannot be mapped to another imported term",
        _ => null,
    };

    /// <summary>True when the snapshot carries the imported term but not yet our term, so mapping changes it.</summary>
    public static bool Needs(ServiceSnapshot snapshot, Guid importedTermId, TaxonomyTerm target) =>
        (snapshot.ImportedTermIds ?? []).Contains(importedTermId) && !snapshot.TermIds.Contains(target.Id);

    /// <summary>The snapshot with our term added to the list for its kind; the imported term stays, so the feed's own tag is not lost.</summary>
    public static ServiceSnapshot WithTerm(ServiceSnapshot snapshot, TaxonomyTerm target) => (target.Kind switch
    {
        TaxonomyKind.Category => snapshot with { CategoryIds = [.. snapshot.CategoryIds, target.Id] },
        TaxonomyKind.Need => snapshot with { NeedIds = [.. snapshot.NeedIds, target.Id] },
        TaxonomyKind.Outcome => snapshot with { OutcomeIds = [.. snapshot.OutcomeIds, target.Id] },
        _ => throw new ArgumentException($"An imported term maps only to our own terms, not to a {target.Kind} term.", nameof(target)),
    }).Normalised();
}
