namespace Signpost.Search;

/// <summary>
/// The search read model of one web node: an in-memory SQLite database (FTS5 for words, R*Tree for
/// places; spelling is corrected from an in-memory vocabulary) plus the filter and facet data of every service in arrays.
/// Searches run concurrently under a read lock; Upsert, Remove and ReplaceSynonyms take the write
/// lock, so a search sees a service either wholly before or wholly after a change.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly SearchDatabase database = new();
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly IndexedServiceFactory factory = new();
    private readonly Dictionary<Guid, long> rowById = [];
    private readonly HashSet<long> coverageRows = [];
    private readonly Lock suggestionLock = new();
    private SuggestionIndex? suggestions;
    private long nextLocationId = 1;
    private bool disposed;

    private SearchIndex(SynonymSet synonyms) => Synonyms = synonyms;

    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return rowById.Count;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <summary>Slot per row (row 0 unused); a removed service leaves null so rows never move.</summary>
    internal List<IndexedService?> Services { get; } = [null];

    internal IReadOnlyCollection<long> CoverageRows => coverageRows;

    internal IndexedServiceFactory Factory => factory;

    internal Vocabulary Vocabulary { get; } = new();

    internal SynonymSet Synonyms { get; private set; }

    /// <summary>Bumped by every change (Upsert, Remove, ReplaceSynonyms); cached matches and corrections belong to one version.</summary>
    internal long Version => Caches.Version;

    internal SearchCaches Caches { get; } = new();

    /// <summary>
    /// How many FTS5 match results (expression to matching rows) are kept, least recently used dropped first;
    /// 0 turns this cache and the spelling-correction cache off. Any change to the index empties both.
    /// </summary>
    public int MatchCacheSize
    {
        get => Caches.Matches.Capacity;
        set
        {
            Caches.Matches.Capacity = Math.Max(0, value);
            Caches.Corrections.Capacity = value <= 0 ? 0 : SearchCaches.DefaultCorrections;
        }
    }

    /// <summary>Builds the index in one transaction; the surface vocabulary is counted on a second core meanwhile.</summary>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, SynonymSet synonyms, GeoPoint? areaCentre = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(synonyms);
        var list = documents.Reverse().DistinctBy(d => d.Id).Reverse().ToList();
        var index = new SearchIndex(synonyms);
        try
        {
            index.Load(list);
        }
        catch
        {
            index.Dispose();
            throw;
        }

        return index;
    }

    public void Upsert(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Write(() =>
        {
            var newWords = new List<string>();
            AddToVocabulary(document, TermsText(document, Synonyms), newWords);
            IndexedService? added = null;
            database.InTransaction(() =>
            {
                if (rowById.TryGetValue(document.Id, out var existing))
                {
                    DeleteRows(existing);
                }

                added = InsertRows(rowById.TryGetValue(document.Id, out var row) ? row : Services.Count, document);
            });
            Place(added!);
            factory.Words.Resolve(database.Stems);
            if (newWords.Count > 0)
            {
                Vocabulary.Seal();
            }
        });
    }

    public void Remove(Guid id)
    {
        Write(() =>
        {
            if (!rowById.TryGetValue(id, out var row))
            {
                return;
            }

            database.InTransaction(() => DeleteRows(row));
            Services[(int)row] = null;
            rowById.Remove(id);
            coverageRows.Remove(row);
        });
    }

    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        gate.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var reader = database.RentReader();
            try
            {
                return new SearchExecution(this, reader, request).Run();
            }
            finally
            {
                database.ReturnReader(reader);
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Completions for the search box: synonym terms, category and need labels, then service names.</summary>
    public IReadOnlyList<string> Suggest(string prefix, int max = 8)
    {
        gate.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            SuggestionIndex current;
            lock (suggestionLock)
            {
                current = suggestions ??= SuggestionIndex.Create(
                    Synonyms,
                    Labels(FacetGroup.Category).Concat(Labels(FacetGroup.Need)),
                    Services.Where(s => s is not null).Select(s => s!.Source.Name));
            }

            return current.Suggest(prefix ?? string.Empty, max);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Swaps the synonym groups and rewrites the terms column of the services whose expansions change.</summary>
    public void ReplaceSynonyms(SynonymSet synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        Write(() =>
        {
            var newWords = new List<string>();
            database.InTransaction(() =>
            {
                foreach (var service in Services)
                {
                    if (service is null)
                    {
                        continue;
                    }

                    var before = TermsText(service.Source, Synonyms);
                    var after = TermsText(service.Source, synonyms);
                    if (before != after)
                    {
                        database.UpdateTerms(service.Row, after);
                        Vocabulary.Add(after, newWords);
                        service.TermWords = factory.Words.Ids(after);
                    }
                }
            });
            Synonyms = synonyms;
            factory.Words.Resolve(database.Stems);
            Vocabulary.Seal();
        });
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        gate.EnterWriteLock();
        try
        {
            disposed = true;
            database.Dispose();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>The terms column: category and need labels, then every synonym group those labels belong to.</summary>
    internal static string TermsText(SearchDocument document, SynonymSet synonyms)
    {
        var labels = (document.Categories ?? []).Concat(document.Needs ?? []).Select(t => t.Label).Distinct().ToList();
        var joined = string.Join("; ", labels);
        var expansions = synonyms.ExpansionsFor(joined).ToList();
        return SnippetFormatter.WithoutMarkers(expansions.Count == 0 ? joined : joined + "; " + string.Join("; ", expansions));
    }

    private void Load(List<SearchDocument> documents)
    {
        var synonyms = Synonyms;
        var vocabularyTask = Task.Run(() =>
        {
            foreach (var document in documents)
            {
                AddToVocabulary(document, TermsText(document, synonyms), null);
            }
        });

        var added = new List<IndexedService>(documents.Count);
        database.InTransaction(() =>
        {
            database.SetAutomerge(0);
            foreach (var document in documents)
            {
                added.Add(InsertRows(Services.Count + added.Count, document));
            }
        });
        foreach (var service in added)
        {
            Place(service);
        }

        factory.Words.Resolve(database.Stems);

        vocabularyTask.GetAwaiter().GetResult();
        database.InTransaction(() =>
        {
            database.Optimize();
            database.SetAutomerge(4);
        });
        Vocabulary.Seal();
    }

    private IndexedService InsertRows(long row, SearchDocument document)
    {
        var terms = TermsText(document, Synonyms);
        database.InsertService(
            row,
            SnippetFormatter.WithoutMarkers(document.Name),
            terms,
            SnippetFormatter.WithoutMarkers(document.OrganisationName),
            SnippetFormatter.WithoutMarkers(document.Summary),
            SnippetFormatter.WithoutMarkers(document.Description));
        var locations = document.Locations ?? [];
        var locationIds = new long[locations.Count];
        for (var i = 0; i < locations.Count; i++)
        {
            locationIds[i] = nextLocationId++;
            database.InsertLocation(locationIds[i], row, locations[i].Latitude, locations[i].Longitude);
        }

        return factory.Create(row, document, locationIds, terms);
    }

    private void DeleteRows(long row)
    {
        database.DeleteService(row);
        foreach (var locationId in Services[(int)row]?.LocationIds ?? [])
        {
            database.DeleteLocation(locationId);
        }
    }

    private void Place(IndexedService service)
    {
        if (service.Row == Services.Count)
        {
            Services.Add(service);
        }
        else
        {
            Services[(int)service.Row] = service;
        }

        rowById[service.Source.Id] = service.Row;
        if (service.Area != AreaKind.Locations)
        {
            coverageRows.Add(service.Row);
        }
        else
        {
            coverageRows.Remove(service.Row);
        }
    }

    private void AddToVocabulary(SearchDocument document, string terms, List<string>? newWords)
    {
        Vocabulary.Add(document.Name, newWords);
        Vocabulary.Add(terms, newWords);
        Vocabulary.Add(document.OrganisationName, newWords);
        Vocabulary.Add(document.Summary, newWords);
        Vocabulary.Add(document.Description, newWords);
    }

    private IEnumerable<string> Labels(FacetGroup group)
    {
        var values = factory.Values(group);
        return Enumerable.Range(0, values.Count).Select(values.LabelOf);
    }

    private void Write(Action change)
    {
        gate.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Caches.Bump();
            change();
            Caches.Bump();
            suggestions = null;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }
}
