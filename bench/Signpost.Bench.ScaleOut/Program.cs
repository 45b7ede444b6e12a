using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Signpost.Bench.ScaleOut;

// Two real site processes (Release, Production) on one store, with a real redis-server, and a
// round-robin client over search and service pages. Bounded: --seconds (max 600), 2 million
// requests, and every child process is killed in the finally block.
//
//   dotnet run -c Release --project bench/Signpost.Bench.ScaleOut -- --seconds 60 --connections 16
//   options: --postgres "Host=...;Database=...;..."  (the shared store; default a SQLite file)
//            --build-site (rebuild src/Signpost.Web in Release first)  --out FILE (also write the report there)
//            --nodes N (default 2; 1 gives the single-node figure on the same workload)  --no-redis (no Redis at all)
var options = Arguments.Parse(args);
var repo = Arguments.FindRepository();
var webDll = Path.Combine(repo, "src", "Signpost.Web", "bin", "Release", "net10.0", "Signpost.Web.dll");
if (options.BuildSite || !File.Exists(webDll))
{
    Console.WriteLine("scale-out: dotnet build -c Release src/Signpost.Web ...");
    using var build = Process.Start("dotnet", ["build", "-c", "Release", Path.Combine(repo, "src", "Signpost.Web", "Signpost.Web.csproj"), "-nologo", "-v", "q"]);
    if (!build.WaitForExit(TimeSpan.FromMinutes(8)) || build.ExitCode != 0)
    {
        Console.WriteLine("scale-out: the Release build failed or took over 8 minutes");
        return 1;
    }
}

var work = Directory.CreateTempSubdirectory("signpost-scaleout-bench-").FullName;
var children = new List<ChildProcess>();
try
{
    var redis = Array.Empty<string>();
    if (options.Redis)
    {
        var redisPort = ChildProcess.FreePort();
        children.Add(ChildProcess.Start("redis-server", ["--port", redisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], work, Path.Combine(work, "redis.log")));
        await WaitForRedisAsync(redisPort);
        Console.WriteLine($"scale-out: redis-server on 127.0.0.1:{redisPort}");
        redis = [$"--Redis:Configuration=127.0.0.1:{redisPort}"];
    }

    var store = options.Postgres is { } postgres
        ? new[] { "--Database:Provider=Postgres", $"--Database:ConnectionString={postgres}" }
        : [$"--Database:ConnectionString=Data Source={Path.Combine(work, "shared.db")}"];
    var nodes = new List<string>();
    foreach (var name in Enumerable.Range(1, options.Nodes).Select(n => "node" + n))
    {
        // One after the other: the first migrates and seeds the store, the second finds it ready.
        var url = $"http://127.0.0.1:{ChildProcess.FreePort()}";
        var dataPath = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
        var started = Stopwatch.StartNew();
        var node = ChildProcess.Start("dotnet",
            [webDll, "--urls", url, $"--Signpost:DataPath={dataPath}", "--Signpost:SeedOnStart=true", "--Signpost:MapTileUrl=", .. redis, .. store],
            Path.GetDirectoryName(webDll)!, Path.Combine(work, name + ".log"),
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        children.Add(node);
        if (!await WaitHealthyAsync(url, node, TimeSpan.FromMinutes(5)))
        {
            Console.WriteLine($"scale-out: {name} was not healthy within 5 minutes; its log: {Path.Combine(work, name + ".log")}");
            Console.WriteLine(File.ReadAllText(Path.Combine(work, name + ".log")));
            return 1;
        }

        Console.WriteLine($"scale-out: {name} healthy on {url} after {started.Elapsed.TotalSeconds:0.0} s");
        nodes.Add(url);
    }

    var paths = await PathsAsync(nodes[0]);
    Console.WriteLine($"scale-out: {paths.Count} paths (search pages, /api/search and service pages), round robin over {nodes.Count} nodes");

    // A short untimed pass, so the figures are not the first requests' compilation.
    await RoundRobinLoad.RunAsync(nodes, paths, Math.Min(4, options.Connections), TimeSpan.FromSeconds(Math.Min(3, options.Seconds)));
    var report = await RoundRobinLoad.RunAsync(nodes, paths, options.Connections, TimeSpan.FromSeconds(options.Seconds));
    var text = new StringBuilder($"{options.Nodes}-node load ({(options.Postgres is null ? "SQLite" : "PostgreSQL")} store, {(options.Redis ? "Redis" : "no Redis")}): {report}");
    foreach (var sample in report.ErrorSamples)
    {
        text.Append("\n  error: ").Append(sample);
    }

    Console.WriteLine(text);
    if (options.Out is { } file)
    {
        await File.WriteAllTextAsync(file, text + "\n");
    }

    return report.Errors == 0 ? 0 : 2;
}
finally
{
    foreach (var child in Enumerable.Reverse(children))
    {
        child.Dispose();
    }

    try
    {
        Directory.Delete(work, recursive: true);
    }
    catch (IOException)
    {
    }

    Console.WriteLine("scale-out: stopped");
}

static async Task WaitForRedisAsync(int port)
{
    var deadline = Stopwatch.StartNew();
    while (deadline.Elapsed < TimeSpan.FromSeconds(20))
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            await client.GetStream().WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await client.GetStream().ReadAsync(buffer);
            if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
            {
                return;
            }
        }
        catch (SocketException)
        {
        }

        await Task.Delay(100);
    }

    throw new InvalidOperationException("redis-server did not answer within 20 s");
}

static async Task<bool> WaitHealthyAsync(string url, ChildProcess node, TimeSpan limit)
{
    using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
    var deadline = Stopwatch.StartNew();
    while (deadline.Elapsed < limit && !node.HasExited)
    {
        try
        {
            using var response = await client.GetAsync(url + "/health");
            if (response.IsSuccessStatusCode)
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
        }

        await Task.Delay(250);
    }

    return false;
}

// Service pages from the sitemap, plus searches a visitor would make on the page and through the API.
static async Task<List<string>> PathsAsync(string node)
{
    using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var sitemap = await client.GetStringAsync(node + "/sitemap.xml");
    var services = Regex.Matches(sitemap, @"<loc>[^<]*?(/services/[a-z0-9-]+)</loc>").Select(m => m.Groups[1].Value).Distinct().Take(200).ToList();
    string[] words = ["youth", "camhs", "parenting", "sure start", "autism", "young carers", "sexual health", "counselling", "football", "food bank"];
    var searches = words.SelectMany(w => new[] { $"/search?q={Uri.EscapeDataString(w)}", $"/api/search?q={Uri.EscapeDataString(w)}", $"/api/search?q={Uri.EscapeDataString(w)}&postcode=WA7+2GW&radius=5" });
    return [.. searches, .. services];
}
