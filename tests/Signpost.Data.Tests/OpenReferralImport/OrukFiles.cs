namespace Signpost.Data.Tests.OpenReferralImport;

/// <summary>The official ORUK examples and validator feeds (../shared/oruk beside the repository), and this folder's fixtures.</summary>
internal static class OrukFiles
{
    public static string Shared
    {
        get
        {
            for (var folder = new DirectoryInfo(RepoPaths.Root); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "oruk");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            // Worktrees live outside the checkout's parent; the shared folder is at its usual place on the build machine.
            return Directory.Exists("/work/shared/oruk") ? "/work/shared/oruk" : throw new InvalidOperationException("The shared ORUK examples (shared/oruk) were not found above " + RepoPaths.Root);
        }
    }

    public static string Example(string name) => Path.Combine(Shared, "examples", name);

    public static string ValidatorFeed(string name) => Path.Combine(Shared, "validator-feeds", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "OpenReferralImport", "Fixtures", name);
}
