namespace Signpost.Web.Features.Editor.Synonyms;

/// <summary>A term that is also in other groups, named by their first terms.</summary>
public sealed record SynonymOverlap(string Term, IReadOnlyList<string> OtherGroups);
