namespace Signpost.Web.Features.Editor.Synonyms;

public static class SynonymWords
{
    /// <summary>A group is named by its first term, as the seed file lists it.</summary>
    public static string Title(IReadOnlyList<string> terms) => terms.Count > 0 ? terms[0] : "(empty group)";

    public static string Quoted(IEnumerable<string> terms) => string.Join(", ", terms.Select(t => $"\"{t}\""));
}
