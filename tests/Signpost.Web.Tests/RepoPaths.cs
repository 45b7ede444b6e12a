namespace Signpost.Web.Tests;

/// <summary>Locates the repository and its content-seed folder from the test's bin folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The folder that holds Directory.sln.</summary>
    public static string Root => RootLazy.Value;

    public static string ContentSeed => Path.Combine(Root, "content-seed");

    private static string FindRoot()
    {
        // Walk up rather than count levels: the bin layout changes with configuration and framework.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Directory.sln found above {AppContext.BaseDirectory}.");
    }
}
