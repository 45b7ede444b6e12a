using Microsoft.Extensions.Options;

namespace Signpost.Web.Infrastructure;

/// <summary>Resolves the data folder and content-seed folder from options and the content root.</summary>
public sealed class SignpostPaths(IOptions<SignpostOptions> options, IHostEnvironment environment)
{
    public string DataFolder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataPath));

    public string DatabaseFile => Path.Combine(DataFolder, "signpost.db");

    public string ContentSeedFolder
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.ContentSeedPath))
            {
                return Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ContentSeedPath));
            }

            for (var folder = new DirectoryInfo(environment.ContentRootPath); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "content-seed");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return Path.Combine(environment.ContentRootPath, "content-seed");
        }
    }
}
