namespace Signpost.Search;

/// <summary>A service that passed every filter, with what ordering and the hit need.</summary>
/// <param name="Score">Field-aware relevance (see <see cref="RelevanceScorer"/>) with the exact-name and audience boosts.</param>
/// <param name="Tie">BM25 when it was computed: orders services within the same relevance score.</param>
/// <param name="NameLength">Words in the name (see <see cref="IndexedService.NameLength"/>), here so that ordering ties need not visit the service.</param>
internal readonly record struct Candidate(IndexedService Service, double Score, double Tie, double? Distance, string? Coverage, int NameLength);
