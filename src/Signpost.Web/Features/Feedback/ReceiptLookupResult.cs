using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Feedback;

/// <summary>The feedback a receipt code opened (tracked, so it can be changed), with the code in its canonical form.</summary>
public sealed record ReceiptLookupResult(ReceiptLookupStatus Status, FeedbackResponse? Response, string? Code);
