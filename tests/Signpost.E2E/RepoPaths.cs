namespace Signpost.E2E;

/// <summary>Locates files in the source tree from the test's bin folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The folder that holds Directory.sln.</summary>
    public static string Root => RootLazy.Value;

    public static string InRepo(params string[] parts) =>
        Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        // Tests run from tests/Signpost.E2E/bin/<config>/<tfm>/, so walk up
        // rather than hard-coding a depth that changes with the build layout.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Directory.sln found above {AppContext.BaseDirectory}.");
    }
}
