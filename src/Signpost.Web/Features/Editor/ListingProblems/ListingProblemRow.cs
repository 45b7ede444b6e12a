using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Editor.ListingProblems;

public sealed record ListingProblemRow(
    long Id,
    Guid ServiceId,
    string ServiceName,
    string ServiceSlug,
    string OrganisationName,
    ListingProblem Problem,
    string? Details,
    DateTime SubmittedAt,
    DateTime? ResolvedAt,
    string? ResolutionNote);
