using Signpost.Core.Rules;

namespace Signpost.Search;

/// <summary>
/// One search: text stage (FTS5), place stage (R*Tree then haversine), then filters, facets and
/// ordering in memory over the candidate rows, and snippets only for the page that is shown.
/// </summary>
internal sealed class SearchExecution
{
    public const int MaxPageSize = 100;

    /// <summary>Exact-name matches go first whatever BM25 says: someone who types a service's name wants it.</summary>
    private const double ExactNameBoost = 1000;

    private static readonly FacetGroup[] Groups = Enum.GetValues<FacetGroup>();
    private readonly SearchIndex index;
    private readonly SearchReader reader;
    private readonly SearchRequest request;
    private readonly int[]?[] selected;
    private readonly int[] requestedAudiences;

    public SearchExecution(SearchIndex index, SearchReader reader, SearchRequest request)
    {
        this.index = index;
        this.reader = reader;
        this.request = request;
        selected = Groups.Select(Selected).ToArray();
        requestedAudiences = selected[(int)FacetGroup.Audience] ?? [];
    }

    public SearchResponse Run()
    {
        var near = request.Near is { } point && double.IsFinite(point.Latitude) && double.IsFinite(point.Longitude) ? point : null;
        var needScores = request.Sort == SearchSort.Relevance || near is null;
        var text = TextMatch.Run(request, index.Synonyms, index.Vocabulary, reader, needScores, index.Caches);
        var withinRadius = near is null ? null : WithinRadius(near);
        var beyondRadius = false;
        var (results, tally) = Collect(text, near, withinRadius, beyond: false, needScores);
        if (results.Count == 0 && near is not null && request.NearestBeyondRadius)
        {
            // Nothing within the radius: the nearest matches beyond it, flagged, beat an empty page.
            (results, tally) = Beyond(text, near, needScores);
            beyondRadius = results.Count > 0;
        }

        if (results.Count == 0 && text.Relax(reader, index.Synonyms, needScores, index.Caches) is { } relaxed)
        {
            // Every word together matched, but nothing that passes the filters: try any of the words.
            text = relaxed;
            (results, tally) = Collect(text, near, withinRadius, beyond: false, needScores);
            if (results.Count == 0 && near is not null && request.NearestBeyondRadius)
            {
                (results, tally) = Beyond(text, near, needScores);
                beyondRadius = results.Count > 0;
            }
        }

        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var ordering = new ResultOrdering((request.Sort == SearchSort.Distance || beyondRadius) && near is not null);
        var shown = ordering.Page(results, (long)(page - 1) * pageSize, pageSize);
        var hits = shown.Select(c => Hit(c, text.SnippetExpression)).ToList();
        var facets = tally?.ToFacets(selected) ?? new Dictionary<string, IReadOnlyList<FacetCount>>();
        return new SearchResponse(results.Count, hits, facets, text.CorrectedText, text.CorrectedText is null ? null : request.Text)
        {
            MatchedAnyWord = text.MatchedAnyWord,
            BeyondRadius = beyondRadius,
        };
    }

    /// <summary>
    /// With words, every match at its nearest location's distance; without, the radius doubled until something
    /// matches (via the R*Tree, so a filter-only search does not measure the distance to every service), then
    /// everything as a last resort.
    /// </summary>
    private (List<Candidate> Results, FacetTally? Tally) Beyond(TextMatch text, GeoPoint near, bool needScores)
    {
        if (text.HasWords)
        {
            // The words already bound the candidates: measure each one's nearest location, no wider boxes.
            return text.Rows.Length == 0 ? ([], null) : Collect(text, near, WithinRadius(near, 0), beyond: true, needScores);
        }

        var radius = Radius();
        while (radius < GeoMath.MaxSearchMiles)
        {
            radius = Math.Min(GeoMath.MaxSearchMiles, Math.Max(radius * 2, 2));
            var found = Collect(text, near, WithinRadius(near, radius), beyond: false, needScores);
            if (found.Results.Count > 0)
            {
                return found;
            }
        }

        return Collect(text, near, WithinRadius(near, 0), beyond: true, needScores);
    }

