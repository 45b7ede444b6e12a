namespace Signpost.Data.OpenReferralImport;

/// <param name="Records">Records read so far.</param>
/// <param name="Fraction">How far through the feed's bytes, 0 to 1.</param>
public sealed record ImportProgress(int Records, double Fraction);
