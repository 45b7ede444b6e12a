using Signpost.Core.Content;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>What the shared add/edit fields need to render.</summary>
/// <param name="FixedSlug">The slug of the term being edited (shown, not editable), or null when adding.</param>
public sealed record TermFormView(
    TaxonomyKind Kind, TermInput Input, IReadOnlyList<FieldError> Errors, IReadOnlyList<TermRow> ParentChoices, string? FixedSlug)
{
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
