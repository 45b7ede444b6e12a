using Signpost.Core.Content;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>
/// What makes a term acceptable. The public site shows two levels of categories (topic tiles and
/// their subtopics), so a term may go only under a top-level term and a term with children stays
/// at the top.
/// </summary>
public static class TermRules
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 500;
    public const int SlugMaxLength = 120;

    /// <summary>The slug a new term gets: the one typed, or one made from the name.</summary>
    public static string SlugFor(TermInput input) =>
        string.IsNullOrWhiteSpace(input.Slug) ? Core.Rules.Slug.From(input.Name ?? "") : input.Slug.Trim();

    /// <param name="editing">The term being changed, or null when adding one.</param>
    /// <param name="others">Every term of the same kind, including <paramref name="editing"/>.</param>
    /// <param name="hasChildren">Whether <paramref name="editing"/> has terms under it.</param>
    public static IReadOnlyList<FieldError> Validate(
        TaxonomyKind kind, TermInput input, TermSibling? editing, IReadOnlyCollection<TermSibling> others, bool hasChildren)
    {
        var errors = new List<FieldError>();
        var noun = TermWords.Noun(kind);
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new("name", $"Enter a name for the {noun}"));
        }
        else if (name.Length > NameMaxLength)
        {
            errors.Add(new("name", $"Name must be {NameMaxLength} characters or fewer"));
        }
        else if (others.Any(o => o.Id != editing?.Id && string.Equals(o.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            // Facets and filters show names, not slugs: two terms with one name could not be told apart.
            errors.Add(new("name", $"There is already a {noun} called {name}"));
        }

        if ((input.Description?.Trim().Length ?? 0) > DescriptionMaxLength)
        {
            errors.Add(new("description", $"Description must be {DescriptionMaxLength} characters or fewer"));
        }

        // A slug made from a refused name would only repeat the name's error.
        if (editing is null && errors.All(e => e.Field != "name"))
        {
            var slug = SlugFor(input);
            if (!Core.Rules.Slug.IsValid(slug))
            {
                errors.Add(new("slug", "Slug must be lower-case letters and numbers joined by hyphens, like youth-clubs"));
            }
            else if (slug.Length > SlugMaxLength)
            {
                errors.Add(new("slug", $"Slug must be {SlugMaxLength} characters or fewer"));
            }
            else if (others.Any(o => o.Slug == slug))
            {
                errors.Add(new("slug", $"There is already a {noun} with the slug {slug}"));
            }
        }

        if (input.ParentId is { } parentId)
        {
            var parent = others.FirstOrDefault(o => o.Id == parentId);
            if (parent is null)
            {
                errors.Add(new("parent", $"Choose a {noun} from the list"));
            }
            else if (parent.Id == editing?.Id)
            {
                errors.Add(new("parent", $"A {noun} cannot go under itself"));
            }
            else if (parent.ParentId is not null)
            {
                errors.Add(new("parent", $"Choose a top-level {noun}: {parent.Name} is already under another one"));
            }
            else if (hasChildren)
            {
                errors.Add(new("parent", $"{editing!.Name} has {TermWords.Plural(kind).ToLowerInvariant()} under it, so it must stay at the top level"));
            }
        }

        return errors;
    }
}
