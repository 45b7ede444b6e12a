namespace Signpost.Search;

/// <summary>A service that passed every filter, with what ordering and the hit need.</summary>
internal readonly record struct Candidate(IndexedService Service, double Score, double? Distance, string? Coverage);
