namespace Signpost.Web.Features.Editor.Synonyms;

/// <summary>The terms read from the form, in the order typed, and what is wrong with them.</summary>
public sealed record SynonymParse(IReadOnlyList<string> Terms, IReadOnlyList<string> Errors);
