using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Core.Content;
using Signpost.Core.Markdown;
using Signpost.Core.Rules;
using Signpost.Data.Seed;
using Signpost.Search;

namespace Signpost.Bench;

/// <summary>One line of bench-ref's services_N.jsonl (see gen.py make_service).</summary>
public sealed class GenService
{
    [JsonPropertyName("id")] public int Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("organisation")] public string Organisation { get; set; } = "";
    [JsonPropertyName("summary")] public string Summary { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("categories")] public List<GenCategory> Categories { get; set; } = [];
    [JsonPropertyName("needs")] public List<string> Needs { get; set; } = [];
    [JsonPropertyName("min_age")] public int MinAge { get; set; }
    [JsonPropertyName("max_age")] public int MaxAge { get; set; }
    [JsonPropertyName("free")] public bool Free { get; set; }
    [JsonPropertyName("cost")] public string Cost { get; set; } = "";
    [JsonPropertyName("access_route")] public string AccessRoute { get; set; } = "";
    [JsonPropertyName("delivery_mode")] public string DeliveryMode { get; set; } = "";
    [JsonPropertyName("schedule")] public List<GenSession> Schedule { get; set; } = [];
    [JsonPropertyName("locations")] public List<GenLocation> Locations { get; set; } = [];
    [JsonPropertyName("type")] public string Type { get; set; } = "";
}

public sealed class GenCategory
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("label")] public string Label { get; set; } = "";
    [JsonPropertyName("parent")] public string Parent { get; set; } = "";
}

public sealed class GenSession
{
    [JsonPropertyName("day")] public string Day { get; set; } = "";
    [JsonPropertyName("start")] public string Start { get; set; } = "";
    [JsonPropertyName("end")] public string End { get; set; } = "";
}

public sealed class GenLocation
{
    [JsonPropertyName("id")] public int Id { get; set; }
    [JsonPropertyName("lat")] public double Lat { get; set; }
    [JsonPropertyName("lon")] public double Lon { get; set; }
    [JsonPropertyName("town")] public string Town { get; set; } = "";
}

/// <summary>One line of bench-ref's queries.jsonl (see queries.py).</summary>
public sealed class BenchQuery
{
    [JsonPropertyName("i")] public int I { get; set; }
    [JsonPropertyName("cls")] public string Cls { get; set; } = "";
    [JsonPropertyName("q")] public string? Q { get; set; }
    [JsonPropertyName("prefix")] public string? Prefix { get; set; }
    [JsonPropertyName("age")] public int? Age { get; set; }
    [JsonPropertyName("lat")] public double? Lat { get; set; }
    [JsonPropertyName("lon")] public double? Lon { get; set; }
    [JsonPropertyName("radius_m")] public double? RadiusM { get; set; }
    [JsonPropertyName("category")] public string? Category { get; set; }
}

public static class BenchData
{
    public const double MetresPerMile = 1609.344;

