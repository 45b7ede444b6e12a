namespace Signpost.Data.OpenReferralImport;

/// <summary>A phone number as published, with the feed's description of it ("Text message").</summary>
public sealed record FeedPhone(string Number, string? Description);
