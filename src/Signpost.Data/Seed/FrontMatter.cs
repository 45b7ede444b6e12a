namespace Signpost.Data.Seed;

/// <summary>Splits a Markdown file into its YAML front matter and body.</summary>
internal static class FrontMatter
{
    public static (string Yaml, string Body)? Split(string text)
    {
        text = text.Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var bodyStart = text.IndexOf('\n', end + 4);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        return (text[4..end], body.Trim());
    }
}
