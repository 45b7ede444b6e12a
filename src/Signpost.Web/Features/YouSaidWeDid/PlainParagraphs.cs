namespace Signpost.Web.Features.YouSaidWeDid;

/// <summary>Officers write plain text; a blank line starts a new paragraph. Razor encodes each paragraph, so nothing they type becomes markup.</summary>
public static class PlainParagraphs
{
    public static IReadOnlyList<string> Split(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
}
