namespace Signpost.Data.Tests;

internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Directory.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("Directory.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string ContentSeed => Path.Combine(Root, "content-seed");
}