    /// <summary>
    /// The candidates that pass every filter, with facet counts. With <paramref name="beyond"/>, a service
    /// outside the radius is kept at its nearest location's distance instead of being dropped.
    /// </summary>
    private (List<Candidate> Results, FacetTally? Tally) Collect(TextMatch text, GeoPoint? near, Dictionary<long, double>? withinRadius, bool beyond, bool needScores)
    {
        var tally = request.IncludeFacets ? new FacetTally(index.Factory) : null;
        var results = new List<Candidate>();
        var queryNameKey = text.HasWords ? IndexedServiceFactory.NameKey(request.Text) : null;
        var scorer = text.HasWords && needScores
            ? new RelevanceScorer(text.Units, index.Synonyms, index.Factory.Words, everyUnitMatched: !text.MatchedAnyWord)
            : null;

        void Consider(long row, double tie)
        {
            var service = index.Services[(int)row];
            if (service is null || Expired(service))
            {
                return;
            }

            double? distance = null;
            string? coverage = null;
            if (near is not null)
            {
                coverage = CoverageOf(service);
                if (withinRadius!.TryGetValue(row, out var d))
                {
                    distance = d;
                }
                else if (coverage is null && !beyond)
                {
                    return;
                }
                else
                {
                    distance = NearestDistance(service, near);
                }
            }

            if (!PassesFixedFilters(service))
            {
                return;
            }

            var failed = -1;
            foreach (var group in Groups)
            {
                if (selected[(int)group] is { } wanted && !service.HasAny(group, wanted))
                {
                    if (failed >= 0)
                    {
                        return;
                    }

                    failed = (int)group;
                }
            }

            if (failed >= 0)
            {
                tally?.CountGroup(service, (FacetGroup)failed);
                return;
            }

            tally?.CountAll(service);
            var score = Boosted(service, scorer?.Score(service) ?? 0, queryNameKey);
            results.Add(new Candidate(service, score, tie, distance, coverage));
        }

        if (text.HasWords)
        {
            var rows = text.Rows;
            var scores = text.Scores;
            for (var i = 0; i < rows.Length; i++)
            {
                Consider(rows[i], scores.Length > 0 ? scores[i] : 0);
            }
        }
        else if (withinRadius is not null && !beyond)
        {
            foreach (var row in withinRadius.Keys)
            {
                Consider(row, 0);
            }

            foreach (var row in index.CoverageRows)
            {
                if (!withinRadius.ContainsKey(row))
                {
                    Consider(row, 0);
                }
            }
        }
        else
        {
            for (var row = 1; row < index.Services.Count; row++)
            {
                Consider(row, 0);
            }
        }

        return (results, tally);
    }

    private int[]? Selected(FacetGroup group)
    {
        IReadOnlyList<string> values = group switch
        {
            FacetGroup.Category => request.Categories,
            FacetGroup.Need => request.Needs,
            FacetGroup.Audience => request.Audiences,
            FacetGroup.Access => request.AccessRoutes,
            FacetGroup.Delivery => request.DeliveryModes,
            FacetGroup.Language => request.Languages,
            FacetGroup.Accessibility => request.Accessibility,
            _ => request.FreeOnly ? [IndexedServiceFactory.FreeValue] : [],
        };
        var wanted = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        // A value no service has stays in the filter as nothing-matches rather than silently vanishing.
        var facetValues = index.Factory.Values(group);
        return wanted.Select(v => facetValues.Find(v.Trim())).Where(k => k >= 0).Distinct().ToArray();
    }

    private bool Expired(IndexedService service) =>
        service.Source.ValidTo is { } validTo && request.Today != default && validTo < request.Today;

