namespace Signpost.Data.OpenReferralImport;

/// <summary>The mapped service, or why the record is skipped, with what was changed or dropped on the way.</summary>
public sealed record MapResult(MappedService? Service, string? SkipReason, IReadOnlyList<string> Warnings);
