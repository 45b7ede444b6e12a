namespace Signpost.Data.OpenReferralImport;

/// <summary>What happened to one feed record, with the reason it was skipped or what was changed or dropped on the way.</summary>
public sealed record ImportRecordResult(int Position, string? SourceId, string? Name, ImportOutcome Outcome, string? Reason, IReadOnlyList<string> Warnings);
