namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>What someone wants to do with a feedback response.</summary>
public enum FeedbackOperation
{
    /// <summary>See that the response exists and its answers (and its words, once approved).</summary>
    Read,

    /// <summary>See the words before moderation, the reply email and the history; approve, reject, redact, tag, escalate.</summary>
    Moderate,
}
