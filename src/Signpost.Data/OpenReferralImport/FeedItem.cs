namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// One record read from a feed: the service, or null when the record could not be read at all,
/// with what the reader noticed. <see cref="Position"/> counts records from 1 across the files of an import.
/// </summary>
public sealed record FeedItem(int Position, FeedFormat Format, FeedService? Service, IReadOnlyList<string> Problems);
