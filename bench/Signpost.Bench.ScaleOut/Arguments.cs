namespace Signpost.Bench.ScaleOut;

public sealed record Arguments(int Seconds, int Connections, bool BuildSite, string? Postgres, string? Out, int Nodes, bool Redis)
{
    public static Arguments Parse(string[] args)
    {
        var seconds = 60;
        var connections = 16;
        var buildSite = false;
        string? postgres = null;
        string? output = null;
        var nodes = 2;
        var redis = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds":
                    seconds = Math.Clamp(int.Parse(args[++i]), 1, 600);
                    break;
                case "--connections":
                    connections = Math.Clamp(int.Parse(args[++i]), 1, 256);
                    break;
                case "--build-site":
                    buildSite = true;
                    break;
                case "--postgres":
                    postgres = args[++i];
                    break;
                case "--nodes":
                    nodes = Math.Clamp(int.Parse(args[++i]), 1, 4);
                    break;
                case "--no-redis":
                    redis = false;
                    break;
                case "--out":
                    output = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {args[i]}; see the comment at the top of Program.cs");
            }
        }

        return new Arguments(seconds, connections, buildSite, postgres, output, nodes, redis);
    }

    /// <summary>The folder holding Directory.sln, above the working directory or the bench's own folder.</summary>
    public static string FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Directory.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository: Directory.sln was not found above here.");
    }
}
