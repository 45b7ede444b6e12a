namespace Signpost.Core.Editorial.Snapshots;

public sealed record LocalOfferSnapshot(string? WhoFor = null, string? HowToGet = null, string? StaffTraining = null, string? Transition = null, string? Contact = null);
