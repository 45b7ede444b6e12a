namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>Audit log actions for feedback, beside <see cref="Signpost.Core.Audit.AuditActions"/>.</summary>
public static class FeedbackAuditActions
{
    public const string Moderated = "feedback-moderated";
    public const string YouSaidWeDidChanged = "you-said-we-did-changed";
    public const string SafeguardingPhrasesChanged = "safeguarding-phrases-changed";
    public const string ListingProblemResolved = "listing-problem-resolved";
    public const string RetentionApplied = "feedback-retention";

    public static string Target(long responseId) => $"feedback:{responseId}";
}
