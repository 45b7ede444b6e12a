namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>What saving a mapping changed: live services given our term (a new published version, and their pending draft too) and services given it only in a draft.</summary>
public sealed record MappingResult(int Published, int Drafts)
{
    public int Services => Published + Drafts;
}
