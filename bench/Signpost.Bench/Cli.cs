using System.Globalization;

namespace Signpost.Bench;

public sealed class Cli
{
    public const string Usage = """
        Signpost search benchmark (bench-ref workload)

          dotnet run -c Release --project bench/Signpost.Bench -- --n 50000 [options]
              engine in-process (facets on and off), raw SQLite FTS5 reference, then the real site over HTTP
            --n N              services to generate/reuse (/tmp/bench-ref/services_N.jsonl); default 50000
            --out DIR          results folder; default bench/results
            --skip-reference   do not re-run bench-ref/sqlite_fts5.py
            --skip-engine      do not run the in-process engine passes
            --skip-http        do not write a store, start the site or load it
            --seconds S        HTTP load duration; default 60 (max 600)
            --connections C    HTTP concurrent connections/workers; default 16 (max 256)
            --reuse-store      reuse /tmp/bench-ref/signpost-store-N/signpost.db if it exists
            --build-site       run `dotnet build -c Release src/Signpost.Web` first (otherwise only when the dll is missing)
            --no-synonyms      index and query without content-seed/synonyms.yaml (engine and store)
            --repeat R         R timed engine passes; each query counts its fastest (noise filter on a shared machine); default 1
            --diagnose         extra engine passes (facets off + no spelling correction / page size 1) to see where time goes
            --bench-ref DIR    default /work/shared/bench-ref
            --site-match-cache M  the site's match cache size; default 0, so repeated bench queries do their whole work
            --site-result-cache S the site's /api/search answer cache in seconds; default 0 (off), for the same reason
                               (the engine's headline passes also run with it off; one extra pass shows it on)

          dotnet run -c Release --project bench/Signpost.Bench -- http --url http://127.0.0.1:PORT [--connections 16] [--seconds 60]
              load an already running site (one sequential pass, then the timed load)
        """;

    public string Mode { get; private set; } = "bench";
    public int N { get; private set; } = 50_000;
    public string Out { get; private set; } = "bench/results";
    public bool SkipReference { get; private set; }
    public bool SkipEngine { get; private set; }
    public bool SkipHttp { get; private set; }
    public double Seconds { get; private set; } = 60;
    public int Connections { get; private set; } = 16;
    public bool ReuseStore { get; private set; }
    public bool BuildSite { get; private set; }
    public bool NoSynonyms { get; private set; }
    public bool Diagnose { get; private set; }
    public int Repeat { get; private set; } = 1;
    public string? BenchRef { get; private set; }
    public string? Url { get; private set; }

    /// <summary>The site's Signpost:Search:ResultCacheSeconds; 0 (the default here) turns the answer cache off.</summary>
    public int SiteResultCache { get; set; }

    /// <summary>The site's Signpost:Search:MatchCacheSize; 0 (the default here) makes every repeated bench query do its whole work.</summary>
    public int SiteMatchCache { get; private set; }

    public static Cli? Parse(string[] args)
    {
        var o = new Cli();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "http": o.Mode = "http"; break;
                case "--n": o.N = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--out": o.Out = Next(); break;
                case "--skip-reference": o.SkipReference = true; break;
                case "--skip-engine": o.SkipEngine = true; break;
                case "--skip-http": o.SkipHttp = true; break;
                case "--seconds": o.Seconds = Math.Clamp(double.Parse(Next(), CultureInfo.InvariantCulture), 1, 600); break;
                case "--connections": o.Connections = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 256); break;
                case "--reuse-store": o.ReuseStore = true; break;
                case "--build-site": o.BuildSite = true; break;
                case "--no-synonyms": o.NoSynonyms = true; break;
                case "--diagnose": o.Diagnose = true; break;
                case "--repeat": o.Repeat = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 10); break;
                case "--bench-ref": o.BenchRef = Next(); break;
                case "--url": o.Url = Next().TrimEnd('/'); break;
                case "--site-match-cache": o.SiteMatchCache = Math.Max(0, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--site-result-cache": o.SiteResultCache = Math.Max(0, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "-h" or "--help": return null;
                default: Console.WriteLine($"unknown argument {args[i]}"); return null;
            }
        }

        if (o.Mode == "http" && o.Url is null)
        {
            Console.WriteLine("http mode needs --url");
            return null;
        }

        o.Out = Path.GetFullPath(o.Out);
        return o;
    }
}
