namespace Signpost.Web.Features.Account.Passwords;

/// <summary>
/// The most common passwords from public breach lists, shipped inside the app (NCSC: block the
/// passwords attackers try first). Lower-case; checked against variants such as "Password1234!".
/// </summary>
public sealed class CommonPasswords
{
    private readonly HashSet<string> _words;

    public CommonPasswords()
        : this(Load())
    {
    }

    public CommonPasswords(IEnumerable<string> words) => _words = new HashSet<string>(words, StringComparer.Ordinal);

    public int Count => _words.Count;

    public bool Contains(string lowerCaseWord) => _words.Contains(lowerCaseWord);

    private static IEnumerable<string> Load()
    {
        var assembly = typeof(CommonPasswords).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("common-passwords.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
