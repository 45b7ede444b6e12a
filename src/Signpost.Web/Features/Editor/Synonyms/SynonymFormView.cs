namespace Signpost.Web.Features.Editor.Synonyms;

/// <summary>What the shared add/edit fields render: the typed terms, errors, and terms other groups also list.</summary>
public sealed record SynonymFormView(SynonymInput Input, IReadOnlyList<string> Errors, IReadOnlyList<SynonymOverlap> Overlaps)
{
    public static SynonymFormView Blank(SynonymInput input) => new(input, [], []);
}
