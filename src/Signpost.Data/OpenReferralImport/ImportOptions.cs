namespace Signpost.Data.OpenReferralImport;

/// <param name="Source">Names the feed; records are matched to earlier imports by this and their id, so use the same name each time.</param>
/// <param name="OrganisationSlug">Put every service under this existing organisation instead of the feed's own.</param>
/// <param name="DryRun">Do everything and report it, then roll each batch back.</param>
/// <param name="AsDrafts">New and changed services become drafts for review instead of going live.</param>
/// <param name="ActorId">Who the versions and audit entries are written as.</param>
public sealed record ImportOptions(
    string Source,
    string? OrganisationSlug = null,
    bool DryRun = false,
    bool AsDrafts = false,
    string ActorId = "import",
    string ActorName = "Open Referral import",
    int BatchSize = 500);
