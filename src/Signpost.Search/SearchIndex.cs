namespace Signpost.Search;

/// <summary>
/// The search read model of one web node: an in-memory SQLite database (FTS5 for words) plus, in memory,
/// the vocabulary (spelling, prefixes), the venues sorted by latitude (places) and the filter, facet and
/// ranking data of every service in flat arrays (see <see cref="ServiceColumns"/>).
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
    private bool disposed;

    private readonly QueryStemmer stemmer = new();

    private SearchIndex(SynonymSet synonyms)
    {
        Synonyms = synonyms;
        Postings = new PostingIndex(factory.Words, stemmer);
    }

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

    internal SearchDatabase Database => database;

    /// <summary>The summaries and descriptions FTS5 indexes but, being contentless, does not keep.</summary>
    internal RowTexts Texts { get; } = new();

    internal ServiceColumns Columns { get; } = new();

    internal LocationIndex Locations { get; } = new();

    internal Vocabulary Vocabulary { get; } = new();

    internal SynonymSet Synonyms { get; private set; }

    /// <summary>Bumped by every change (Upsert, Remove, ReplaceSynonyms); cached matches and corrections belong to one version.</summary>
    internal long Version => Caches.Version;

    internal SearchCaches Caches { get; } = new();

    /// <summary>Stems and synonym phrases to rows, so most text matches skip FTS5.</summary>
    internal PostingIndex Postings { get; }

    /// <summary>Off only in tests that compare the in-memory match with FTS5's.</summary>
    internal bool UsePostings { get; set; } = true;

    /// <summary>
    /// How many FTS5 match results (expression to matching rows) are kept, least recently used dropped first;
    /// 0 turns this cache and the spelling-correction cache off. Any change to the index empties both.
    /// </summary>
    public const int DefaultMatchCacheSize = SearchCaches.DefaultMatches;

    public int MatchCacheSize
    {
        get => Caches.Matches.Capacity;
        set
        {
            Caches.Matches.Capacity = Math.Max(0, value);
            Caches.Corrections.Capacity = value <= 0 ? 0 : SearchCaches.DefaultCorrections;
        }
    }

    /// <summary>
    /// Builds the index in one transaction, enumerating <paramref name="documents"/> once, as they come; they are
    /// prepared on a second core meanwhile (<see cref="IndexBulkLoad"/>). Of documents with the same id, the last wins.
    /// </summary>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, SynonymSet synonyms)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(synonyms);
        var index = new SearchIndex(synonyms);
        try
        {
            new IndexBulkLoad(index).Run(documents);
        }
        catch
        {
            index.Dispose();
            throw;
        }

        NativeHeap.Trim();
        return index;
    }

    public void Upsert(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Write(() =>
        {
            var newWords = new List<string>();
            var texts = TextsOf(document, TermsColumn.Text(document, Synonyms));
            AddToVocabulary(document, texts[1]!, newWords);
            factory.Words.AddWords(newWords);
            IndexedService? added = null;
            database.InTransaction(() =>
            {
                if (rowById.TryGetValue(document.Id, out var existing))
                {
                    DeleteRows(existing);
                }

                var row = rowById.TryGetValue(document.Id, out var existingRow) ? existingRow : Services.Count;
                InsertText(row, texts);
                Texts.Set(row, RowText.Summary, document.Summary);
                added = factory.Create(row, document, texts[1]!);
            });
            foreach (var location in document.Locations ?? [])
            {
                Locations.Add(added!.Row, location.Latitude, location.Longitude);
            }

            Place(added!);
            factory.Words.Resolve(database.Stems);
            Columns.Set(added!, factory.Words);
            Postings.Add(added!.Row, texts);
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
            Columns.Clear(row);
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
            var changed = new List<IndexedService>();
            database.InTransaction(() =>
            {
                foreach (var service in Services)
                {
                    if (service is null)
                    {
                        continue;
                    }

                    var labels = service.CategoryLabels.Concat(service.NeedLabels);
                    var before = TermsColumn.Text(labels, Synonyms);
                    var after = TermsColumn.Text(labels, synonyms);
                    if (before != after)
                    {
                        database.DeleteService(service.Row);
                        InsertFts(service.Row, IndexedTexts(service, after));
                        Vocabulary.Add(after, newWords);
                        service.SetColumns(null, null, factory.Words.Ids(after), null);
                        changed.Add(service);
                    }
                }
            });
            Synonyms = synonyms;
            factory.Words.AddWords(newWords);
            factory.Words.Resolve(database.Stems);
            foreach (var service in changed)
            {
                Columns.Set(service, factory.Words);
            }

            // New groups bring new phrases to post for every row: rare (a manager's edit), so rebuild from the texts.
            Postings.Build(Services.Where(s => s is not null).Select(s => (s!.Row, IndexedTexts(s))).ToList(), synonyms);

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
            stemmer.Dispose();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    internal void InsertText(long row, string?[] texts)
    {
        InsertFts(row, texts);
        Texts.Set(row, RowText.Description, texts[4]);
    }

    /// <summary>The texts FTS5 indexes for a service, in <see cref="SearchDatabase.FtsColumns"/> order.</summary>
    internal static string?[] TextsOf(SearchDocument document, string terms) =>
    [
        SnippetFormatter.WithoutMarkers(document.Name),
        terms,
        SnippetFormatter.WithoutMarkers(document.OrganisationName),
        SnippetFormatter.WithoutMarkers(document.Summary),
        SnippetFormatter.WithoutMarkers(document.Description),
    ];

    /// <summary>
    /// The texts FTS5 indexed for a service, put back together (FTS5 keeps none): the ones it was built from, since
    /// <see cref="Synonyms"/> and the terms column change together.
    /// </summary>
    private string?[] IndexedTexts(IndexedService service, string? terms = null)
    {
        // The service keeps its document's name and organisation as they were; its summary and description are apart.
        var texts = TextsOf(service.Source, terms ?? TermsColumn.Text(service.CategoryLabels.Concat(service.NeedLabels), Synonyms));
        texts[3] = SnippetFormatter.WithoutMarkers(Texts.Get(service.Row, RowText.Summary));
        texts[4] = Texts.Get(service.Row, RowText.Description);
        return texts;
    }

    internal void InsertFts(long row, string?[] texts) =>
        database.InsertService(row, texts[0]!, texts[1]!, texts[2]!, texts[3]!, texts[4]!);

    private void DeleteRows(long row)
    {
        if (Services[(int)row] is { } service)
        {
            Postings.Remove(row, IndexedTexts(service));
        }

        database.DeleteService(row);
        Texts.Remove(row);
        Locations.RemoveRow(row);
    }

    internal void Place(IndexedService service)
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
            Columns.Compact();
            Caches.Bump();
            suggestions = null;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }
}
