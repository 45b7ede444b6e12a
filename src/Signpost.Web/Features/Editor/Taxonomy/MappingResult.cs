namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>What saving a mapping changed: live services given our term (published as a new version) and drafts given it (a new draft version).</summary>
public sealed record MappingResult(int Published, int Drafts)
{
    public int Services => Published + Drafts;
}
