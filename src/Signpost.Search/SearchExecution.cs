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

    /// <summary>The groups with something selected, each with its selected <see cref="FacetCodes"/>.</summary>
    private readonly (FacetGroup Group, int[] Codes)[] filters;

    /// <summary>Day number of <see cref="SearchRequest.Today"/>: services valid to an earlier day never show.</summary>
    private readonly int today;

    public SearchExecution(SearchIndex index, SearchReader reader, SearchRequest request)
    {
        this.index = index;
        this.reader = reader;
        this.request = request;
        selected = Groups.Select(Selected).ToArray();
        requestedAudiences = selected[(int)FacetGroup.Audience] ?? [];
        filters = Groups.Where(g => selected[(int)g] is not null).Select(g => (g, selected[(int)g]!)).ToArray();
        today = request.Today == default ? int.MinValue : request.Today.DayNumber;
    }

    public SearchResponse Run()
    {
        var near = request.Near is { } point && double.IsFinite(point.Latitude) && double.IsFinite(point.Longitude) ? point : null;
        var needScores = request.Sort == SearchSort.Relevance || near is null;
        var highestRow = index.Services.Count - 1;
        var text = TextMatch.Run(request, index.Synonyms, index.Vocabulary, reader, needScores, index.Caches, highestRow, index.UsePostings ? index.Postings : null);
        var withinRadius = near is null ? null : WithinRadius(near);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var offset = (long)(Math.Max(1, request.Page) - 1) * pageSize;
        var keep = (int)Math.Min(offset + pageSize, index.Services.Count);
        var asked = new ResultOrdering(request.Sort == SearchSort.Distance && near is not null);
        var nearestFirst = new ResultOrdering(byDistance: true);
        var beyondRadius = false;
        var (results, tally) = Collect(text, near, withinRadius, beyond: false, needScores, new TopCandidates(asked, keep));
        if (results.Count == 0 && near is not null && request.NearestBeyondRadius)
        {
            // Nothing within the radius: the nearest matches beyond it, flagged and nearest first, beat an empty page.
            (results, tally) = Beyond(text, near, needScores, nearestFirst, keep);
            beyondRadius = results.Count > 0;
        }

        if (results.Count == 0 && text.Relax(reader, index.Synonyms, needScores, index.Caches, highestRow, index.UsePostings ? index.Postings : null) is { } relaxed)
        {
            // Every word together matched, but nothing that passes the filters: try any of the words.
            text = relaxed;
            (results, tally) = Collect(text, near, withinRadius, beyond: false, needScores, new TopCandidates(asked, keep));
            if (results.Count == 0 && near is not null && request.NearestBeyondRadius)
            {
                (results, tally) = Beyond(text, near, needScores, nearestFirst, keep);
                beyondRadius = results.Count > 0;
            }
        }

        var shown = results.Page(offset);
        var hits = new HitWriter(index, request).Write(shown, text);
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
    private (TopCandidates Results, FacetTally? Tally) Beyond(TextMatch text, GeoPoint near, bool needScores, ResultOrdering ordering, int keep)
    {
        if (text.HasWords)
        {
            // The words already bound the candidates: measure each one's nearest location, no wider boxes.
            return text.Rows.Count == 0 ? (new TopCandidates(ordering, 0), null) : Collect(text, near, WithinRadius(near, 0), beyond: true, needScores, new TopCandidates(ordering, keep));
        }

        var radius = Radius();
        while (radius < GeoMath.MaxSearchMiles)
        {
            radius = Math.Min(GeoMath.MaxSearchMiles, Math.Max(radius * 2, 2));
            var found = Collect(text, near, WithinRadius(near, radius), beyond: false, needScores, new TopCandidates(ordering, keep));
            if (found.Results.Count > 0)
            {
                return found;
            }
        }

        return Collect(text, near, WithinRadius(near, 0), beyond: true, needScores, new TopCandidates(ordering, keep));
    }

    /// <summary>
    /// The candidates that pass every filter, with facet counts. With <paramref name="beyond"/>, a service
    /// outside the radius is kept at its nearest location's distance instead of being dropped.
    /// </summary>
    private (TopCandidates Results, FacetTally? Tally) Collect(TextMatch text, GeoPoint? near, Dictionary<long, double>? withinRadius, bool beyond, bool needScores, TopCandidates results)
    {
        var pass = new CollectPass
        {
            Tally = request.IncludeFacets ? new FacetTally(index.Factory) : null,
            Results = results,
            Near = near,
            WithinRadius = withinRadius,
            Beyond = beyond,
            QueryNameKey = text.HasWords ? IndexedServiceFactory.NameKey(request.Text) : null,
            Scorer = text.HasWords && needScores
                ? new RelevanceScorer(text.Units, index.Synonyms, index.Factory.Words, everyUnitMatched: !text.MatchedAnyWord)
                : null,
        };
        pass.QueryNameHash = pass.QueryNameKey?.GetHashCode(StringComparison.Ordinal) ?? 0;

        if (text.HasWords)
        {
            var scores = text.Scores;
            var i = 0;
            foreach (var row in text.Rows)
            {
                Consider(pass, row, scores.Length > 0 ? scores[i++] : 0);
            }
        }
        else if (withinRadius is not null && !beyond)
        {
            foreach (var row in withinRadius.Keys)
            {
                Consider(pass, row, 0);
            }

            foreach (var row in index.CoverageRows)
            {
                if (!withinRadius.ContainsKey(row))
                {
                    Consider(pass, row, 0);
                }
            }
        }
        else
        {
            for (var row = 1; row < index.Services.Count; row++)
            {
                Consider(pass, row, 0);
            }
        }

        return (pass.Results, pass.Tally);
    }

    private void Consider(CollectPass pass, long row, double tie)
    {
        var columns = index.Columns;
        var service = index.Services[(int)row];
        if (service is null || columns.ValidToDay(row) < today)
        {
            return;
        }

        // Whether the place keeps the service is decided first; its coverage label and distance are only
        // worked out once every filter has passed (measuring every national service's locations was most of a filter-only search).
        double? distance = null;
        string? coverage = null;
        var measure = false;
        if (pass.Near is not null)
        {
            if (pass.WithinRadius!.TryGetValue(row, out var d))
            {
                distance = d;
            }
            else
            {
                // Most services serve only their venues: the column says so without visiting the service.
                coverage = columns.Area(row) == AreaKind.Locations ? null : CoverageOf(service);
                if (coverage is null && !pass.Beyond)
                {
                    return;
                }

                measure = true;
            }
        }

        if (!PassesFixedFilters(columns, row, service))
        {
            return;
        }

        var facets = columns.Facets(row);
        var failed = -1;
        foreach (var (group, wanted) in filters)
        {
            if (!HasAny(facets, wanted))
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
            pass.Tally?.CountGroup(facets, (FacetGroup)failed);
            return;
        }

        pass.Tally?.CountAll(facets);
        if (pass.Near is { } near)
        {
            coverage ??= CoverageOf(service);
            distance = measure ? NearestDistance(service, near) : distance;
        }

        var score = Boosted(columns, row, service, pass.Scorer?.Score(columns, row) ?? 0, pass);
        pass.Results.Add(new Candidate(service, score, tie, distance, coverage, columns.NameLength(row)));
    }

    private static bool HasAny(ReadOnlySpan<int> facets, int[] wanted)
    {
        foreach (var code in wanted)
        {
            if (facets.Contains(code))
            {
                return true;
            }
        }

        return false;
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
        return wanted.Select(v => facetValues.Find(v.Trim())).Where(k => k >= 0).Distinct().Select(k => FacetCodes.Of(group, k)).ToArray();
    }

    private bool PassesFixedFilters(ServiceColumns columns, long row, IndexedService service)
    {
        if ((request.AgeFrom is not null || request.AgeTo is not null) && !columns.AgesOverlap(row, request.AgeFrom, request.AgeTo))
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
        AreaKind.Localities when CoversNearLocality(service) => CoverageLabels.CoversArea,
        AreaKind.National => service.InPerson ? CoverageLabels.National : CoverageLabels.Online,
        _ => null,
    };

    private bool CoversNearLocality(IndexedService service)
    {
        foreach (var near in request.NearLocalities)
        {
            foreach (var locality in service.Localities)
            {
                if (string.Equals(near, locality, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private double Radius() => double.IsFinite(request.RadiusMiles) ? Math.Clamp(request.RadiusMiles, 0, GeoMath.MaxSearchMiles) : 5;

    private Dictionary<long, double> WithinRadius(GeoPoint near) => WithinRadius(near, Radius());

    private Dictionary<long, double> WithinRadius(GeoPoint near, double radius)
    {
        var box = GeoMath.BoundingBox(near.Latitude, near.Longitude, radius);
        var located = new List<(long Row, double Lat, double Lng)>();
        index.Locations.InBox(box.LatLow, box.LatHigh, box.LngLow, box.LngHigh, located);
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

    private double Boosted(ServiceColumns columns, long row, IndexedService service, double score, CollectPass pass)
    {
        if (pass.QueryNameKey is { Length: > 0 } queryNameKey && columns.NameKeyHash(row) == pass.QueryNameHash && IndexedServiceFactory.NameKey(service.Source.Name) == queryNameKey)
        {
            score += ExactNameBoost;
        }

        if (requestedAudiences.Length > 0)
        {
            // Audience fit: a service only for the people asked about beats one for everyone.
            int matching = 0, own = 0;
            foreach (var code in columns.Facets(row))
            {
                if (FacetCodes.GroupOf(code) == FacetGroup.Audience)
                {
                    own++;
                    matching += Array.IndexOf(requestedAudiences, code) >= 0 ? 1 : 0;
                }
            }

            var fit = own == 0 ? 0 : (double)matching / own;
            score = (score * (1 + (0.2 * fit))) + (0.001 * fit);
        }

        return score;
    }
}