    public static string EnsureData(string benchRef, int n, string dataDir)
    {
        var path = Path.Combine(dataDir, $"services_{n}.jsonl");
        if (File.Exists(path))
        {
            return path;
        }

        Console.WriteLine($"generating {path} with gen.py ...");
        Directory.CreateDirectory(dataDir);
        var (code, output) = Processes.Run("python3", [Path.Combine(benchRef, "gen.py"), "--n", n.ToString(), "--out", path], benchRef, TimeSpan.FromMinutes(5));
        Console.Write(output);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"gen.py did not write {path} (exit {code})");
        }

        return path;
    }

    public static IEnumerable<GenService> ReadServices(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonSerializer.Deserialize<GenService>(line)!;
            }
        }
    }

    public static List<BenchQuery> ReadQueries(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<BenchQuery>(l)!).ToList();

    /// <summary>A deterministic id per generated service, so a hit can be traced back to its line.</summary>
    public static Guid ServiceId(int id) => new($"00000000-0000-4000-8000-{id:D12}");

    public static Guid LocationId(int id) => new($"00000000-0000-4000-9000-{id:D12}");

    public static string ParentSlug(GenCategory c) => Slug.From(c.Parent);

    public static string NeedSlug(string need) => Slug.From(need);

    public static string ServiceSlug(GenService s) => $"{Slug.From(s.Name)}-{s.Id}";

    public static IEnumerable<AccessRoute> AccessRoutes(string value) => value switch
    {
        "drop-in" => [AccessRoute.DropIn],
        "self-referral" => [AccessRoute.SelfReferral],
        "professional referral" => [AccessRoute.ProfessionalReferral],
        "booking" or "appointment" => [AccessRoute.Appointment],
        _ => [],
    };

    public static IEnumerable<DeliveryMode> DeliveryModes(string value) => value switch
    {
        "in person" => [DeliveryMode.InPerson],
        "online" => [DeliveryMode.Online],
        "telephone" => [DeliveryMode.Phone],
        "hybrid" => [DeliveryMode.InPerson, DeliveryMode.Online],
        _ => [],
    };

    public static DayOfWeek Day(string day) => Enum.Parse<DayOfWeek>(day, ignoreCase: true);

    /// <summary>
    /// Mirrors src/Signpost.Web/Features/Search/SearchDocumentLoader.LoadPublishedAsync for the same service written to the
    /// store (leaf category with its parent slug, plus the parent as its own term), so the in-process index and
    /// the site's index hold the same documents.
    /// </summary>
    public static SearchDocument ToDocument(GenService s)
    {
        var categories = new List<SearchTerm>();
        foreach (var c in s.Categories)
        {
            var parent = ParentSlug(c);
            categories.Add(new SearchTerm(c.Id, c.Label, parent));
            if (categories.All(t => t.Slug != parent))
            {
                categories.Add(new SearchTerm(parent, c.Parent, null));
            }
        }

        return new SearchDocument(
            ServiceId(s.Id),
            ServiceSlug(s),
            s.Name,
            s.Summary,
            SafeMarkdown.ToPlainText(s.Description),
            s.Organisation,
            s.MinAge,
            s.MaxAge,
            s.Free,
            categories,
            s.Needs.Select(n => new SearchTerm(NeedSlug(n), n, null)).ToList(),
            [],
            AccessRoutes(s.AccessRoute).Select(VocabularyWords.Of).ToList(),
            DeliveryModes(s.DeliveryMode).Select(VocabularyWords.Of).ToList(),
            [],
            [],
            s.Locations.Select(l => new SearchLocation(l.Lat, l.Lon, l.Town)).ToList(),
            VocabularyWords.Of(ServiceAreaType.Locations),
            [],
            s.Schedule.Select(x => new SearchSession(Day(x.Day), TimeOnly.Parse(x.Start), TimeOnly.Parse(x.End), null, null)).ToList(),
            [],
            null);
    }

    /// <summary>The query mix as the engine sees it. The page always asks for facets; the second pass turns them off.</summary>
    public static SearchRequest ToRequest(BenchQuery q, bool includeFacets, DateTime ukNow)
    {
        var near = q.Lat is { } lat && q.Lon is { } lon ? new GeoPoint(lat, lon) : null;
        return new SearchRequest
        {
            Text = q.Q,
            Near = near,
            RadiusMiles = q.RadiusM is { } r ? Math.Round(r / MetresPerMile, 6) : 5,
            AgeFrom = q.Age,
            AgeTo = q.Age,
            Categories = q.Category is null ? [] : [q.Category],
            Prefix = q.Cls == "prefix",
            Sort = near is null ? SearchSort.Relevance : SearchSort.Distance,
            Page = 1,
            PageSize = 20,
            IncludeFacets = includeFacets,
            Now = ukNow,
            Today = DateOnly.FromDateTime(ukNow),
        };
    }

    /// <summary>The same query as /api/search's query string (the API has no prefix switch: prefix queries go as q).</summary>
    public static string ToQueryString(BenchQuery q)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("q", q.Q);
        Add("age", q.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (q.Lat is { } lat && q.Lon is { } lon)
        {
            Add("lat", lat.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            Add("lng", lon.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            Add("radius", ((int)Math.Round((q.RadiusM ?? 8046.72) / MetresPerMile)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add("sort", "distance");
        }

        Add("category", q.Category);
        Add("page_size", "20");
        return "/api/search?" + string.Join('&', parts);
    }

    public static SynonymSet LoadSynonyms(string? contentSeed)
    {
        if (contentSeed is null)
        {
            return SynonymSet.None;
        }

        var content = ContentSeedReader.Read(contentSeed);
        return new SynonymSet(content.SynonymGroups.Select(g => (IReadOnlyList<string>)g.Terms));
    }

    public static string? FindUp(string start, string name)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

public static class Processes
{
    /// <summary>Runs a process to completion with a hard time limit (killed, with its children, when it overruns).</summary>
    public static (int Code, string Output) Run(string file, IEnumerable<string> args, string workingDirectory, TimeSpan limit)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit(10_000);
            return (-1, $"{file} killed after {limit.TotalSeconds:0} s\n" + stderr.Result);
        }

        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}

public static class Mem
{
    /// <summary>VmRSS, VmHWM etc. in kB from /proc/&lt;pid&gt;/status.</summary>
    public static Dictionary<string, long> Status(string pid = "self")
    {
        var result = new Dictionary<string, long>();
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                var colon = line.IndexOf(':');
                if (colon < 0)
                {
                    continue;
                }

                var key = line[..colon];
                if (key is "VmRSS" or "VmHWM" or "RssAnon" or "RssFile" or "RssShmem")
                {
                    result[key] = long.Parse(line[(colon + 1)..].Trim().Split(' ')[0]);
                }
            }
        }
        catch (IOException)
        {
        }

        return result;
    }

    public static double Mb(long kb) => kb / 1024.0;

    /// <summary>User + system CPU seconds a process has used (/proc/&lt;pid&gt;/stat fields 14 and 15, in clock ticks of 1/100 s).</summary>
    public static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
