namespace Signpost.Core.Feedback;

public enum FeedbackStatus
{
    /// <summary>Waiting for a participation officer; not counted or shown anywhere yet.</summary>
    Pending,

    /// <summary>Counted in reports; quotable when the person consented and the officer approved the words.</summary>
    Approved,

    /// <summary>Spam or abuse: kept out of reports.</summary>
    Rejected,

    /// <summary>Needs someone else (the owning organisation, the safeguarding lead) before a decision.</summary>
    Escalated,
}
