using Signpost.Core.Content;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>How taxonomy changes are named in the audit log, so the log can be filtered by term.</summary>
public static class TermAudit
{
    public static string Target(TaxonomyTerm term) => $"term:{TermWords.Slug(term.Kind)}:{term.Slug}";
}