    private bool PassesFixedFilters(IndexedService service)
    {
        var source = service.Source;
        if ((request.AgeFrom is not null || request.AgeTo is not null)
            && !new AgeRange(source.MinimumAge, source.MaximumAge).Overlaps(request.AgeFrom, request.AgeTo))
        {
            return false;
        }

        if ((request.Days.Count > 0 || request.TimeOfDay is not null)
            && !OpeningTimes.HasSession(service, request.Days, request.TimeOfDay, request.Today))
        {
            return false;
        }

        return request.OpenAt is not { } openAt || OpeningTimes.IsOpen(service, openAt);
    }

    private string? CoverageOf(IndexedService service) => service.Area switch
    {
        AreaKind.WholeArea when request.NearIsInArea => CoverageLabels.CoversArea,
        AreaKind.Localities when request.NearLocalities.Any(service.Localities.Contains) => CoverageLabels.CoversArea,
        AreaKind.National => service.InPerson ? CoverageLabels.National : CoverageLabels.Online,
        _ => null,
    };

    private double Radius() => double.IsFinite(request.RadiusMiles) ? Math.Clamp(request.RadiusMiles, 0, GeoMath.MaxSearchMiles) : 5;

    private Dictionary<long, double> WithinRadius(GeoPoint near) => WithinRadius(near, Radius());

    private Dictionary<long, double> WithinRadius(GeoPoint near, double radius)
    {
        var box = GeoMath.BoundingBox(near.Latitude, near.Longitude, radius);
        var located = new List<(long Row, double Lat, double Lng)>();
        reader.LocationsInBox(box.LatLow, box.LatHigh, box.LngLow, box.LngHigh, located);
        var nearest = new Dictionary<long, double>();
        foreach (var (row, lat, lng) in located)
        {
            var distance = GeoMath.DistanceMiles(near.Latitude, near.Longitude, lat, lng);
            if (distance <= radius && (!nearest.TryGetValue(row, out var known) || distance < known))
            {
                nearest[row] = distance;
            }
        }

        return nearest;
    }

    private static double? NearestDistance(IndexedService service, GeoPoint near)
    {
        var locations = service.Source.Locations ?? [];
        return locations.Count == 0
            ? null
            : locations.Min(l => GeoMath.DistanceMiles(near.Latitude, near.Longitude, l.Latitude, l.Longitude));
    }

    private double Boosted(IndexedService service, double score, string? queryNameKey)
    {
        if (queryNameKey is { Length: > 0 } && service.NameKey == queryNameKey)
        {
            score += ExactNameBoost;
        }

        if (requestedAudiences.Length > 0)
        {
            // Audience fit: a service only for the people asked about beats one for everyone.
            var own = service.FacetKeys[(int)FacetGroup.Audience];
            var fit = own.Length == 0 ? 0 : (double)own.Count(requestedAudiences.Contains) / own.Length;
            score = (score * (1 + (0.2 * fit))) + (0.001 * fit);
        }

        return score;
    }

    private SearchHit Hit(Candidate candidate, string? expression)
    {
        var service = candidate.Service;
        var source = service.Source;
        string snippet;
        if (expression is null)
        {
            snippet = SnippetFormatter.Escape(source.Summary ?? string.Empty);
        }
        else
        {
            var (summary, description) = reader.Snippets(expression, service.Row);
            snippet = SnippetFormatter.Format(summary, description, source.Summary ?? string.Empty);
        }

        var clock = request.OpenAt ?? request.Now;
        return new SearchHit(
            source.Id,
            source.Slug,
            source.Name,
            source.Summary ?? string.Empty,
            snippet,
            source.OrganisationName ?? string.Empty,
            source.MinimumAge,
            source.MaximumAge,
            service.CategoryLabels,
            service.NeedLabels,
            source.IsFree,
            candidate.Distance is { } d ? Math.Round(d, 2) : null,
            candidate.Coverage,
            clock is { } at && OpeningTimes.IsOpen(service, at));
    }
}
